// Closing the year's evaluation (the index is frozen and recorded in the history; refused while
// applicable lines have no value, which are then listed) and reopening it with a reason.
import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { lineMap } from '../../../domain/evaluasi/lke-tree.ts';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { reopenReasonMessage } from './form-checks.ts';
import { evaluasiApi, evaluasiKeys, type Worksheet } from './evaluasi-api.ts';
import { ConfirmDialog } from '../../shared/confirm-dialog.tsx';

export function CloseReopen({ ws }: { ws: Worksheet }) {
  const { t } = useT();
  const uid = useId();
  const qc = useQueryClient();
  const year = ws.evaluasi.year;
  const [confirming, setConfirming] = useState(false);
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const invalidate = () => qc.invalidateQueries({ queryKey: evaluasiKeys.all });
  const close = useMutation({
    mutationFn: () => evaluasiApi.close(year, ws.evaluasi.rowVersion),
    onSuccess: () => {
      setConfirming(false);
      return invalidate();
    },
  });
  const reopen = useMutation({
    mutationFn: () => evaluasiApi.reopen(year, reason.trim(), ws.evaluasi.rowVersion),
    onSuccess: () => {
      setReopening(false);
      setReason('');
      return invalidate();
    },
  });
  const missing =
    close.error instanceof ApiError && close.error.code === 'EVALUASI_INCOMPLETE'
      ? (((close.error.details as { missing?: string[] } | undefined)?.missing ?? []) as string[])
      : [];
  const entries = lineMap(ws.config.definition);
  const reasonMessage = reopenReasonMessage(reason);
  const reasonShort = reasonMessage !== null;

  if (ws.evaluasi.status === 'closed')
    return (
      <div className="ev-year-controls">
        {!reopening ? (
          <button type="button" onClick={() => setReopening(true)}>
            {t('ev.close.reopen')}
          </button>
        ) : (
          <form
            className="ev-reopen-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (!reasonShort) reopen.mutate();
            }}
          >
            <div className="field">
              <label htmlFor={`${uid}-reason`}>{t('ev.close.reason')}</label>
              <textarea
                id={`${uid}-reason`}
                rows={2}
                value={reason}
                aria-invalid={reason !== '' && reasonShort}
                onChange={(e) => setReason(e.target.value)}
              />
              {reason !== '' && reasonShort && <p className="field-error">{reasonMessage}</p>}
            </div>
            {reopen.isError && <ErrorBox error={reopen.error} />}
            <div className="actions">
              <button type="submit" className="primary" disabled={reopen.isPending || reasonShort}>
                {t('ev.close.reopenSend')}
              </button>
              <button type="button" onClick={() => setReopening(false)}>
                {t('action.cancel')}
              </button>
            </div>
          </form>
        )}
      </div>
    );

  return (
    <div className="ev-year-controls">
      {!confirming ? (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('ev.close.close', { year })}
        </button>
      ) : (
        <ConfirmDialog
          question={t('ev.close.confirm', { year })}
          confirmLabel={t('ev.close.closeYes')}
          tone="primary"
          pending={close.isPending}
          onConfirm={() => close.mutate()}
          onCancel={() => setConfirming(false)}
        />
      )}
      {close.isError && (
        <div className="ev-close-error">
          <ErrorBox error={close.error} title={t('ev.close.refused')} />
          {missing.length > 0 && (
            <ul className="ev-missing-list small">
              {missing.map((code) => (
                <li key={code}>
                  <strong>{code}</strong> {entries.get(code)?.line.name}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
