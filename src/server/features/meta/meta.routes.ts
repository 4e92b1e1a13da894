// Small read-only endpoints: health (database checked), liveness, the instansi list and the scale
// registry. Shapes come from src/domain/contracts/meta.ts.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as contract from '../../../domain/contracts/meta.ts';
import { SCALES } from '../../../domain/catalogue/scales.ts';
import { contractRoute } from '../../contract-route.ts';
import { listInstansi } from '../roadmap/roadmap.service.ts';
import { checkHealth } from './health.service.ts';

export const metaRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['meta'];
  app.route({
    ...contractRoute(contract.health, { tags, summary: 'Status layanan', permission: 'public' }),
    handler: async () => checkHealth(app.database),
  });
  app.route({
    ...contractRoute(contract.live, { tags, summary: 'Proses hidup (tanpa basis data)', permission: 'public' }),
    handler: async () => ({ status: 'ok' as const }),
  });
  app.route({
    ...contractRoute(contract.listInstansi, { tags, summary: 'Daftar instansi', permission: 'roadmap:read' }),
    handler: async (req) => listInstansi(app.database.db, req.user?.instansiId ?? null),
  });
  app.route({
    ...contractRoute(contract.listScales, { tags, summary: 'Registri skala indikator', permission: 'public' }),
    handler: async (req) => SCALES.filter((s) => !req.query.kind || s.kind === req.query.kind),
  });
};
