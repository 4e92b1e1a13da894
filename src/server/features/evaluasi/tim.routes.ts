// HTTP routes of the Tim Evaluasi Internal of a year. Shapes come from src/domain/contracts/tim-evaluasi.ts.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as contract from '../../../domain/contracts/tim-evaluasi.ts';
import { contractRoute } from '../../contract-route.ts';
import { instansiOf } from '../../instansi.ts';
import { auditContext } from '../../request-context.ts';
import * as service from './tim.service.ts';

export const timEvaluasiRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['evaluasi'];
  app.route({
    ...contractRoute(contract.getTim, {
      tags,
      summary: 'Tim Evaluasi Internal suatu tahun: anggota dan penugasan',
      permission: 'evaluasi:read',
    }),
    handler: async (req) => service.getTim(app.database.db, await instansiOf(req), req.params.year),
  });
  app.route({
    ...contractRoute(contract.saveTim, {
      tags,
      summary: 'Simpan Tim Evaluasi Internal suatu tahun (seluruhnya, satu transaksi)',
      permission: 'evaluasi:score',
    }),
    handler: async (req) =>
      service.saveTim(app.database.db, auditContext(req), await instansiOf(req), req.params.year, req.body),
  });
};
