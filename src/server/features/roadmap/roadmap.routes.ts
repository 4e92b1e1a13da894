// HTTP routes of road maps: list, one version (document + findings), indicator edit, amendment,
// activation, diff and JSON export. Routes parse input and call one service function.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors.ts';
import { auditContext } from '../../request-context.ts';
import { findInstansiByCode, listInstansi } from './roadmap.repository.ts';
import * as service from './roadmap.service.ts';
import {
  amendmentBody,
  diffParams,
  indicatorParams,
  indicatorUpdateBody,
  instansiQuery,
  roadMapParams,
  versionParams,
} from './roadmap.schemas.ts';

export async function resolveInstansiId(app: FastifyInstance, code: string | undefined): Promise<string> {
  if (code) {
    const row = await findInstansiByCode(app.database.db, code);
    if (!row) throw new AppError('NOT_FOUND', `Instansi "${code}" tidak ditemukan.`, `Instansi "${code}" not found.`);
    return row.id;
  }
  const all = await listInstansi(app.database.db);
  if (!all[0])
    throw new AppError('NO_INSTANSI', 'Belum ada instansi. Impor road map terlebih dahulu.', 'No instansi yet.');
  return all[0].id;
}

export const roadmapRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['road map'];

  app.get(
    '/road-maps',
    {
      config: { permission: 'roadmap:read' },
      schema: { tags, summary: 'Daftar road map dan versinya', querystring: instansiQuery },
    },
    async (req) => service.listRoadMapsWithVersions(app.database.db, await resolveInstansiId(app, req.query.instansi)),
  );

  app.get(
    '/versions/:versionId',
    {
      config: { permission: 'roadmap:read' },
      schema: { tags, summary: 'Satu versi road map: dokumen lengkap dan temuan validasi', params: versionParams },
    },
    async (req) => {
      const v = await service.getVersionWithFindings(app.database.db, req.params.versionId);
      return {
        id: v.version.id,
        roadMapId: v.roadMap.id,
        versionNo: v.version.versionNo,
        status: v.version.status,
        basedOnVersionId: v.version.basedOnVersionId,
        document: v.document,
        indicatorRowVersions: v.indicatorRowVersions,
        findings: v.findings,
      };
    },
  );

  app.get(
    '/versions/:versionId/findings',
    {
      config: { permission: 'roadmap:read' },
      schema: { tags, summary: 'Temuan pemeriksaan road map', params: versionParams },
    },
    async (req) => (await service.getVersionWithFindings(app.database.db, req.params.versionId)).findings,
  );

  app.put(
    '/versions/:versionId/indicators/:key',
    {
      config: { permission: 'roadmap:update' },
      schema: {
        tags,
        summary: 'Ubah indikator (dengan rowVersion untuk mencegah penimpaan)',
        params: indicatorParams,
        body: indicatorUpdateBody,
      },
    },
    async (req) =>
      service.updateIndicator(app.database.db, auditContext(req), req.params.versionId, req.params.key, req.body),
  );

  app.post(
    '/road-maps/:roadMapId/amendments',
    {
      config: { permission: 'roadmap:amend' },
      schema: { tags, summary: 'Buat versi perubahan dari versi yang ada', params: roadMapParams, body: amendmentBody },
    },
    async (req, reply) => {
      const { regulasi, ...rest } = req.body;
      const out = await service.createAmendment(app.database.db, auditContext(req), req.params.roadMapId, {
        ...rest,
        regulasi: stripUndefined(regulasi),
      });
      return reply.status(201).send(out);
    },
  );

  app.post(
    '/versions/:versionId/activate',
    {
      config: { permission: 'roadmap:amend' },
      schema: { tags, summary: 'Berlakukan versi ini', params: versionParams },
    },
    async (req) => service.activateVersion(app.database.db, auditContext(req), req.params.versionId),
  );

  app.get(
    '/versions/:fromId/diff/:toId',
    { config: { permission: 'roadmap:read' }, schema: { tags, summary: 'Perbandingan dua versi', params: diffParams } },
    async (req) => service.diffVersions(app.database.db, req.params.fromId, req.params.toId),
  );

  app.get(
    '/versions/:versionId/export.json',
    {
      config: { permission: 'roadmap:read' },
      schema: { tags, summary: 'Ekspor JSON satu versi road map', params: versionParams },
    },
    async (req, reply) => {
      const v = await service.getVersion(app.database.db, req.params.versionId);
      const name = `road-map-${v.document.instansi.code}-v${v.version.versionNo}.json`;
      return reply.header('content-disposition', `attachment; filename="${name}"`).send(v.document);
    },
  );
};

/** exactOptionalPropertyTypes-friendly: drop keys whose value is undefined. */
function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
