// Reading the audit trail: the filtered full log and one record's history, presented as the audit
// contract's rows (instants as ISO strings). Days in the filters are Kupang days (WITA, UTC+8).
import type { Db } from '../../../db/client.ts';
import type { AuditRow } from '../../../domain/contracts/audit.ts';
import { isPdScopedOnly, seesPdDetail, type RoleAssignment } from '../../../domain/permissions.ts';
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

export async function listAuditLog(db: Db, instansiId: string, q: AuditLogQuery): Promise<AuditRow[]> {
  const filter: AuditFilter = {
    instansiId,
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

/** The PD a before/after snapshot names (realisasi and recommendations: pdKey; action plans: the pelaksana). */
function snapshotPd(v: unknown): string | null {
  if (!v || typeof v !== 'object') return null;
  const o = v as { pdKey?: unknown; pelaksanaPdKey?: unknown };
  const k = o.pdKey ?? o.pelaksanaPdKey;
  return typeof k === 'string' ? k : null;
}

/**
 * One record's history. PD staff read the events of their own PD's records (and instansi-level
 * ones) only: an event without a PD of its own (older comments, evidence links) counts as the
 * record's, which is the PD the other events and snapshots name. The files an evaluator linked to a
 * worksheet line come from every PD, so those events are not shown to PD staff either.
 */
export async function listRecordHistory(
  db: Db,
  instansiId: string,
  roles: readonly RoleAssignment[],
  q: { entityType: string; entityId: string; limit: number },
): Promise<AuditRow[]> {
  const rows = (await listAuditEvents(db, { ...q, instansiId })).map(present);
  if (!isPdScopedOnly(roles)) return rows;
  const pdOf = (r: AuditRow) => r.pdKey ?? snapshotPd(r.after) ?? snapshotPd(r.before);
  const owner = rows.map(pdOf).find((k) => k !== null) ?? null;
  return rows.filter(
    (r) =>
      !(r.entityType === 'evaluasi_line' && r.action.startsWith('evaluasi.evidence_')) &&
      seesPdDetail(roles, 'monitoring:read', pdOf(r) ?? owner),
  );
}
