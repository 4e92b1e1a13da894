// Putting a draft into force: "Berlakukan" (confirmed), and before it the enacting regulation — a
// new period's draft cites "Nomor rancangan" until the Perbup is signed, and the server refuses to
// enact it (VERSION_REGULASI_DRAFT), so the button waits for the number (isDraftRegulasi).
import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, keys } from '../../api/endpoints.ts';
import type { EnactingRegulasiBody, VersionSummary } from '../../../domain/contracts/roadmap.ts';
import { isDraftRegulasi } from '../../../domain/roadmap/new-period.ts';
import type { RegulasiType } from '../../../domain/roadmap/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ConfirmDialog } from '../../shared/confirm-dialog.tsx';
import { Field } from '../../shared/field.tsx';
import { REGULASI_TYPE_CODES, REGULASI_TYPES } from '../../shared/regulasi.ts';
import { ErrorBox, useErrorText } from '../../shared/states.tsx';
import { versionName } from './amendment-form.tsx';
import { ApiError } from '../../api/client.ts';

export function ActivateButton({ version, onEnact }: { version: VersionSummary; onEnact: () => void }) {
  const { t } = useT();
  const qc = useQueryClient();
  const errorText = useErrorText();
  const [confirming, setConfirming] = useState(false);
  const m = useMutation({
    mutationFn: () => api.activate(version.id),
    onSuccess: () => {
      setConfirming(false);
      void qc.invalidateQueries({ queryKey: keys.roadMaps });
      void qc.invalidateQueries({ queryKey: ['version'] });
      void qc.invalidateQueries({ queryKey: ['perangkat-daerah'] });
    },
  });
  const draftLaw = version.regulasi ? isDraftRegulasi(version.regulasi) : false;
  if (draftLaw)
    return (
      <>
        <button type="button" onClick={onEnact}>
          {t('enact.open')}
        </button>
        <p className="small muted">{t('enact.needed')}</p>
      </>
    );
  if (!confirming) {
    return (
      <>
        <button type="button" onClick={() => setConfirming(true)}>
          {t('versions.activate')}
        </button>{' '}
        <button type="button" onClick={onEnact}>
          {t('enact.edit')}
        </button>
      </>
    );
  }
  return (
    <ConfirmDialog
      question={t('versions.activateConfirm', { name: versionName(version) })}
      confirmLabel={t('versions.activateYes')}
      tone="primary"
      pending={m.isPending}
      onConfirm={() => m.mutate()}
      onCancel={() => setConfirming(false)}
    >
      {m.isError && (
        <span className="field-error" role="alert">
          {errorText(m.error)}
        </span>
      )}
    </ConfirmDialog>
  );
}

/** The form of a draft's enacting regulation, prefilled with what it cites now. */
export function EnactingRegulasiForm({
  version,
  onDone,
}: {
  version: VersionSummary;
  onDone: (saved: boolean) => void;
}) {
  const { t, locale } = useT();
  const qc = useQueryClient();
  const uid = useId();
  const reg = version.regulasi;
  const [f, setF] = useState({
    type: (reg?.type ?? 'perbup') as RegulasiType,
    number: reg && !isDraftRegulasi(reg) ? reg.number : '',
    year: String(reg?.year ?? new Date().getFullYear()),
    title: reg?.title.replace(/^Rancangan\s+/i, '') ?? '',
    enactedAt: reg?.enactedAt ?? '',
    place: reg?.place ?? '',
  });
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const m = useMutation({
    mutationFn: (body: EnactingRegulasiBody) => api.setEnactingRegulasi(version.id, body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: keys.roadMaps });
      void qc.invalidateQueries({ queryKey: ['version'] });
      onDone(true);
    },
  });
  const fieldError = (name: string) =>
    m.error instanceof ApiError
      ? m.error.fields.find((x) => x.field.replace(/^body\./, '') === name)?.message
      : undefined;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    m.mutate({
      type: f.type,
      number: f.number.trim(),
      year: Number(f.year),
      title: f.title.trim(),
      ...(f.enactedAt ? { enactedAt: f.enactedAt } : {}),
      ...(f.place.trim() ? { place: f.place.trim() } : {}),
    });
  };
  return (
    <form className="card" aria-labelledby={`${uid}-title`} onSubmit={onSubmit} noValidate>
      <h2 id={`${uid}-title`}>{t('enact.title', { name: versionName(version) })}</h2>
      <p className="hint">{t('enact.lead')}</p>
      {m.isError && <ErrorBox error={m.error} />}
      <div className="field-row">
        <Field id={`${uid}-type`} label={t('enact.type')} error={fieldError('type')}>
          {(c) => (
            <select {...c} value={f.type} onChange={set('type')}>
              {REGULASI_TYPE_CODES.map((code) => (
                <option key={code} value={code}>
                  {REGULASI_TYPES[code][locale]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${uid}-number`} label={t('enact.number')} error={fieldError('number')} className="narrow">
          {(c) => <input {...c} value={f.number} onChange={set('number')} />}
        </Field>
        <Field id={`${uid}-year`} label={t('enact.year')} error={fieldError('year')} className="narrow">
          {(c) => <input {...c} inputMode="numeric" value={f.year} onChange={set('year')} />}
        </Field>
      </div>
      <Field id={`${uid}-titlef`} label={t('enact.titleField')} error={fieldError('title')}>
        {(c) => <input {...c} value={f.title} onChange={set('title')} />}
      </Field>
      <div className="field-row">
        <Field id={`${uid}-date`} label={t('enact.enactedAt')} error={fieldError('enactedAt')}>
          {(c) => <input {...c} type="date" value={f.enactedAt} onChange={set('enactedAt')} />}
        </Field>
        <Field id={`${uid}-place`} label={t('enact.place')} error={fieldError('place')}>
          {(c) => <input {...c} value={f.place} onChange={set('place')} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={m.isPending}>
          {t('enact.save')}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
