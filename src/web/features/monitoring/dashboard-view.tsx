// The dashboard tab of Pemantauan: the period's average capaian (verified values, and all), counts
// by status and early warnings; per indicator target, realisasi, capaian, status and warning; per
// PD the completeness of reporting, with the STU's reminder button; and what is overdue in the round
// (meeting follow-ups, complaints).
import { CAPAIAN_STATUSES, STATUS_LABELS } from '../../../domain/capaian/status.ts';
import { INSTANSI_PD_KEY as INSTANSI } from '../../../domain/monitoring/reporting.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { ErrorBox, Loading } from '../../shared/states.tsx';
import { useVersionView } from '../../shared/version-context.tsx';
import { RealisasiBadge } from './entry-card.tsx';
import { useDashboard, type Dashboard, type Periode } from './monitoring-api.ts';
import { pdName } from './pd-label.ts';
import { RemindButton } from './remind-button.tsx';
import { TerlambatPanel } from '../terlambat/terlambat-panel.tsx';

export function DashboardView({ periode }: { periode: Periode }) {
  const { t, pick } = useT();
  const fmt = useFormat();
  const q = useDashboard(periode.id);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => void q.refetch()} />;
  const d: Dashboard = q.data;
  const avg = (a: Dashboard['summary']['averageVerified']) =>
    a.percent === null ? '—' : fmt.percent(a.percent, { maxDecimals: 2 });
  return (
    <div className="dashboard">
      <h2>{t('mon.dashTitle', { period: `${d.periode.code} ${d.periode.year}` })}</h2>
      <TerlambatPanel />
      <div className="summary-cards">
        <div className="card summary-card" data-card="average-verified">
          <h3>{t('mon.avgVerified')}</h3>
          <p className="big">{avg(d.summary.averageVerified)}</p>
          <p className="muted small">
            {t('mon.avgCounted', { n: d.summary.averageVerified.counted, x: d.summary.averageVerified.excluded })}
          </p>
        </div>
        <div className="card summary-card" data-card="average-all">
          <h3>{t('mon.avgAll')}</h3>
          <p className="big">{avg(d.summary.averageAll)}</p>
          <p className="muted small">
            {t('mon.avgCounted', { n: d.summary.averageAll.counted, x: d.summary.averageAll.excluded })}
          </p>
        </div>
        <div className="card summary-card" data-card="by-status">
          <h3>{t('mon.byStatus')}</h3>
          <ul className="status-counts">
            {CAPAIAN_STATUSES.map((s) => (
              <li key={s}>
                <span className={`badge cs-${s}`}>{pick(STATUS_LABELS[s])}</span> {d.summary.byStatus[s] ?? 0}
              </li>
            ))}
          </ul>
        </div>
        <div className="card summary-card" data-card="early-warnings">
          <h3>{t('mon.earlyWarnings')}</h3>
          <p className="big">{d.summary.earlyWarnings}</p>
        </div>
      </div>

      <IndicatorTable d={d} />
      <RemindButton periodeId={d.periode.id} locked={d.periode.state === 'terkunci'} />
      <CompletenessTable d={d} />
    </div>
  );
}

function IndicatorTable({ d }: { d: Dashboard }) {
  const { t, pick } = useT();
  const fmt = useFormat();
  const { doc } = useVersionView();
  const scaleOf = (code: string) => doc.scales.find((s) => s.code === code);
  return (
    <div className="table-wrap">
      <table className="data compact dashboard-indicators">
        <caption>{t('mon.perIndicator')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.indicator')}</th>
            <th scope="col">{t('mon.reportedBy')}</th>
            <th scope="col">{t('table.target')}</th>
            <th scope="col">{t('mon.realisasi')}</th>
            <th scope="col">{t('mon.capaian')}</th>
            <th scope="col">{t('mon.status')}</th>
            <th scope="col">{t('mon.earlyWarning')}</th>
          </tr>
        </thead>
        <tbody>
          {d.indicators.map((i) => {
            const scale = scaleOf(i.scaleCode);
            return (
              <tr key={i.key} data-indicator={i.key}>
                <th scope="row">{i.name}</th>
                <td>{pdName(doc, i.pdKey ?? INSTANSI, t('mon.instansiLevel'))}</td>
                <td>{i.target ? fmt.target(i.target, scale, i.unit) : '—'}</td>
                <td>
                  {i.realisasi?.value ? fmt.valueWithUnit(i.realisasi.value, i.unit, scale) : '—'}{' '}
                  {i.realisasi && <RealisasiBadge status={i.realisasi.status} />}
                </td>
                <td className="capaian">
                  {i.capaian === null ? (
                    // Another PD's figures: the server sends them to PD staff only as the summary's counts.
                    <span className="muted small">{t('mon.otherPdHidden')}</span>
                  ) : i.capaian.kind === 'dinilai' ? (
                    <span title={pick(i.capaian.formula)}>{fmt.percent(i.capaian.percent, { maxDecimals: 2 })}</span>
                  ) : (
                    <span className="muted">
                      {t('mon.notAssessed')} <span className="small">({pick(i.capaian.reason)})</span>
                    </span>
                  )}
                </td>
                <td>
                  <span className={`badge cs-${i.status}`}>{pick(STATUS_LABELS[i.status])}</span>
                </td>
                <td className="small">{i.earlyWarning ? pick(i.earlyWarning) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function CompletenessTable({ d }: { d: Dashboard }) {
  const { t } = useT();
  return (
    <div className="table-wrap">
      <table className="data compact completeness">
        <caption>{t('mon.completeness')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('pd.shortName')}</th>
            <th scope="col">{t('mon.expected')}</th>
            <th scope="col">{t('mon.notEntered')}</th>
            <th scope="col">{t('mon.rs.draft')}</th>
            <th scope="col">{t('mon.rs.submitted')}</th>
            <th scope="col">{t('mon.rs.returned')}</th>
            <th scope="col">{t('mon.rs.verified')}</th>
            <th scope="col">{t('mon.daysToDeadline')}</th>
          </tr>
        </thead>
        <tbody>
          {d.completeness.map((c) => (
            <tr key={c.pdKey} data-pd={c.pdKey}>
              <th scope="row">{c.pdKey === INSTANSI ? t('mon.instansiLevel') : c.pdName}</th>
              <td>{c.expected}</td>
              <td data-col="notEntered">{c.notEntered}</td>
              <td data-col="draft">{c.draft}</td>
              <td data-col="submitted">{c.submitted}</td>
              <td data-col="returned">{c.returned}</td>
              <td data-col="verified">{c.verified}</td>
              <td>{c.daysToDeadline}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
