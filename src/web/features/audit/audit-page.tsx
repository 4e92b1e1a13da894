// Log audit: every recorded change for the administrator and the STU, newest first, filtered by
// user, perangkat daerah, entity type and WITA days (kept in the address so a view can be shared),
// paged with "load more", each event expandable into its before/after fields side by side.
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { Empty, ErrorBox, Loading, usePageTitle } from '../../shared/states.tsx';
import { useCan } from '../auth/auth.tsx';
import { useAuditLog, type AuditFilters } from './audit-api.ts';
import { AuditEventRow } from './audit-event-row.tsx';
import { AuditFilterForm } from './audit-filter-form.tsx';
import { filtersFrom, filtersToParams } from './audit-filters.ts';
import './audit.css';

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

function AuditLog() {
  const { t } = useT();
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const applied = filtersFrom(params);
  const q = useAuditLog(applied);
  const rows = q.data?.pages.flat() ?? [];

  const apply = (f: AuditFilters) => setParams(filtersToParams(f));

  return (
    <article className="audit-page">
      <header className="page-head">
        <h1>{t('audit.title')}</h1>
        <p className="lead">{t('audit.lead')}</p>
      </header>
      {/* Remounted when the address changes, so the form always shows the filters in force. */}
      <AuditFilterForm key={params.toString()} initial={applied} onApply={apply} />
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
                  <AuditEventRow key={r.id} row={r} />
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
