// Contract of the complaint register (pengaduan, issue #11): the register with its working-day
// deadlines, one complaint with its history, recording and changing one, forwarding it to another
// PD, the SP4N-LAPOR! import (preview, commit), and "Tingkat tindak lanjut pengaduan" of a period
// computed from the register, with its list as a download or as evidence of the realisasi.
import { z } from 'zod';
import { KANAL, STATUS_PENGADUAN } from '../pengaduan/status.ts';
import { binaryFile, defineRoute } from './http.ts';
import { importCountsSchema, importProblemSchema } from './import-problem.ts';
import { isoDay } from './iso-day.ts';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .default(null)
    .transform((s) => (s === '' ? null : s));

export const pengaduanBody = z.object({
  nomorTiket: optionalText(100),
  kanal: z.enum(KANAL),
  tanggalDiterima: isoDay,
  kategori: optionalText(200),
  ringkasan: z.string().trim().min(1, 'Ringkasan pengaduan wajib diisi').max(4000),
  pdKey: z.string().min(1).max(100),
  status: z.enum(STATUS_PENGADUAN).default('diterima'),
  alasanStatus: optionalText(2000),
  tanggalTanggapan: isoDay.nullable().default(null),
  tanggapan: optionalText(4000),
});

export const slaSchema = z.object({
  dueDate: z.string().nullable(),
  workingDaysLeft: z.number().int().nullable(),
  overdue: z.boolean(),
});

export const pengaduanSchema = z.object({
  id: z.uuid(),
  nomorTiket: z.string().nullable(),
  kanal: z.enum(KANAL),
  tanggalDiterima: z.string(),
  kategori: z.string().nullable(),
  ringkasan: z.string(),
  pdKey: z.string(),
  status: z.enum(STATUS_PENGADUAN),
  statusSejak: z.string(),
  alasanStatus: z.string().nullable(),
  tanggalTanggapan: z.string().nullable(),
  tanggapan: z.string().nullable(),
  sla: slaSchema,
  rowVersion: z.number().int(),
});

export const riwayatSchema = z.object({
  kind: z.enum(['status', 'disposisi']),
  fromValue: z.string().nullable(),
  toValue: z.string(),
  note: z.string().nullable(),
  actor: z.string(),
  at: z.string(),
});

const idParams = z.object({ id: z.uuid() });
const yearQuery = z.coerce.number().int().min(2000).max(2100);

export const listPengaduan = defineRoute({
  method: 'GET',
  path: '/pengaduan',
  querystring: z.object({
    year: yearQuery,
    pdKey: z.string().min(1).max(100).optional(),
    status: z.enum(STATUS_PENGADUAN).optional(),
  }),
  response: z.array(pengaduanSchema),
});

export const getPengaduan = defineRoute({
  method: 'GET',
  path: '/pengaduan/:id',
  params: idParams,
  response: z.object({ pengaduan: pengaduanSchema, riwayat: z.array(riwayatSchema) }),
});

export const createPengaduan = defineRoute({
  method: 'POST',
  path: '/pengaduan',
  body: pengaduanBody,
  status: 201,
  response: pengaduanSchema,
});

export const updatePengaduan = defineRoute({
  method: 'PUT',
  path: '/pengaduan/:id',
  params: idParams,
  body: pengaduanBody.omit({ pdKey: true }).extend({ rowVersion: z.number().int().min(1) }),
  response: pengaduanSchema,
});

export const disposisiPengaduan = defineRoute({
  method: 'POST',
  path: '/pengaduan/:id/disposisi',
  params: idParams,
  body: z.object({
    kePdKey: z.string().min(1).max(100),
    catatan: z.string().trim().min(1, 'Catatan disposisi wajib diisi').max(2000),
    rowVersion: z.number().int().min(1),
  }),
  response: pengaduanSchema,
});

export const pengaduanImportResultSchema = z.object({
  ok: z.boolean(),
  counts: importCountsSchema,
  rows: z.array(
    z.object({
      row: z.number().int(),
      nomorTiket: z.string(),
      action: z.enum(['create', 'update', 'unchanged']),
      pdKey: z.string(),
      status: z.enum(STATUS_PENGADUAN),
    }),
  ),
  problems: z.array(importProblemSchema),
});

export const previewPengaduanImport = defineRoute({
  method: 'POST',
  path: '/pengaduan/import/preview',
  multipart: true,
  response: pengaduanImportResultSchema,
});

export const commitPengaduanImport = defineRoute({
  method: 'POST',
  path: '/pengaduan/import/commit',
  multipart: true,
  status: 201,
  response: pengaduanImportResultSchema,
});

const periodeQuery = z.object({ periodeId: z.uuid() });

export const tindakLanjutSchema = z.object({
  periode: z.object({ id: z.uuid(), code: z.string(), year: z.number().int(), start: z.string(), end: z.string() }),
  numerator: z.number().int(),
  denominator: z.number().int(),
  /** Percent; null when no complaint was received in the period. */
  value: z.number().nullable(),
  /** The indicators whose realisasi comes from the register (road map in force for the year). */
  indikator: z.array(z.object({ key: z.string(), name: z.string(), pdKey: z.string().nullable() })),
  /** What a realisasi's narrative says of the number (only figures the register gives). */
  narasi: z.string(),
  rows: z.array(
    z.object({
      id: z.uuid(),
      nomorTiket: z.string().nullable(),
      tanggalDiterima: z.string(),
      pdKey: z.string(),
      status: z.enum(STATUS_PENGADUAN),
      tanggalTanggapan: z.string().nullable(),
      counted: z.boolean(),
    }),
  ),
});

export const getTindakLanjut = defineRoute({
  method: 'GET',
  path: '/pengaduan/tindak-lanjut',
  querystring: periodeQuery,
  response: tindakLanjutSchema,
});

export const exportTindakLanjut = defineRoute({
  method: 'GET',
  path: '/pengaduan/tindak-lanjut/daftar.xlsx',
  querystring: periodeQuery,
  response: binaryFile,
});

export const attachTindakLanjutBukti = defineRoute({
  method: 'POST',
  path: '/pengaduan/tindak-lanjut/bukti',
  body: z.object({ realisasiId: z.uuid() }),
  status: 201,
  response: z.object({ sha256: z.string(), fileName: z.string(), alreadyAttached: z.boolean() }),
});

export const setPengaduanIndikator = defineRoute({
  method: 'PUT',
  path: '/pengaduan/indikator',
  body: z.object({ keys: z.array(z.string().min(1).max(200)).max(50) }),
  response: z.object({ keys: z.array(z.string()) }),
});

export type PengaduanBody = z.output<typeof pengaduanBody>;
export type PengaduanBodyInput = z.input<typeof pengaduanBody>;
export type Pengaduan = z.output<typeof pengaduanSchema>;
export type PengaduanImportResult = z.output<typeof pengaduanImportResultSchema>;
export type TindakLanjut = z.output<typeof tindakLanjutSchema>;
