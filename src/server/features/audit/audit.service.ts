// Reading the audit trail: the filtered full log and one record's history, presented as the audit
// contract's rows (instants as ISO strings). Days in the filters are Kupang days (WITA, UTC+8).
import type { Db } from '../../../db/client.ts';
import type { AuditRow } from '../../../domain/contracts/audit.ts';
import { listAuditEvents, type AuditFilter } from './audit.repository.ts';

export interface AuditLogQuery {
  entityType?: string | undefined;
  entityId?: string | undefined;
  actor?: string | undefined;
  pdKey?: string | undefined;
  /** YYYY-MM-DD, WITA. */
  from?: string | undefined;
  /** YYYY-MM-DD, WITA; the whole day is included. */
  to?: string | undefined;
  beforeId?: number | undefined;
  limit: number;
}

type EventRow = Awaited<ReturnType<typeof listAuditEvents>>[number];

const present = (r: EventRow): AuditRow => ({ ...r, at: r.at.toISOString() });

export async function listAuditLog(db: Db, q: AuditLogQuery): Promise<AuditRow[]> {
  const filter: AuditFilter = {
    limit: q.limit,
    ...(q.entityType ? { entityType: q.entityType } : {}),
    ...(q.entityId ? { entityId: q.entityId } : {}),
    ...(q.actor ? { actor: q.actor.toLowerCase() } : {}),
    ...(q.pdKey ? { pdKey: q.pdKey } : {}),
    ...(q.from ? { from: new Date(`${q.from}T00:00:00+08:00`) } : {}),
    ...(q.to ? { to: new Date(`${q.to}T23:59:59.999+08:00`) } : {}),
    ...(q.beforeId ? { beforeId: q.beforeId } : {}),
  };
  return (await listAuditEvents(db, filter)).map(present);
}

export async function listRecordHistory(
  db: Db,
  q: { entityType: string; entityId: string; limit: number },
): Promise<AuditRow[]> {
  return (await listAuditEvents(db, q)).map(present);
}
