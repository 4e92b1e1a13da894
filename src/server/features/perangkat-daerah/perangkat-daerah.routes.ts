// HTTP routes of perangkat daerah: list with responsibilities, edit one unit.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { perangkatDaerahSchema } from '../../../domain/roadmap/schema.ts';
import { auditContext } from '../../request-context.ts';
import { currentUser, forbidden } from '../auth/auth.plugin.ts';
import { can, isPdScopedOnly, ownPdKeys } from '../../../domain/permissions.ts';
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
    async (req) => {
      const out = await service.listWithResponsibilities(
        app.database.db,
        await resolveInstansiId(app, req.query.instansi),
        req.query.versionId,
      );
      // Users who act only for their own PD(s) see only those.
      const roles = currentUser(req).roles;
      if (!isPdScopedOnly(roles)) return out;
      const own = new Set(ownPdKeys(roles));
      return { ...out, items: out.items.filter((x) => own.has(x.pd.key)) };
    },
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
        body: z.object({
          rowVersion: z.number().int().min(1),
          perangkatDaerah: perangkatDaerahSchema.omit({ key: true }),
        }),
      },
    },
    async (req) => {
      if (!can(currentUser(req).roles, 'perangkat_daerah:update', [req.params.key])) throw forbidden();
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
