// The province's comparison table: one row per instansi under it, columns that sort (the header is
// a button that says the order, for screen readers too), values as text so the table reads and
// prints without charts. Rows without a value sort last either way (domain rule).
import { Link } from 'react-router';
import { sortComparison, verifiedShare, type ComparisonSort } from '../../../domain/pembinaan/comparison.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { regulasiName } from '../../shared/regulasi.ts';
import type { ComparisonRow, PembinaanComparison } from './pembinaan-api.ts';
import { writeView, type PembinaanView } from './pembinaan-query.ts';

function SortHeader({
  column,
  label,
  view,
  onSort,
}: {
  column: ComparisonSort;
  label: string;
  view: PembinaanView;
  onSort: (sort: ComparisonSort) => void;
}) {
  const { t } = useT();
  const active = view.sort === column;
  return (
    <th scope="col" aria-sort={active ? (view.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button
        type="button"
        className="sort-button"
        title={t('pb.sortBy', { column: label })}
        onClick={() => onSort(column)}
      >
        {label} {active ? (view.dir === 'asc' ? '▲' : '▼') : ''}
      </button>
    </th>
  );
}

export function ComparisonTable({
  data,
  view,
  onSort,
}: {
  data: PembinaanComparison;
  view: PembinaanView;
  onSort: (sort: ComparisonSort) => void;
}) {
  const { t, locale } = useT();
  const fmt = useFormat();
  const years = data.indeksYears.slice(0, 3);
  const rows = sortComparison(data.rows, view.sort, view.dir);
  const percent = (p: number | null) => (p === null ? t('pb.noValue') : fmt.percent(p));
  const detailHref = (r: ComparisonRow) => `/pembinaan/${r.code}?${writeView({ ...view, sort: 'name', dir: 'asc' })}`;
  return (
    <div className="table-wrap">
      <table className="data compact pembinaan-table">
        <thead>
          <tr>
            <SortHeader column="name" label={t('pb.instansi')} view={view} onSort={onSort} />
            <th scope="col">{t('pb.roadMap')}</th>
            {years.map((y, i) =>
              i === 0 ? (
                <SortHeader key={y} column="indeks" label={t('pb.indeks', { year: y })} view={view} onSort={onSort} />
              ) : (
                <th key={y} scope="col">
                  {t('pb.indeks', { year: y })}
                </th>
              ),
            )}
            <SortHeader column="mandatory" label={t('pb.mandatory')} view={view} onSort={onSort} />
            <SortHeader column="capaian" label={t('pb.capaian')} view={view} onSort={onSort} />
            <SortHeader column="verified" label={t('pb.verified')} view={view} onSort={onSort} />
            <SortHeader column="earlyWarnings" label={t('pb.earlyWarnings')} view={view} onSort={onSort} />
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const share = verifiedShare(r.reporting);
            return (
              <tr key={r.id}>
                <th scope="row">
                  <Link to={detailHref(r)}>{r.name}</Link>
                  {r.depth > 1 && <span className="small block">{r.parentName}</span>}
                </th>
                <td>
                  {r.governing ? (
                    <>
                      {r.governing.regulasi
                        ? regulasiName(r.governing.regulasi, { name: r.name }, locale)
                        : r.governing.versionLabel}
                      {r.governing.transition && <span className="badge">{t('pb.transition')}</span>}
                      {r.periode && <span className="small block">{r.periode.code}</span>}
                    </>
                  ) : (
                    <span className="muted">{t('pb.noRoadMap')}</span>
                  )}
                </td>
                {years.map((y) => {
                  const point = r.indeks.find((i) => i.year === y);
                  return (
                    <td key={y} className="num">
                      {point ? `${fmt.number(point.indeks, { maxDecimals: 2 })} (${point.predikat})` : t('pb.noValue')}
                    </td>
                  );
                })}
                <td className="num">
                  {percent(r.mandatory.capaian.percent)}
                  <span className="small block">{t('pb.counted', { n: r.mandatory.capaian.counted })}</span>
                </td>
                <td className="num">{percent(r.capaian.percent)}</td>
                <td className="num">
                  {t('pb.verifiedValue', { verified: r.reporting.verified, expected: r.reporting.expected })}
                  {share !== null && <span className="small block">{fmt.percent(share)}</span>}
                </td>
                <td className="num">{r.earlyWarnings}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
