// Periode pelaporan: the reporting periods of a year with their entry windows and lock state; for the
// koordinator STU (periode:manage) also setting up a year, moving a window and reopening a locked period
// with a reason. Each period shows its audited history: who moved or reopened it, until when, and why.
import { useGovernedYears } from '../../shared/governed-years.ts';
import { YearSelect } from '../../shared/year-select.tsx';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import {
  deadlineInWords,
  entryWindowStatus,
  PERIOD_STATE_LABELS,
  periodsOfYear,
} from '../../../domain/periods/periods.ts';
import { apiCall } from '../../api/call.ts';
import { recordHistory } from '../../../domain/contracts/audit.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { Empty, ErrorBox, Loading, usePageTitle } from '../../shared/states.tsx';
import { useCan } from '../auth/auth.tsx';
import { usePeriods, type Periode } from './monitoring-api.ts';
import { CloseAgainButton, ReopenForm, SetupYearForm, WindowForm } from './periods-forms.tsx';
import '../rencana-aksi/rencana-aksi.css';

function usePeriodHistory(id: string) {
  return useQuery({
    queryKey: ['period-history', id],
    queryFn: ({ signal }) => apiCall(recordHistory, { query: { entityType: 'periode', entityId: id } }, signal),
    staleTime: 0,
  });
}

function History({ periode }: { periode: Periode }) {
  const { t } = useT();
  const fmt = useFormat();
  const q = usePeriodHistory(periode.id);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => void q.refetch()} />;
  const events = q.data.filter((e) =>
    ['periode.reopen', 'periode.update_window', 'periode.close_again'].includes(e.action),
  );
  if (!events.length) return <p className="muted small">{t('per.history.none')}</p>;
  return (
    <ul className="period-history">
      {events.map((e) => {
        const after = (e.after ?? {}) as {
          reason?: string;
          reopenedUntil?: string;
          approvedBy?: string;
          opensAt?: string;
          deadline?: string;
        };
        return (
          <li key={String(e.id)} data-action={e.action}>
            <span className="muted small">{fmt.dateTime(e.at)}</span>{' '}
            {e.action === 'periode.reopen'
              ? t('per.history.reopen', {
                  who: after.approvedBy ?? e.actor,
                  until: after.reopenedUntil ? fmt.date(after.reopenedUntil) : '—',
                })
              : e.action === 'periode.close_again'
                ? t('per.history.closeAgain', { who: e.actor })
                : t('per.history.window', {
                    who: e.actor,
                    opensAt: after.opensAt ? fmt.date(after.opensAt) : '—',
                    deadline: after.deadline ? fmt.date(after.deadline) : '—',
                  })}
            {after.reason && <q className="reopen-reason">{after.reason}</q>}
          </li>
        );
      })}
    </ul>
  );
}

function PeriodCard({ periode, canManage }: { periode: Periode; canManage: boolean }) {
  const { t, pick, locale } = useT();
  const fmt = useFormat();
  const [open, setOpen] = useState<'window' | 'reopen' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const label = periodsOfYear(periode.year, periode.code.startsWith('TW') ? 'quarter' : 'semester').find(
    (p) => p.code === periode.code,
  )?.label;
  const entry = entryWindowStatus(periode.state);
  return (
    <article className="card period-card" data-period={periode.code} aria-labelledby={`per-${periode.id}`}>
      <header className="entry-head">
        <h2 id={`per-${periode.id}`}>
          {periode.code} {periode.year}
          {label && <span className="muted small"> · {pick(label)}</span>}
        </h2>
        <span className={`badge ps-${periode.state}`} data-state={periode.state}>
          {periode.state === 'terkunci' && <span aria-hidden="true">🔒 </span>}
          {pick(PERIOD_STATE_LABELS[periode.state])}
        </span>
      </header>
      <dl className="facts">
        <dt>{t('per.span')}</dt>
        <dd>
          {fmt.date(periode.startDate)} – {fmt.date(periode.endDate)}
        </dd>
        <dt>{t('per.opensAt')}</dt>
        <dd>{fmt.date(periode.opensAt)}</dd>
        <dt>{t('per.deadline')}</dt>
        <dd>
          {fmt.date(periode.deadline)}
          {periode.state === 'terbuka' && (
            <span className="muted small"> · {deadlineInWords(periode.daysToDeadline, locale)}</span>
          )}
        </dd>
        {periode.reopenedUntil && (
          <>
            <dt>{t('per.reopenedUntil')}</dt>
            <dd>{fmt.date(periode.reopenedUntil)}</dd>
          </>
        )}
      </dl>
      <p className="muted small">
        {entry === 'open' ? t('per.openNote') : entry === 'locked' ? t('per.lockedNote') : t('per.notYetNote')}
      </p>
      {done && (
        <p className="notice notice-success" role="status">
          {done}
        </p>
      )}
      {canManage && open === null && (
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              setDone(null);
              setOpen('window');
            }}
          >
            {t('per.window.edit')}
          </button>
          {periode.state === 'terkunci' && (
            <button
              type="button"
              className="primary"
              onClick={() => {
                setDone(null);
                setOpen('reopen');
              }}
            >
              {t('per.reopen.open')}
            </button>
          )}
          {periode.state === 'dibuka_kembali' && (
            <CloseAgainButton periode={periode} onDone={() => setDone(t('per.close.done'))} />
          )}
        </div>
      )}
      {open === 'window' && (
        <WindowForm
          periode={periode}
          onDone={() => {
            setOpen(null);
          }}
        />
      )}
      {open === 'reopen' && (
        <ReopenForm
          periode={periode}
          onDone={() => {
            setOpen(null);
            setDone(t('per.reopen.done'));
          }}
        />
      )}
      <details className="period-history-box">
        <summary>{t('per.history.title')}</summary>
        <History periode={periode} />
      </details>
    </article>
  );
}

export function PeriodsPage() {
  const { t } = useT();
  usePageTitle(t('per.title'));
  const canManage = useCan('periode:manage');
  const [params, setParams] = useSearchParams();
  const { years, defaultYear } = useGovernedYears();
  const year = Number(params.get('tahun')) || defaultYear;
  const q = usePeriods(year);
  return (
    <div className="periods">
      <div className="page-head">
        <h1>{t('per.title')}</h1>
        <p className="lead">{t('per.lead')}</p>
      </div>
      <div className="filters">
        <YearSelect
          id="per-year"
          className="field inline"
          label={t('ra.filter.year')}
          years={years}
          value={year}
          onChange={(y) => {
            const next = new URLSearchParams(params);
            next.set('tahun', y);
            setParams(next);
          }}
        />
      </div>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorBox error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data.length === 0 ? (
        <>
          <Empty>{t('per.none', { year })}</Empty>
          {canManage && <SetupYearForm year={year} />}
        </>
      ) : (
        <div className="period-cards">
          {q.data.map((p) => (
            <PeriodCard key={p.id} periode={p} canManage={canManage} />
          ))}
        </div>
      )}
    </div>
  );
}
