// Cloning an LKE configuration for a new year (admin): the year is checked by the contract's own
// rule before sending; the server's refusal (a year that already has one) shows under the year.
import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cloneLkeConfig } from '../../../domain/contracts/evaluasi.ts';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { evaluasiApi, evaluasiKeys, type LkeConfigRecord } from './evaluasi-api.ts';

export function CloneForm({ c, onCloned }: { c: LkeConfigRecord; onCloned: (id: string) => void }) {
  const { t } = useT();
  const uid = useId();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [year, setYear] = useState(String(c.year + 1));
  const [label, setLabel] = useState('');
  const yearNum = Number(year);
  const yearOk = year.trim() !== '' && cloneLkeConfig.body.shape.year.safeParse(yearNum).success;
  const clone = useMutation({
    mutationFn: () => evaluasiApi.cloneConfig(c.id, yearNum, label.trim()),
    onSuccess: async (created) => {
      setOpen(false);
      await qc.invalidateQueries({ queryKey: evaluasiKeys.configs });
      onCloned(created.id);
    },
  });
  const yearErr =
    clone.error instanceof ApiError ? clone.error.fields.find((f) => f.field.endsWith('year'))?.message : undefined;
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('ev.cfg.clone')}
      </button>
    );
  return (
    <form
      className="ev-clone-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (yearOk && label.trim()) clone.mutate();
      }}
    >
      <h3>{t('ev.cfg.cloneTitle', { label: c.label })}</h3>
      <div className="field-row">
        <div className="field narrow">
          <label htmlFor={`${uid}-y`}>{t('ev.cfg.year')}</label>
          <input
            id={`${uid}-y`}
            inputMode="numeric"
            value={year}
            aria-invalid={!yearOk || !!yearErr}
            onChange={(e) => setYear(e.target.value)}
          />
          {yearErr && <p className="field-error">{yearErr}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${uid}-l`}>{t('ev.cfg.label')}</label>
          <input id={`${uid}-l`} value={label} maxLength={300} onChange={(e) => setLabel(e.target.value)} />
        </div>
      </div>
      {clone.isError && !yearErr && <ErrorBox error={clone.error} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={clone.isPending || !yearOk || !label.trim()}>
          {t('ev.cfg.cloneSend')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
