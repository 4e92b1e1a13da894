// Carrying a recommendation into an action plan of the following year, picked among the plans of
// the PD it is addressed to.
import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { evaluasiApi, evaluasiKeys, useNextYearPlans, type Rekomendasi } from './evaluasi-api.ts';

export function CarryForm({ r }: { r: Rekomendasi }) {
  const { t } = useT();
  const uid = useId();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [planId, setPlanId] = useState('');
  const plans = useNextYearPlans(r.year + 1, open);
  const carry = useMutation({
    mutationFn: () => evaluasiApi.carry(r.id, planId, r.rowVersion),
    onSuccess: () => {
      setOpen(false);
      return qc.invalidateQueries({ queryKey: evaluasiKeys.all });
    },
  });
  if (!open)
    return (
      <button type="button" className="link" onClick={() => setOpen(true)}>
        {t('ev.rek.carry', { year: r.year + 1 })}
      </button>
    );
  const options = (plans.data ?? []).filter((p) => p.pelaksanaPdKey === r.pdKey);
  return (
    <form
      className="ev-carry-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (planId) carry.mutate();
      }}
    >
      <div className="field">
        <label htmlFor={`${uid}-plan`}>{t('ev.rek.carryPlan', { year: r.year + 1 })}</label>
        <select id={`${uid}-plan`} value={planId} disabled={!plans.data} onChange={(e) => setPlanId(e.target.value)}>
          <option value="">
            {plans.isPending ? t('state.loading') : options.length ? t('ev.rek.carryPick') : t('ev.rek.carryNone')}
          </option>
          {options.map((p) => (
            <option key={p.id} value={p.id}>
              {p.rincianKegiatan}
            </option>
          ))}
        </select>
      </div>
      {plans.isError && <ErrorBox error={plans.error} />}
      {carry.isError && <ErrorBox error={carry.error} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={!planId || carry.isPending}>
          {t('ev.rek.carrySend')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
