// HTTP routes of perangkat daerah: list with responsibilities, edit one unit.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { perangkatDaerahSchema } from '../../../domain/roadmap/schema.ts';
import { auditContext } from '../../request-context.ts';
import { resolveInstansiId } from '../roadmap/roadmap.routes.ts';
import * as service from './perangkat-daerah.service.ts';

export const perangkatDaerahRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['perangkat daerah'];
  app.get(
    '/perangkat-daerah',
    {
      config: { permission: 'roadmap:read' },
      schema: {
        tags,
        summary: 'Daftar perangkat daerah dan tanggung jawabnya',
        querystring: z.object({ instansi: z.string().min(1).max(100).optional(), versionId: z.uuid().optional() }),
      },
    },
    async (req) =>
      service.listWithResponsibilities(app.database.db, await resolveInstansiId(app, req.query.instansi), req.query.versionId),
  );
  app.put(
    '/perangkat-daerah/:key',
    {
      config: { permission: 'perangkat_daerah:update' },
      schema: {
        tags,
        summary: 'Ubah data perangkat daerah',
        params: z.object({ key: z.string().min(1).max(100) }),
        querystring: z.object({ instansi: z.string().min(1).max(100).optional() }),
        body: z.object({ rowVersion: z.number().int().min(1), perangkatDaerah: perangkatDaerahSchema.omit({ key: true }) }),
      },
    },
    async (req) => {
      const instansiId = await resolveInstansiId(app, req.query.instansi);
      const input = Object.fromEntries(Object.entries(req.body.perangkatDaerah).filter(([, v]) => v !== undefined));
      return service.updatePerangkatDaerah(
        app.database.db,
        auditContext(req),
        instansiId,
        req.params.key,
        input as Parameters<typeof service.updatePerangkatDaerah>[4],
        req.body.rowVersion,
      );
    },
  );
};
