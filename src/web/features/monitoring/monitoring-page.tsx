// Pemantauan: semester monitoring of the road map. A period picker, then three tabs: entry of the
// realisasi the user reports (PD staff: own PD; STU: all, grouped by PD, with bulk verification),
// the period dashboard (capaian, status, early warnings, completeness per PD) and notifications.
import { YearSelect } from '../../shared/year-select.tsx';
import { RemindButton } from './remind-button.tsx';
import { PlanEntryGroups } from './plan-entries.tsx';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { STATUS_LABELS, type CapaianStatus } from '../../../domain/capaian/status.ts';
import { PERIOD_STATE_LABELS } from '../../../domain/periods/periods.ts';
import { isPdScopedOnly, ownPdKeys, type Role } from '../../../domain/permissions.ts';
import type { Indikator, RoadMapDocument } from '../../../domain/roadmap/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { Empty, ErrorBox, Loading, usePageTitle } from '../../shared/states.tsx';
import { useVersionView } from '../../shared/version-context.tsx';
import { useAuth, useCan } from '../auth/auth.tsx';
import { EntryCard, RealisasiBadge, type EntryPermissions } from './entry-card.tsx';
import {
  monitoringApi,
  monitoringKeys,
  useDashboard,
  useNotifications,
  usePeriods,
  useRealisasi,
  type Dashboard,
  type Periode,
} from './monitoring-api.ts';

/** Pseudo PD of the instansi-wide indicators the STU reports (as the server names it). */
const INSTANSI = '_instansi';

/** The PD that reports an indicator: its lead, else its first responsible PD, else the STU. */
export function reportingPd(ind: Indikator): string {
  return (ind.responsible.find((r) => r.role === 'lead') ?? ind.responsible[0])?.pdKey ?? INSTANSI;
}

type Tab = 'isi' | 'dasbor' | 'notifikasi';

export function MonitoringPage() {
  const { t, pick } = useT();
  const fmt = useFormat();
  const { doc } = useVersionView();
  usePageTitle(t('mon.title'));
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const defaultYear = Math.min(Math.max(thisYear, doc.roadMap.periodStart), doc.roadMap.periodEnd);
  const year = Number(params.get('tahun')) || defaultYear;
  const tab: Tab =
    params.get('tab') === 'dasbor' ? 'dasbor' : params.get('tab') === 'notifikasi' ? 'notifikasi' : 'isi';
  const periods = usePeriods(year);
  const list = periods.data ?? [];
  const chosen =
    list.find((p) => p.id === params.get('periode')) ??
    list.find((p) => p.state === 'terbuka' || p.state === 'dibuka_kembali') ??
    list[0];
  const years: number[] = [];
  for (let y = doc.roadMap.periodStart; y <= doc.roadMap.periodEnd; y++) years.push(y);

  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(name);
    else next.set(name, value);
    setParams(next);
  };
  const tabHref = (name: Tab) => {
    const next = new URLSearchParams(params);
    next.set('tab', name);
    if (chosen) next.set('periode', chosen.id);
    return `?${next.toString()}`;
  };
  const periodLabel = (p: Periode) =>
    `${p.code} ${p.year} · ${pick(PERIOD_STATE_LABELS[p.state])}${
      p.state === 'terbuka' || p.state === 'dibuka_kembali' ? ` · ${daysText(p.daysToDeadline)}` : ''
    }`;
  const daysText = (n: number) => (n >= 0 ? t('mon.daysLeft', { n }) : t('mon.daysLate', { n: -n }));

  return (
    <div className="monitoring">
      <div className="page-head">
        <h1>{t('mon.title')}</h1>
        <p className="lead">{t('mon.lead')}</p>
      </div>
      <div className="filters period-picker">
        <YearSelect
          id="mon-year"
          label={t('mon.year')}
          years={years}
          value={year}
          onChange={(y) => {
            const next = new URLSearchParams(params);
            next.set('tahun', y);
            next.delete('periode');
            setParams(next);
          }}
        />
        <div className="field">
          <label htmlFor="mon-period">{t('mon.period')}</label>
          <select
            id="mon-period"
            value={chosen?.id ?? ''}
            disabled={!list.length}
            onChange={(e) => setParam('periode', e.target.value)}
          >
            {!list.length && <option value="">{periods.isPending ? t('state.loading') : t('mon.noPeriods')}</option>}
            {list.map((p) => (
              <option key={p.id} value={p.id}>
                {periodLabel(p)}
              </option>
            ))}
          </select>
        </div>
        {chosen && (
          <p className="period-state">
            <span className={`badge ps-${chosen.state}`}>{pick(PERIOD_STATE_LABELS[chosen.state])}</span>{' '}
            <span className="muted small">
              {t('mon.window', {
                from: fmt.date(chosen.opensAt),
                to: fmt.date(chosen.reopenedUntil ?? chosen.deadline),
              })}
              {(chosen.state === 'terbuka' || chosen.state === 'dibuka_kembali') &&
                ` · ${daysText(chosen.daysToDeadline)}`}
            </span>
          </p>
        )}
      </div>
      {periods.isError && <ErrorBox error={periods.error} onRetry={() => void periods.refetch()} />}

      <nav className="tabs" aria-label={t('mon.tabs')}>
        {(['isi', 'dasbor', 'notifikasi'] as const).map((name) => (
          <Link key={name} to={tabHref(name)} aria-current={tab === name ? 'page' : undefined} className="tab">
            {t(`mon.tab.${name}`)}
          </Link>
        ))}
      </nav>

      {tab === 'notifikasi' ? (
        <NotificationsPanel />
      ) : periods.isPending ? (
        <Loading />
      ) : !chosen ? (
        <Empty>{t('mon.noPeriods')}</Empty>
      ) : tab === 'dasbor' ? (
        <DashboardView periode={chosen} />
      ) : (
        <EntryList periode={chosen} doc={doc} />
      )}
    </div>
  );
}

function pdName(doc: RoadMapDocument, key: string, instansiLabel: string): string {
  if (key === INSTANSI) return instansiLabel;
  return doc.perangkatDaerah.find((p) => p.key === key)?.name ?? key;
}

function EntryList({ periode, doc }: { periode: Periode; doc: RoadMapDocument }) {
  const { t } = useT();
  const { user } = useAuth();
  const qc = useQueryClient();
  const q = useRealisasi(periode.id);
  const canEnter = useCan('realisasi:enter');
  const canSubmit = useCan('realisasi:submit');
  const canVerify = useCan('realisasi:verify');
  const canComment = useCan('realisasi:comment');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const roles = (user?.roles ?? []).map((r) => ({ role: r.role as Role, pdKey: r.pdKey }));
  const pdScoped = isPdScopedOnly(roles);
  const ownKey = ownPdKeys(roles).join(',');
  const own = useMemo(() => (ownKey ? ownKey.split(',') : []), [ownKey]);

  const groups = useMemo(() => {
    const byPd = new Map<string, Indikator[]>();
    for (const ind of doc.indicators) {
      const pd = reportingPd(ind);
      if (pdScoped && !own.includes(pd)) continue;
      byPd.set(pd, [...(byPd.get(pd) ?? []), ind]);
    }
    const order = [...doc.perangkatDaerah.map((p) => p.key), INSTANSI];
    return [...byPd.entries()].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]));
  }, [doc, pdScoped, own]);

  const verifyMany = useMutation({
    mutationFn: (ids: string[]) => monitoringApi.verify(ids),
    onSuccess: () => {
      setSelected(new Set());
      return qc.invalidateQueries({ queryKey: monitoringKeys.all });
    },
  });

  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => void q.refetch()} />;
  const rows = new Map(q.data.filter((r) => r.subjectType === 'indikator').map((r) => [r.subjectKey, r]));
  // Selections that are no longer awaiting verification do not count.
  const chosen = [...selected].filter((id) => q.data.some((r) => r.id === id && r.status === 'submitted'));

  const permsFor = (pd: string): EntryPermissions => ({
    // PD staff enter their own PD's values; the STU the instansi-wide ones; without accounts, all.
    enter: canEnter && (!user || (pdScoped ? own.includes(pd) : pd === INSTANSI)),
    submit: canSubmit && (!user || own.includes(pd)),
    verify: canVerify,
    comment: canComment,
  });

  if (!groups.length) return <Empty>{t('mon.nothingToReport')}</Empty>;
  return (
    <div className="entry-list">
      {canVerify && (
        <div className="bulk-bar">
          <button
            type="button"
            className="primary"
            disabled={!chosen.length || verifyMany.isPending}
            onClick={() => verifyMany.mutate(chosen)}
          >
            {t('mon.verifySelected', { n: chosen.length })}
          </button>
          {verifyMany.isError && <ErrorBox error={verifyMany.error} />}
        </div>
      )}
      {groups.map(([pd, inds]) => (
        <section key={pd} className="entry-group" aria-label={pdName(doc, pd, t('mon.instansiLevel'))}>
          <h2>
            {pdName(doc, pd, t('mon.instansiLevel'))}{' '}
            <span className="muted small">{t('mon.indicatorCount', { n: inds.length })}</span>
          </h2>
          {inds.map((ind) => {
            const row = rows.get(ind.key);
            return (
              <EntryCard
                key={ind.key}
                indicator={ind}
                scale={doc.scales.find((s) => s.code === ind.scaleCode)}
                row={row}
                periode={periode}
                can={permsFor(pd)}
                selected={!!row && selected.has(row.id)}
                onSelect={(on) =>
                  setSelected((prev) => {
                    const next = new Set(prev);
                    if (row) {
                      if (on) next.add(row.id);
                      else next.delete(row.id);
                    }
                    return next;
                  })
                }
              />
            );
          })}
        </section>
      ))}
      <PlanEntryGroups
        periode={periode}
        doc={doc}
        rows={q.data}
        showPd={(pd) => !pdScoped || own.includes(pd)}
        permsFor={permsFor}
        isSelected={(id) => selected.has(id)}
        onSelect={(id, on) =>
          setSelected((prev) => {
            const next = new Set(prev);
            if (on) next.add(id);
            else next.delete(id);
            return next;
          })
        }
      />
    </div>
  );
}

const STATUSES: CapaianStatus[] = ['tercapai', 'on_track', 'berisiko', 'tidak_tercapai', 'tidak_dinilai'];

function DashboardView({ periode }: { periode: Periode }) {
  const { t, pick } = useT();
  const fmt = useFormat();
  const { doc } = useVersionView();
  const q = useDashboard(periode.id);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => void q.refetch()} />;
  const d: Dashboard = q.data;
  const avg = (a: Dashboard['summary']['averageVerified']) =>
    a.percent === null ? '—' : fmt.percent(a.percent, { maxDecimals: 2 });
  const scaleOf = (code: string) => doc.scales.find((s) => s.code === code);
  return (
    <div className="dashboard">
      <h2>{t('mon.dashTitle', { period: `${d.periode.code} ${d.periode.year}` })}</h2>
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
            {STATUSES.map((s) => (
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
                    {i.capaian.kind === 'dinilai' ? (
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

      <RemindButton periodeId={d.periode.id} locked={d.periode.state === 'terkunci'} />
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
    </div>
  );
}

/** The server links a notification to "/monitoring?periode=…": the same period on this page. */
function notificationHref(link: string | null): string | null {
  if (!link) return null;
  const query = link.split('?')[1];
  return query ? `?${query}` : null;
}

function NotificationsPanel() {
  const { t } = useT();
  const fmt = useFormat();
  const { user } = useAuth();
  const qc = useQueryClient();
  const q = useNotifications(!!user);
  const read = useMutation({
    mutationFn: (id: string) => monitoringApi.markRead(id),
    onSuccess: () => qc.invalidateQueries({ queryKey: monitoringKeys.notifications }),
  });
  if (!user) return <Empty>{t('mon.noNotifications')}</Empty>;
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data.length) return <Empty>{t('mon.noNotifications')}</Empty>;
  return (
    <ul className="notifications">
      {q.data.map((n) => {
        const href = notificationHref(n.link);
        return (
          <li key={n.id} className={n.read ? 'read' : 'unread'}>
            <strong>{n.title}</strong> <span className="muted small">{fmt.dateTime(n.createdAt)}</span>
            {n.body && <p>{n.body}</p>}
            {href && <Link to={`${href}&tab=isi`}>{t('mon.openEntry')}</Link>}{' '}
            {!n.read && (
              <button type="button" disabled={read.isPending} onClick={() => read.mutate(n.id)}>
                {t('mon.markRead')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
