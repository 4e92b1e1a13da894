// Writes audit events. Called inside the same transaction as the change it records, so a change
// and its trace are committed or rolled back together.
import { and, desc, eq, type SQL } from 'drizzle-orm';
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
  });
}

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  limit: number;
}

export async function listAuditEvents(tx: Tx, filter: AuditFilter) {
  const conds: SQL[] = [];
  if (filter.entityType) conds.push(eq(auditEvent.entityType, filter.entityType));
  if (filter.entityId) conds.push(eq(auditEvent.entityId, filter.entityId));
  return tx
    .select()
    .from(auditEvent)
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(desc(auditEvent.id))
    .limit(filter.limit);
}
