// HTTP routes of pembinaan (issue #10): a province's or hub's read-only view of the instansi under
// it. Shapes come from src/domain/contracts/pembinaan.ts; the reader's own instansi is the root.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as contract from '../../../domain/contracts/pembinaan.ts';
import { contractRoute } from '../../contract-route.ts';
import { instansiOf } from '../../instansi.ts';
import * as service from './pembinaan.service.ts';

export const pembinaanRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['pembinaan'];
  const permission = 'pembinaan:read';
  app.route({
    ...contractRoute(contract.pembinaanComparison, {
      tags,
      summary: 'Perbandingan instansi binaan: Indeks RB, capaian indikator wajib, kelengkapan pelaporan',
      permission,
    }),
    handler: async (req) => service.comparison(app.database.db, await instansiOf(req), req.query),
  });
  app.route({
    ...contractRoute(contract.pembinaanDetail, {
      tags,
      summary: 'Satu instansi binaan (hanya baca): indikator, capaian terverifikasi, kelengkapan per PD',
      permission,
    }),
    handler: async (req) => service.detail(app.database.db, await instansiOf(req), req.params.code, req.query),
  });
};
