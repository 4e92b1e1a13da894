// HTTP routes of road maps: list, one version (document + findings), indicator edit, amendment,
// activation, diff and JSON export. Shapes come from the feature's contract
// (src/domain/contracts/roadmap.ts); each route calls one service function.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as contract from '../../../domain/contracts/roadmap.ts';
import { auditContext } from '../../request-context.ts';
import { contractRoute } from '../../contract-route.ts';
import { instansiOf } from '../../instansi.ts';
import * as service from './roadmap.service.ts';

export const roadmapRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['road map'];
  const db = () => app.database.db;

  app.route({
    ...contractRoute(contract.listRoadMaps, {
      tags,
      summary: 'Daftar road map dan versinya',
      permission: 'roadmap:read',
    }),
    handler: async (req) => service.listRoadMapsWithVersions(db(), await instansiOf(req)),
  });

  app.route({
    ...contractRoute(contract.getVersion, {
      tags,
      summary: 'Satu versi road map: dokumen lengkap dan temuan validasi',
      permission: 'roadmap:read',
    }),
    handler: async (req) => service.presentVersion(db(), req.params.versionId),
  });

  app.route({
    ...contractRoute(contract.getVersionFindings, {
      tags,
      summary: 'Temuan pemeriksaan road map',
      permission: 'roadmap:read',
    }),
    handler: async (req) => (await service.getVersionWithFindings(db(), req.params.versionId)).findings,
  });

  app.route({
    ...contractRoute(contract.updateIndicator, {
      tags,
      summary: 'Ubah indikator (dengan rowVersion untuk mencegah penimpaan)',
      permission: 'roadmap:update',
    }),
    handler: async (req) =>
      service.updateIndicator(db(), auditContext(req), req.params.versionId, req.params.key, req.body),
  });

  app.route({
    ...contractRoute(contract.createAmendment, {
      tags,
      summary: 'Buat versi perubahan dari versi yang ada',
      permission: 'roadmap:amend',
    }),
    handler: async (req, reply) => {
      const { regulasi, ...rest } = req.body;
      const out = await service.createAmendment(db(), auditContext(req), req.params.roadMapId, {
        ...rest,
        regulasi: stripUndefined(regulasi),
      });
      return reply.status(201).send(out);
    },
  });

  app.route({
    ...contractRoute(contract.activateVersion, {
      tags,
      summary: 'Berlakukan versi ini',
      permission: 'roadmap:amend',
    }),
    handler: async (req) => service.activateVersion(db(), auditContext(req), req.params.versionId),
  });

  app.route({
    ...contractRoute(contract.deleteVersion, {
      tags,
      summary: 'Hapus versi draf (versi yang sudah ditetapkan tidak dapat dihapus)',
      permission: 'roadmap:amend',
    }),
    handler: async (req) => service.deleteVersion(db(), auditContext(req), req.params.versionId),
  });

  app.route({
    ...contractRoute(contract.diffVersions, {
      tags,
      summary: 'Perbandingan dua versi',
      permission: 'roadmap:read',
    }),
    handler: async (req) => service.diffVersions(db(), req.params.fromId, req.params.toId),
  });

  app.route({
    ...contractRoute(contract.exportVersionJson, {
      tags,
      summary: 'Ekspor JSON satu versi road map',
      permission: 'roadmap:read',
    }),
    handler: async (req, reply) => {
      const { body, fileName } = await service.exportVersionJson(db(), req.params.versionId);
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(body);
    },
  });
};

/** exactOptionalPropertyTypes-friendly: drop keys whose value is undefined. */
function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
