// Sending a submitted realisasi back to its PD with a reason; the reason is checked with the
// contract's rule, so the form and the server refuse a short reason with the same message.
import { useId, useState } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useT } from '../../i18n/i18n.tsx';
import { returnReasonMessage } from './form-checks.ts';

export function ReturnForm({ send }: { send: UseMutationResult<unknown, Error, string> }) {
  const { t, locale } = useT();
  const uid = useId();
  const [reason, setReason] = useState('');
  const problem = returnReasonMessage(reason);
  const ok = reason !== '' && !problem;
  return (
    <form
      className="return-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (ok) send.mutate(reason.trim());
      }}
    >
      <div className="field">
        <label htmlFor={`${uid}-reason`}>{t('mon.returnReason')}</label>
        <textarea
          id={`${uid}-reason`}
          rows={2}
          value={reason}
          aria-invalid={!!problem}
          onChange={(e) => setReason(e.target.value)}
        />
        {problem && <p className="field-error">{locale === 'id' ? problem : t('mon.returnReasonShort')}</p>}
      </div>
      <button type="submit" className="primary" disabled={send.isPending || !ok}>
        {t('mon.returnSend')}
      </button>
    </form>
  );
}
