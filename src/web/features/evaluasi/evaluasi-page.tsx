// Evaluasi: the annual internal evaluation of the road map by the APIP (Inspektorat). A year
// picker, "Mulai evaluasi" when the year has no worksheet, Indeks RB and predikat always in view,
// the report downloads, closing/reopening, and tabs: the LKE worksheet, results with the history,
// simulation with priorities, the rencana aksi quality grading, the recommendations, and the
// year's Tim Evaluasi Internal and its reviews of the rencana aksi (both also offered before the
// worksheet is started).
import { lazy, Suspense } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isPdScopedOnly, type Role } from '../../../domain/permissions.ts';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { Empty, ErrorBox, Loading, usePageTitle } from '../../shared/states.tsx';
import { useAuth, useCan } from '../auth/auth.tsx';
import { CloseReopen } from './close-reopen.tsx';
import {
  evaluasiApi,
  evaluasiKeys,
  reportHref,
  useEvaluasiYears,
  useWorksheet,
  type EvaluasiSummary,
  type Worksheet,
} from './evaluasi-api.ts';
import { HistoryPanel } from './history-panel.tsx';
import { RekomendasiList } from './rekomendasi-list.tsx';
import { RenaksiGrading } from './renaksi-grading.tsx';
import { IndeksSummary, ResultsPanel } from './results-panel.tsx';
import { SuggestionsPanel } from './suggestions-panel.tsx';
import { TimPanel } from './tim-panel.tsx';
import { WhatIf } from './what-if.tsx';
import { WorksheetTable } from './worksheet-table.tsx';
import './evaluasi.css';

// The review and LHEI tabs load their code when opened: the worksheet screen stays within its budget.
const LazyReviu = lazy(() => import('./reviu-panel.tsx').then((m) => ({ default: m.ReviuPanel })));
const LazyLhei = lazy(() => import('./lhei-panel.tsx').then((m) => ({ default: m.LheiPanel })));
const ReviuPanel = ({ year }: { year: number }) => (
  <Suspense fallback={<Loading />}>
    <LazyReviu year={year} />
  </Suspense>
);
const LheiPanel = ({ year }: { year: number }) => (
  <Suspense fallback={<Loading />}>
    <LazyLhei year={year} />
  </Suspense>
);

const TABS = ['lembar', 'hasil', 'simulasi', 'renaksi', 'rekomendasi', 'tim', 'reviu', 'lhei'] as const;
/** What the year offers before its worksheet is started: the team and its reviews come first. */
const EARLY_TABS: readonly Tab[] = ['tim', 'reviu', 'lhei'];
type Tab = (typeof TABS)[number];

/** The first year offered in the picker: the shipped LKE configuration is 2023's. */
const FIRST_YEAR = 2023;

export function EvaluasiPage() {
  const { t } = useT();
  const fmt = useFormat();
  usePageTitle(t('ev.title'));
  const [params, setParams] = useSearchParams();
  const { user } = useAuth();
  const canScore = useCan('evaluasi:score');
  const years = useEvaluasiYears();
  const thisYear = new Date().getFullYear();
  const existing = years.data ?? [];
  const asked = Number(params.get('tahun'));
  const year =
    Number.isInteger(asked) && asked >= 2000 && asked <= 2100
      ? asked
      : existing.length
        ? Math.max(...existing.map((e) => e.year))
        : thisYear - 1;
  const pdOnly = !!user && isPdScopedOnly(user.roles.map((r) => ({ role: r.role as Role, pdKey: r.pdKey })));
  const defaultTab: Tab = canScore ? 'lembar' : pdOnly ? 'rekomendasi' : 'hasil';
  const tabParam = params.get('tab');
  const tab: Tab = TABS.find((x) => x === tabParam) ?? defaultTab;

  const lo = Math.min(FIRST_YEAR, ...existing.map((e) => e.year));
  const hi = Math.max(thisYear + 1, ...existing.map((e) => e.year));
  const options: number[] = [];
  for (let y = hi; y >= lo; y--) options.push(y);
  const byYear = new Map(existing.map((e) => [e.year, e]));
  const optionLabel = (y: number, e: EvaluasiSummary | undefined) =>
    e
      ? t('ev.yearOption', {
          year: y,
          indeks: fmt.number(e.indeks, { decimals: 2 }),
          predikat: e.predikat ?? '—',
          status: t(e.status === 'closed' ? 'ev.closedShort' : 'ev.openShort'),
        })
      : t('ev.yearOptionNone', { year: y });

  const tabHref = (name: Tab) => {
    const next = new URLSearchParams(params);
    next.set('tab', name);
    next.set('tahun', String(year));
    return `?${next.toString()}`;
  };

  return (
    <div className="evaluasi">
      <div className="page-head">
        <h1>{t('ev.title')}</h1>
        <p className="lead">{t('ev.lead')}</p>
      </div>
      <div className="filters">
        <div className="field inline">
          <label htmlFor="ev-year">{t('ev.year')}</label>
          <select
            id="ev-year"
            value={year}
            disabled={years.isPending}
            onChange={(e) => {
              const next = new URLSearchParams(params);
              next.set('tahun', e.target.value);
              setParams(next);
            }}
          >
            {options.map((y) => (
              <option key={y} value={y}>
                {optionLabel(y, byYear.get(y))}
              </option>
            ))}
          </select>
        </div>
        <Link to="/evaluasi/konfigurasi">{t('ev.cfg.link')}</Link>
      </div>
      {years.isError && <ErrorBox error={years.error} onRetry={() => void years.refetch()} />}
      {years.isPending ? (
        <Loading />
      ) : (
        <YearView year={year} started={years.isError ? null : byYear.has(year)} tab={tab} tabHref={tabHref} />
      )}
    </div>
  );
}

function YearView({
  year,
  started,
  tab,
  tabHref,
}: {
  year: number;
  /** From the years list: false skips asking for a worksheet that does not exist (null: unknown). */
  started: boolean | null;
  tab: Tab;
  tabHref: (t: Tab) => string;
}) {
  const { t } = useT();
  const q = useWorksheet(year, started !== false);
  const canScore = useCan('evaluasi:score');
  const { user } = useAuth();
  // The LHEI speaks for the whole instansi: PD staff are not offered it (the server refuses it too).
  const pdOnly = !!user && isPdScopedOnly(user.roles.map((r) => ({ role: r.role as Role, pdKey: r.pdKey })));
  const offered = (tabs: readonly Tab[]) => tabs.filter((n) => n !== 'lhei' || !pdOnly);
  // The team is set up and the plans reviewed ex-ante early in the year, before the worksheet is started.
  const notStarted = (
    <>
      <NotStarted year={year} canStart={canScore} />
      <nav className="tabs" aria-label={t('ev.tabs')}>
        {offered(EARLY_TABS).map((name) => (
          <Link
            key={name}
            to={tabHref(name)}
            aria-current={(EARLY_TABS.includes(tab) ? tab : 'tim') === name ? 'page' : undefined}
            className="tab"
          >
            {t(`ev.tab.${name}`)}
          </Link>
        ))}
      </nav>
      {tab === 'reviu' ? (
        <ReviuPanel year={year} />
      ) : tab === 'lhei' ? (
        <LheiPanel year={year} />
      ) : (
        <TimPanel year={year} />
      )}
    </>
  );
  if (started === false) return notStarted;
  if (q.isPending) return <Loading />;
  if (q.isError) {
    if (q.error instanceof ApiError && q.error.status === 404) return notStarted;
    return <ErrorBox error={q.error} onRetry={() => void q.refetch()} />;
  }
  const ws = q.data;
  const editable = canScore && ws.evaluasi.status === 'open';
  return (
    <>
      <YearHead ws={ws} canScore={canScore} />
      <nav className="tabs" aria-label={t('ev.tabs')}>
        {offered(TABS).map((name) => (
          <Link key={name} to={tabHref(name)} aria-current={tab === name ? 'page' : undefined} className="tab">
            {t(`ev.tab.${name}`)}
          </Link>
        ))}
      </nav>
      {tab === 'lembar' && (
        <>
          {(editable || ws.suggestions.lines.length > 0) && <SuggestionsPanel ws={ws} editable={editable} />}
          <WorksheetTable ws={ws} editable={editable} />
        </>
      )}
      {tab === 'hasil' && (
        <>
          <ResultsPanel ws={ws} editable={editable} />
          <HistoryPanel
            year={year}
            config={ws.config.definition}
            current={ws.result}
            closed={ws.evaluasi.status === 'closed'}
            editable={canScore}
          />
        </>
      )}
      {tab === 'simulasi' && <WhatIf ws={ws} />}
      {tab === 'renaksi' && <RenaksiGrading ws={ws} editable={editable} />}
      {tab === 'rekomendasi' && <RekomendasiList year={year} config={ws.config.definition} />}
      {tab === 'tim' && <TimPanel year={year} />}
      {tab === 'reviu' && <ReviuPanel year={year} />}
      {tab === 'lhei' && <LheiPanel year={year} />}
    </>
  );
}

function YearHead({ ws, canScore }: { ws: Worksheet; canScore: boolean }) {
  const { t } = useT();
  const fmt = useFormat();
  const year = ws.evaluasi.year;
  return (
    <div className="ev-year-head">
      {ws.evaluasi.status === 'closed' && (
        <p className="notice notice-warning ev-closed-banner" role="note">
          {t('ev.closedBanner', {
            year,
            date: ws.evaluasi.closedAt ? fmt.dateTime(ws.evaluasi.closedAt) : '—',
            by: ws.evaluasi.closedBy ?? '—',
          })}
        </p>
      )}
      <div className="ev-head-grid">
        <IndeksSummary result={ws.result} title={t('ev.indeksOf', { year })} testId="indeks-tahun" />
        <div className="ev-head-side">
          <p className="small">
            {t('ev.config', { label: ws.config.label })}
            {ws.configFromEarlierYear && <> {t('ev.configEarlier', { year: ws.config.year })}</>}
          </p>
          <ul className="downloads">
            <li>
              <a className="button" href={reportHref(year, 'xlsx')} download>
                {t('ev.report.xlsx')}
              </a>
            </li>
            <li>
              <a className="button" href={reportHref(year, 'pdf')} download>
                {t('ev.report.pdf')}
              </a>
            </li>
          </ul>
          {canScore && <CloseReopen ws={ws} />}
        </div>
      </div>
    </div>
  );
}

function NotStarted({ year, canStart }: { year: number; canStart: boolean }) {
  const { t } = useT();
  const qc = useQueryClient();
  const start = useMutation({
    mutationFn: () => evaluasiApi.start(year),
    onSuccess: () => qc.invalidateQueries({ queryKey: evaluasiKeys.all }),
  });
  return (
    <div className="card ev-not-started">
      <Empty>{t('ev.notStarted', { year })}</Empty>
      {canStart ? (
        <>
          <p className="hint">{t('ev.startHint')}</p>
          <button type="button" className="primary" disabled={start.isPending} onClick={() => start.mutate()}>
            {start.isPending ? t('state.working') : t('ev.start', { year })}
          </button>
        </>
      ) : (
        <p className="muted">{t('ev.notStartedReader')}</p>
      )}
      {start.isError && <ErrorBox error={start.error} />}
    </div>
  );
}
