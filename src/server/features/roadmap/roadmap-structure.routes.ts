// HTTP routes for editing a version's structure: nodes (sasaran, kegiatan, tema…), new and removed
// indicators, and placements of an indicator in Tabel 1/2/3.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { elementSchema, indikatorSchema, nodeKindSchema, tableCodeSchema } from '../../../domain/roadmap/schema.ts';
import { auditContext } from '../../request-context.ts';
import * as service from './roadmap-structure.service.ts';

const versionParams = z.object({ versionId: z.uuid() });
const keyParams = z.object({ versionId: z.uuid(), key: z.string().min(1).max(200) });
const name = z.string().trim().min(1, 'Nama wajib diisi').max(1000);
const optionalText = z.string().trim().max(1000).optional();

const nodeBody = z.object({
  kind: nodeKindSchema,
  parentKey: z.string().min(1).max(200).nullable(),
  number: z.string().trim().max(20).default(''),
  name,
  element: elementSchema.optional(),
  formerName: optionalText,
  nationalKegiatanCode: z.string().trim().max(20).optional(),
  digitalPolicyCode: z.string().trim().max(20).optional(),
});

const placementBody = z.object({
  tableCode: tableCodeSchema,
  nodeKey: z.string().min(1).max(200),
  indicatorKey: z.string().min(1).max(200),
});

function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export const roadmapStructureRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['struktur road map'];
  app.post(
    '/versions/:versionId/nodes',
    {
      config: { permission: 'roadmap:update' },
      schema: {
        tags,
        summary: 'Tambah sasaran, kegiatan utama, tema atau sasaran tematik',
        params: versionParams,
        body: nodeBody,
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await service.createNode(
            app.database.db,
            auditContext(req),
            req.params.versionId,
            defined(req.body) as service.NodeInput,
          ),
        ),
  );
  app.put(
    '/versions/:versionId/nodes/:key',
    {
      config: { permission: 'roadmap:update' },
      schema: {
        tags,
        summary: 'Ubah simpul',
        params: keyParams,
        body: z.object({ rowVersion: z.number().int().min(1), node: nodeBody }),
      },
    },
    async (req) =>
      service.updateNode(
        app.database.db,
        auditContext(req),
        req.params.versionId,
        req.params.key,
        defined(req.body.node) as service.NodeInput,
        req.body.rowVersion,
      ),
  );
  app.delete(
    '/versions/:versionId/nodes/:key',
    {
      config: { permission: 'roadmap:update' },
      schema: {
        tags,
        summary: 'Hapus simpul tanpa anak (beserta indikator yang tidak lagi ditempatkan)',
        params: keyParams,
      },
    },
    async (req) => service.deleteNode(app.database.db, auditContext(req), req.params.versionId, req.params.key),
  );
  app.post(
    '/versions/:versionId/indicators',
    {
      config: { permission: 'roadmap:update' },
      schema: {
        tags,
        summary: 'Tambah indikator baru pada sebuah baris tabel',
        params: versionParams,
        body: z.object({
          nodeKey: z.string().min(1).max(200),
          tableCode: tableCodeSchema,
          indicator: indikatorSchema.omit({ key: true }),
        }),
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await service.createIndicator(app.database.db, auditContext(req), req.params.versionId, req.body)),
  );
  app.delete(
    '/versions/:versionId/indicators/:key',
    {
      config: { permission: 'roadmap:update' },
      schema: { tags, summary: 'Hapus indikator dari versi ini', params: keyParams },
    },
    async (req) => service.deleteIndicator(app.database.db, auditContext(req), req.params.versionId, req.params.key),
  );
  app.post(
    '/versions/:versionId/placements',
    {
      config: { permission: 'roadmap:update' },
      schema: {
        tags,
        summary: 'Tempatkan indikator yang ada pada tabel/simpul lain',
        params: versionParams,
        body: placementBody,
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await service.addPlacement(app.database.db, auditContext(req), req.params.versionId, req.body)),
  );
  app.delete(
    '/versions/:versionId/placements',
    {
      config: { permission: 'roadmap:update' },
      schema: {
        tags,
        summary: 'Hapus penempatan indikator dari sebuah baris',
        params: versionParams,
        querystring: placementBody,
      },
    },
    async (req) => service.removePlacement(app.database.db, auditContext(req), req.params.versionId, req.query),
  );
};
