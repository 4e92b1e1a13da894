// Small read-only endpoints: health (database checked) and liveness, the instansi list and the scale registry.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listInstansi } from '../roadmap/roadmap.repository.ts';
import { SCALES } from '../../../domain/catalogue/scales.ts';
import { checkHealth } from './health.service.ts';

export const metaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    { config: { permission: 'public' }, schema: { tags: ['meta'], summary: 'Status layanan' } },
    async () => checkHealth(app.database),
  );
  app.get(
    '/live',
    { config: { permission: 'public' }, schema: { tags: ['meta'], summary: 'Proses hidup (tanpa basis data)' } },
    async () => ({ status: 'ok' }),
  );
  app.get(
    '/instansi',
    { config: { permission: 'roadmap:read' }, schema: { tags: ['meta'], summary: 'Daftar instansi' } },
    async () => {
      const rows = await listInstansi(app.database.db);
      return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, kind: r.kind, region: r.region }));
    },
  );
  app.get(
    '/scales',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['meta'],
        summary: 'Registri skala indikator',
        querystring: z.object({ kind: z.enum(['numeric', 'currency', 'count', 'ordinal']).optional() }),
      },
    },
    async (req) => SCALES.filter((s) => !req.query.kind || s.kind === req.query.kind),
  );
};
