// Read access to the audit trail: the history of one record, or the latest events.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAuditEvents } from './audit.repository.ts';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: 'Jejak audit (riwayat perubahan)',
        querystring: z.object({
          entityType: z.string().min(1).max(60).optional(),
          entityId: z.string().min(1).max(300).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
      },
    },
    async (req) => {
      const rows = await listAuditEvents(app.database.db, {
        limit: req.query.limit,
        ...(req.query.entityType ? { entityType: req.query.entityType } : {}),
        ...(req.query.entityId ? { entityId: req.query.entityId } : {}),
      });
      return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
    },
  );
};
