// Contract of the Laporan Hasil Evaluasi Internal (issue #12 item 4): the year's report compiled
// from the data with its narrative, saving the narrative and the Inspektur's name, finalising
// (the content is frozen), reopening, and the PDF and workbook downloads.
import { z } from 'zod';
import { STATUS_LHEI, type LheiData } from '../evaluasi/lhei.ts';
import { binaryFile, defineRoute } from './http.ts';

const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const share = z.object({ sesuai: z.number().int(), dinilai: z.number().int(), persen: z.number().nullable() });

export const lheiDataSchema: z.ZodType<LheiData> = z.object({
  year: z.number().int(),
  instansi: z.string(),
  tim: z.object({
    skNomor: z.string().nullable(),
    anggota: z.array(z.object({ nama: z.string(), peran: z.string() })),
    ketua: z.string().nullable(),
  }),
  periode: z.string().nullable(),
  sasaran: z.array(
    z.object({
      kind: z.enum(['general', 'tematik']),
      key: z.string(),
      name: z.string(),
      indikator: z.number().int(),
      dinilai: z.number().int(),
      tercapai: z.number().int(),
      rataCapaian: z.number().nullable(),
    }),
  ),
  indikator: z.array(
    z.object({
      sasaranKey: z.string(),
      name: z.string(),
      pdKey: z.string().nullable(),
      target: z.string().nullable(),
      realisasi: z.string().nullable(),
      capaian: z.number().nullable(),
      status: z.string(),
    }),
  ),
  efektivitas: z.array(
    z.object({
      tahap: z.enum(['ex_ante', 'on_going']),
      periode: z.string().nullable(),
      reviu: z.number().int(),
      final: z.number().int(),
      dimensi: z.array(share.extend({ code: z.string(), label: z.string() })),
      total: share,
      perPd: z.array(z.object({ pdKey: z.string(), persen: z.number().nullable(), dinilai: z.number().int() })),
    }),
  ),
  indeks: z
    .object({
      nilai: z.number(),
      predikat: z.string().nullable(),
      rbGeneral: z.number(),
      rbTematik: z.number(),
      status: z.string(),
    })
    .nullable(),
  temuan: z.array(
    z.object({ subjek: z.string(), pdKey: z.string(), tahap: z.string(), dimensi: z.string(), catatan: z.string() }),
  ),
  rekomendasi: z.array(
    z.object({ body: z.string(), pdKey: z.string().nullable(), dueDate: z.string().nullable(), status: z.string() }),
  ),
  sanggah: z.object({ diajukan: z.number().int(), diterima: z.number().int(), ditolak: z.number().int() }),
  rencanaAksi: z.number().int(),
});

export const lheiSchema = z.object({
  year: z.number().int(),
  /** False until the narrative is first saved: the draft narrative is offered. */
  exists: z.boolean(),
  status: z.enum(STATUS_LHEI),
  narasi: z.string(),
  /** The narrative drafted from the figures (to start from, or to go back to). */
  narasiUsulan: z.string(),
  inspekturNama: z.string().nullable(),
  inspekturNip: z.string().nullable(),
  isi: lheiDataSchema,
  pdNames: z.record(z.string(), z.string()),
  /** The reader may edit, finalise and reopen (the team's ketua or pengendali teknis). */
  mayEdit: z.boolean(),
  finalAt: z.string().nullable(),
  rowVersion: z.number().int(),
});

export const getLhei = defineRoute({ method: 'GET', path: '/lhei/:year', params: yearParams, response: lheiSchema });

export const saveLhei = defineRoute({
  method: 'PUT',
  path: '/lhei/:year',
  params: yearParams,
  body: z.object({
    narasi: z.string().trim().min(1, 'Narasi wajib diisi').max(20000),
    inspekturNama: z.string().trim().max(200).nullable().default(null),
    inspekturNip: z
      .string()
      .trim()
      .regex(/^\d{18}$/, 'NIP terdiri dari 18 angka')
      .nullable()
      .default(null),
    /** 0 before the first save. */
    rowVersion: z.number().int().min(0),
  }),
  response: lheiSchema,
});

export const finalizeLhei = defineRoute({
  method: 'POST',
  path: '/lhei/:year/final',
  params: yearParams,
  body: z.object({ rowVersion: z.number().int().min(1) }),
  response: lheiSchema,
});

export const reopenLhei = defineRoute({
  method: 'POST',
  path: '/lhei/:year/buka',
  params: yearParams,
  body: z.object({ rowVersion: z.number().int().min(1) }),
  response: lheiSchema,
});

export const lheiPdf = defineRoute({
  method: 'GET',
  path: '/lhei/:year/lhei.pdf',
  params: yearParams,
  response: binaryFile,
});

export const lheiXlsx = defineRoute({
  method: 'GET',
  path: '/lhei/:year/lhei.xlsx',
  params: yearParams,
  response: binaryFile,
});

export type Lhei = z.output<typeof lheiSchema>;
export type LheiBodyInput = z.input<typeof saveLhei.body>;
