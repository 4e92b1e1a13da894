// HTTP routes of the annual internal evaluation: LKE configurations, the year's worksheet and its
// lines, closing/reopening, the Indeks RB history, and the report downloads.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditContext } from '../../request-context.ts';
import { resolveInstansiId } from '../../instansi.ts';
import * as configs from './lke-config.service.ts';
import { lkeConfigSchema } from './lke-config.schema.ts';
import * as service from './evaluasi.service.ts';
import * as history from './indeks-history.service.ts';
import { evaluasiReportPdf, evaluasiReportXlsx } from './evaluasi-report.ts';
import { evidenceCandidates } from './evaluasi-evidence.ts';

const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const lineParams = yearParams.extend({ code: z.string().min(1).max(40) });
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'sha256 harus 64 karakter heksadesimal');
const rowVersion = z.number().int().min(1);

export const rawSchema = z
  .union([
    z.object({ kind: z.literal('number'), value: z.number().finite() }),
    z.object({ kind: z.literal('level'), code: z.string().trim().min(1).max(20) }),
  ])
  .nullable();

const answer = z.union([z.object({ percent: z.number().finite().min(0).max(100) }), z.object({ yes: z.boolean() })]);

export const evaluasiRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['evaluasi'];
  const db = () => app.database.db;
  const instansi = () => resolveInstansiId(app, undefined);

  app.get(
    '/lke-configs',
    { config: { permission: 'evaluasi:read' }, schema: { tags, summary: 'Daftar konfigurasi LKE' } },
    async () => configs.listConfigs(db()),
  );
  app.get(
    '/lke-configs/:id',
    {
      config: { permission: 'evaluasi:read' },
      schema: {
        tags,
        summary: 'Konfigurasi LKE (pohon komponen, bobot, rentang, predikat)',
        params: z.object({ id: z.uuid() }),
      },
    },
    async (req) => configs.getConfig(db(), req.params.id),
  );
  app.post(
    '/lke-configs/:id/clone',
    {
      config: { permission: 'lke:configure' },
      schema: {
        tags,
        summary: 'Salin konfigurasi LKE untuk tahun baru',
        params: z.object({ id: z.uuid() }),
        body: z.object({ year: z.number().int().min(2000).max(2100), label: z.string().trim().min(1).max(300) }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await configs.cloneConfig(db(), auditContext(req), req.params.id, req.body)),
  );
  app.put(
    '/lke-configs/:id',
    {
      config: { permission: 'lke:configure' },
      schema: {
        tags,
        summary: 'Ubah konfigurasi LKE (diperiksa: jumlah bobot, rentang, pengali, predikat)',
        params: z.object({ id: z.uuid() }),
        body: z.object({ definition: lkeConfigSchema, rowVersion }),
      },
    },
    async (req) => configs.updateConfig(db(), auditContext(req), req.params.id, req.body),
  );

  app.get(
    '/evaluasi',
    {
      config: { permission: 'evaluasi:read' },
      schema: { tags, summary: 'Daftar evaluasi per tahun dengan Indeks RB' },
    },
    async () => service.listEvaluasi(db(), await instansi()),
  );
  app.post(
    '/evaluasi',
    {
      config: { permission: 'evaluasi:score' },
      schema: {
        tags,
        summary: 'Mulai evaluasi tahun ini (lembar kerja diisi awal dari realisasi terverifikasi)',
        body: z.object({ year: z.number().int().min(2000).max(2100) }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await service.startEvaluasi(db(), auditContext(req), await instansi(), req.body.year)),
  );
  app.get(
    '/evaluasi/:year',
    {
      config: { permission: 'evaluasi:read' },
      schema: {
        tags,
        summary: 'Lembar kerja evaluasi: baris, nilai, skor, Indeks RB, predikat, prioritas',
        params: yearParams,
      },
    },
    async (req) => service.worksheet(db(), await instansi(), req.params.year),
  );
  app.put(
    '/evaluasi/:year',
    {
      config: { permission: 'evaluasi:score' },
      schema: {
        tags,
        summary: 'Koefisien dan penilaian kualitas rencana aksi',
        params: yearParams,
        body: z.object({
          koefisien: z.number().finite().nullable(),
          renaksiAnswers: z.record(z.string().min(1).max(40), answer),
          rowVersion,
        }),
      },
    },
    async (req) => service.updateEvaluasi(db(), auditContext(req), await instansi(), req.params.year, req.body),
  );
  app.put(
    '/evaluasi/:year/lines/:code',
    {
      config: { permission: 'evaluasi:score' },
      schema: {
        tags,
        summary: 'Isi baris lembar kerja: nilai, berlaku/tidak, dokumen sumber, catatan, status',
        params: lineParams,
        body: z.object({
          raw: rawSchema,
          applicable: z.boolean().nullable().default(null),
          sourceDocument: z.string().trim().max(500).nullable().default(null),
          notes: z.string().max(4000).default(''),
          status: z.enum(['draft', 'final']).default('draft'),
          rowVersion,
        }),
      },
    },
    async (req) =>
      service.updateLine(db(), auditContext(req), await instansi(), req.params.year, req.params.code, req.body),
  );
  app.post(
    '/evaluasi/:year/prefill',
    {
      config: { permission: 'evaluasi:score' },
      schema: {
        tags,
        summary: 'Terapkan nilai dari realisasi terverifikasi (default: baris yang masih kosong)',
        params: yearParams,
        body: z.object({ lineCodes: z.array(z.string().min(1).max(40)).max(200).nullable().default(null) }),
      },
    },
    async (req) => service.applyPrefill(db(), auditContext(req), await instansi(), req.params.year, req.body.lineCodes),
  );
  app.get(
    '/evaluasi/:year/evidence-candidates',
    {
      config: { permission: 'evaluasi:read' },
      schema: {
        tags,
        summary: 'Berkas bukti pemantauan tahun ini yang dapat dicatat sebagai bukti yang diperiksa',
        params: yearParams,
      },
    },
    async (req) => evidenceCandidates(db(), await instansi(), req.params.year),
  );
  app.post(
    '/evaluasi/:year/lines/:code/evidence',
    {
      config: { permission: 'evaluasi:score' },
      schema: {
        tags,
        summary: 'Catat bukti yang diperiksa (berkas bukti pemantauan yang sudah tersimpan)',
        params: lineParams,
        body: z.object({ sha256, fileName: z.string().trim().min(1).max(250) }),
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await service.addLineEvidence(
            db(),
            auditContext(req),
            await instansi(),
            req.params.year,
            req.params.code,
            req.body,
          ),
        ),
  );
  app.delete(
    '/evaluasi/:year/lines/:code/evidence/:sha256',
    {
      config: { permission: 'evaluasi:score' },
      schema: { tags, summary: 'Lepas bukti dari baris', params: lineParams.extend({ sha256 }) },
    },
    async (req) =>
      service.removeLineEvidence(
        db(),
        auditContext(req),
        await instansi(),
        req.params.year,
        req.params.code,
        req.params.sha256,
      ),
  );
  app.post(
    '/evaluasi/:year/close',
    {
      config: { permission: 'evaluasi:score' },
      schema: {
        tags,
        summary: 'Tutup evaluasi (nilai dibekukan, tercatat di riwayat)',
        params: yearParams,
        body: z.object({ rowVersion }),
      },
    },
    async (req) =>
      service.closeEvaluasi(db(), auditContext(req), await instansi(), req.params.year, req.body.rowVersion),
  );
  app.post(
    '/evaluasi/:year/reopen',
    {
      config: { permission: 'evaluasi:score' },
      schema: {
        tags,
        summary: 'Buka kembali evaluasi yang ditutup (dengan alasan)',
        params: yearParams,
        body: z.object({ reason: z.string().trim().min(5, 'Alasan minimal 5 karakter').max(1000), rowVersion }),
      },
    },
    async (req) => service.reopenEvaluasi(db(), auditContext(req), await instansi(), req.params.year, req.body),
  );
  app.get(
    '/evaluasi/:year/laporan.xlsx',
    {
      config: { permission: 'evaluasi:read' },
      schema: { tags, summary: 'Laporan evaluasi internal (xlsx)', params: yearParams },
    },
    async (req, reply) => {
      const buf = await evaluasiReportXlsx(db(), await instansi(), req.params.year);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="laporan-evaluasi-rb-${req.params.year}.xlsx"`)
        .send(buf);
    },
  );
  app.get(
    '/evaluasi/:year/laporan.pdf',
    {
      config: { permission: 'evaluasi:read' },
      schema: { tags, summary: 'Laporan evaluasi internal (PDF)', params: yearParams },
    },
    async (req, reply) => {
      const buf = await evaluasiReportPdf(db(), await instansi(), req.params.year);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="laporan-evaluasi-rb-${req.params.year}.pdf"`)
        .send(buf);
    },
  );

  app.get(
    '/indeks-history',
    { config: { permission: 'evaluasi:read' }, schema: { tags, summary: 'Riwayat Indeks RB dan predikat' } },
    async () => history.listHistory(db(), await instansi()),
  );
  app.post(
    '/indeks-history',
    {
      config: { permission: 'evaluasi:score' },
      schema: {
        tags,
        summary: 'Catat Indeks RB tahun lalu (dari regulasi atau hasil nasional)',
        body: z.object({
          year: z.number().int().min(2000).max(2100),
          source: z.enum(['regulasi', 'nasional']),
          indeks: z.number().finite().min(0).max(130),
          predikat: z.string().trim().min(1).max(5).nullable().default(null),
          rbGeneral: z.number().finite().min(0).max(110).nullable().default(null),
          rbTematik: z.number().finite().min(0).max(20).nullable().default(null),
          note: z.string().trim().max(1000).default(''),
        }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await history.addHistory(db(), auditContext(req), await instansi(), req.body)),
  );
  app.delete(
    '/indeks-history/:id',
    {
      config: { permission: 'evaluasi:score' },
      schema: { tags, summary: 'Hapus catatan riwayat Indeks RB', params: z.object({ id: z.uuid() }) },
    },
    async (req) => history.removeHistory(db(), auditContext(req), req.params.id),
  );
};
