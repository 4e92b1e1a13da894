// HTTP routes of semester progress reports. Shapes come from src/domain/contracts/laporan.ts.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import * as contract from '../../../domain/contracts/laporan.ts';
import { contractRoute } from '../../contract-route.ts';
import { auditContext } from '../../request-context.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import { laporanPdf, laporanXlsx } from './laporan-download.ts';
import * as service from './laporan.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const laporanRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['laporan'];
  const read = 'laporan:read';
  const manage = 'laporan:manage';
  const actor = (req: FastifyRequest) => {
    const u = currentUser(req);
    return { audit: auditContext(req), roles: u.roles, userId: u.id };
  };
  const db = () => app.database.db;
  const show = async (req: FastifyRequest, r: Parameters<typeof service.detail>[2]) =>
    service.detail(db(), actor(req), r);

  app.route({
    ...contractRoute(contract.listLaporan, { tags, summary: 'Laporan kemajuan suatu periode', permission: read }),
    handler: async (req) => service.list(db(), actor(req), req.query.periodeId),
  });
  app.route({
    ...contractRoute(contract.getLaporan, { tags, summary: 'Satu laporan kemajuan dengan isinya', permission: read }),
    handler: async (req) => service.get(db(), actor(req), req.params.id),
  });
  app.route({
    ...contractRoute(contract.createLaporan, { tags, summary: 'Susun laporan kemajuan dari data', permission: manage }),
    handler: async (req, reply) =>
      reply
        .status(contract.createLaporan.status)
        .send(await show(req, await service.create(db(), actor(req), req.body))),
  });
  app.route({
    ...contractRoute(contract.updateLaporan, {
      tags,
      summary: 'Ubah uraian laporan kemajuan (draf)',
      permission: manage,
    }),
    handler: async (req) =>
      show(req, await service.updateNarasi(db(), actor(req), req.params.id, req.body.narasi, req.body.rowVersion)),
  });
  app.route({
    ...contractRoute(contract.submitLaporan, { tags, summary: 'Ajukan laporan kemajuan', permission: manage }),
    handler: async (req) => show(req, await service.submit(db(), actor(req), req.params.id, req.body.rowVersion)),
  });
  app.route({
    ...contractRoute(contract.reopenLaporan, {
      tags,
      summary: 'Buka kembali laporan yang diajukan (STU)',
      permission: manage,
    }),
    handler: async (req) => show(req, await service.reopen(db(), actor(req), req.params.id, req.body.rowVersion)),
  });
  app.route({
    ...contractRoute(contract.plenoLaporan, {
      tags,
      summary: 'Tautkan laporan kemajuan ke rapat pleno tempat dipresentasikan (STU)',
      permission: manage,
    }),
    handler: async (req) =>
      show(req, await service.setPleno(db(), actor(req), req.params.id, req.body.rapatId, req.body.rowVersion)),
  });
  app.route({
    ...contractRoute(contract.laporanPdf, { tags, summary: 'Laporan kemajuan sebagai PDF', permission: read }),
    handler: async (req, reply) => {
      const { buf, fileName } = await laporanPdf(db(), actor(req), req.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(buf);
    },
  });
  app.route({
    ...contractRoute(contract.laporanXlsx, { tags, summary: 'Laporan kemajuan sebagai XLSX', permission: read }),
    handler: async (req, reply) => {
      const { buf, fileName } = await laporanXlsx(db(), actor(req), req.params.id);
      return reply.type(XLSX).header('content-disposition', `attachment; filename="${fileName}"`).send(buf);
    },
  });
};
