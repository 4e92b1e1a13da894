// Contract of the Tim Evaluasi Internal's reviews (issue #12 items 2, 3 and 5): the year's review
// dimensions, the ex-ante and on-going review lists with each subject's judgement and % Sesuai,
// judging, returning to the PD, the PD's answer, finalising, and the PD's sanggah with evidence and
// the team's answer.
import { z } from 'zod';
import { STATUS_REVIU, TAHAP_REVIU } from '../evaluasi/reviu.ts';
import { STATUS_SANGGAH } from '../evaluasi/sanggah.ts';
import { defineRoute } from './http.ts';
import { subjectTypeSchema, realisasiStatusSchema } from './monitoring.ts';
import { indicatorValueSchema } from '../roadmap/schema.ts';

const year = z.number().int().min(2000).max(2100);
const yearQuery = z.coerce.number().int().min(2000).max(2100);
const idParams = z.object({ id: z.uuid() });
const rowVersion = z.number().int().min(1);
const text = (max: number) => z.string().trim().max(max);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const dimensiSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Kode dimensi: huruf kecil, angka atau garis bawah, diawali huruf'),
  label: z.string().trim().min(1, 'Nama dimensi wajib diisi').max(100),
  pertanyaan: text(500).default(''),
  kriteriaLke: z.string().min(1).max(40).nullable().default(null),
});

export const dimensiListSchema = z.object({
  year: z.number().int(),
  /** False: the year uses the default four. */
  configured: z.boolean(),
  dimensi: z.array(dimensiSchema),
});

export const getDimensi = defineRoute({
  method: 'GET',
  path: '/reviu/dimensi',
  querystring: z.object({ year: yearQuery }),
  response: dimensiListSchema,
});

export const saveDimensi = defineRoute({
  method: 'PUT',
  path: '/reviu/dimensi',
  body: z.object({ year, dimensi: z.array(dimensiSchema).min(1).max(12) }),
  response: dimensiListSchema,
});

export const penilaianSchema = z.object({
  dimensi: z.string().min(1).max(40),
  sesuai: z.boolean().nullable(),
  catatan: text(2000).default(''),
});

const roundSchema = z.object({
  putaran: z.number().int(),
  penilaian: z.array(penilaianSchema),
  rekomendasi: z.string(),
  tanggapan: z.string().nullable(),
  planRowVersion: z.number().int().nullable(),
  evaluator: z.string().nullable(),
  at: z.string(),
});

export const sanggahSchema = z.object({
  id: z.uuid(),
  reviuId: z.uuid(),
  pdKey: z.string(),
  dimensi: z.string().nullable(),
  alasan: z.string(),
  status: z.enum(STATUS_SANGGAH),
  jawaban: z.string().nullable(),
  penilaianSebelum: z.array(penilaianSchema).nullable(),
  penilaianSesudah: z.array(penilaianSchema).nullable(),
  diajukanOleh: z.string(),
  diajukanAt: z.string(),
  dijawabOleh: z.string().nullable(),
  dijawabAt: z.string().nullable(),
  bukti: z.array(z.object({ sha256: z.string(), fileName: z.string() })),
  rowVersion: z.number().int(),
});

export const reviuRecordSchema = z.object({
  id: z.uuid(),
  tahap: z.enum(TAHAP_REVIU),
  periodeId: z.uuid().nullable(),
  subjectType: subjectTypeSchema,
  subjectKey: z.string(),
  pdKey: z.string(),
  status: z.enum(STATUS_REVIU),
  putaran: z.number().int(),
  penilaian: z.array(penilaianSchema),
  rekomendasi: z.string(),
  tanggapan: z.string().nullable(),
  planRowVersion: z.number().int().nullable(),
  riwayat: z.array(roundSchema),
  evaluator: z.string().nullable(),
  finalAt: z.string().nullable(),
  /** The last day a sanggah may be filed (final reviews only). */
  sanggahSampai: z.string().nullable(),
  updatedAt: z.string(),
  rowVersion: z.number().int(),
});

const shareSchema = z.object({ sesuai: z.number().int(), dinilai: z.number().int(), persen: z.number().nullable() });
const summaryRowSchema = z.object({
  pdKey: z.string(),
  perDimensi: z.record(z.string(), shareSchema),
  total: shareSchema,
});

export const reviuRowSchema = z.object({
  subjectType: subjectTypeSchema,
  subjectKey: z.string(),
  pdKey: z.string(),
  /** The plan's rincian kegiatan or the indicator's name. */
  label: z.string(),
  /** What the plan or indicator is measured by (indikator output, or the unit). */
  detail: z.string(),
  sasaran: z.string().nullable(),
  /** A plan's current row version: differs from the judged one after the PD revised it. */
  planRowVersion: z.number().int().nullable(),
  target: z.string().nullable(),
  /** The PD's realisasi of the period (on-going reviews). */
  realisasi: z
    .object({
      id: z.uuid(),
      value: indicatorValueSchema.nullable(),
      status: realisasiStatusSchema,
      narrative: z.string(),
      kendala: z.string(),
      solusi: z.string(),
      evidence: z.number().int(),
    })
    .nullable(),
  reviu: reviuRecordSchema.nullable(),
  sanggah: z.array(sanggahSchema),
  /** Why the reader may not judge it (null: they may), or NOT_EVALUATOR for the PD side. */
  judgeRefusal: z.enum(['NOT_IN_TEAM', 'EVALUATOR_OWN_PD', 'NOT_ASSIGNED', 'NOT_EVALUATOR']).nullable(),
  /** The reader acts for the subject's PD (answers, files a sanggah and its evidence). */
  mayActForPd: z.boolean(),
  /** The PD's moves: answer a returned review, file a sanggah. */
  mayRespond: z.boolean(),
  maySanggah: z.boolean(),
  /** The team may answer the pending sanggah. */
  mayAnswer: z.boolean(),
});

export const reviuListSchema = z.object({
  year: z.number().int(),
  tahap: z.enum(TAHAP_REVIU),
  periode: z.object({ id: z.uuid(), code: z.string(), label: z.string(), closed: z.boolean() }).nullable(),
  timAda: z.boolean(),
  dimensi: z.array(dimensiSchema),
  rows: z.array(reviuRowSchema),
  ringkasan: z.object({ perPd: z.array(summaryRowSchema), total: summaryRowSchema }),
  /** The ex-ante review's due day: the end of the year's first period (null: no periods yet). */
  exAnteSampai: z.string().nullable(),
});

export const listReviu = defineRoute({
  method: 'GET',
  path: '/reviu',
  querystring: z.object({
    year: yearQuery,
    tahap: z.enum(TAHAP_REVIU),
    periodeId: z.uuid().optional(),
    pdKey: z.string().min(1).max(100).optional(),
  }),
  response: reviuListSchema,
});

export const judgeBody = z.object({
  year,
  tahap: z.enum(TAHAP_REVIU),
  periodeId: z.uuid().nullable(),
  subjectType: subjectTypeSchema,
  subjectKey: z.string().min(1).max(200),
  penilaian: z.array(penilaianSchema).max(12),
  rekomendasi: text(4000).default(''),
  /** 0 for the first judgement of the subject. */
  rowVersion: z.number().int().min(0),
});

export const judgeReviu = defineRoute({
  method: 'PUT',
  path: '/reviu',
  body: judgeBody,
  response: reviuRecordSchema,
});

export const returnReviu = defineRoute({
  method: 'POST',
  path: '/reviu/:id/kembalikan',
  params: idParams,
  body: z.object({ rowVersion }),
  response: reviuRecordSchema,
});

export const finalizeReviu = defineRoute({
  method: 'POST',
  path: '/reviu/:id/final',
  params: idParams,
  body: z.object({ rowVersion }),
  response: reviuRecordSchema,
});

export const answerReviu = defineRoute({
  method: 'POST',
  path: '/reviu/:id/tanggapi',
  params: idParams,
  body: z.object({ tanggapan: z.string().trim().min(10, 'Tanggapan minimal 10 karakter').max(4000), rowVersion }),
  response: reviuRecordSchema,
});

export const fileSanggah = defineRoute({
  method: 'POST',
  path: '/reviu/:id/sanggah',
  params: idParams,
  body: z.object({
    dimensi: z.string().min(1).max(40).nullable(),
    alasan: z.string().trim().min(20, 'Alasan sanggah minimal 20 karakter').max(4000),
  }),
  status: 201,
  response: sanggahSchema,
});

export const answerSanggah = defineRoute({
  method: 'POST',
  path: '/sanggah/:id/jawab',
  params: idParams,
  body: z.object({
    diterima: z.boolean(),
    jawaban: z.string().trim().min(1, 'Jawaban wajib diisi').max(4000),
    /** The changed judgement (accepted only). */
    penilaian: z.array(penilaianSchema).max(12).nullable().default(null),
    rowVersion,
  }),
  response: sanggahSchema,
});

export const sanggahBuktiUpload = defineRoute({
  method: 'POST',
  path: '/sanggah/:id/bukti',
  params: idParams,
  multipart: true,
  status: 201,
  response: z.object({ sha256: z.string(), fileName: z.string(), alreadyAttached: z.boolean() }),
});

export const sanggahBuktiRemove = defineRoute({
  method: 'DELETE',
  path: '/sanggah/:id/bukti/:sha256',
  params: z.object({ id: z.uuid(), sha256 }),
  response: z.object({ removed: z.string() }),
});

export type Dimensi = z.output<typeof dimensiSchema>;
export type DimensiList = z.output<typeof dimensiListSchema>;
export type ReviuRecord = z.output<typeof reviuRecordSchema>;
export type ReviuRow = z.output<typeof reviuRowSchema>;
export type ReviuList = z.output<typeof reviuListSchema>;
export type JudgeBody = z.output<typeof judgeBody>;
export type JudgeBodyInput = z.input<typeof judgeBody>;
export type Sanggah = z.output<typeof sanggahSchema>;
export type PenilaianBody = z.output<typeof penilaianSchema>;
