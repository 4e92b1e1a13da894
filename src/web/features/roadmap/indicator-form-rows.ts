// The indicator form's edits that touch more than one field, as pure functions of the form: choosing
// a scale (which may force the polarity), adding and removing target and PD rows, and choosing a
// lead PD (there is one lead: the previous one becomes supporting).
import type { Polarity, ResponsibilityRole, Scale } from '../../../domain/roadmap/types.ts';
import { rowId, type IndicatorForm, type TargetRow } from './indicator-form.ts';

/** A new scale; an ordinal scale takes the ordinal polarity, a numeric one cannot keep it. */
export function withScale(form: IndicatorForm, scales: readonly Scale[], scaleCode: string): IndicatorForm {
  const next = scales.find((s) => s.code === scaleCode);
  const polarity: Polarity =
    next?.kind === 'ordinal' ? 'ordinal' : form.polarity === 'ordinal' ? 'higher_is_better' : form.polarity;
  return { ...form, scaleCode, polarity };
}

export function withTarget(form: IndicatorForm, i: number, patch: Partial<TargetRow>): IndicatorForm {
  return { ...form, targets: form.targets.map((r, j) => (j === i ? { ...r, ...patch } : r)) };
}

/** A target for the year after the last one (the first year of the period when there is none). */
export function withNewTarget(form: IndicatorForm, periodStart: number): IndicatorForm {
  const last = Math.max(periodStart - 1, ...form.targets.map((x) => Number(x.year) || 0));
  const year = Math.min(last + 1, 2100);
  return {
    ...form,
    targets: [
      ...form.targets,
      { id: rowId(), year: String(year), type: 'point', value: '', min: '', max: '', baseline: '' },
    ],
  };
}

export function withoutTarget(form: IndicatorForm, i: number): IndicatorForm {
  return { ...form, targets: form.targets.filter((_, j) => j !== i) };
}

export function withPd(form: IndicatorForm, i: number, pdKey: string): IndicatorForm {
  return { ...form, responsible: form.responsible.map((x, j) => (j === i ? { ...x, pdKey } : x)) };
}

export function withRole(form: IndicatorForm, i: number, role: ResponsibilityRole): IndicatorForm {
  return {
    ...form,
    responsible: form.responsible.map((x, j) =>
      j === i ? { ...x, role } : role === 'lead' && x.role === 'lead' ? { ...x, role: 'supporting' } : x,
    ),
  };
}

/** A new PD row: the lead when there is none yet, else supporting. */
export function withNewPd(form: IndicatorForm): IndicatorForm {
  const role: ResponsibilityRole = form.responsible.some((x) => x.role === 'lead') ? 'supporting' : 'lead';
  return { ...form, responsible: [...form.responsible, { id: rowId(), pdKey: '', role }] };
}

export function withoutPd(form: IndicatorForm, i: number): IndicatorForm {
  return { ...form, responsible: form.responsible.filter((_, j) => j !== i) };
}

/** The form fields that can carry a message (server field errors are mapped onto these). */
export function knownFields(form: IndicatorForm): Set<string> {
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
