// "Mulai road map periode baru": starts the next period's road map as a draft, from the national
// catalogue and/or indicators of the viewed version carried over (their last verified realisasi
// becomes the baseline). State and checks live in new-period-form-state.ts.
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NewPeriodBody, RoadMapSummary } from '../../../domain/contracts/roadmap.ts';
import { ApiError } from '../../api/client.ts';
import { api, keys } from '../../api/endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Field } from '../../shared/field.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { useVersionView, versionHref } from '../../shared/version-context.tsx';
import { initialNewPeriodForm, newPeriodBodyOf, newPeriodErrors, type NewPeriodForm } from './new-period-form-state.ts';

export function NewPeriodFormCard({ maps }: { maps: readonly RoadMapSummary[] }) {
  const { t } = useT();
  const { version, doc } = useVersionView();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [f, setF] = useState<NewPeriodForm>(() => initialNewPeriodForm(doc, maps));
  const [submitted, setSubmitted] = useState(false);
  const errors = newPeriodErrors(f, maps);
  const m = useMutation({
    mutationFn: (body: NewPeriodBody) => api.startPeriod(body),
    onSuccess: (res) => {
      void qc.invalidateQueries({ queryKey: keys.roadMaps });
      void navigate(versionHref(res.versionId, 'versi'));
    },
  });
  const serverField = (name: string) =>
    m.error instanceof ApiError
      ? m.error.fields.find((x) => x.field.replace(/^body\./, '') === name)?.message
      : undefined;
  const err = (name: string) => (submitted ? errors[name] : undefined) ?? serverField(name);
  const set = <K extends keyof NewPeriodForm>(name: K, value: NewPeriodForm[K]) =>
    setF((x) => ({ ...x, [name]: value }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    const first = Object.keys(errors)[0];
    if (first) {
      document.getElementById(`np-${first}`)?.focus();
      return;
    }
    m.mutate(newPeriodBodyOf(f, version.id));
  };
  const toggle = (key: string, on: boolean) => set('carry', on ? [...f.carry, key] : f.carry.filter((k) => k !== key));

  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-labelledby="np-heading">
      <h2 id="np-heading">{t('np.title')}</h2>
      <p className="muted small">{t('np.lead')}</p>
      {m.isError && <ErrorBox error={m.error} />}
      <Field id="np-title" label={t('np.fieldTitle')} error={err('title')}>
        {(p) => <input {...p} type="text" value={f.title} onChange={(e) => set('title', e.target.value)} />}
      </Field>
      <div className="field-row">
        <Field id="np-periodStart" className="narrow" label={t('np.start')} error={err('periodStart')}>
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              value={f.periodStart}
              onChange={(e) => set('periodStart', e.target.value)}
            />
          )}
        </Field>
        <Field id="np-periodEnd" className="narrow" label={t('np.end')} error={err('periodEnd')}>
          {(p) => (
            <input {...p} inputMode="numeric" value={f.periodEnd} onChange={(e) => set('periodEnd', e.target.value)} />
          )}
        </Field>
        <Field id="np-versionLabel" label={t('np.label')} error={err('versionLabel')}>
          {(p) => (
            <input {...p} type="text" value={f.versionLabel} onChange={(e) => set('versionLabel', e.target.value)} />
          )}
        </Field>
      </div>
      <label className="choice">
        <input type="checkbox" checked={f.catalogue} onChange={(e) => set('catalogue', e.target.checked)} />{' '}
        {t('np.catalogue')}
      </label>
      <fieldset className="carry-list">
        <legend>{t('np.carry')}</legend>
        <p className="muted small">
          {t('np.carryCount', { n: String(f.carry.length) })}{' '}
          <button
            type="button"
            className="link"
            onClick={() =>
              set(
                'carry',
                doc.indicators.map((i) => i.key),
              )
            }
          >
            {t('np.carryAll')}
          </button>{' '}
          <button type="button" className="link" onClick={() => set('carry', [])}>
            {t('np.carryNone')}
          </button>
        </p>
        <ul className="plain scroll-list">
          {doc.indicators.map((i) => (
            <li key={i.key}>
              <label className="choice">
                <input
                  type="checkbox"
                  checked={f.carry.includes(i.key)}
                  onChange={(e) => toggle(i.key, e.target.checked)}
                />{' '}
                {i.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={m.isPending}>
          {t('np.submit')}
        </button>
      </div>
    </form>
  );
}
