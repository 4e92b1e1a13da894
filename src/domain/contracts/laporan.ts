// Contract of semester progress reports (issue #11 item 4): the reports of a period and the scopes
// the reader may start one for; one report with its content compiled from the data (frozen once
// submitted), summary, narrative and its draft; editing the narrative, submitting, reopening (STU),
// linking to the pleno, and the downloads (PDF, XLSX).
import { z } from 'zod';
import { CAPAIAN_STATUSES } from '../capaian/status.ts';
import { JENIS_LAPORAN, STATUS_LAPORAN } from '../laporan/laporan.ts';
import { binaryFile, defineRoute } from './http.ts';

const num = z.number().nullable();

export const isiLaporanSchema = z.object({
  indikator: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      pdKey: z.string().nullable(),
      target: z.string().nullable(),
      realisasi: z.string().nullable(),
      capaian: num,
      status: z.enum(CAPAIAN_STATUSES),
      earlyWarning: z.string().nullable(),
    }),
  ),
  rencanaAksi: z.array(
    z.object({
      id: z.string(),
      rincianKegiatan: z.string(),
      indikatorOutput: z.string(),
      satuan: z.string(),
      pdKey: z.string(),
      target: num,
      realisasi: num,
      capaian: num,
      pagu: num,
      anggaranRealisasi: num,
      tertinggal: z.boolean(),
    }),
  ),
  rapat: z.array(
    z.object({
      id: z.string(),
      judul: z.string(),
      tanggal: z.string(),
      jenis: z.string(),
      keputusan: z.object({
        jumlah: z.number().int(),
        terbuka: z.number().int(),
        selesai: z.number().int(),
        terverifikasi: z.number().int(),
        terlambat: z.number().int(),
      }),
    }),
  ),
  pengaduan: z.object({
    diterima: z.number().int(),
    ditindaklanjuti: z.number().int(),
    tingkat: num,
    terlambat: z.number().int(),
  }),
  rekomendasi: z.array(
    z.object({
      id: z.string(),
      body: z.string(),
      pdKey: z.string(),
      dueDate: z.string(),
      status: z.string(),
      overdue: z.boolean(),
    }),
  ),
  bagian: z.array(z.object({ nama: z.string(), status: z.enum([...STATUS_LAPORAN, 'belum']), narasi: z.string() })),
});

export const ringkasanSchema = z.object({
  indikator: z.object({
    jumlah: z.number().int(),
    terisi: z.number().int(),
    dinilai: z.number().int(),
    rataCapaian: num,
    peringatanDini: z.number().int(),
  }),
  statusIndikator: z.record(z.enum(CAPAIAN_STATUSES), z.number().int()),
  rencanaAksi: z.object({
    jumlah: z.number().int(),
    terisi: z.number().int(),
    tertinggal: z.number().int(),
    pagu: z.number(),
    anggaranRealisasi: z.number(),
    serapan: num,
  }),
  rapat: z.object({
    jumlah: z.number().int(),
    keputusan: z.number().int(),
    terbuka: z.number().int(),
    terlambat: z.number().int(),
    terverifikasi: z.number().int(),
  }),
  pengaduan: isiLaporanSchema.shape.pengaduan,
  rekomendasiTerbuka: z.number().int(),
});

export const laporanSummarySchema = z.object({
  id: z.uuid(),
  periodeId: z.uuid(),
  jenis: z.enum(JENIS_LAPORAN),
  pokjaId: z.string().nullable(),
  pdKey: z.string().nullable(),
  lingkupNama: z.string(),
  status: z.enum(STATUS_LAPORAN),
  rapatId: z.string().nullable(),
  submittedBy: z.string().nullable(),
  submittedAt: z.string().nullable(),
  rowVersion: z.number().int(),
});

export const laporanDetailSchema = z.object({
  laporan: laporanSummarySchema.extend({ narasi: z.string() }),
  periode: z.object({ code: z.string(), year: z.number().int(), start: z.string(), end: z.string() }),
  isi: isiLaporanSchema,
  ringkasan: ringkasanSchema,
  /** The narrative as the system would draft it from these figures (offered to start from). */
  draftNarasi: z.string(),
  /** Whether the reader may edit and submit it; whether they may reopen it or link it to the pleno (STU). */
  mayManage: z.boolean(),
  mayReopen: z.boolean(),
  /** Short names of the instansi's PDs, by key, for the tables. */
  pdNames: z.record(z.string(), z.string()),
  /** Pleno meetings of the period's year the report can be linked to. */
  plenoOptions: z.array(z.object({ id: z.uuid(), judul: z.string(), tanggal: z.string() })),
});

const idParams = z.object({ id: z.uuid() });
const rowVersion = z.number().int().min(1);

export const listLaporan = defineRoute({
  method: 'GET',
  path: '/laporan',
  querystring: z.object({ periodeId: z.uuid() }),
  response: z.object({
    items: z.array(laporanSummarySchema),
    /** Scopes without a report yet that the reader may start one for. */
    available: z.array(
      z.object({
        jenis: z.enum(JENIS_LAPORAN),
        pokjaId: z.string().nullable(),
        pdKey: z.string().nullable(),
        nama: z.string(),
      }),
    ),
  }),
});
export const createLaporan = defineRoute({
  method: 'POST',
  path: '/laporan',
  body: z.object({
    periodeId: z.uuid(),
    jenis: z.enum(JENIS_LAPORAN),
    pokjaId: z.uuid().nullable().default(null),
    pdKey: z.string().min(1).max(100).nullable().default(null),
  }),
  status: 201,
  response: laporanDetailSchema,
});
export const getLaporan = defineRoute({
  method: 'GET',
  path: '/laporan/:id',
  params: idParams,
  response: laporanDetailSchema,
});
export const updateLaporan = defineRoute({
  method: 'PUT',
  path: '/laporan/:id',
  params: idParams,
  body: z.object({ narasi: z.string().trim().max(20_000), rowVersion }),
  response: laporanDetailSchema,
});
export const submitLaporan = defineRoute({
  method: 'POST',
  path: '/laporan/:id/ajukan',
  params: idParams,
  body: z.object({ rowVersion }),
  response: laporanDetailSchema,
});
export const reopenLaporan = defineRoute({
  method: 'POST',
  path: '/laporan/:id/buka',
  params: idParams,
  body: z.object({ rowVersion }),
  response: laporanDetailSchema,
});
export const plenoLaporan = defineRoute({
  method: 'PUT',
  path: '/laporan/:id/pleno',
  params: idParams,
  body: z.object({ rapatId: z.uuid().nullable(), rowVersion }),
  response: laporanDetailSchema,
});
export const laporanPdf = defineRoute({
  method: 'GET',
  path: '/laporan/:id/laporan.pdf',
  params: idParams,
  response: binaryFile,
});
export const laporanXlsx = defineRoute({
  method: 'GET',
  path: '/laporan/:id/laporan.xlsx',
  params: idParams,
  response: binaryFile,
});

export type LaporanDetail = z.output<typeof laporanDetailSchema>;
export type LaporanSummary = z.output<typeof laporanSummarySchema>;
export type LaporanList = z.output<typeof listLaporan.response>;
export type IsiLaporan = z.output<typeof isiLaporanSchema>;
