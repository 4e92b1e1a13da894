// What the fieldsets of the action-plan form share: the form being typed, field ids, and each
// field's error and ARIA wiring; and the hook that holds that state for the form card (the
// fieldsets only render it). A field's own error shows once it is touched or the form submitted;
// otherwise the server's error for it, until the field is changed.
import { useId, useMemo, useState, type ReactNode } from 'react';
import type { RoadMapDocument } from '../../../domain/roadmap/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { readPlanForm, type PlanForm } from './rencana-aksi-form-state.ts';
import { FieldError } from '../../shared/field.tsx';

export interface PlanFields {
  form: PlanForm;
  /** The form's useId() prefix (for ids of radio groups and datalists). */
  uid: string;
  /** The element id of a field ("targets.S1" → "…-targets-S1"). */
  fid(field: string): string;
  /** Changes the form and marks the field touched. */
  set(field: string, patch: Partial<PlanForm>): void;
  invalid(field: string): boolean;
  describedBy(field: string, hint?: string): string | undefined;
  /** The field's error paragraph, or nothing. */
  err(field: string): ReactNode;
}

/** The typed form, its checks, and the touched / submitted / server-error state behind each field. */
export function usePlanFields(initial: () => PlanForm, doc: RoadMapDocument, year: number) {
  const { t, pick } = useT();
  const uid = useId();
  const fid = (field: string) => `${uid}-${field.replace(/\./g, '-')}`;
  const [form, setForm] = useState<PlanForm>(initial);
  const [touched, setTouched] = useState<Set<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});

  const node = doc.nodes.find((n) => n.key === form.nodeKey);
  const tematik = node?.kind === 'sasaran_tematik';
  const result = useMemo(() => readPlanForm(form, { year, tematik }), [form, year, tematik]);

  const touch = (field: string) => {
    setTouched((s) => (s.has(field) ? s : new Set(s).add(field)));
    setServerErrors((e) => {
      const group = field.startsWith('targets.') ? 'targets' : field;
      if (!(field in e) && !(group in e)) return e;
      const { [field]: _a, [group]: _b, ...rest } = e;
      return rest;
    });
  };
  const set = (field: string, patch: Partial<PlanForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    touch(field);
  };
  const errorOf = (field: string): string | null => {
    const own = result.errors[field];
    if (own && (submitted || touched.has(field))) return 'text' in own ? pick(own.text) : t(own.key, own.vars);
    return serverErrors[field] ?? null;
  };
  const describedBy = (field: string, hint?: string) =>
    [hint, errorOf(field) ? `${fid(field)}-err` : undefined].filter(Boolean).join(' ') || undefined;
  const err = (field: string): ReactNode => <FieldError id={`${fid(field)}-err`} message={errorOf(field)} />;
  const invalid = (field: string) => !!errorOf(field);
  const fields: PlanFields = { form, uid, fid, set, invalid, describedBy, err };

  /** Starts over from another form (e.g. the plan as the server has it now). */
  const restart = (next: PlanForm) => {
    setForm(next);
    setTouched(new Set());
    setSubmitted(false);
  };

  return { fields, form, setForm, restart, result, tematik, serverErrors, setServerErrors, setSubmitted };
}
