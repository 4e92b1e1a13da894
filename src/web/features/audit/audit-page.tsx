// Log audit: every recorded change for the administrator and the STU, newest first, filtered by
// user, perangkat daerah, entity type and WITA days (kept in the address so a view can be shared),
// paged with "load more", each event expandable into its before/after fields side by side.
import { Fragment, useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { ROLE_LABELS, type Role } from '../../../domain/permissions.ts';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { Empty, ErrorBox, Loading, usePageTitle } from '../../shared/states.tsx';
import { useCan } from '../auth/auth.tsx';
import { useAccounts, usePdOptions } from '../users/users-api.ts';
import { DiffView } from './diff-view.tsx';
import {
  ENTITY_TYPES,
  NO_FILTERS,
  isKnownEntityType,
  useAuditLog,
  type AuditFilters,
  type AuditRow,
} from './audit-api.ts';
import { useWitaDateTime } from './wita.ts';
import './audit.css';

const PARAM: Record<keyof AuditFilters, string> = {
  actor: 'pengguna',
  pdKey: 'pd',
  entityType: 'entitas',
  from: 'dari',
  to: 'sampai',
};

function filtersFrom(params: URLSearchParams): AuditFilters {
  const day = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : '');
  return {
    actor: params.get(PARAM.actor) ?? '',
    pdKey: params.get(PARAM.pdKey) ?? '',
    entityType: params.get(PARAM.entityType) ?? '',
    from: day(params.get(PARAM.from)),
    to: day(params.get(PARAM.to)),
  };
}

export function AuditPage() {
  const { t } = useT();
  usePageTitle(t('audit.title'));
  const may = useCan('audit:read');
  if (!may) {
    return (
      <article className="audit-page">
        <h1>{t('audit.title')}</h1>
        <p className="notice notice-warning no-access" role="alert">
          {t('audit.noAccess')}
        </p>
      </article>
    );
  }
  return <AuditLog />;
}

function useEntityLabel(): (type: string) => string {
  const { t } = useT();
  return (type) => (isKnownEntityType(type) ? t(`audit.entity.${type}` as MessageKey) : type);
}

function AuditLog() {
  const { t } = useT();
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const applied = filtersFrom(params);
  const q = useAuditLog(applied);
  const rows = q.data?.pages.flat() ?? [];

  const apply = (f: AuditFilters) => {
    const next = new URLSearchParams();
    for (const k of Object.keys(PARAM) as (keyof AuditFilters)[]) {
      const v = f[k].trim();
      if (v) next.set(PARAM[k], v);
    }
    setParams(next);
  };

  return (
    <article className="audit-page">
      <header className="page-head">
        <h1>{t('audit.title')}</h1>
        <p className="lead">{t('audit.lead')}</p>
      </header>
      {/* Remounted when the address changes, so the form always shows the filters in force. */}
      <FilterForm key={params.toString()} initial={applied} onApply={apply} />
      {q.isPending ? (
        <Loading />
      ) : !q.data ? (
        <ErrorBox error={q.error} onRetry={() => void q.refetch()} />
      ) : rows.length === 0 ? (
        <Empty>{t('audit.noEvents')}</Empty>
      ) : (
        <>
          <p className="muted small" aria-live="polite">
            {t('audit.shown', { n: fmt.number(rows.length) })}
          </p>
          <div className="table-wrap">
            <table className="data audit-table">
              <thead>
                <tr>
                  <th scope="col">{t('audit.time')}</th>
                  <th scope="col">{t('audit.actorCol')}</th>
                  <th scope="col">{t('audit.role')}</th>
                  <th scope="col">{t('audit.action')}</th>
                  <th scope="col">{t('audit.entity')}</th>
                  <th scope="col">{t('audit.ip')}</th>
                  <th scope="col">{t('audit.requestId')}</th>
                  <th scope="col">{t('audit.details')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <EventRow key={r.id} row={r} />
                ))}
              </tbody>
            </table>
          </div>
          <div className="form-actions">
            {q.hasNextPage ? (
              <button type="button" onClick={() => void q.fetchNextPage()} disabled={q.isFetchingNextPage}>
                {q.isFetchingNextPage ? t('state.loading') : t('audit.loadMore')}
              </button>
            ) : (
              <p className="muted small">{t('audit.end')}</p>
            )}
          </div>
          {/* A failed "load more" (or refresh) keeps the rows already shown. */}
          {q.isError && (
            <ErrorBox error={q.error} onRetry={() => void (q.isFetchNextPageError ? q.fetchNextPage() : q.refetch())} />
          )}
        </>
      )}
    </article>
  );
}

function FilterForm({ initial, onApply }: { initial: AuditFilters; onApply: (f: AuditFilters) => void }) {
  const { t } = useT();
  const uid = useId();
  const entityLabel = useEntityLabel();
  const [f, setF] = useState<AuditFilters>(initial);
  const [tried, setTried] = useState(false);
  const pds = usePdOptions();
  // Only administrators may list accounts: for them the user field suggests usernames.
  const mayListUsers = useCan('user:manage');
  const accounts = useAccounts(mayListUsers);
  const badRange = !!f.from && !!f.to && f.from > f.to;
  const set = (patch: Partial<AuditFilters>) => setF((old) => ({ ...old, ...patch }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!badRange) onApply(f);
  };
  return (
    <form className="card audit-filters" aria-labelledby={`${uid}-title`} onSubmit={onSubmit} noValidate>
      <h2 id={`${uid}-title`} className="visually-hidden">
        {t('audit.filters')}
      </h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${uid}-actor`}>{t('audit.actor')}</label>
          <input
            id={`${uid}-actor`}
            value={f.actor}
            autoComplete="off"
            spellCheck={false}
            list={accounts.data ? `${uid}-actors` : undefined}
            onChange={(e) => set({ actor: e.target.value })}
          />
          {accounts.data && (
            <datalist id={`${uid}-actors`}>
              {accounts.data.map((a) => (
                <option key={a.id} value={a.username}>
                  {a.displayName}
                </option>
              ))}
            </datalist>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${uid}-pd`}>{t('audit.pd')}</label>
          <select id={`${uid}-pd`} value={f.pdKey} onChange={(e) => set({ pdKey: e.target.value })}>
            <option value="">{t('audit.pdAll')}</option>
            {f.pdKey && !pds.data?.some((p) => p.key === f.pdKey) && <option value={f.pdKey}>{f.pdKey}</option>}
            {pds.data?.map((p) => (
              <option key={p.key} value={p.key}>
                {p.shortName}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${uid}-entity`}>{t('audit.entityType')}</label>
          <select id={`${uid}-entity`} value={f.entityType} onChange={(e) => set({ entityType: e.target.value })}>
            <option value="">{t('audit.entityAll')}</option>
            {f.entityType && !isKnownEntityType(f.entityType) && <option value={f.entityType}>{f.entityType}</option>}
            {ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {entityLabel(type)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field-row">
        <div className="field narrow">
          <label htmlFor={`${uid}-from`}>{t('audit.from')}</label>
          <input
            id={`${uid}-from`}
            type="date"
            value={f.from}
            max={f.to || undefined}
            onChange={(e) => set({ from: e.target.value })}
          />
        </div>
        <div className="field narrow">
          <label htmlFor={`${uid}-to`}>{t('audit.to')}</label>
          <input
            id={`${uid}-to`}
            type="date"
            value={f.to}
            min={f.from || undefined}
            aria-invalid={tried && badRange}
            aria-describedby={tried && badRange ? `${uid}-range` : undefined}
            onChange={(e) => set({ to: e.target.value })}
          />
        </div>
        <div className="form-actions audit-filter-actions">
          <button type="submit" className="primary">
            {t('audit.apply')}
          </button>
          <button
            type="button"
            onClick={() => {
              setF(NO_FILTERS);
              onApply(NO_FILTERS);
            }}
          >
            {t('audit.clear')}
          </button>
        </div>
      </div>
      {tried && badRange && (
        <p className="field-error" id={`${uid}-range`}>
          {t('audit.dateOrder')}
        </p>
      )}
    </form>
  );
}

function EventRow({ row: r }: { row: AuditRow }) {
  const { t, pick } = useT();
  const when = useWitaDateTime();
  const entityLabel = useEntityLabel();
  const uid = useId();
  const [open, setOpen] = useState(false);
  const roles = (r.actorRole ?? '')
    .split(',')
    .filter(Boolean)
    .map((role) => (role in ROLE_LABELS ? pick(ROLE_LABELS[role as Role]) : role));
  return (
    <Fragment>
      <tr className="audit-row" data-event-id={r.id} data-action={r.action} data-entity-type={r.entityType}>
        <td className="audit-time">
          <time dateTime={r.at}>{when(r.at)}</time>
        </td>
        <td>
          <code>{r.actor}</code>
        </td>
        <td>{roles.length ? roles.join(', ') : <span className="muted">—</span>}</td>
        <td>
          <code className="audit-action">{r.action}</code>
        </td>
        <td className="audit-entity">
          <span className="audit-entity-type">{entityLabel(r.entityType)}</span>
          <code className="audit-entity-id">{r.entityId}</code>
          {r.pdKey && <span className="small muted">{`${t('audit.pd')}: ${r.pdKey}`}</span>}
        </td>
        <td>{r.ip ? <code>{r.ip}</code> : <span className="muted">—</span>}</td>
        <td className="audit-request">{r.requestId ? <code>{r.requestId}</code> : <span className="muted">—</span>}</td>
        <td>
          <button
            type="button"
            className="link"
            aria-expanded={open}
            aria-controls={`${uid}-diff`}
            onClick={() => setOpen((o) => !o)}
          >
            {open ? t('audit.hide') : t('audit.show')}
            {/* Read out as "Lihat perubahan kejadian 12", seen as "Lihat". */}
            <span className="visually-hidden"> {t('audit.showLabel', { id: r.id })}</span>
          </button>
        </td>
      </tr>
      {open && (
        <tr className="audit-diff-row" id={`${uid}-diff`}>
          <td colSpan={8}>
            <DiffView before={r.before} after={r.after} />
          </td>
        </tr>
      )}
    </Fragment>
  );
}
