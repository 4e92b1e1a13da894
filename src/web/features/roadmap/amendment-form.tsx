// The amendment form ("Buat versi perubahan"): a new draft version copied from an existing one, set
// by the regulation that amends it. Its state and checks are in amendment-form-state.ts.
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AmendmentBody, RoadMapSummary, VersionSummary } from '../../../domain/contracts/roadmap.ts';
import { ApiError } from '../../api/client.ts';
import { api, keys } from '../../api/endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { REGULASI_TYPES, REGULASI_TYPE_CODES } from '../../shared/regulasi.ts';
import { ErrorBox } from '../../shared/states.tsx';
import { useVersionView, versionHref } from '../../shared/version-context.tsx';
import {
  amendFormErrors,
  amendmentBodyOf,
  initialAmendForm,
  versionLabelOf,
  type AmendForm,
} from './amendment-form-state.ts';
import { FieldError } from '../../shared/field.tsx';

export function versionName(v: VersionSummary): string {
  return `${v.versionLabel} (v${v.versionNo})`;
}

/** Server field errors by form field ("body.regulasi.number" → "number"). */
function serverFieldErrors(err: unknown): Record<string, string> {
  const byField: Record<string, string> = {};
  if (!(err instanceof ApiError)) return byField;
  for (const fe of err.fields) byField[fe.field.replace(/^body\./, '').replace(/^regulasi\./, '')] ??= fe.message;
  return byField;
}

export function AmendmentForm({ roadMap }: { roadMap: RoadMapSummary }) {
  const { t, pick } = useT();
  const { version, doc } = useVersionView();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [f, setF] = useState<AmendForm>(() => initialAmendForm(version.id, doc, new Date().getFullYear()));
  const [submitted, setSubmitted] = useState(false);
  const [serverFields, setServerFields] = useState<Record<string, string>>({});
  const label = versionLabelOf(f);
  const errors = amendFormErrors(f, t);

  const m = useMutation({
    mutationFn: (body: AmendmentBody) => api.createAmendment(roadMap.id, body),
    onSuccess: (res) => {
      void qc.invalidateQueries({ queryKey: keys.roadMaps });
      void navigate(versionHref(res.versionId));
    },
    onError: (err) => {
      if (err instanceof ApiError) setServerFields(serverFieldErrors(err));
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    const first = Object.keys(errors)[0];
    if (first) {
      document.getElementById(`am-${first}`)?.focus();
      return;
    }
    m.mutate(amendmentBodyOf(f));
  };

  const set = (name: keyof AmendForm, value: string) => {
    setF((x) => ({ ...x, [name]: value, ...(name === 'versionLabel' ? { labelTouched: true } : {}) }));
    setServerFields((s) => {
      const { [name]: _gone, ...rest } = s;
      return rest;
    });
  };
  const err = (name: string) => (submitted ? errors[name] : undefined) ?? serverFields[name];
  const fieldProps = (name: string) => ({
    id: `am-${name}`,
    'aria-invalid': !!err(name),
    'aria-describedby': err(name) ? `am-${name}-err` : undefined,
  });
  const msg = (name: string) => <FieldError id={`am-${name}-err`} message={err(name)} />;

  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-labelledby="amend-title">
      <h2 id="amend-title">{t('amend.title')}</h2>
      <p className="muted small">{t('amend.intro')}</p>
      {m.isError && <ErrorBox error={m.error} title={t('amend.failed')} />}
      <div className="field-row">
        <div className="field">
          <label htmlFor="am-basedOnVersionId">{t('amend.basedOn')}</label>
          <select
            {...fieldProps('basedOnVersionId')}
            value={f.basedOnVersionId}
            onChange={(e) => set('basedOnVersionId', e.target.value)}
          >
            {roadMap.versions.map((v) => (
              <option key={v.id} value={v.id}>
                {`${versionName(v)} · ${t(`status.${v.status}`)}`}
              </option>
            ))}
          </select>
          {msg('basedOnVersionId')}
        </div>
      </div>
      <fieldset>
        <legend>{t('amend.regulasi')}</legend>
        <div className="field-row">
          <div className="field">
            <label htmlFor="am-type">{t('amend.type')}</label>
            <select {...fieldProps('type')} value={f.type} onChange={(e) => set('type', e.target.value)}>
              {REGULASI_TYPE_CODES.map((c) => (
                <option key={c} value={c}>
                  {pick(REGULASI_TYPES[c])}
                </option>
              ))}
            </select>
            {msg('type')}
          </div>
          <div className="field narrow">
            <label htmlFor="am-number">{t('amend.number')}</label>
            <input
              {...fieldProps('number')}
              type="text"
              value={f.number}
              onChange={(e) => set('number', e.target.value)}
            />
            {msg('number')}
          </div>
          <div className="field narrow">
            <label htmlFor="am-year">{t('amend.year')}</label>
            <input
              {...fieldProps('year')}
              type="text"
              inputMode="numeric"
              value={f.year}
              onChange={(e) => set('year', e.target.value)}
            />
            {msg('year')}
          </div>
        </div>
        <div className="field">
          <label htmlFor="am-title">{t('amend.regTitle')}</label>
          <textarea {...fieldProps('title')} rows={2} value={f.title} onChange={(e) => set('title', e.target.value)} />
          {msg('title')}
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="am-enactedAt">{t('amend.enactedAt')}</label>
            <input
              {...fieldProps('enactedAt')}
              type="date"
              value={f.enactedAt}
              onChange={(e) => set('enactedAt', e.target.value)}
            />
            {msg('enactedAt')}
          </div>
          <div className="field">
            <label htmlFor="am-promulgatedAt">{t('amend.promulgatedAt')}</label>
            <input
              {...fieldProps('promulgatedAt')}
              type="date"
              value={f.promulgatedAt}
              onChange={(e) => set('promulgatedAt', e.target.value)}
            />
            {msg('promulgatedAt')}
          </div>
          <div className="field">
            <label htmlFor="am-place">{t('amend.place')}</label>
            <input
              {...fieldProps('place')}
              type="text"
              value={f.place}
              onChange={(e) => set('place', e.target.value)}
            />
            {msg('place')}
          </div>
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="am-versionLabel">{t('amend.versionLabel')}</label>
        <input
          {...fieldProps('versionLabel')}
          type="text"
          value={label}
          placeholder="Perbup 5/2025"
          onChange={(e) => set('versionLabel', e.target.value)}
        />
        <p className="hint">{t('amend.versionLabelHint')}</p>
        {msg('versionLabel')}
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={m.isPending}>
          {m.isPending ? t('state.working') : t('amend.submit')}
        </button>
      </div>
    </form>
  );
}
