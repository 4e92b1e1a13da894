// Tabel 1, 2 and 3 as the Lampiran prints them: same columns, merged cells for No / Sasaran /
// Kegiatan / Tema, values formatted by scale, N/A shown, each indicator linked to its page, a marker
// on rows with findings, and the table's .xlsx download.
import { ThemeYears } from './theme-years.tsx';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import type { Finding, TableCode } from '../../../domain/roadmap/types.ts';
import { placementKey, tableRows, type TableRow } from '../../../domain/roadmap/locate.ts';
import { downloads } from '../../api/endpoints.ts';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { Empty, usePageTitle } from '../../shared/states.tsx';
import { indicatorPath, useVersionView } from '../../shared/version-context.tsx';

interface TableInfo {
  code: TableCode;
  title: MessageKey;
  level1: MessageKey;
  level2: MessageKey;
  hasPd: boolean;
  baselineInParens: boolean;
}

const TABLES: Record<string, TableInfo> = {
  '1': {
    code: 'tabel1',
    title: 'table.title1',
    level1: 'table.tujuan',
    level2: 'table.sasaranStrategis',
    hasPd: false,
    baselineInParens: false,
  },
  '2': {
    code: 'tabel2',
    title: 'table.title2',
    level1: 'table.sasaran',
    level2: 'table.kegiatanUtama',
    hasPd: true,
    baselineInParens: false,
  },
  '3': {
    code: 'tabel3',
    title: 'table.title3',
    level1: 'table.tema',
    level2: 'table.sasaran',
    hasPd: true,
    baselineInParens: true,
  },
};

/** The baseline year printed in the header: the most common one of the rows. */
function baselineYear(rows: TableRow[], fallback: number): number {
  const count = new Map<number, number>();
  for (const r of rows) if (r.baseline) count.set(r.baseline.year, (count.get(r.baseline.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of count)
    if (best === null || n > (count.get(best) ?? 0) || (n === count.get(best) && y < best)) best = y;
  return best ?? fallback;
}

function targetYears(rows: TableRow[], periodEnd: number): number[] {
  const years = new Set<number>();
  for (const r of rows) for (const t of r.targets) years.add(t.year);
  if (years.size === 0) years.add(periodEnd);
  return [...years].sort((a, b) => a - b);
}

/** Row spans of merged cells: level-1 groups, and level-2 groups inside them. */
function spans(rows: TableRow[]): { l1: number[]; l2: number[] } {
  const l1 = rows.map(() => 0);
  const l2 = rows.map(() => 0);
  let g1 = -1;
  let g2 = -1;
  rows.forEach((r, i) => {
    const prev = rows[i - 1];
    if (i === 0 || r.firstOfLevel1) g1 = i;
    if (
      i === 0 ||
      r.firstOfLevel1 ||
      r.firstOfLevel2 ||
      (prev && (prev.level2?.key ?? null) !== (r.level2?.key ?? null))
    )
      g2 = i;
    l1[g1] = (l1[g1] ?? 0) + 1;
    l2[g2] = (l2[g2] ?? 0) + 1;
  });
  return { l1, l2 };
}

export function TablePage() {
  const { n = '1' } = useParams();
  const info = TABLES[n];
  const { t } = useT();
  const fmt = useFormat();
  const { doc, findings, href, version } = useVersionView();
  usePageTitle(info ? t(`nav.tabel${n as '1' | '2' | '3'}`) : t('notFound.title'));

  const rows = useMemo(() => (info ? tableRows(doc, info.code) : []), [doc, info]);
  const byEntity = useMemo(() => {
    const m = new Map<string, Finding[]>();
    for (const f of findings) {
      if (f.entityType !== 'indicator' && f.entityType !== 'placement') continue;
      const k = `${f.entityType}:${f.entityKey}`;
      m.set(k, [...(m.get(k) ?? []), f]);
    }
    return m;
  }, [findings]);

  if (!info) {
    return <Empty>{t('table.unknown')}</Empty>;
  }
  const { l1, l2 } = spans(rows);
  const bYear = baselineYear(rows, doc.roadMap.periodStart);
  const years = targetYears(rows, doc.roadMap.periodEnd);
  const number = n;

  return (
    <article>
      <header className="page-head with-actions">
        <div>
          <p className="eyebrow">{t('table.lampiran', { n: number })}</p>
          <h1>{t(info.title)}</h1>
          <p className="lead">
            {doc.instansi.name} · {doc.roadMap.versionLabel}
          </p>
        </div>
        <div className="actions">
          <a className="button" href={downloads.pdf(version.id, info.code)} download>
            <span aria-hidden="true">⬇</span> {t('table.downloadPdf')}
          </a>
          <a className="button" href={downloads.xlsx(version.id, [info.code])} download>
            <span aria-hidden="true">⬇</span> {t('table.download')}
          </a>
        </div>
      </header>
      {rows.length === 0 ? (
        <Empty>{t('table.empty')}</Empty>
      ) : (
        <div className="table-wrap lampiran-wrap" role="region" aria-label={t(info.title)} tabIndex={0}>
          <table className={`data lampiran ${info.code}`} data-table={info.code}>
            <thead>
              <tr>
                <th scope="col" rowSpan={2}>
                  {t('table.no')}
                </th>
                <th scope="col" rowSpan={2}>
                  {t(info.level1)}
                </th>
                <th scope="col" rowSpan={2}>
                  {t(info.level2)}
                </th>
                <th scope="col" rowSpan={2}>
                  {t('table.indicator')}
                </th>
                <th scope="col" rowSpan={2}>
                  {t('table.unit')}
                </th>
                <th scope="col" rowSpan={2}>
                  {info.baselineInParens ? `${t('table.baseline')} (${bYear})` : `${t('table.baseline')} ${bYear}`}
                </th>
                <th scope="colgroup" colSpan={years.length}>
                  {t('table.target')}
                </th>
                {info.hasPd && (
                  <th scope="col" rowSpan={2}>
                    {t('table.pd')}
                  </th>
                )}
              </tr>
              <tr>
                {years.map((y) => (
                  <th scope="col" key={y}>
                    {y}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => {
                const ind = r.indicator;
                const rowFindings = ind
                  ? [
                      ...(byEntity.get(`indicator:${ind.key}`) ?? []),
                      ...(r.placement ? (byEntity.get(`placement:${placementKey(r.placement)}`) ?? []) : []),
                    ]
                  : [];
                const errors = rowFindings.filter((f) => f.severity === 'error').length;
                const warnings = rowFindings.length - errors;
                const span1 = l1[i] ?? 0;
                const span2 = l2[i] ?? 0;
                return (
                  <tr
                    key={r.placement ? placementKey(r.placement) : `${r.level1.key}/${r.level2?.key ?? ''}`}
                    className={errors ? 'row-error' : warnings ? 'row-warning' : undefined}
                    data-indicator={ind?.key}
                  >
                    {span1 > 0 && (
                      <td rowSpan={span1} className="num">
                        {r.number}
                      </td>
                    )}
                    {span1 > 0 && (
                      <th scope="rowgroup" rowSpan={span1} className="level1" id={`node-${r.level1.key}`}>
                        {r.level1.name}
                      </th>
                    )}
                    {span2 > 0 && (
                      <td rowSpan={span2} className="level2" id={r.level2 ? `node-${r.level2.key}` : undefined}>
                        {r.level2 ? (
                          <>
                            {r.level2.number && <span className="node-no">{r.level2.number}. </span>}
                            {r.level2.name}
                          </>
                        ) : null}
                      </td>
                    )}
                    <td className="indicator-cell">
                      {ind ? (
                        <>
                          <Link to={href(indicatorPath(ind.key))}>{r.indicatorName}</Link>
                          {rowFindings.length > 0 && (
                            <Link
                              to={href(`${indicatorPath(ind.key)}#temuan`)}
                              className={`finding-marker ${errors ? 'sev-error' : 'sev-warning'}`}
                              title={t('table.findingsTitle', { n: rowFindings.length })}
                            >
                              <span aria-hidden="true">{errors ? '✖' : '⚠'}</span>
                              <span className="visually-hidden">
                                {t('table.findingsTitle', { n: rowFindings.length })}
                              </span>
                              <span aria-hidden="true"> {rowFindings.length}</span>
                            </Link>
                          )}
                        </>
                      ) : (
                        <span className="muted">{t('table.noIndicator')}</span>
                      )}
                    </td>
                    <td>{r.unit}</td>
                    <td className="value">
                      {r.baseline ? (
                        r.baseline.status === 'not_available' ? (
                          <abbr title={r.baseline.reason}>N/A</abbr>
                        ) : (
                          <>
                            {fmt.baseline(r.baseline, r.scale, undefined, { level: 'code' })}
                            {r.baseline.year !== bYear && <span className="muted small"> ({r.baseline.year})</span>}
                          </>
                        )
                      ) : null}
                    </td>
                    {years.map((y) => {
                      const tg = r.targets.find((x) => x.year === y);
                      return (
                        <td key={y} className="value">
                          {tg ? (
                            fmt.target(tg, r.scale, undefined, { level: 'code' })
                          ) : ind ? (
                            <span className="muted">–</span>
                          ) : null}
                        </td>
                      );
                    })}
                    {info.hasPd && (
                      <td className="pd-cell">
                        {r.responsible.length > 0 ? (
                          <ul className="plain">
                            {r.responsible.map((p) => (
                              <li key={p.pdKey}>
                                {p.pd?.name ?? p.pdKey}
                                {p.role === 'lead' && r.responsible.length > 1 && (
                                  <span className="muted small"> ({t('role.lead')})</span>
                                )}
                              </li>
                            ))}
                          </ul>
                        ) : null}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {info.code === 'tabel3' && <ThemeYears />}
    </article>
  );
}
