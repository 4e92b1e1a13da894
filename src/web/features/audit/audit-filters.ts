// The audit log's filters in the address bar (Indonesian parameter names, so a view can be shared):
// reading them back (ignoring malformed days) and writing the ones set.
import type { AuditFilters } from './audit-api.ts';

export const PARAM: Record<keyof AuditFilters, string> = {
  actor: 'pengguna',
  pdKey: 'pd',
  entityType: 'entitas',
  from: 'dari',
  to: 'sampai',
};

export function filtersFrom(params: URLSearchParams): AuditFilters {
  const day = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : '');
  return {
    actor: params.get(PARAM.actor) ?? '',
    pdKey: params.get(PARAM.pdKey) ?? '',
    entityType: params.get(PARAM.entityType) ?? '',
    from: day(params.get(PARAM.from)),
    to: day(params.get(PARAM.to)),
  };
}

/** The address parameters of a set of filters (blank ones left out, values trimmed). */
export function filtersToParams(f: AuditFilters): URLSearchParams {
  const next = new URLSearchParams();
  for (const k of Object.keys(PARAM) as (keyof AuditFilters)[]) {
    const v = f[k].trim();
    if (v) next.set(PARAM[k], v);
  }
  return next;
}
