// Contract of the Tim Evaluasi Internal of a year (issue #12 item 1): the team read and saved whole
// (members with role and home PD, assignments of PDs or sasaran to members), and the accounts and
// scopes the form offers.
import { z } from 'zod';
import { JENIS_TUGAS, PERAN_TIM } from '../evaluasi/tim.ts';
import { defineRoute } from './http.ts';

const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const timBody = z.object({
  skNomor: z.string().trim().max(200).nullable().default(null),
  anggota: z
    .array(
      z.object({
        userId: z.uuid(),
        peran: z.enum(PERAN_TIM),
        pdKey: z.string().min(1).max(100).nullable().default(null),
      }),
    )
    .max(100),
  tugas: z.array(z.object({ userId: z.uuid(), jenis: z.enum(JENIS_TUGAS), key: z.string().min(1).max(200) })).max(1000),
  /** 0 when the year has no team yet. */
  rowVersion: z.number().int().min(0),
});

export const timSchema = z.object({
  year: z.number().int(),
  exists: z.boolean(),
  skNomor: z.string().nullable(),
  anggota: z.array(
    z.object({
      userId: z.string(),
      displayName: z.string(),
      peran: z.enum(PERAN_TIM),
      pdKey: z.string().nullable(),
    }),
  ),
  tugas: z.array(z.object({ userId: z.string(), jenis: z.enum(JENIS_TUGAS), key: z.string() })),
  rowVersion: z.number().int(),
  /** What the form offers: the instansi's evaluator accounts, its PDs and the governing road map's sasaran. */
  pilihan: z.object({
    akun: z.array(z.object({ id: z.string(), displayName: z.string(), pdKeys: z.array(z.string()) })),
    pd: z.array(z.object({ key: z.string(), name: z.string() })),
    sasaran: z.array(z.object({ key: z.string(), name: z.string() })),
  }),
});

export const getTim = defineRoute({
  method: 'GET',
  path: '/evaluasi/:year/tim',
  params: yearParams,
  response: timSchema,
});

export const saveTim = defineRoute({
  method: 'PUT',
  path: '/evaluasi/:year/tim',
  params: yearParams,
  body: timBody,
  response: timSchema,
});

export type Tim = z.output<typeof timSchema>;
export type TimBody = z.output<typeof timBody>;
export type TimBodyInput = z.input<typeof timBody>;
