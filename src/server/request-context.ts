// Who is acting, from where, for the audit trail: the signed-in user of the request (or
// "anonim" on public routes), the client IP and the request id.
import type { FastifyRequest } from 'fastify';
import type { AuditContext } from './audit-trail.repository.ts';
import { auditOf } from './features/auth/auth.service.ts';

export function auditContext(req: FastifyRequest): AuditContext {
  return auditOf(req.user, req.ip ?? null, String(req.id));
}

export const SYSTEM_ACTOR: AuditContext = { actor: 'system', actorRole: 'system', ip: null, requestId: null };
