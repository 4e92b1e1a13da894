// Contract of what is overdue across the monitoring round (issue #11 item 2): meeting follow-ups
// past their due day and complaints past their working-day deadline, for the dashboard, and the
// STU's reminder to each owner.
import { z } from 'zod';
import { STATUS_PENGADUAN } from '../pengaduan/status.ts';
import { defineRoute } from './http.ts';

export const terlambatSchema = z.object({
  /** The day (WITA) the deadlines were measured on. */
  today: z.string(),
  keputusan: z.array(
    z.object({
      id: z.uuid(),
      rapatId: z.uuid(),
      rapatJudul: z.string(),
      uraian: z.string(),
      pemilikPdKey: z.string().nullable(),
      pemilikNama: z.string().nullable(),
      tenggat: z.string(),
    }),
  ),
  pengaduan: z.object({
    /** Overdue complaints per PD: counts, for every reader. */
    perPd: z.array(z.object({ pdKey: z.string(), count: z.number().int() })),
    /** The overdue complaints the reader may read (their own PD's, or all for instansi-wide readers). */
    items: z.array(
      z.object({
        id: z.uuid(),
        nomorTiket: z.string().nullable(),
        ringkasan: z.string(),
        pdKey: z.string(),
        status: z.enum(STATUS_PENGADUAN),
        dueDate: z.string().nullable(),
      }),
    ),
  }),
});

export const getTerlambat = defineRoute({
  method: 'GET',
  path: '/terlambat',
  response: terlambatSchema,
});

export const remindTerlambat = defineRoute({
  method: 'POST',
  path: '/terlambat/pengingat',
  /** The owners to remind (PD keys; "" for the STU's own); null: every owner with something overdue. */
  // Said explicitly (null: everyone), so a request that names no one is not taken for "remind all".
  body: z.object({ pdKeys: z.array(z.string().max(100)).max(200).nullable() }),
  response: z.object({
    reminded: z.array(z.object({ pdKey: z.string().nullable(), body: z.string() })),
  }),
});

export type Terlambat = z.output<typeof terlambatSchema>;
