// HTTP routes for editing a version's structure: nodes (sasaran, kegiatan, tema…), new and removed
// indicators, and placements of an indicator in Tabel 1/2/3. Shapes come from the feature's contract
// (src/domain/contracts/roadmap.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as contract from '../../../domain/contracts/roadmap.ts';
import { auditContext } from '../../request-context.ts';
import { contractRoute } from '../../contract-route.ts';
import * as service from './roadmap-structure.service.ts';

function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export const roadmapStructureRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['struktur road map'];
  const db = () => app.database.db;
  const permission = 'roadmap:update';

  app.route({
    ...contractRoute(contract.createNode, {
      tags,
      summary: 'Tambah sasaran, kegiatan utama, tema atau sasaran tematik',
      permission,
    }),
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(
          await service.createNode(
            db(),
            auditContext(req),
            req.params.versionId,
            defined(req.body) as service.NodeInput,
          ),
        ),
  });
  app.route({
    ...contractRoute(contract.updateNode, { tags, summary: 'Ubah simpul', permission }),
    handler: async (req) =>
      service.updateNode(
        db(),
        auditContext(req),
        req.params.versionId,
        req.params.key,
        defined(req.body.node) as service.NodeInput,
        req.body.rowVersion,
      ),
  });
  app.route({
    ...contractRoute(contract.deleteNode, {
      tags,
      summary: 'Hapus simpul tanpa anak (beserta indikator yang tidak lagi ditempatkan)',
      permission,
    }),
    handler: async (req) => service.deleteNode(db(), auditContext(req), req.params.versionId, req.params.key),
  });
  app.route({
    ...contractRoute(contract.createIndicator, {
      tags,
      summary: 'Tambah indikator baru pada sebuah baris tabel',
      permission,
    }),
    handler: async (req, reply) =>
      reply.status(201).send(await service.createIndicator(db(), auditContext(req), req.params.versionId, req.body)),
  });
  app.route({
    ...contractRoute(contract.deleteIndicator, { tags, summary: 'Hapus indikator dari versi ini', permission }),
    handler: async (req) => service.deleteIndicator(db(), auditContext(req), req.params.versionId, req.params.key),
  });
  app.route({
    ...contractRoute(contract.addPlacement, {
      tags,
      summary: 'Tempatkan indikator yang ada pada tabel/simpul lain',
      permission,
    }),
    handler: async (req, reply) =>
      reply.status(201).send(await service.addPlacement(db(), auditContext(req), req.params.versionId, req.body)),
  });
  app.route({
    ...contractRoute(contract.removePlacement, {
      tags,
      summary: 'Hapus penempatan indikator dari sebuah baris',
      permission,
    }),
    handler: async (req) => service.removePlacement(db(), auditContext(req), req.params.versionId, req.query),
  });
};
