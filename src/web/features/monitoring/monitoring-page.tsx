// Pemantauan: semester monitoring of the road map. A period picker, then three tabs: entry of the
// realisasi the user reports (PD staff: own PD; STU: all, grouped by PD, with bulk verification),
// the period dashboard (capaian, status, early warnings, completeness per PD) and notifications.
import { useGovernedYears } from '../../shared/governed-years.ts';
import { ReviewSample } from './review-sample.tsx';
import { useCan } from '../auth/auth.tsx';
import { Link, useSearchParams } from 'react-router';
import { deadlineInWords, isOpenForEntry, PERIOD_STATE_LABELS } from '../../../domain/periods/periods.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { Empty, ErrorBox, Loading, usePageTitle } from '../../shared/states.tsx';
import { useVersionView } from '../../shared/version-context.tsx';
import { YearSelect } from '../../shared/year-select.tsx';
import { DashboardView } from './dashboard-view.tsx';
import { EntryList } from './entry-list.tsx';
import { usePeriodeYear, usePeriods, type Periode } from './monitoring-api.ts';
import { NotificationsPanel } from './notifications-panel.tsx';

type Tab = 'isi' | 'dasbor' | 'notifikasi' | 'sampel';

export function MonitoringPage() {
  const { t, pick, locale } = useT();
  const fmt = useFormat();
  const { doc, href } = useVersionView();
  const mayManagePeriods = useCan('periode:manage');
  usePageTitle(t('mon.title'));
  const [params, setParams] = useSearchParams();
  const { years, defaultYear } = useGovernedYears();
  // A link naming only the period (notifications) opens that period's year.
  const linkedYear = usePeriodeYear(params.get('periode'), !params.get('tahun'));
  const year = Number(params.get('tahun')) || linkedYear || defaultYear;
  // The review sample is the APIP evaluator's (issue #12): other roles do not get the tab.
  const mayReview = useCan('evaluasi:score');
  const tabs: Tab[] = mayReview ? ['isi', 'dasbor', 'notifikasi', 'sampel'] : ['isi', 'dasbor', 'notifikasi'];
  const asked = params.get('tab') as Tab | null;
  const tab: Tab = asked && tabs.includes(asked) ? asked : 'isi';
  const periods = usePeriods(year);
  const list = periods.data ?? [];
  const chosen =
    list.find((p) => p.id === params.get('periode')) ?? list.find((p) => isOpenForEntry(p.state)) ?? list[0];

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
      isOpenForEntry(p.state) ? ` · ${daysText(p.daysToDeadline)}` : ''
    }`;
  const daysText = (n: number) => deadlineInWords(n, locale);

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
              {isOpenForEntry(chosen.state) && ` · ${daysText(chosen.daysToDeadline)}`}
            </span>
          </p>
        )}
      </div>
      {periods.isError && <ErrorBox error={periods.error} onRetry={() => void periods.refetch()} />}

      <nav className="tabs" aria-label={t('mon.tabs')}>
        {tabs.map((name) => (
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
        <Empty>
          {t('mon.noPeriods')}{' '}
          {mayManagePeriods && <Link to={href(`periode?tahun=${year}`)}>{t('mon.setupPeriods', { year })}</Link>}
        </Empty>
      ) : tab === 'dasbor' ? (
        <DashboardView periode={chosen} />
      ) : tab === 'sampel' ? (
        <ReviewSample periode={chosen} doc={doc} />
      ) : (
        <EntryList periode={chosen} doc={doc} />
      )}
    </div>
  );
}
