// Contract of the meetings of the semester round (issue #11 item 2): pokja, pleno and PD-internal
// meetings with attendance, minutes, decisions that become follow-up items, finalising (then read-only,
// corrections by addendum), the minutes as PDF, and the follow-up items across meetings.
import { z } from 'zod';
import { JENIS_RAPAT, KEHADIRAN, STATUS_TINDAK_LANJUT_RAPAT, TAUTAN_JENIS } from '../rapat/rapat.ts';
import { binaryFile, defineRoute } from './http.ts';
import { isoDay } from './iso-day.ts';

const text = (max: number) => z.string().trim().max(max);
const optional = (max: number) =>
  text(max)
    .nullable()
    .default(null)
    .transform((s) => (s === '' ? null : s));

export const hadirBody = z.object({
  orangId: z.uuid().nullable().default(null),
  nama: text(200),
  jabatan: text(300).default(''),
  status: z.enum(KEHADIRAN),
  alasan: optional(500),
});

export const keputusanBody = z.object({
  /** A stored decision's id; absent for a new one. */
  id: z.uuid().optional(),
  uraian: text(2000),
  pemilikPdKey: z.string().min(1).max(100).nullable().default(null),
  pemilikNama: optional(200),
  tenggat: isoDay.nullable().default(null),
  tautanJenis: z.enum(TAUTAN_JENIS).nullable().default(null),
  tautanId: optional(200),
});

const header = {
  judul: text(300).min(1, 'Judul rapat wajib diisi'),
  tanggal: isoDay,
  waktu: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Waktu berformat JJ:MM (WITA)')
    .nullable()
    .default(null),
  tempat: optional(300),
  tautanDaring: optional(500),
  agenda: text(4000).default(''),
};

export const createRapatBody = z.object({
  jenis: z.enum(JENIS_RAPAT),
  pokjaId: z.uuid().nullable().default(null),
  pdKey: z.string().min(1).max(100).nullable().default(null),
  ...header,
});

export const updateRapatBody = z.object({
  ...header,
  notulen: text(50_000).default(''),
  hadir: z.array(hadirBody).max(300).default([]),
  keputusan: z.array(keputusanBody).max(100).default([]),
  rowVersion: z.number().int().min(1),
});

export const keputusanSchema = z.object({
  id: z.uuid(),
  rapatId: z.uuid(),
  uraian: z.string(),
  pemilikPdKey: z.string().nullable(),
  pemilikNama: z.string().nullable(),
  tenggat: z.string(),
  tautanJenis: z.enum(TAUTAN_JENIS).nullable(),
  tautanId: z.string().nullable(),
  status: z.enum(STATUS_TINDAK_LANJUT_RAPAT),
  catatan: z.string().nullable(),
  overdue: z.boolean(),
  bukti: z.array(z.object({ sha256: z.string(), fileName: z.string() })),
  /** The statuses this reader may move it to (the screen offers only those). */
  moves: z.array(z.enum(STATUS_TINDAK_LANJUT_RAPAT)),
  /** Whether this reader may attach evidence to it (its owner or its meeting's manager, until verified). */
  mayAttach: z.boolean(),
  rowVersion: z.number().int(),
});

export const rapatSummarySchema = z.object({
  id: z.uuid(),
  jenis: z.enum(JENIS_RAPAT),
  pokjaId: z.string().nullable(),
  pokjaNama: z.string().nullable(),
  pdKey: z.string().nullable(),
  judul: z.string(),
  tanggal: z.string(),
  status: z.enum(['draf', 'final']),
  hadir: z.number().int(),
  keputusan: z.number().int(),
  terbuka: z.number().int(),
});

export const rapatDetailSchema = z.object({
  rapat: rapatSummarySchema.extend({
    waktu: z.string().nullable(),
    tempat: z.string().nullable(),
    tautanDaring: z.string().nullable(),
    agenda: z.string(),
    notulen: z.string(),
    finalizedBy: z.string().nullable(),
    finalizedAt: z.string().nullable(),
    rowVersion: z.number().int(),
  }),
  hadir: z.array(
    z.object({
      orangId: z.string().nullable(),
      nama: z.string(),
      jabatan: z.string(),
      status: z.enum(KEHADIRAN),
      alasan: z.string().nullable(),
    }),
  ),
  addendum: z.array(z.object({ isi: z.string(), actor: z.string(), at: z.string() })),
  /** Attachments (invitation, materials), in the evidence store. */
  lampiran: z.array(z.object({ sha256: z.string(), fileName: z.string() })),
  keputusan: z.array(keputusanSchema),
  /** Whether the reader may change this meeting (the form is offered). */
  mayManage: z.boolean(),
});

const idParams = z.object({ id: z.uuid() });
const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const listRapat = defineRoute({
  method: 'GET',
  path: '/rapat',
  querystring: yearQuery,
  response: z.array(rapatSummarySchema),
});
export const getRapat = defineRoute({
  method: 'GET',
  path: '/rapat/:id',
  params: idParams,
  response: rapatDetailSchema,
});
export const createRapat = defineRoute({
  method: 'POST',
  path: '/rapat',
  body: createRapatBody,
  status: 201,
  response: rapatDetailSchema,
});
export const updateRapat = defineRoute({
  method: 'PUT',
  path: '/rapat/:id',
  params: idParams,
  body: updateRapatBody,
  response: rapatDetailSchema,
});
export const finalizeRapat = defineRoute({
  method: 'POST',
  path: '/rapat/:id/final',
  params: idParams,
  body: z.object({ rowVersion: z.number().int().min(1) }),
  response: rapatDetailSchema,
});
export const addendumRapat = defineRoute({
  method: 'POST',
  path: '/rapat/:id/addendum',
  params: idParams,
  body: z.object({ isi: text(10_000).min(1, 'Isi addendum wajib diisi') }),
  status: 201,
  response: rapatDetailSchema,
});
export const notulenPdf = defineRoute({
  method: 'GET',
  path: '/rapat/:id/notulen.pdf',
  params: idParams,
  response: binaryFile,
});

export const rapatLampiranUpload = defineRoute({
  method: 'POST',
  path: '/rapat/:id/lampiran',
  params: idParams,
  multipart: true,
  status: 201,
  response: z.object({ sha256: z.string(), fileName: z.string(), alreadyAttached: z.boolean() }),
});
export const rapatLampiranRemove = defineRoute({
  method: 'DELETE',
  path: '/rapat/:id/lampiran/:sha256',
  params: idParams.extend({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  response: z.object({ removed: z.string() }),
});

const tautanOption = z.array(z.object({ id: z.string(), label: z.string() }));
/** What a decision can be linked to in a year (indicators, rencana aksi, recommendations). */
export const rapatTautan = defineRoute({
  method: 'GET',
  path: '/rapat/tautan',
  querystring: yearQuery,
  response: z.object({ indikator: tautanOption, rencana_aksi: tautanOption, rekomendasi: tautanOption }),
});

export const listKeputusan = defineRoute({
  method: 'GET',
  path: '/keputusan',
  querystring: yearQuery.extend({ status: z.enum(STATUS_TINDAK_LANJUT_RAPAT).optional() }),
  response: z.array(keputusanSchema.extend({ rapatJudul: z.string(), rapatTanggal: z.string() })),
});
export const moveKeputusan = defineRoute({
  method: 'PUT',
  path: '/keputusan/:id',
  params: idParams,
  body: z.object({
    status: z.enum(STATUS_TINDAK_LANJUT_RAPAT),
    catatan: optional(2000),
    rowVersion: z.number().int().min(1),
  }),
  response: keputusanSchema,
});
export const keputusanBuktiUpload = defineRoute({
  method: 'POST',
  path: '/keputusan/:id/bukti',
  params: idParams,
  multipart: true,
  status: 201,
  response: z.object({ sha256: z.string(), fileName: z.string(), alreadyAttached: z.boolean() }),
});

export type RapatDetail = z.output<typeof rapatDetailSchema>;
export type RapatSummary = z.output<typeof rapatSummarySchema>;
export type Keputusan = z.output<typeof keputusanSchema>;
export type UpdateRapatBody = z.output<typeof updateRapatBody>;
export type UpdateRapatBodyInput = z.input<typeof updateRapatBody>;
export type CreateRapatBody = z.output<typeof createRapatBody>;
export type CreateRapatBodyInput = z.input<typeof createRapatBody>;
