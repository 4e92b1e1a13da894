// HTTP routes of action plans (rencana aksi).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditContext } from '../../request-context.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import { resolveInstansiId } from '../roadmap/roadmap.routes.ts';
import * as service from './rencana-aksi.service.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal harus berformat YYYY-MM-DD');
const amount = z.number().finite().min(0, 'Tidak boleh negatif');

const body = z.object({
  year: z.number().int().min(2000).max(2100),
  nodeKey: z.string().min(1).max(200),
  rincianKegiatan: z.string().trim().min(1, 'Rincian kegiatan wajib diisi').max(2000),
  indikatorOutput: z.string().trim().min(1, 'Indikator output wajib diisi').max(1000),
  satuan: z.string().trim().min(1, 'Satuan wajib diisi').max(100),
  targetTotal: amount,
  targets: z
    .array(z.object({ periodCode: z.enum(service.PERIOD_CODES), target: amount }))
    .max(4)
    .default([]),
  startDate: day,
  endDate: day,
  pagu: amount.nullable().default(null),
  pelaksanaPdKey: z.string().min(1).max(100),
  koordinatorPdKey: z.string().min(1).max(100).nullable().default(null),
  penanggungJawab: z.string().trim().min(1, 'Penanggung jawab wajib diisi').max(200),
  permasalahan: z.string().trim().max(2000).nullable().default(null),
  fokusIntervensi: z.enum(service.FOKUS_INTERVENSI).nullable().default(null),
});

export const rencanaAksiRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['rencana aksi'];
  app.get(
    '/rencana-aksi',
    {
      config: { permission: 'monitoring:read' },
      schema: {
        tags,
        summary: 'Daftar rencana aksi setahun (filter PD pelaksana atau kegiatan)',
        querystring: z.object({
          year: z.coerce.number().int().min(2000).max(2100),
          pdKey: z.string().min(1).max(100).optional(),
          nodeKey: z.string().min(1).max(200).optional(),
        }),
      },
    },
    async (req) => {
      const q = req.query;
      return service.list(app.database.db, await resolveInstansiId(app, undefined), {
        year: q.year,
        ...(q.pdKey ? { pdKey: q.pdKey } : {}),
        ...(q.nodeKey ? { nodeKey: q.nodeKey } : {}),
      });
    },
  );
  app.post(
    '/rencana-aksi',
    { config: { permission: 'rencana_aksi:manage' }, schema: { tags, summary: 'Tambah rencana aksi', body } },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await service.create(
            app.database.db,
            auditContext(req),
            currentUser(req).roles,
            await resolveInstansiId(app, undefined),
            req.body,
          ),
        ),
  );
  app.put(
    '/rencana-aksi/:id',
    {
      config: { permission: 'rencana_aksi:manage' },
      schema: {
        tags,
        summary: 'Ubah rencana aksi',
        params: z.object({ id: z.uuid() }),
        body: body.extend({ rowVersion: z.number().int().min(1) }),
      },
    },
    async (req) => {
      const { rowVersion, ...input } = req.body;
      return service.update(
        app.database.db,
        auditContext(req),
        currentUser(req).roles,
        req.params.id,
        input,
        rowVersion,
      );
    },
  );
  app.delete(
    '/rencana-aksi/:id',
    {
      config: { permission: 'rencana_aksi:manage' },
      schema: { tags, summary: 'Hapus rencana aksi tanpa realisasi', params: z.object({ id: z.uuid() }) },
    },
    async (req) => service.remove(app.database.db, auditContext(req), currentUser(req).roles, req.params.id),
  );
};
