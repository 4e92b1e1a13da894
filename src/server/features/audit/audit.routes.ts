// Read access to the audit trail: the whole log, with filters, for admins and the STU; the history
// of one record for anyone who may read the road map (accounts' history only for account admins and
// readers of the full log). Shapes come from src/domain/contracts/audit.ts.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as contract from '../../../domain/contracts/audit.ts';
import { canAny } from '../../../domain/permissions.ts';
import { contractRoute } from '../../contract-route.ts';
import { currentUser, forbidden } from '../auth/auth.plugin.ts';
import { instansiOf } from '../../instansi.ts';
import * as service from './audit.service.ts';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['audit'];
  app.route({
    ...contractRoute(contract.listAudit, {
      tags,
      summary: 'Jejak audit lengkap dengan filter (admin, STU)',
      permission: 'audit:read',
    }),
    handler: async (req) => service.listAuditLog(app.database.db, await instansiOf(req), req.query),
  });

  app.route({
    ...contractRoute(contract.recordHistory, {
      tags,
      summary: 'Riwayat perubahan satu rekaman (siapa mengubah apa, kapan)',
      permission: 'roadmap:read',
    }),
    handler: async (req) => {
      // Accounts are people: their history is for those who administer accounts or read the full log.
      const roles = currentUser(req).roles;
      if (req.query.entityType === 'user_account' && !canAny(roles, 'user:manage') && !canAny(roles, 'audit:read'))
        throw forbidden();
      return service.listRecordHistory(app.database.db, await instansiOf(req), roles, req.query);
    },
  });
};
