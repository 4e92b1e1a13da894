// HTTP routes of the year's Laporan Hasil Evaluasi Internal. Shapes come from src/domain/contracts/lhei.ts.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import * as contract from '../../../domain/contracts/lhei.ts';
import { contractRoute } from '../../contract-route.ts';
import { instansiOf } from '../../instansi.ts';
import { auditContext } from '../../request-context.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import { lheiPdfBuffer, lheiXlsxBuffer } from './lhei-export.ts';
import * as service from './lhei.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const lheiRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['evaluasi'];
  const db = () => app.database.db;
  const actor = (req: FastifyRequest) => {
    const u = currentUser(req);
    return { audit: auditContext(req), roles: u.roles, userId: u.id };
  };
  const read = 'evaluasi:read';
  const write = 'evaluasi:score';
  app.route({
    ...contractRoute(contract.getLhei, { tags, summary: 'LHEI suatu tahun, disusun dari data', permission: read }),
    handler: async (req) => service.getLhei(db(), actor(req), await instansiOf(req), req.params.year),
  });
  app.route({
    ...contractRoute(contract.saveLhei, { tags, summary: 'Simpan narasi dan penanda tangan LHEI', permission: write }),
    handler: async (req) => service.saveLhei(db(), actor(req), await instansiOf(req), req.params.year, req.body),
  });
  app.route({
    ...contractRoute(contract.finalizeLhei, { tags, summary: 'Finalkan LHEI (isi dibekukan)', permission: write }),
    handler: async (req) =>
      service.finalizeLhei(db(), actor(req), await instansiOf(req), req.params.year, req.body.rowVersion),
  });
  app.route({
    ...contractRoute(contract.reopenLhei, { tags, summary: 'Buka kembali LHEI yang final', permission: write }),
    handler: async (req) =>
      service.reopenLhei(db(), actor(req), await instansiOf(req), req.params.year, req.body.rowVersion),
  });
  app.route({
    ...contractRoute(contract.lheiPdf, { tags, summary: 'LHEI sebagai PDF', permission: read }),
    handler: async (req, reply) => {
      const l = await service.getLhei(db(), actor(req), await instansiOf(req), req.params.year);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="lhei-${l.year}.pdf"`)
        .send(await lheiPdfBuffer(l));
    },
  });
  app.route({
    ...contractRoute(contract.lheiXlsx, { tags, summary: 'LHEI sebagai XLSX', permission: read }),
    handler: async (req, reply) => {
      const l = await service.getLhei(db(), actor(req), await instansiOf(req), req.params.year);
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="lhei-${l.year}.xlsx"`)
        .send(await lheiXlsxBuffer(l));
    },
  });
};
