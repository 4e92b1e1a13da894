// The indicator edit form ("Ubah"): every field with inline validation as the user types
// (Indonesian number reading, scale levels as a select, bounds, and the road-map check run on the
// edited document), server field errors next to their fields, and the two ways out of a
// conflicting save: load the current data, or re-apply my change on top of it.
import { useDeferredValue, useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Finding, Indikator, LocalizedText, Polarity, Scale } from '../../../domain/roadmap/types.ts';
import { validateIndicator } from '../../../domain/roadmap/validate.ts';
import { ApiError } from '../../api/client.ts';
import { api, keys } from '../../api/endpoints.ts';
import type { StaleIndicatorDetails, VersionDetail } from '../../../domain/contracts/roadmap.ts';
import { useT } from '../../i18n/i18n.tsx';
import { FindingsTable } from '../../shared/findings-table.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { useVersionView } from '../../shared/version-context.tsx';
import {
  formFieldOfFinding,
  formFieldOfServerField,
  readForm,
  reapply,
  rowId,
  toForm,
  withoutKey,
  type IndicatorDraft,
  type IndicatorForm,
  type TargetRow,
} from './indicator-form.ts';
import { ATTRIBUTE_LABEL, POLARITY, SCALE_KIND, attributeText } from './indicator-text.ts';
import { useFormat } from '../../shared/format.ts';

const POLARITIES: Polarity[] = ['higher_is_better', 'lower_is_better', 'target_band', 'ordinal'];

/** DOM id of a form field: "targets.0.value" → "ind-targets-0-value". */
const fid = (field: string) => `ind-${field.replace(/\./g, '-')}`;

interface Conflict {
  current: Indikator;
  rowVersion: number;
  mine: IndicatorDraft;
}

function knownFields(form: IndicatorForm): Set<string> {
  const s = new Set([
    'name',
    'unit',
    'scaleCode',
    'polarity',
    'sourceAgency',
    'baseline.year',
    'baseline.value',
    'baseline.reason',
    'targets',
    'responsible',
  ]);
  form.targets.forEach((_, i) => ['year', 'type', 'value', 'min', 'max'].forEach((p) => s.add(`targets.${i}.${p}`)));
  form.responsible.forEach((_, i) => ['pdKey', 'role'].forEach((p) => s.add(`responsible.${i}.${p}`)));
  return s;
}

function ValueInput({
  field,
  scale,
  value,
  label,
  onChange,
  describedBy,
  invalid,
}: {
  field: string;
  scale: Scale | undefined;
  value: string;
  label: string;
  onChange(v: string): void;
  describedBy: string | undefined;
  invalid: boolean;
}) {
  const { t } = useT();
  if (scale?.kind === 'ordinal') {
    const levels = [...scale.levels].sort((a, b) => b.rank - a.rank);
    const unknown = value !== '' && !levels.some((l) => l.code === value);
    return (
      <select
        id={fid(field)}
        name={field}
        aria-label={label}
        value={value}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t('form.chooseLevel')}</option>
        {unknown && <option value={value}>{t('form.levelNotInScale', { code: value })}</option>}
        {levels.map((l) => (
          <option key={l.code} value={l.code}>
            {l.label && l.label !== l.code ? `${l.code} — ${l.label}` : l.code}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      id={fid(field)}
      name={field}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      aria-label={label}
      value={value}
      aria-invalid={invalid}
      aria-describedby={describedBy}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

export function IndicatorEditForm({
  indicator,
  onCancel,
  onSaved,
}: {
  indicator: Indikator;
  onCancel(): void;
  onSaved(): void;
}) {
  const { t, pick } = useT();
  const fmt = useFormat();
  const { doc, version } = useVersionView();
  const qc = useQueryClient();
  const [base, setBase] = useState(() => ({
    indicator: withoutKey(indicator),
    rowVersion: version.indicatorRowVersions[indicator.key] ?? 1,
  }));
  const [form, setForm] = useState<IndicatorForm>(() => toForm(withoutKey(indicator), doc.scales));
  const [dirty, setDirty] = useState<Set<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [otherServerErrors, setOtherServerErrors] = useState<string[]>([]);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [notice, setNotice] = useState<ReactNode>(null);
  const [topError, setTopError] = useState<unknown>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  // A conflict or a refused save is announced at the top of the form: bring it into view.
  useEffect(() => {
    if (conflict || topError !== null) alertRef.current?.focus();
  }, [conflict, topError]);

  const scale = doc.scales.find((s) => s.code === form.scaleCode);
  const deferredForm = useDeferredValue(form);
  const result = useMemo(
    () => readForm(deferredForm, doc.scales, base.indicator),
    [deferredForm, doc.scales, base.indicator],
  );
  const liveFindings = useMemo<Finding[] | null>(() => {
    if (!result.draft) return null;
    const edited = { ...result.draft, key: indicator.key };
    return validateIndicator(
      { ...doc, indicators: doc.indicators.map((i) => (i.key === indicator.key ? edited : i)) },
      indicator.key,
    );
  }, [result.draft, doc, indicator.key]);
  const findingsByField = useMemo(() => {
    const m = new Map<string, Finding[]>();
    for (const f of liveFindings ?? []) {
      const field = formFieldOfFinding(f, deferredForm);
      if (field) m.set(field, [...(m.get(field) ?? []), f]);
    }
    return m;
  }, [liveFindings, deferredForm]);

  const mutation = useMutation({
    mutationFn: (vars: { draft: IndicatorDraft; rowVersion: number }) =>
      api.updateIndicator(version.id, indicator.key, { rowVersion: vars.rowVersion, indicator: vars.draft }),
    onSuccess: (res) => {
      qc.setQueryData<VersionDetail>(keys.version(version.id), (old) =>
        old
          ? {
              ...old,
              document: {
                ...old.document,
                indicators: old.document.indicators.map((i) => (i.key === res.indicator.key ? res.indicator : i)),
              },
              indicatorRowVersions: { ...old.indicatorRowVersions, [res.indicator.key]: res.rowVersion },
            }
          : old,
      );
      void qc.invalidateQueries({ queryKey: keys.version(version.id) });
      void qc.invalidateQueries({ queryKey: ['audit'] });
      void qc.invalidateQueries({ queryKey: ['perangkat-daerah'] });
      void qc.invalidateQueries({ queryKey: ['diff'] });
      onSaved();
    },
    onError: (err, vars) => {
      if (err instanceof ApiError && err.code === 'STALE_WRITE') {
        const current = (err.details as StaleIndicatorDetails | undefined)?.current;
        if (current) {
          setConflict({ current: current.indicator, rowVersion: current.rowVersion, mine: vars.draft });
          return;
        }
      }
      if (err instanceof ApiError && err.code === 'VERSION_SUPERSEDED') {
        void qc.invalidateQueries({ queryKey: keys.version(version.id) });
        void qc.invalidateQueries({ queryKey: keys.roadMaps });
      }
      if (err instanceof ApiError && err.fields.length > 0) {
        const known = knownFields(form);
        const byField: Record<string, string> = {};
        const other: string[] = [];
        for (const fe of err.fields) {
          const f = formFieldOfServerField(fe.field, known);
          if (f) byField[f] ??= fe.message;
          else other.push(`${fe.field}: ${fe.message}`);
        }
        setServerErrors(byField);
        setOtherServerErrors(other);
      }
      setTopError(err);
    },
  });

  const touch = (field: string) => {
    setDirty((d) => (d.has(field) ? d : new Set(d).add(field)));
    setServerErrors((e) => {
      if (!(field in e)) return e;
      const { [field]: _gone, ...rest } = e;
      return rest;
    });
  };
  const set = (field: string, patch: Partial<IndicatorForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    touch(field);
  };
  const setTarget = (i: number, field: string, patch: Partial<TargetRow>) => {
    setForm((f) => ({ ...f, targets: f.targets.map((r, j) => (j === i ? { ...r, ...patch } : r)) }));
    touch(`targets.${i}.${field}`);
  };

  /** Messages under a field: its error (typed value, then server), then findings of the edited doc. */
  const messages = (field: string) => {
    const show = submitted || dirty.has(field);
    const own: LocalizedText | undefined = show ? result.errors[field] : undefined;
    const server = serverErrors[field];
    const findings = findingsByField.get(field) ?? [];
    return { error: own ? pick(own) : server, findings };
  };
  const describedBy = (field: string, extra?: string) => {
    const m = messages(field);
    const ids = [
      extra,
      m.error ? `${fid(field)}-err` : undefined,
      m.findings.length ? `${fid(field)}-fnd` : undefined,
    ].filter(Boolean);
    return ids.length ? ids.join(' ') : undefined;
  };
  const msgs = (field: string) => {
    const m = messages(field);
    return (
      <>
        {m.error && (
          <p className="field-error" id={`${fid(field)}-err`}>
            <span aria-hidden="true">✖ </span>
            {m.error}
          </p>
        )}
        {m.findings.length > 0 && (
          <div id={`${fid(field)}-fnd`}>
            {m.findings.map((f, i) => (
              <p key={i} className={`field-finding sev-${f.severity}`}>
                <span aria-hidden="true">{f.severity === 'error' ? '✖ ' : '⚠ '}</span>
                {pick(f.why)}
              </p>
            ))}
          </div>
        )}
      </>
    );
  };
  const invalid = (field: string) => !!messages(field).error;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setTopError(null);
    setNotice(null);
    const r = readForm(form, doc.scales, base.indicator);
    const first = Object.keys(r.errors)[0];
    if (!r.draft || first) {
      if (first) window.requestAnimationFrame(() => document.getElementById(fid(first))?.focus());
      return;
    }
    mutation.mutate({ draft: r.draft, rowVersion: base.rowVersion });
  };

  const loadCurrent = (c: Conflict) => {
    const cur = withoutKey(c.current);
    setBase({ indicator: cur, rowVersion: c.rowVersion });
    setForm(toForm(cur, doc.scales));
    setDirty(new Set());
    setSubmitted(false);
    setConflict(null);
    setTopError(null);
    setNotice(t('conflict.reloaded'));
    void qc.invalidateQueries({ queryKey: keys.version(version.id) });
  };
  const reapplyMine = (c: Conflict) => {
    const cur = withoutKey(c.current);
    const { merged, conflicts } = reapply(base.indicator, c.mine, cur);
    setBase({ indicator: cur, rowVersion: c.rowVersion });
    setForm(toForm(merged, doc.scales));
    setConflict(null);
    setTopError(null);
    setNotice(
      <>
        {t('conflict.reapplied')}
        {conflicts.length > 0 && ` ${t('conflict.bothChanged', { fields: conflicts.join(', ') })}`}
      </>,
    );
    void qc.invalidateQueries({ queryKey: keys.version(version.id) });
  };

  const errorCount = Object.keys(result.errors).length;
  const pds = useMemo(
    () => [...doc.perangkatDaerah].sort((a, b) => a.name.localeCompare(b.name, 'id')),
    [doc.perangkatDaerah],
  );
  const scales = useMemo(() => [...doc.scales].sort((a, b) => a.name.localeCompare(b.name, 'id')), [doc.scales]);
  const numberHint = scale && scale.kind !== 'ordinal' ? t('form.numberHint') : undefined;

  return (
    <form className="card edit-form" onSubmit={onSubmit} noValidate aria-labelledby="edit-title">
      <h2 id="edit-title">{t('form.title')}</h2>
      <p className="muted small">{t('form.intro')}</p>

      <div ref={alertRef} tabIndex={-1} className="form-alerts">
        {conflict && (
          <div className="notice notice-warning" role="alert">
            <p>
              <strong>{t('conflict.title')}</strong> {t('conflict.text')}
            </p>
            {conflictChanges(base.indicator, withoutKey(conflict.current))}
            <div className="actions">
              <button type="button" onClick={() => loadCurrent(conflict)}>
                {t('conflict.reload')}
              </button>
              <button type="button" className="primary" onClick={() => reapplyMine(conflict)}>
                {t('conflict.reapply')}
              </button>
            </div>
          </div>
        )}
        {notice && (
          <p className="notice notice-info" role="status">
            {notice}
          </p>
        )}
        {topError !== null && !conflict && <ErrorBox error={topError} title={t('form.saveFailed')} />}
        {otherServerErrors.length > 0 && (
          <ul className="field-error">
            {otherServerErrors.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        )}
      </div>

      <fieldset>
        <legend>{t('form.identity')}</legend>
        <div className="field">
          <label htmlFor={fid('name')}>{t('ind.name')}</label>
          <textarea
            id={fid('name')}
            rows={2}
            value={form.name}
            aria-invalid={invalid('name')}
            aria-describedby={describedBy('name')}
            onChange={(e) => set('name', { name: e.target.value })}
          />
          {msgs('name')}
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={fid('unit')}>{t('ind.unit')}</label>
            <input
              id={fid('unit')}
              type="text"
              value={form.unit}
              aria-invalid={invalid('unit')}
              aria-describedby={describedBy('unit')}
              onChange={(e) => set('unit', { unit: e.target.value })}
            />
            {msgs('unit')}
          </div>
          <div className="field">
            <label htmlFor={fid('scaleCode')}>{t('ind.scale')}</label>
            <select
              id={fid('scaleCode')}
              value={form.scaleCode}
              aria-invalid={invalid('scaleCode')}
              aria-describedby={describedBy('scaleCode')}
              onChange={(e) => {
                const next = doc.scales.find((s) => s.code === e.target.value);
                const polarity: Polarity =
                  next?.kind === 'ordinal'
                    ? 'ordinal'
                    : form.polarity === 'ordinal'
                      ? 'higher_is_better'
                      : form.polarity;
                set('scaleCode', { scaleCode: e.target.value, polarity });
              }}
            >
              {!scale && <option value={form.scaleCode}>{form.scaleCode}</option>}
              {scales.map((s) => (
                <option key={s.code} value={s.code}>
                  {`${s.name} (${t(SCALE_KIND[s.kind])})`}
                </option>
              ))}
            </select>
            {msgs('scaleCode')}
          </div>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={fid('polarity')}>{t('ind.polarity')}</label>
            <select
              id={fid('polarity')}
              value={form.polarity}
              aria-invalid={invalid('polarity')}
              aria-describedby={describedBy('polarity')}
              onChange={(e) => set('polarity', { polarity: e.target.value as Polarity })}
            >
              {POLARITIES.map((p) => (
                <option key={p} value={p}>
                  {t(POLARITY[p])}
                </option>
              ))}
            </select>
            {msgs('polarity')}
          </div>
          <div className="field">
            <label htmlFor={fid('sourceAgency')}>{t('ind.sourceAgency')}</label>
            <input
              id={fid('sourceAgency')}
              type="text"
              value={form.sourceAgency}
              onChange={(e) => set('sourceAgency', { sourceAgency: e.target.value })}
            />
            {msgs('sourceAgency')}
          </div>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('ind.baseline')}</legend>
        <div className="field-row">
          <div className="field narrow">
            <label htmlFor={fid('baseline.year')}>{t('ind.year')}</label>
            <input
              id={fid('baseline.year')}
              type="text"
              inputMode="numeric"
              value={form.baselineYear}
              aria-invalid={invalid('baseline.year')}
              aria-describedby={describedBy('baseline.year')}
              onChange={(e) => set('baseline.year', { baselineYear: e.target.value })}
            />
            {msgs('baseline.year')}
          </div>
          <div className="field" role="radiogroup" aria-label={t('form.baselineStatus')}>
            <span className="label">{t('form.baselineStatus')}</span>
            <label className="choice">
              <input
                type="radio"
                name="baselineStatus"
                checked={form.baselineStatus === 'value'}
                onChange={() => set('baseline.value', { baselineStatus: 'value' })}
              />{' '}
              {t('form.baselineHasValue')}
            </label>
            <label className="choice">
              <input
                type="radio"
                name="baselineStatus"
                checked={form.baselineStatus === 'not_available'}
                onChange={() =>
                  set('baseline.reason', {
                    baselineStatus: 'not_available',
                    baselineReason: form.baselineReason || t('form.naDefaultReason'),
                  })
                }
              />{' '}
              {t('form.baselineNA')}
            </label>
          </div>
          {form.baselineStatus === 'value' ? (
            <div className="field">
              <label htmlFor={fid('baseline.value')}>{t('form.baselineValue')}</label>
              <ValueInput
                field="baseline.value"
                scale={scale}
                value={form.baselineValue}
                label={t('form.baselineValue')}
                invalid={invalid('baseline.value')}
                describedBy={describedBy('baseline.value', numberHint ? 'hint-number' : undefined)}
                onChange={(v) => set('baseline.value', { baselineValue: v })}
              />
              {msgs('baseline.value')}
            </div>
          ) : (
            <div className="field">
              <label htmlFor={fid('baseline.reason')}>{t('form.baselineReason')}</label>
              <input
                id={fid('baseline.reason')}
                type="text"
                value={form.baselineReason}
                aria-invalid={invalid('baseline.reason')}
                aria-describedby={describedBy('baseline.reason')}
                onChange={(e) => set('baseline.reason', { baselineReason: e.target.value })}
              />
              {msgs('baseline.reason')}
            </div>
          )}
        </div>
        {numberHint && (
          <p className="hint" id="hint-number">
            {numberHint}
          </p>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('ind.targets')}</legend>
        {msgs('targets')}
        <table className="data compact form-table">
          <thead>
            <tr>
              <th scope="col">{t('ind.year')}</th>
              <th scope="col">{t('form.targetType')}</th>
              <th scope="col">{t('form.targetValue')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('form.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {form.targets.map((row, i) => {
              const f = `targets.${i}`;
              const yearLabel = row.year.trim() || String(i + 1);
              return (
                <tr key={row.id} data-year={row.year.trim()}>
                  <td>
                    <input
                      id={fid(`${f}.year`)}
                      className="narrow"
                      type="text"
                      inputMode="numeric"
                      aria-label={t('form.targetYearN', { n: i + 1 })}
                      value={row.year}
                      aria-invalid={invalid(`${f}.year`)}
                      aria-describedby={describedBy(`${f}.year`)}
                      onChange={(e) => setTarget(i, 'year', { year: e.target.value })}
                    />
                    {msgs(`${f}.year`)}
                  </td>
                  <td>
                    <select
                      id={fid(`${f}.type`)}
                      aria-label={t('form.targetTypeFor', { year: yearLabel })}
                      value={row.type}
                      aria-invalid={invalid(`${f}.type`)}
                      aria-describedby={describedBy(`${f}.type`)}
                      onChange={(e) => setTarget(i, 'type', { type: e.target.value as TargetRow['type'] })}
                    >
                      <option value="point">{t('form.point')}</option>
                      <option value="band" disabled={scale?.kind === 'ordinal'}>
                        {t('form.band')}
                      </option>
                    </select>
                    {msgs(`${f}.type`)}
                  </td>
                  <td>
                    {row.type === 'point' ? (
                      <>
                        <ValueInput
                          field={`${f}.value`}
                          scale={scale}
                          value={row.value}
                          label={t('form.targetValueFor', { year: yearLabel })}
                          invalid={invalid(`${f}.value`)}
                          describedBy={describedBy(`${f}.value`, numberHint ? 'hint-number' : undefined)}
                          onChange={(v) => setTarget(i, 'value', { value: v })}
                        />
                        {msgs(`${f}.value`)}
                      </>
                    ) : (
                      <div className="band">
                        <input
                          id={fid(`${f}.min`)}
                          type="text"
                          inputMode="decimal"
                          aria-label={t('form.bandMinFor', { year: yearLabel })}
                          value={row.min}
                          aria-invalid={invalid(`${f}.min`)}
                          aria-describedby={describedBy(`${f}.min`)}
                          onChange={(e) => setTarget(i, 'min', { min: e.target.value })}
                        />
                        <span aria-hidden="true">–</span>
                        <input
                          id={fid(`${f}.max`)}
                          type="text"
                          inputMode="decimal"
                          aria-label={t('form.bandMaxFor', { year: yearLabel })}
                          value={row.max}
                          aria-invalid={invalid(`${f}.max`)}
                          aria-describedby={describedBy(`${f}.max`)}
                          onChange={(e) => setTarget(i, 'max', { max: e.target.value })}
                        />
                        {msgs(`${f}.min`)}
                        {msgs(`${f}.max`)}
                      </div>
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="link danger"
                      aria-label={t('form.removeTargetFor', { year: yearLabel })}
                      onClick={() => {
                        setForm((fm) => ({ ...fm, targets: fm.targets.filter((_, j) => j !== i) }));
                        touch('targets');
                      }}
                    >
                      {t('action.remove')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <button
          type="button"
          onClick={() => {
            setForm((fm) => {
              const last = Math.max(doc.roadMap.periodStart - 1, ...fm.targets.map((x) => Number(x.year) || 0));
              const year = Math.min(last + 1, 2100);
              return {
                ...fm,
                targets: [
                  ...fm.targets,
                  { id: rowId(), year: String(year), type: 'point', value: '', min: '', max: '' },
                ],
              };
            });
            touch('targets');
          }}
        >
          {t('form.addTarget')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('ind.responsible')}</legend>
        {msgs('responsible')}
        {form.responsible.length === 0 && <p className="muted">{t('ind.noResponsible')}</p>}
        <ul className="plain resp-rows">
          {form.responsible.map((r, i) => (
            <li key={r.id} className="field-row">
              <div className="field">
                <label htmlFor={fid(`responsible.${i}.pdKey`)}>{t('form.pdN', { n: i + 1 })}</label>
                <select
                  id={fid(`responsible.${i}.pdKey`)}
                  value={r.pdKey}
                  aria-invalid={invalid(`responsible.${i}.pdKey`)}
                  aria-describedby={describedBy(`responsible.${i}.pdKey`)}
                  onChange={(e) => {
                    setForm((fm) => ({
                      ...fm,
                      responsible: fm.responsible.map((x, j) => (j === i ? { ...x, pdKey: e.target.value } : x)),
                    }));
                    touch(`responsible.${i}.pdKey`);
                  }}
                >
                  <option value="">{t('form.choosePd')}</option>
                  {pds.map((p) => (
                    <option key={p.key} value={p.key}>
                      {p.name}
                    </option>
                  ))}
                </select>
                {msgs(`responsible.${i}.pdKey`)}
              </div>
              <div className="field narrow">
                <label htmlFor={fid(`responsible.${i}.role`)}>{t('form.role')}</label>
                <select
                  id={fid(`responsible.${i}.role`)}
                  value={r.role}
                  onChange={(e) => {
                    const role = e.target.value as 'lead' | 'supporting';
                    // One lead: choosing a new lead makes the previous one supporting.
                    setForm((fm) => ({
                      ...fm,
                      responsible: fm.responsible.map((x, j) =>
                        j === i
                          ? { ...x, role }
                          : role === 'lead' && x.role === 'lead'
                            ? { ...x, role: 'supporting' }
                            : x,
                      ),
                    }));
                    touch('responsible');
                  }}
                >
                  <option value="lead">{t('role.lead')}</option>
                  <option value="supporting">{t('role.supporting')}</option>
                </select>
              </div>
              <button
                type="button"
                className="link danger"
                onClick={() => {
                  setForm((fm) => ({ ...fm, responsible: fm.responsible.filter((_, j) => j !== i) }));
                  touch('responsible');
                }}
              >
                {t('action.remove')}
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          onClick={() => {
            setForm((fm) => ({
              ...fm,
              responsible: [
                ...fm.responsible,
                { id: rowId(), pdKey: '', role: fm.responsible.some((x) => x.role === 'lead') ? 'supporting' : 'lead' },
              ],
            }));
            touch('responsible');
          }}
        >
          {t('form.addPd')}
        </button>
      </fieldset>

      <section aria-labelledby="live-check" className="live-check">
        <h3 id="live-check">{t('form.liveCheck')}</h3>
        {liveFindings === null ? (
          <p className="muted">{t('form.liveCheckBlocked')}</p>
        ) : liveFindings.length === 0 ? (
          <p>{t('form.liveCheckClean')}</p>
        ) : (
          <FindingsTable findings={liveFindings} showCode={false} />
        )}
      </section>

      <div className="form-actions">
        {submitted && errorCount > 0 && (
          <p className="field-error" role="alert">
            {t('form.fixErrors', { n: errorCount })}
          </p>
        )}
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {mutation.isPending ? t('form.saving') : t('action.save')}
        </button>
        <button type="button" onClick={onCancel} disabled={mutation.isPending}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );

  function conflictChanges(original: IndicatorDraft, current: IndicatorDraft) {
    const fields = Object.keys(ATTRIBUTE_LABEL).filter(
      (f) => attributeText(f, original, doc, fmt, t) !== attributeText(f, current, doc, fmt, t),
    );
    if (fields.length === 0) return null;
    return (
      <table className="data compact">
        <caption>{t('conflict.theirChanges')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.field')}</th>
            <th scope="col">{t('conflict.whenOpened')}</th>
            <th scope="col">{t('conflict.now')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f}>
              <th scope="row">{t(ATTRIBUTE_LABEL[f] ?? 'ind.name')}</th>
              <td>{attributeText(f, original, doc, fmt, t)}</td>
              <td>{attributeText(f, current, doc, fmt, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
}
