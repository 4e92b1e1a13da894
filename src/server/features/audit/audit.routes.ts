// Read access to the audit trail: the whole log, with filters, for admins and the STU; the history
// of one record for anyone who may read the road map (accounts' history only for account admins and
// readers of the full log).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDay } from '../../../domain/contracts/iso-day.ts';
import { canAny } from '../../../domain/permissions.ts';
import { currentUser, forbidden } from '../auth/auth.plugin.ts';
import { listAuditEvents } from './audit.repository.ts';

const day = isoDay;

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: 'Jejak audit lengkap dengan filter (admin, STU)',
        querystring: z.object({
          entityType: z.string().min(1).max(60).optional(),
          entityId: z.string().min(1).max(300).optional(),
          actor: z.string().min(1).max(100).optional(),
          pdKey: z.string().min(1).max(100).optional(),
          from: day.optional(),
          to: day.optional(),
          beforeId: z.coerce.number().int().min(1).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
      },
    },
    async (req) => {
      const q = req.query;
      const rows = await listAuditEvents(app.database.db, {
        limit: q.limit,
        ...(q.entityType ? { entityType: q.entityType } : {}),
        ...(q.entityId ? { entityId: q.entityId } : {}),
        ...(q.actor ? { actor: q.actor.toLowerCase() } : {}),
        ...(q.pdKey ? { pdKey: q.pdKey } : {}),
        ...(q.from ? { from: new Date(`${q.from}T00:00:00+08:00`) } : {}),
        // Dates are days in Kupang (WITA, UTC+8): "to" includes the whole day.
        ...(q.to ? { to: new Date(`${q.to}T23:59:59.999+08:00`) } : {}),
        ...(q.beforeId ? { beforeId: q.beforeId } : {}),
      });
      return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
    },
  );

  app.get(
    '/history',
    {
      config: { permission: 'roadmap:read' },
      schema: {
        tags: ['audit'],
        summary: 'Riwayat perubahan satu rekaman (siapa mengubah apa, kapan)',
        querystring: z.object({
          entityType: z.string().min(1).max(60),
          entityId: z.string().min(1).max(300),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
      },
    },
    async (req) => {
      // Accounts are people: their history is for those who administer accounts or read the full log.
      const roles = currentUser(req).roles;
      if (req.query.entityType === 'user_account' && !canAny(roles, 'user:manage') && !canAny(roles, 'audit:read'))
        throw forbidden();
      const rows = await listAuditEvents(app.database.db, req.query);
      return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
    },
  );
};
