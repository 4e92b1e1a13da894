// Shapes and the paged react-query hook of the full audit log (GET /api/audit, admin and STU), and
// the before/after comparison that turns two JSON snapshots into field lines.
import { useInfiniteQuery } from '@tanstack/react-query';
import { listAudit, type AuditRow } from '../../../domain/contracts/audit.ts';
import { apiCall } from '../../api/call.ts';

/** One event as GET /api/audit returns it (a row of audit_event). */
export type { AuditRow };

export interface AuditFilters {
  actor: string;
  pdKey: string;
  entityType: string;
  /** Days in WITA, YYYY-MM-DD; the server includes the whole "to" day. */
  from: string;
  to: string;
}

export const NO_FILTERS: AuditFilters = { actor: '', pdKey: '', entityType: '', from: '', to: '' };

/** The entity types the server records today (audit.entity.* labels exist for each). */
export const ENTITY_TYPES = [
  'evaluasi',
  'evaluasi_line',
  'indeks_history',
  'indikator',
  'instansi',
  'perangkat_daerah',
  'periode',
  'placement',
  'realisasi',
  'regulasi',
  'rencana_aksi',
  'result_node',
  'rekomendasi',
  'rencana_aksi_import',
  'lke_config',
  'road_map_version',
  'user_account',
] as const;

export type KnownEntityType = (typeof ENTITY_TYPES)[number];

export const isKnownEntityType = (s: string): s is KnownEntityType => (ENTITY_TYPES as readonly string[]).includes(s);

export const AUDIT_PAGE_SIZE = 50;

/** The query of one page: only the filters set, trimmed; the page starts below `beforeId`. */
export function auditQuery(filters: AuditFilters, beforeId: number | undefined) {
  const actor = filters.actor.trim();
  return {
    ...(actor ? { actor } : {}),
    ...(filters.pdKey ? { pdKey: filters.pdKey } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    ...(beforeId !== undefined ? { beforeId } : {}),
    limit: AUDIT_PAGE_SIZE,
  };
}

/** Pages of events, newest first; the next page starts below the last id seen ("beforeId"). */
export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    // Under the 'audit' prefix, which every screen that changes something invalidates.
    queryKey: ['audit', 'log', filters] as const,
    queryFn: ({ pageParam, signal }) => apiCall(listAudit, { query: auditQuery(filters, pageParam) }, signal),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => (last.length === AUDIT_PAGE_SIZE ? last[last.length - 1]?.id : undefined),
    staleTime: 0,
  });
}

export interface DiffLine {
  path: string;
  before: unknown;
  after: unknown;
  /** False when the field is absent on that side (a created or deleted record). */
  hasBefore: boolean;
  hasAfter: boolean;
  changed: boolean;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Leaf fields of a snapshot by dotted path ("targets[2].value.value"). Arrays of plain values stay
 * whole (a list of codes reads better as one line); arrays of objects are split by position.
 */
export function flatten(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0 && prefix) out.set(prefix, value);
    for (const [k, v] of entries) flatten(v, prefix ? `${prefix}.${k}` : k, out);
    return out;
  }
  if (Array.isArray(value) && value.some((v) => typeof v === 'object' && v !== null)) {
    value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, out));
    return out;
  }
  out.set(prefix, value);
  return out;
}

/** Before and after side by side, field by field, in the order the "after" snapshot lists them. */
export function diffSnapshots(before: unknown, after: unknown): DiffLine[] {
  const b = before === null || before === undefined ? new Map<string, unknown>() : flatten(before);
  const a = after === null || after === undefined ? new Map<string, unknown>() : flatten(after);
  const paths = [...a.keys(), ...[...b.keys()].filter((k) => !a.has(k))];
  return paths.map((path) => {
    const hasBefore = b.has(path);
    const hasAfter = a.has(path);
    const changed = hasBefore !== hasAfter || JSON.stringify(b.get(path)) !== JSON.stringify(a.get(path));
    return { path, before: b.get(path), after: a.get(path), hasBefore, hasAfter, changed };
  });
}
