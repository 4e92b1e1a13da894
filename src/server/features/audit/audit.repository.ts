// Reads the audit trail for the audit log and the history panels (writes: src/server/audit-trail.repository.ts).
import { and, desc, eq, gte, isNull, lt, lte, or, type SQL } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { auditEvent } from '../../../db/schema.ts';

export interface AuditFilter {
  /**
   * The instansi whose events are read. Events without instansi belong to no instansi (failed logins
   * of unknown names, the national LKE configuration) and carry no instansi's data: read by all.
   */
  instansiId: string;
  entityType?: string;
  entityId?: string;
  actor?: string;
  pdKey?: string;
  from?: Date;
  to?: Date;
  /** Page backwards: events with an id below this one. */
  beforeId?: number;
  limit: number;
}

export async function listAuditEvents(tx: Tx, filter: AuditFilter) {
  const conds: SQL[] = [or(eq(auditEvent.instansiId, filter.instansiId), isNull(auditEvent.instansiId))!];
  if (filter.entityType) conds.push(eq(auditEvent.entityType, filter.entityType));
  if (filter.entityId) conds.push(eq(auditEvent.entityId, filter.entityId));
  if (filter.actor) conds.push(eq(auditEvent.actor, filter.actor));
  if (filter.pdKey) conds.push(eq(auditEvent.pdKey, filter.pdKey));
  if (filter.from) conds.push(gte(auditEvent.at, filter.from));
  if (filter.to) conds.push(lte(auditEvent.at, filter.to));
  if (filter.beforeId) conds.push(lt(auditEvent.id, filter.beforeId));
  return tx
    .select()
    .from(auditEvent)
    .where(and(...conds))
    .orderBy(desc(auditEvent.id))
    .limit(filter.limit);
}
