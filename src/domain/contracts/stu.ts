// Contract of the STU and pokja structure (issue #11 item 1): a year's structure read and saved as
// one document (people with their STU role, pokja with ketua, members and scope), and copying a year's
// structure to start the next.
import { z } from 'zod';
import { PERAN_STU } from '../stu/structure.ts';
import { defineRoute } from './http.ts';
import { isoDay } from './iso-day.ts';

const year = z.number().int().min(2000).max(2100);
const ref = z.string().min(1).max(100);

export const orangSchema = z.object({
  ref,
  nama: z.string().trim().max(200),
  jabatan: z.string().trim().max(300),
  pdKey: z.string().min(1).max(100).nullable().default(null),
  userId: z.uuid().nullable().default(null),
  peranStu: z.enum(PERAN_STU).nullable().default(null),
});

export const pokjaSchema = z.object({
  ref,
  nama: z.string().trim().max(200),
  ketuaRef: ref.nullable().default(null),
  anggotaRefs: z.array(ref).max(200).default([]),
  lingkup: z.array(z.string().min(1).max(200)).max(200).default([]),
});

export const strukturBody = z.object({
  year,
  skNomor: z.string().trim().max(200).nullable().default(null),
  skTanggal: isoDay.nullable().default(null),
  orang: z.array(orangSchema).max(500),
  pokja: z.array(pokjaSchema).max(50),
  /** 0 when the year has no structure yet. */
  rowVersion: z.number().int().min(0),
});

export const strukturSchema = z.object({
  year: z.number().int(),
  exists: z.boolean(),
  skNomor: z.string().nullable(),
  skTanggal: z.string().nullable(),
  orang: z.array(
    z.object({
      ref: z.string(),
      nama: z.string(),
      jabatan: z.string(),
      pdKey: z.string().nullable(),
      userId: z.string().nullable(),
      peranStu: z.enum(PERAN_STU).nullable(),
    }),
  ),
  pokja: z.array(
    z.object({
      ref: z.string(),
      nama: z.string(),
      ketuaRef: z.string().nullable(),
      anggotaRefs: z.array(z.string()),
      lingkup: z.array(z.string()),
    }),
  ),
  rowVersion: z.number().int(),
});

export const getStruktur = defineRoute({
  method: 'GET',
  path: '/stu',
  querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
  response: strukturSchema,
});

export const saveStruktur = defineRoute({
  method: 'PUT',
  path: '/stu',
  body: strukturBody,
  response: strukturSchema,
});

export const copyStruktur = defineRoute({
  method: 'POST',
  path: '/stu/salin',
  body: z.object({ fromYear: year, toYear: year }),
  status: 201,
  response: strukturSchema,
});

export const lingkupOptionSchema = z.object({
  key: z.string(),
  kind: z.string(),
  number: z.string(),
  name: z.string(),
  parentKey: z.string().nullable(),
});

/** What a pokja may answer for in a year: the governing road map's sasaran, kegiatan utama and tema. */
export const getLingkup = defineRoute({
  method: 'GET',
  path: '/stu/lingkup',
  querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
  response: z.array(lingkupOptionSchema),
});

/** The accounts a person of the structure can be linked to (a pokja's ketua then holds its meetings). */
export const listAkunStu = defineRoute({
  method: 'GET',
  path: '/stu/akun',
  response: z.array(
    z.object({ id: z.uuid(), username: z.string(), displayName: z.string(), pdKey: z.string().nullable() }),
  ),
});

export type AkunStu = z.output<typeof listAkunStu.response>[number];
export type LingkupOption = z.output<typeof lingkupOptionSchema>;
export type Struktur = z.output<typeof strukturSchema>;
export type StrukturBody = z.output<typeof strukturBody>;
export type StrukturBodyInput = z.input<typeof strukturBody>;
