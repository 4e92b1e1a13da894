// HTTP routes of semester monitoring: periods and their windows, realisasi entry and workflow,
// comments, evidence files, the period dashboard and in-app notifications.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDay } from '../../../domain/contracts/iso-day.ts';
import { isPdScopedOnly, ownPdKeys } from '../../../domain/permissions.ts';
import { auditContext } from '../../request-context.ts';
import { notFound } from '../../errors.ts';
import { readUpload } from '../../uploads.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import { resolveInstansiId } from '../roadmap/roadmap.routes.ts';
import * as periodes from './periode.service.ts';
import * as periodeRepo from './periode.repository.ts';
import * as realisasi from './realisasi.service.ts';
import * as repo from './realisasi.repository.ts';
import { periodDashboard } from './dashboard.service.ts';
import { remindBehind } from './reminders.service.ts';
import { listNotifications, markRead } from './notification.repository.ts';

const day = isoDay;
const idParams = z.object({ id: z.uuid() });
const input = z.union([z.string().max(100), z.number()]).nullable();

export const monitoringRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['pemantauan'];
  const actor = (req: Parameters<typeof auditContext>[0]) => ({
    audit: auditContext(req),
    roles: currentUser(req).roles,
  });

  app.get(
    '/periods',
    {
      config: { permission: 'monitoring:read' },
      schema: {
        tags,
        summary: 'Periode pelaporan dan status jendela pengisian',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
      },
    },
    async (req) => {
      const instansiId = await resolveInstansiId(app, undefined);
      return (await periodeRepo.listPeriodes(app.database.db, instansiId, req.query.year)).map((p) =>
        periodes.presentPeriode(p),
      );
    },
  );
  app.post(
    '/periods/setup',
    {
      config: { permission: 'periode:manage' },
      schema: {
        tags,
        summary: 'Siapkan periode satu tahun (semester atau triwulan)',
        body: z.object({
          year: z.number().int().min(2000).max(2100),
          scheme: z.enum(['semester', 'quarter']).default('semester'),
        }),
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await periodes.setupYear(
            app.database.db,
            auditContext(req),
            await resolveInstansiId(app, undefined),
            req.body.year,
            req.body.scheme,
          ),
        ),
  );
  app.put(
    '/periods/:id',
    {
      config: { permission: 'periode:manage' },
      schema: {
        tags,
        summary: 'Ubah jendela pengisian',
        params: idParams,
        body: z.object({ opensAt: day, deadline: day, rowVersion: z.number().int().min(1) }),
      },
    },
    async (req) => periodes.updateWindow(app.database.db, auditContext(req), req.params.id, req.body),
  );
  app.post(
    '/periods/:id/reopen',
    {
      config: { permission: 'periode:manage' },
      schema: {
        tags,
        summary: 'Buka kembali periode terkunci (dengan alasan; dicatat)',
        params: idParams,
        body: z.object({
          reason: z.string().trim().min(10, 'Alasan minimal 10 karakter').max(2000),
          until: day,
          rowVersion: z.number().int().min(1),
        }),
      },
    },
    async (req) => periodes.reopen(app.database.db, auditContext(req), req.params.id, req.body),
  );
  app.post(
    '/periods/:id/remind',
    {
      config: { permission: 'periode:manage' },
      schema: {
        tags,
        summary: 'Kirim pengingat ke PD yang tertinggal (belum mengisi, draf, dikembalikan)',
        params: idParams,
        body: z.object({ pdKeys: z.array(z.string().min(1).max(100)).max(200).nullable().default(null) }),
      },
    },
    async (req) => remindBehind(app.database.db, auditContext(req), req.params.id, req.body.pdKeys),
  );

  app.get(
    '/realisasi',
    {
      config: { permission: 'monitoring:read' },
      schema: {
        tags,
        summary: 'Realisasi satu periode, dengan komentar dan bukti',
        querystring: z.object({ periodeId: z.uuid(), pdKey: z.string().min(1).max(100).optional() }),
      },
    },
    async (req) => {
      const roles = currentUser(req).roles;
      let rows = await repo.listByPeriode(app.database.db, [req.query.periodeId]);
      if (req.query.pdKey) rows = rows.filter((r) => r.pdKey === req.query.pdKey);
      // PD staff see their own PD's entries.
      if (isPdScopedOnly(roles)) rows = rows.filter((r) => ownPdKeys(roles).includes(r.pdKey));
      const ids = rows.map((r) => r.id);
      const [comments, evidence] = [
        await repo.listComments(app.database.db, ids),
        await repo.listEvidence(app.database.db, ids),
      ];
      return rows.map((r) => ({
        ...realisasi.presentRow(r),
        comments: comments
          .filter((c) => c.realisasiId === r.id)
          .map((c) => ({ id: c.id, author: c.author, body: c.body, createdAt: c.createdAt.toISOString() })),
        evidence: evidence
          .filter((e) => e.realisasiId === r.id)
          .map((e) => ({
            sha256: e.sha256,
            fileName: e.fileName,
            mime: e.mime,
            sizeBytes: e.sizeBytes,
            uploadedBy: e.uploadedBy,
            createdAt: e.createdAt.toISOString(),
          })),
      }));
    },
  );
  app.put(
    '/realisasi',
    {
      config: { permission: 'realisasi:enter' },
      schema: {
        tags,
        summary: 'Isi atau perbaiki realisasi (nilai menurut skala indikator; koma desimal diterima)',
        body: z.object({
          periodeId: z.uuid(),
          subjectType: z.enum(['indikator', 'rencana_aksi']),
          subjectKey: z.string().min(1).max(200),
          value: input,
          numerator: input.optional(),
          denominator: input.optional(),
          anggaranRealisasi: input.optional(),
          narrative: z.string().max(5000).default(''),
          rowVersion: z.number().int().min(0),
        }),
      },
    },
    async (req) => realisasi.enter(app.database.db, actor(req), req.body),
  );
  app.post(
    '/realisasi/:id/submit',
    {
      config: { permission: 'realisasi:submit' },
      schema: { tags, summary: 'Ajukan untuk verifikasi (kepala PD)', params: idParams },
    },
    async (req) => realisasi.submit(app.database.db, actor(req), req.params.id),
  );
  app.post(
    '/realisasi/verify',
    {
      config: { permission: 'realisasi:verify' },
      schema: {
        tags,
        summary: 'Verifikasi satu atau banyak realisasi (semua atau tidak sama sekali)',
        body: z.object({ ids: z.array(z.uuid()).min(1).max(500) }),
      },
    },
    async (req) => realisasi.verify(app.database.db, actor(req), req.body.ids),
  );
  app.post(
    '/realisasi/:id/return',
    {
      config: { permission: 'realisasi:verify' },
      schema: {
        tags,
        summary: 'Kembalikan ke PD dengan alasan',
        params: idParams,
        body: z.object({ reason: z.string().trim().min(5, 'Alasan minimal 5 karakter').max(2000) }),
      },
    },
    async (req) => realisasi.returnToPd(app.database.db, actor(req), req.params.id, req.body.reason),
  );
  app.post(
    '/realisasi/:id/comments',
    {
      config: { permission: 'realisasi:comment' },
      schema: {
        tags,
        summary: 'Komentar pada realisasi',
        params: idParams,
        body: z.object({ body: z.string().trim().min(1).max(2000) }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await realisasi.comment(app.database.db, actor(req), req.params.id, req.body.body)),
  );
  app.delete(
    '/realisasi/:id',
    { config: { permission: 'realisasi:enter' }, schema: { tags, summary: 'Hapus realisasi draf', params: idParams } },
    async (req) => realisasi.remove(app.database.db, actor(req), req.params.id),
  );
  app.post(
    '/realisasi/:id/evidence',
    {
      config: { permission: 'realisasi:enter' },
      schema: { tags, summary: 'Unggah bukti (PDF, gambar, xlsx, docx; jenis diperiksa dari isi)', params: idParams },
    },
    async (req, reply) => {
      const upload = await readUpload(req, realisasi.MAX_EVIDENCE_BYTES);
      return reply
        .status(201)
        .send(
          await realisasi.attachEvidence(
            app.database.db,
            app.evidenceStore,
            actor(req),
            req.params.id,
            upload.fileName,
            upload.buf,
          ),
        );
    },
  );
  app.delete(
    '/realisasi/:id/evidence/:sha256',
    {
      config: { permission: 'realisasi:enter' },
      schema: {
        tags,
        summary: 'Lepas bukti dari realisasi',
        params: z.object({ id: z.uuid(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
      },
    },
    async (req) => realisasi.detachEvidence(app.database.db, actor(req), req.params.id, req.params.sha256),
  );
  app.get(
    '/evidence/:sha256',
    {
      config: { permission: 'monitoring:read' },
      schema: { tags, summary: 'Unduh berkas bukti', params: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }) },
    },
    async (req, reply) => {
      const file = await repo.findEvidenceFile(app.database.db, req.params.sha256);
      if (!file || !app.evidenceStore.exists(file.sha256))
        throw notFound({ id: 'Bukti', en: 'Evidence' }, req.params.sha256);
      return reply
        .type(file.mime)
        .header(
          'content-disposition',
          `attachment; filename="bukti-${file.sha256.slice(0, 12)}.${file.kind === 'jpeg' ? 'jpg' : file.kind}"`,
        )
        .header('x-content-type-options', 'nosniff')
        .send(app.evidenceStore.read(file.sha256));
    },
  );

  app.get(
    '/monitoring/dashboard',
    {
      config: { permission: 'monitoring:read' },
      schema: {
        tags,
        summary: 'Dasbor periode: capaian, status, peringatan dini, kelengkapan',
        querystring: z.object({ periodeId: z.uuid() }),
      },
    },
    async (req) => periodDashboard(app.database.db, req.query.periodeId),
  );

  app.get(
    '/notifications',
    { config: { permission: 'session' }, schema: { tags, summary: 'Notifikasi saya' } },
    async (req) => listNotifications(app.database.db, currentUser(req)),
  );
  app.post(
    '/notifications/:id/read',
    {
      config: { permission: 'session' },
      schema: { tags, summary: 'Tandai notifikasi sudah dibaca', params: idParams },
    },
    async (req) => {
      if (!(await markRead(app.database.db, currentUser(req), req.params.id)))
        throw notFound({ id: 'Notifikasi', en: 'Notification' }, req.params.id);
      return { ok: true };
    },
  );
};
