// HTTP routes of perangkat daerah: list with responsibilities, edit one unit. Shapes come from the
// feature's contract (src/domain/contracts/perangkat-daerah.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as contract from '../../../domain/contracts/perangkat-daerah.ts';
import { auditContext } from '../../request-context.ts';
import { contractRoute } from '../../contract-route.ts';
import { currentUser, forbidden } from '../auth/auth.plugin.ts';
import { can, isPdScopedOnly, ownPdKeys } from '../../../domain/permissions.ts';
import { instansiOf } from '../../instansi.ts';
import * as service from './perangkat-daerah.service.ts';

export const perangkatDaerahRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['perangkat daerah'];
  app.route({
    ...contractRoute(contract.listPerangkatDaerah, {
      tags,
      summary: 'Daftar perangkat daerah dan tanggung jawabnya',
      permission: 'roadmap:read',
    }),
    handler: async (req) => {
      const out = await service.listWithResponsibilities(app.database.db, await instansiOf(req), req.query.versionId);
      // Users who act only for their own PD(s) see only those.
      const roles = currentUser(req).roles;
      if (!isPdScopedOnly(roles)) return out;
      const own = new Set(ownPdKeys(roles));
      return { ...out, items: out.items.filter((x) => own.has(x.pd.key)) };
    },
  });
  app.route({
    ...contractRoute(contract.updatePerangkatDaerah, {
      tags,
      summary: 'Ubah data perangkat daerah',
      permission: 'perangkat_daerah:update',
    }),
    handler: async (req) => {
      if (!can(currentUser(req).roles, 'perangkat_daerah:update', [req.params.key])) throw forbidden();
      const instansiId = await instansiOf(req);
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
  });
};
