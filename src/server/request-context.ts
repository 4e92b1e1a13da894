// Who is acting, from where, for the audit trail. Until accounts exist (issue #3) every request
// acts as the anonymous local user; the IP and request id still identify it.
import type { FastifyRequest } from 'fastify';
import type { AuditContext } from './features/audit/audit.repository.ts';

export function auditContext(req: FastifyRequest): AuditContext {
  return { actor: 'anonim', actorRole: null, ip: req.ip ?? null, requestId: String(req.id) };
}

export const SYSTEM_ACTOR: AuditContext = { actor: 'system', actorRole: 'system', ip: null, requestId: null };
