// Pembinaan: the comparison a province (or national hub) reads of the instansi under it — road map
// in force, Indeks RB by year, capaian of the mandatory indicators and of all, verified reporting,
// early warnings — for a year and period; each row opens that instansi read-only.
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { Empty, ErrorBox, Loading, usePageTitle } from '../../shared/states.tsx';
import { useCan } from '../auth/auth.tsx';
import { ComparisonTable } from './comparison-table.tsx';
import { useComparison, useOwnInstansi } from './pembinaan-api.ts';
import { PembinaanFilters } from './pembinaan-filters.tsx';
import { readView, writeView, type PembinaanView } from './pembinaan-query.ts';
import './pembinaan.css';

export function PembinaanPage() {
  const { t } = useT();
  usePageTitle(t('pb.title'));
  if (!useCan('pembinaan:read'))
    return (
      <article>
        <h1>{t('pb.title')}</h1>
        <p className="notice notice-warning" role="alert">
          {t('pb.noAccess')}
        </p>
      </article>
    );
  return <Comparison />;
}

function Comparison() {
  const { t } = useT();
  const [params, setParams] = useSearchParams();
  const view = readView(params);
  const own = useOwnInstansi();
  const q = useComparison(view);
  const go = (v: PembinaanView) => setParams(writeView(v), { replace: true });
  return (
    <article className="pembinaan-page">
      <header className="page-head">
        <h1>{t('pb.title')}</h1>
        <p className="lead">{t('pb.lead', { name: own.data?.name ?? '' })}</p>
      </header>
      <PembinaanFilters view={view} onChange={go} />
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorBox error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data.rows.length === 0 ? (
        <Empty>{t('pb.empty')}</Empty>
      ) : (
        <ComparisonTable
          data={q.data}
          view={view}
          onSort={(sort) => go({ ...view, sort, dir: view.sort === sort && view.dir === 'asc' ? 'desc' : 'asc' })}
        />
      )}
    </article>
  );
}
