// Re-basing an indicator onto a newer scale ("Ganti skala": Indeks SPBE → Indeks Pemdi from 2026)
// on a draft, and the indicator's scale history and carried baseline for everyone. The form checks
// with the domain's rebaseIndicator before sending, the server runs the same rule.
import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Indikator, ScaleMapping } from '../../../domain/roadmap/types.ts';
import { SCALES, findScale } from '../../../domain/catalogue/scales.ts';
import { scaleSuccessorIn } from '../../../domain/catalogue/succession.ts';
import { rebaseIndicator } from '../../../domain/roadmap/rebase.ts';
import { ApiError } from '../../api/client.ts';
import { api, keys } from '../../api/endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Field } from '../../shared/field.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { useVersionView } from '../../shared/version-context.tsx';

/** The scale history and a carried baseline's origin, when the indicator has either. */
export function ScaleHistory({ ind }: { ind: Indikator }) {
  const { t } = useT();
  const { doc } = useVersionView();
  const nameOf = (code: string) => doc.scales.find((s) => s.code === code)?.name ?? findScale(code)?.name ?? code;
  if (!ind.scaleChanges?.length && !ind.baselineOrigin) return null;
  return (
    <section className="card" aria-labelledby="scale-history">
      <h2 id="scale-history">{t('rb.history')}</h2>
      {ind.baselineOrigin && (
        <p className="small">
          {t('rb.carried', { roadMap: ind.baselineOrigin.fromRoadMap, periode: ind.baselineOrigin.periode })}
        </p>
      )}
      {ind.scaleChanges?.length ? (
        <ul>
          <li>{nameOf(ind.scaleCode)}</li>
          {ind.scaleChanges.map((c) => (
            <li key={c.fromYear}>
              {t('rb.since', { year: String(c.fromYear), scale: nameOf(c.scaleCode) })}
              {c.name ? ` — ${c.name}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

const num = (s: string) => (s.trim() === '' ? NaN : Number(s.replace(',', '.')));

export function RebaseForm({ ind, onDone }: { ind: Indikator; onDone: () => void }) {
  const { t } = useT();
  const { version, doc } = useVersionView();
  const qc = useQueryClient();
  const { periodStart, periodEnd } = doc.roadMap;
  const current = ind.scaleChanges?.at(-1)?.scaleCode ?? ind.scaleCode;
  const successor = scaleSuccessorIn(current, periodEnd);
  const [fromYear, setFromYear] = useState(String(Math.max(successor?.fromYear ?? periodStart, periodStart)));
  const [scaleCode, setScaleCode] = useState(successor?.code ?? '');
  const [name, setName] = useState('');
  const [bounds, setBounds] = useState({ fromMin: '', fromMax: '', toMin: '', toMax: '' });
  const [checked, setChecked] = useState<Record<string, string>>({});
  const m = useMutation({
    mutationFn: (mapping: ScaleMapping | undefined) =>
      api.rebase(version.id, ind.key, {
        fromYear: Number(fromYear),
        scaleCode,
        ...(name.trim() ? { name: name.trim() } : {}),
        ...(mapping ? { mapping } : {}),
        rowVersion: version.indicatorRowVersions[ind.key] ?? 1,
      }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: keys.version(version.id) });
      onDone();
    },
  });
  const scaleOf = (code: string) => doc.scales.find((s) => s.code === code) ?? findScale(code);
  const linear: ScaleMapping = {
    kind: 'linear',
    fromMin: num(bounds.fromMin),
    fromMax: num(bounds.fromMax),
    toMin: num(bounds.toMin),
    toMax: num(bounds.toMax),
  };
  const wantsMapping = Object.values(bounds).some((b) => b.trim() !== '');
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const mapping = wantsMapping ? linear : undefined;
    const plan = rebaseIndicator(
      ind,
      { fromYear: Number(fromYear), scaleCode, ...(mapping ? { mapping } : {}) },
      { from: scaleOf(current), to: scaleOf(scaleCode) },
      doc.roadMap,
    );
    if (!plan.ok) {
      setChecked(Object.fromEntries(plan.fields.map((f) => [f.field.split('.')[0]!, f.message])));
      return;
    }
    setChecked({});
    m.mutate(mapping);
  };
  const server = (field: string) =>
    m.error instanceof ApiError
      ? m.error.fields.find((f) => f.field.replace(/^body\./, '').startsWith(field))?.message
      : undefined;
  const err = (field: string) => checked[field] ?? server(field);
  const years = Array.from({ length: periodEnd - periodStart + 1 }, (_, i) => periodStart + i);
  const numeric = SCALES.filter((s) => s.kind !== 'ordinal' && s.code !== current);

  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-labelledby="rebase-title">
      <h2 id="rebase-title">{t('rb.title')}</h2>
      <p className="muted small">{t('rb.lead')}</p>
      {m.isError && !(m.error instanceof ApiError && m.error.fields.length) && <ErrorBox error={m.error} />}
      <div className="field-row">
        <Field id="rb-fromYear" className="narrow" label={t('rb.fromYear')} error={err('fromYear')}>
          {(p) => (
            <select {...p} value={fromYear} onChange={(e) => setFromYear(e.target.value)}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="rb-scaleCode"
          label={t('rb.scale')}
          error={err('scaleCode')}
          hint={
            successor
              ? `${findScale(successor.code)?.name}: ${t('rb.suggested', { year: String(successor.fromYear) })}`
              : undefined
          }
        >
          {(p) => (
            <select {...p} value={scaleCode} onChange={(e) => setScaleCode(e.target.value)}>
              <option value="">–</option>
              {numeric.map((s) => (
                <option key={s.code} value={s.code}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field id="rb-name" label={t('rb.name')}>
        {(p) => <input {...p} type="text" value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <fieldset>
        <legend>{t('rb.mapping')}</legend>
        {err('mapping') && (
          <p className="field-error" role="alert">
            <span aria-hidden="true">✖ </span>
            {err('mapping')}
          </p>
        )}
        <div className="field-row">
          {(['fromMin', 'fromMax', 'toMin', 'toMax'] as const).map((k) => (
            <Field key={k} id={`rb-${k}`} className="narrow" label={t(`rb.${k}`)}>
              {(p) => (
                <input
                  {...p}
                  inputMode="decimal"
                  value={bounds[k]}
                  onChange={(e) => setBounds((b) => ({ ...b, [k]: e.target.value }))}
                />
              )}
            </Field>
          ))}
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={m.isPending || !scaleCode}>
          {t('rb.submit')}
        </button>
        <button type="button" onClick={onDone}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
