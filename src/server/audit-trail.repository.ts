// Writes audit events: shared by every feature. Called inside the same transaction as the change it
// records, so a change and its trace are committed or rolled back together.
import type { Tx } from '../db/client.ts';
import { auditEvent } from '../db/schema.ts';

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
