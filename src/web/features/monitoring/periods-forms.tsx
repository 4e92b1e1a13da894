// The STU's forms for reporting periods: set up a year (semesters, or quarters where the instansi
// reports quarterly), move a period's entry window, and reopen a locked period — with a reason, the
// signed-in coordinator as approver, until a chosen day. Server field errors appear under the field.
import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { todayWita } from '../../../domain/periods/periods.ts';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { ErrorBox } from '../../shared/states.tsx';
import { useAuth } from '../auth/auth.tsx';
import { checkReopen, reopenOk } from './form-checks.ts';
import { monitoringApi, monitoringKeys, type Periode } from './monitoring-api.ts';
import { Field } from '../../shared/field.tsx';
import { ConfirmDialog } from '../../shared/confirm-dialog.tsx';

/** Server field errors by field name ("body.deadline" → "deadline"). */
function fieldErrors(err: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (err instanceof ApiError) for (const f of err.fields) out[f.field.replace(/^body\./, '')] ??= f.message;
  return out;
}

export function SetupYearForm({ year }: { year: number }) {
  const { t } = useT();
  const qc = useQueryClient();
  const uid = useId();
  const [scheme, setScheme] = useState<'semester' | 'quarter'>('semester');
  const m = useMutation({
    mutationFn: () => monitoringApi.setupYear(year, scheme),
    onSuccess: () => qc.invalidateQueries({ queryKey: monitoringKeys.all }),
  });
  return (
    <form
      className="card period-setup"
      aria-labelledby={`${uid}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        m.mutate();
      }}
    >
      <h2 id={`${uid}-title`}>{t('per.setup.title', { year })}</h2>
      <p className="muted small">{t('per.setup.intro')}</p>
      <fieldset>
        <legend>{t('per.setup.scheme')}</legend>
        {(['semester', 'quarter'] as const).map((s) => (
          <label key={s} className="choice">
            <input type="radio" name={`${uid}-scheme`} checked={scheme === s} onChange={() => setScheme(s)} />
            {t(s === 'semester' ? 'per.setup.semester' : 'per.setup.quarter')}
          </label>
        ))}
      </fieldset>
      {m.isError && <ErrorBox error={m.error} />}
      <button type="submit" className="primary" disabled={m.isPending}>
        {m.isPending ? t('state.working') : t('per.setup.submit', { year })}
      </button>
    </form>
  );
}

/** Stale window: the server's current period, to reload into the form. */
function currentOf(err: unknown): Periode | null {
  if (!(err instanceof ApiError) || err.code !== 'STALE_WRITE') return null;
  return (err.details as { current?: { periode?: Periode } } | undefined)?.current?.periode ?? null;
}

export function WindowForm({ periode, onDone }: { periode: Periode; onDone(): void }) {
  const { t } = useT();
  const fmt = useFormat();
  const qc = useQueryClient();
  const uid = useId();
  const [base, setBase] = useState(periode);
  const [opensAt, setOpensAt] = useState(periode.opensAt);
  const [deadline, setDeadline] = useState(periode.deadline);
  const m = useMutation({
    mutationFn: () => monitoringApi.updateWindow(base.id, { opensAt, deadline, rowVersion: base.rowVersion }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: monitoringKeys.all });
      onDone();
    },
  });
  const errors = fieldErrors(m.error);
  const local = opensAt && deadline && deadline < opensAt ? t('per.window.deadlineBeforeOpen') : null;
  const stale = currentOf(m.error);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!local && opensAt && deadline) m.mutate();
  };
  return (
    <form className="period-window" onSubmit={onSubmit} noValidate aria-label={t('per.window.title')}>
      {stale ? (
        <div className="notice notice-warning" role="alert">
          <p>
            <strong>{t('ra.conflict.title')}</strong>{' '}
            {t('per.window.stale', { opensAt: fmt.date(stale.opensAt), deadline: fmt.date(stale.deadline) })}
          </p>
          <button
            type="button"
            onClick={() => {
              setBase(stale);
              setOpensAt(stale.opensAt);
              setDeadline(stale.deadline);
              m.reset();
            }}
          >
            {t('ra.conflict.reload')}
          </button>
        </div>
      ) : (
        m.isError && Object.keys(errors).length === 0 && <ErrorBox error={m.error} />
      )}
      <div className="field-row">
        <Field id={`${uid}-open`} label={t('per.opensAt')} error={errors.opensAt}>
          {(c) => <input {...c} type="date" value={opensAt} onChange={(e) => setOpensAt(e.target.value)} />}
        </Field>
        <Field id={`${uid}-deadline`} label={t('per.deadline')} error={local ?? errors.deadline}>
          {(c) => <input {...c} type="date" value={deadline} onChange={(e) => setDeadline(e.target.value)} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={m.isPending || !!local}>
          {m.isPending ? t('state.working') : t('per.window.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}

export function ReopenForm({ periode, onDone }: { periode: Periode; onDone(): void }) {
  const { t, locale } = useT();
  const { user } = useAuth();
  const qc = useQueryClient();
  const uid = useId();
  const [base, setBase] = useState(periode);
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const [tried, setTried] = useState(false);
  const m = useMutation({
    mutationFn: () => monitoringApi.reopen(base.id, { reason: reason.trim(), until, rowVersion: base.rowVersion }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: monitoringKeys.all });
      void qc.invalidateQueries({ queryKey: ['period-history', periode.id] });
      onDone();
    },
  });
  const errors = fieldErrors(m.error);
  const today = todayWita(new Date());
  // The contract's rules (same Indonesian message as the server's), then the server's own answer.
  const check = checkReopen({ reason, until }, today, tried);
  const reasonError = check.reason
    ? locale === 'id'
      ? check.reason
      : t('per.reopen.reasonShort', { n: 10 })
    : errors.reason;
  const untilError =
    check.until === 'required'
      ? t('per.reopen.untilRequired')
      : check.until === 'past'
        ? t('per.reopen.untilPast')
        : errors.until;
  const stale = currentOf(m.error);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (reopenOk({ reason, until }, today)) m.mutate();
  };
  return (
    <form className="period-reopen" onSubmit={onSubmit} noValidate aria-label={t('per.reopen.title')}>
      <p className="muted small">{t('per.reopen.intro')}</p>
      {stale ? (
        <div className="notice notice-warning" role="alert">
          <p>
            <strong>{t('ra.conflict.title')}</strong> {t('per.reopen.stale')}
          </p>
          <button
            type="button"
            onClick={() => {
              setBase(stale);
              m.reset();
            }}
          >
            {t('ra.conflict.reload')}
          </button>
        </div>
      ) : (
        m.isError && Object.keys(errors).length === 0 && <ErrorBox error={m.error} />
      )}
      <Field id={`${uid}-reason`} label={t('per.reopen.reason')} error={reasonError}>
        {(c) => <textarea {...c} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <div className="field-row">
        <Field id={`${uid}-until`} label={t('per.reopen.until')} error={untilError}>
          {(c) => <input {...c} type="date" min={today} value={until} onChange={(e) => setUntil(e.target.value)} />}
        </Field>
        <div className="field">
          <span className="label">{t('per.reopen.approver')}</span>
          <span className="approver">
            {user ? `${user.displayName} (${user.username})` : t('per.reopen.approverYou')}
          </span>
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={m.isPending}>
          {m.isPending ? t('state.working') : t('per.reopen.submit')}
        </button>
        <button type="button" onClick={onDone}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Locks a reopened period again before its day, once the corrections are in (asked first). */
export function CloseAgainButton({ periode, onDone }: { periode: Periode; onDone(): void }) {
  const { t } = useT();
  const qc = useQueryClient();
  const [asking, setAsking] = useState(false);
  const m = useMutation({
    mutationFn: () => monitoringApi.closeAgain(periode.id, periode.rowVersion),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: monitoringKeys.all });
      void qc.invalidateQueries({ queryKey: ['period-history', periode.id] });
      onDone();
    },
  });
  return (
    <>
      {asking ? (
        <ConfirmDialog
          question={t('per.close.question')}
          confirmLabel={t('per.close.open')}
          tone="primary"
          pending={m.isPending}
          onConfirm={() => {
            setAsking(false);
            m.mutate();
          }}
          onCancel={() => setAsking(false)}
        />
      ) : (
        <button type="button" onClick={() => setAsking(true)} disabled={m.isPending}>
          {t('per.close.open')}
        </button>
      )}
      {m.isError && <ErrorBox error={m.error} />}
    </>
  );
}
