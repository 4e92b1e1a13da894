// Writes audit events. Called inside the same transaction as the change it records, so a change
// and its trace are committed or rolled back together.
import { and, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { auditEvent } from '../../../db/schema.ts';

export interface AuditContext {
  actor: string;
  actorRole: string | null;
  ip: string | null;
  requestId: string | null;
}

export interface AuditEntry {
  instansiId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  /** The perangkat daerah the change concerns, when there is one. */
  pdKey?: string | null;
}

export async function insertAuditEvent(tx: Tx, ctx: AuditContext, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvent).values({
    instansiId: entry.instansiId,
    actor: ctx.actor,
    actorRole: ctx.actorRole,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: ctx.ip,
    requestId: ctx.requestId,
    pdKey: entry.pdKey ?? null,
  });
}

export interface AuditFilter {
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
  const conds: SQL[] = [];
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
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(desc(auditEvent.id))
    .limit(filter.limit);
}
