// HTTP routes of recommendations and their follow-up.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDay } from '../../../domain/contracts/iso-day.ts';
import { auditContext } from '../../request-context.ts';
import { readUpload } from '../../uploads.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import { resolveInstansiId } from '../roadmap/roadmap.routes.ts';
import * as service from './rekomendasi.service.ts';

const idParams = z.object({ id: z.uuid() });
const day = isoDay;
const rowVersion = z.number().int().min(1);
const fields = {
  lineCode: z.string().trim().min(1).max(40).nullable().default(null),
  body: z.string().trim().min(5, 'Rekomendasi minimal 5 karakter').max(4000),
  pdKey: z.string().min(1).max(100),
  dueDate: day,
};

export const rekomendasiRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['rekomendasi'];
  const db = () => app.database.db;
  const actor = (req: Parameters<typeof auditContext>[0]) => ({
    audit: auditContext(req),
    roles: currentUser(req).roles,
  });

  app.get(
    '/rekomendasi',
    {
      config: { permission: 'evaluasi:read' },
      schema: {
        tags,
        summary: 'Daftar rekomendasi dengan tindak lanjut (PD: hanya untuk PD sendiri)',
        querystring: z.object({
          year: z.coerce.number().int().min(2000).max(2100).optional(),
          overdue: z.enum(['1', 'true']).optional(),
          pdKey: z.string().min(1).max(100).optional(),
        }),
      },
    },
    async (req) =>
      service.list(db(), await resolveInstansiId(app, undefined), currentUser(req).roles, {
        ...(req.query.year ? { year: req.query.year } : {}),
        ...(req.query.pdKey ? { pdKey: req.query.pdKey } : {}),
        overdueOnly: req.query.overdue !== undefined,
      }),
  );
  app.post(
    '/rekomendasi',
    {
      config: { permission: 'rekomendasi:manage' },
      schema: {
        tags,
        summary: 'Terbitkan rekomendasi (per baris LKE atau umum) untuk satu PD',
        body: z.object({ year: z.number().int().min(2000).max(2100), ...fields }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await service.create(db(), actor(req), await resolveInstansiId(app, undefined), req.body)),
  );
  app.put(
    '/rekomendasi/:id',
    {
      config: { permission: 'rekomendasi:manage' },
      schema: { tags, summary: 'Ubah rekomendasi', params: idParams, body: z.object({ ...fields, rowVersion }) },
    },
    async (req) => service.update(db(), actor(req), req.params.id, req.body),
  );
  app.post(
    '/rekomendasi/:id/tindak-lanjut',
    {
      config: { permission: 'rekomendasi:follow_up' },
      schema: {
        tags,
        summary: 'Catat tindak lanjut (lalu unggah buktinya)',
        params: idParams,
        body: z.object({ body: z.string().trim().min(5, 'Tindak lanjut minimal 5 karakter').max(4000) }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await service.addFollowUp(db(), actor(req), req.params.id, req.body.body)),
  );
  app.post(
    '/tindak-lanjut/:id/evidence',
    {
      config: { permission: 'rekomendasi:follow_up' },
      schema: { tags, summary: 'Unggah bukti tindak lanjut (jenis diperiksa dari isi)', params: idParams },
    },
    async (req, reply) => {
      const upload = await readUpload(req, service.MAX_FOLLOW_UP_BYTES);
      return reply
        .status(201)
        .send(
          await service.attachFollowUpEvidence(
            db(),
            app.evidenceStore,
            actor(req),
            req.params.id,
            upload.fileName,
            upload.buf,
          ),
        );
    },
  );
  app.post(
    '/rekomendasi/:id/progress',
    {
      config: { permission: 'rekomendasi:follow_up' },
      schema: {
        tags,
        summary: 'PD: mulai (start) atau tandai selesai dengan bukti (complete)',
        params: idParams,
        body: z.object({ move: z.enum(['start', 'complete']), rowVersion }),
      },
    },
    async (req) =>
      service.move(db(), actor(req), req.params.id, req.body.move, { reason: null, rowVersion: req.body.rowVersion }),
  );
  app.post(
    '/rekomendasi/:id/decision',
    {
      config: { permission: 'rekomendasi:manage' },
      schema: {
        tags,
        summary: 'Evaluator: tutup (close) atau kembalikan dengan alasan (reopen)',
        params: idParams,
        body: z.object({
          move: z.enum(['close', 'reopen']),
          reason: z.string().trim().max(2000).nullable().default(null),
          rowVersion,
        }),
      },
    },
    async (req) =>
      service.move(db(), actor(req), req.params.id, req.body.move, {
        reason: req.body.reason,
        rowVersion: req.body.rowVersion,
      }),
  );
  app.post(
    '/rekomendasi/:id/carry',
    {
      config: { permission: 'rekomendasi:follow_up' },
      schema: {
        tags,
        summary: 'Bawa rekomendasi ke rencana aksi tahun berikutnya',
        params: idParams,
        body: z.object({ rencanaAksiId: z.uuid(), rowVersion }),
      },
    },
    async (req) => service.carry(db(), actor(req), req.params.id, req.body),
  );
};
