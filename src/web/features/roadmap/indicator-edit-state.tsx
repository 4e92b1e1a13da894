// State of the indicator edit form: what was typed, which fields were touched, the live reading and
// road-map check of the edited document, the save with its refusals mapped onto fields, and the
// two ways out of a conflict. The form component (indicator-edit-form.tsx) only lays it out.
import { useDeferredValue, useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { erratumSchema, type StaleIndicatorDetails, type VersionDetail } from '../../../domain/contracts/roadmap.ts';
import type { Finding, Indikator, LocalizedText, RoadMapDocument } from '../../../domain/roadmap/types.ts';
import { validateIndicator } from '../../../domain/roadmap/validate.ts';
import { ApiError } from '../../api/client.ts';
import { api, keys } from '../../api/endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useVersionView } from '../../shared/version-context.tsx';
import type { Conflict } from './indicator-conflict.tsx';
import { fid, type FieldKit } from './indicator-field.tsx';
import { formFieldOfFinding, formFieldOfServerField } from './indicator-form-fields.ts';
import { knownFields } from './indicator-form-rows.ts';
import { readForm, toForm, type IndicatorDraft, type IndicatorForm } from './indicator-form.ts';
import { reapply, withoutKey } from './indicator-reapply.ts';
import { FieldError } from '../../shared/field.tsx';

/** The form read against its scale, and the findings of the edited document by form field. */
function useLiveCheck(form: IndicatorForm, doc: RoadMapDocument, original: IndicatorDraft, key: string) {
  const deferredForm = useDeferredValue(form);
  const result = useMemo(() => readForm(deferredForm, doc.scales, original), [deferredForm, doc.scales, original]);
  const liveFindings = useMemo<Finding[] | null>(() => {
    if (!result.draft) return null;
    const edited = { ...result.draft, key };
    return validateIndicator({ ...doc, indicators: doc.indicators.map((i) => (i.key === key ? edited : i)) }, key);
  }, [result.draft, doc, key]);
  const findingsByField = useMemo(() => {
    const m = new Map<string, Finding[]>();
    for (const f of liveFindings ?? []) {
      const field = formFieldOfFinding(f, deferredForm);
      if (field) m.set(field, [...(m.get(field) ?? []), f]);
    }
    return m;
  }, [liveFindings, deferredForm]);
  return { result, liveFindings, findingsByField };
}

/** Server field errors by form field, and those that belong to no field. */
function splitServerErrors(err: ApiError, form: IndicatorForm) {
  const known = knownFields(form);
  const byField: Record<string, string> = {};
  const other: string[] = [];
  for (const fe of err.fields) {
    const f = formFieldOfServerField(fe.field, known);
    if (f) byField[f] ??= fe.message;
    else other.push(`${fe.field}: ${fe.message}`);
  }
  return { byField, other };
}

function FieldMessages({ field, error, findings }: { field: string; error?: string; findings: Finding[] }) {
  const { pick } = useT();
  return (
    <>
      <FieldError id={`${fid(field)}-err`} message={error} />
      {findings.length > 0 && (
        <div id={`${fid(field)}-fnd`}>
          {findings.map((f, i) => (
            <p key={i} className={`field-finding sev-${f.severity}`}>
              <span aria-hidden="true">{f.severity === 'error' ? '✖ ' : '⚠ '}</span>
              {pick(f.why)}
            </p>
          ))}
        </div>
      )}
    </>
  );
}

export function useIndicatorEdit(indicator: Indikator, onSaved: () => void) {
  const { t, pick } = useT();
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
  // An erratum: the edit corrects a data-entry error against the printed text (audited with its reason).
  const [erratum, setErratum] = useState({ on: false, reason: '' });
  const erratumCheck = erratum.on ? erratumSchema.safeParse({ reason: erratum.reason }) : null;
  const erratumError = erratumCheck && !erratumCheck.success ? erratumCheck.error.issues[0]?.message : undefined;
  const alertRef = useRef<HTMLDivElement>(null);

  // A conflict or a refused save is announced at the top of the form: bring it into view.
  useEffect(() => {
    if (conflict || topError !== null) alertRef.current?.focus();
  }, [conflict, topError]);

  const { result, liveFindings, findingsByField } = useLiveCheck(form, doc, base.indicator, indicator.key);
  const refreshVersion = () => void qc.invalidateQueries({ queryKey: keys.version(version.id) });

  const mutation = useMutation({
    mutationFn: (vars: { draft: IndicatorDraft; rowVersion: number }) =>
      api.updateIndicator(version.id, indicator.key, {
        rowVersion: vars.rowVersion,
        indicator: vars.draft,
        ...(erratumCheck?.success ? { erratum: erratumCheck.data } : {}),
      }),
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
      refreshVersion();
      for (const queryKey of [['audit'], ['perangkat-daerah'], ['diff']]) void qc.invalidateQueries({ queryKey });
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
      if (err instanceof ApiError && err.code === 'VERSION_ENACTED') {
        refreshVersion();
        void qc.invalidateQueries({ queryKey: keys.roadMaps });
      }
      if (err instanceof ApiError && err.fields.length > 0) {
        const { byField, other } = splitServerErrors(err, form);
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

  /** Messages under a field: its error (typed value, then server), then findings of the edited doc. */
  const messages = (field: string) => {
    const own: LocalizedText | undefined = submitted || dirty.has(field) ? result.errors[field] : undefined;
    return { error: own ? pick(own) : serverErrors[field], findings: findingsByField.get(field) ?? [] };
  };
  const scale = doc.scales.find((s) => s.code === form.scaleCode);
  const kit: FieldKit = {
    form,
    scale,
    set: (field, patch) => {
      setForm((f) => ({ ...f, ...patch }));
      touch(field);
    },
    update: (field, edit) => {
      setForm(edit);
      touch(field);
    },
    msgs: (field) => <FieldMessages field={field} {...messages(field)} />,
    invalid: (field) => !!messages(field).error,
    describedBy: (field, extra) => {
      const m = messages(field);
      const ids = [extra, m.error && `${fid(field)}-err`, m.findings.length && `${fid(field)}-fnd`].filter(Boolean);
      return ids.length ? ids.join(' ') : undefined;
    },
    numberHintId: scale && scale.kind !== 'ordinal' ? 'hint-number' : undefined,
  };

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
    if (erratumError) {
      window.requestAnimationFrame(() => document.getElementById('erratum-reason')?.focus());
      return;
    }
    mutation.mutate({ draft: r.draft, rowVersion: base.rowVersion });
  };

  /** Leaves the conflict with the current data as the new starting point, and `next` in the form. */
  const restart = (c: Conflict, next: IndicatorDraft, message: ReactNode) => {
    setBase({ indicator: withoutKey(c.current), rowVersion: c.rowVersion });
    setForm(toForm(next, doc.scales));
    setConflict(null);
    setTopError(null);
    setNotice(message);
    refreshVersion();
  };
  const loadCurrent = (c: Conflict) => {
    setDirty(new Set());
    setSubmitted(false);
    restart(c, withoutKey(c.current), t('conflict.reloaded'));
  };
  const reapplyMine = (c: Conflict) => {
    const { merged, conflicts } = reapply(base.indicator, c.mine, withoutKey(c.current));
    const both = conflicts.length > 0 ? ` ${t('conflict.bothChanged', { fields: conflicts.join(', ') })}` : '';
    restart(c, merged, `${t('conflict.reapplied')}${both}`);
  };

  return {
    doc,
    kit,
    base,
    alertRef,
    conflict,
    notice,
    topError,
    otherServerErrors,
    liveFindings,
    submitted,
    errorCount: Object.keys(result.errors).length + (erratumError ? 1 : 0),
    erratum,
    setErratum,
    erratumError: submitted ? erratumError : undefined,
    saving: mutation.isPending,
    onSubmit,
    loadCurrent,
    reapplyMine,
  };
}
