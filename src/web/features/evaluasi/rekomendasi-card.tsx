// One recommendation: status, PD, due date (overdue marked), LKE line, text and the follow-up trail
// with evidence; the PD adds follow-up notes with evidence and marks "mulai"/"selesai", the
// evaluator edits, closes or sends it back with a reason, and it can be carried into an action
// plan of the following year. Only the moves the user may make (MOVE_ACTOR, permissions) show.
import { RecordHistory } from '../audit/record-history.tsx';
import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { lineMap } from '../../../domain/evaluasi/lke-tree.ts';
import type { LkeConfig } from '../../../domain/evaluasi/lke-types.ts';
import { REKOMENDASI_STATUS_LABEL } from '../../../domain/evaluasi/rekomendasi.ts';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { ErrorBox } from '../../shared/states.tsx';
import type { PdOption } from '../users/users-api.ts';
import { CarryForm } from './carry-form.tsx';
import { evaluasiApi, evaluasiKeys, type Rekomendasi } from './evaluasi-api.ts';
import { FollowUpForm, FollowUpItem } from './follow-up.tsx';
import { RekomendasiForm } from './rekomendasi-form.tsx';

export function RekomendasiCard({
  r,
  config,
  pds,
  canManage,
  canFollowUp,
}: {
  r: Rekomendasi;
  config: LkeConfig;
  pds: PdOption[];
  canManage: boolean;
  canFollowUp: boolean;
}) {
  const { t, pick } = useT();
  const fmt = useFormat();
  const uid = useId();
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const invalidate = () => qc.invalidateQueries({ queryKey: evaluasiKeys.all });
  const onError = (e: Error) => {
    // A stale version means someone moved it meanwhile: show the message and fetch the current one.
    if (e instanceof ApiError && e.code === 'STALE_WRITE') void invalidate();
  };
  const progress = useMutation({
    mutationFn: (move: 'start' | 'complete') => evaluasiApi.progress(r.id, move, r.rowVersion),
    onSuccess: invalidate,
    onError,
  });
  const decision = useMutation({
    mutationFn: (move: 'close' | 'reopen') =>
      evaluasiApi.decision(r.id, move, move === 'reopen' ? reason.trim() : null, r.rowVersion),
    onSuccess: () => {
      setReturning(false);
      setReason('');
      return invalidate();
    },
    onError,
  });
  const line = r.lineCode ? lineMap(config).get(r.lineCode)?.line : undefined;
  const pd = pds.find((p) => p.key === r.pdKey);
  const active = r.status === 'open' || r.status === 'in_progress';
  const moveError = [progress, decision].find((m) => m.isError)?.error;

  return (
    <article className={`card ev-rek status-${r.status}`} data-rekomendasi={r.id} aria-labelledby={`${uid}-title`}>
      <header className="ev-rek-head">
        <h3 id={`${uid}-title`}>
          {r.lineCode ? (
            <>
              {r.lineCode} {line?.name}
            </>
          ) : (
            t('ev.rek.generalShort')
          )}
        </h3>
        <span className={`badge ev-rs ev-rs-${r.status}`} data-role="status">
          {pick(REKOMENDASI_STATUS_LABEL[r.status])}
        </span>
        {r.overdue && <span className="badge sev-error">{t('ev.rek.overdue')}</span>}
      </header>
      <p className="ev-rek-meta small">
        <span>
          {t('ev.rek.pd')}: <strong>{pd ? pd.shortName : r.pdKey}</strong>
        </span>{' '}
        · <span>{t('ev.rek.dueOn', { date: fmt.date(r.dueDate) })}</span> ·{' '}
        <span className="muted">{t('ev.rek.by', { by: r.createdBy, date: fmt.date(r.createdAt) })}</span>
      </p>
      {editing ? (
        <RekomendasiForm year={r.year} config={config} pds={pds} editing={r} onDone={() => setEditing(false)} />
      ) : (
        <p className="ev-rek-body">{r.body}</p>
      )}

      {r.tindakLanjut.length > 0 && (
        <ol className="ev-tl-list">
          {r.tindakLanjut.map((f) => (
            <FollowUpItem key={f.id} f={f} canUpload={canFollowUp && active && f.kind === 'action'} />
          ))}
        </ol>
      )}
      {r.rencanaAksiId && <p className="small">{t('ev.rek.carried', { year: r.year + 1 })}</p>}

      {moveError && <ErrorBox error={moveError} />}
      <div className="actions">
        {canFollowUp && r.status === 'open' && (
          <button type="button" disabled={progress.isPending} onClick={() => progress.mutate('start')}>
            {t('ev.rek.start')}
          </button>
        )}
        {canFollowUp && active && (
          <button
            type="button"
            className="primary"
            disabled={progress.isPending}
            onClick={() => progress.mutate('complete')}
          >
            {t('ev.rek.complete')}
          </button>
        )}
        {canManage && r.status === 'done' && (
          <button
            type="button"
            className="primary"
            disabled={decision.isPending}
            onClick={() => decision.mutate('close')}
          >
            {t('ev.rek.close')}
          </button>
        )}
        {canManage && (r.status === 'done' || r.status === 'closed') && (
          <button type="button" onClick={() => setReturning((x) => !x)} aria-expanded={returning}>
            {t('ev.rek.sendBack')}
          </button>
        )}
        {canManage && r.status !== 'closed' && !editing && (
          <button type="button" onClick={() => setEditing(true)}>
            {t('action.edit')}
          </button>
        )}
      </div>
      {returning && (
        <form
          className="ev-return-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim()) decision.mutate('reopen');
          }}
        >
          <div className="field">
            <label htmlFor={`${uid}-reason`}>{t('ev.rek.reason')}</label>
            <textarea id={`${uid}-reason`} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <button type="submit" className="primary" disabled={decision.isPending || !reason.trim()}>
            {t('ev.rek.sendBackSend')}
          </button>
        </form>
      )}
      {canFollowUp && active && <FollowUpForm r={r} />}
      {canFollowUp && r.status !== 'closed' && <CarryForm r={r} />}
      <RecordHistory entityType="rekomendasi" entityId={r.id} />
    </article>
  );
}
