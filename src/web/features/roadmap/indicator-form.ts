// The indicator edit form as plain data: text fields as the user typed them, turned into an
// Indikator with per-field errors (Indonesian number rules, scale levels, bounds, and the rules of
// src/domain/roadmap/indicator-rules.ts shared with the server). Mapping errors onto fields is in
// indicator-form-fields.ts, the re-apply merge in indicator-reapply.ts. Pure (no React), so tested.
import type {
  IndicatorValue,
  Indikator,
  LocalizedText,
  Polarity,
  ResponsibilityRole,
  Scale,
  Target,
} from '../../../domain/roadmap/types.ts';
import { parseValueForScale } from '../../../domain/roadmap/values.ts';
import {
  BAND_ON_ORDINAL,
  DUPLICATE_PD,
  bandOrderIssue,
  duplicatePdIndexes,
  duplicateTargetYearIssue,
  judgeValueOnScale,
  multipleLeadIssue,
  polarityIssue,
} from '../../../domain/roadmap/indicator-rules.ts';

export interface TargetRow {
  id: string;
  year: string;
  type: 'point' | 'band';
  value: string;
  min: string;
  max: string;
  note?: string;
  /** The baseline of this target year (Portal RB since 2025); empty: the indicator's baseline applies. */
  baseline: string;
}

export interface ResponsibleRow {
  id: string;
  pdKey: string;
  role: ResponsibilityRole;
}

export interface IndicatorForm {
  name: string;
  unit: string;
  scaleCode: string;
  polarity: Polarity;
  sourceAgency: string;
  baselineYear: string;
  baselineStatus: 'value' | 'not_available';
  baselineValue: string;
  baselineReason: string;
  baselineNote?: string;
  targets: TargetRow[];
  responsible: ResponsibleRow[];
  nationalIndicatorCode?: string;
  note?: string;
}

export type IndicatorDraft = Omit<Indikator, 'key'>;

/** Field errors keyed by form field: "name", "baseline.value", "targets.0.value", "responsible.1.pdKey"… */
export type FieldErrors = Record<string, LocalizedText>;

let seq = 0;
export const rowId = () => `r${++seq}`;

function isWholeScale(scale: Scale | undefined): boolean {
  return !!scale && scale.kind !== 'ordinal' && (scale.kind !== 'numeric' || scale.decimals === 0);
}

/** A number as the user would type it: decimal comma, thousands dots only for whole-number scales. */
export function numberText(n: number, scale: Scale | undefined): string {
  if (isWholeScale(scale) && Number.isInteger(n)) {
    return new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0, useGrouping: true }).format(n);
  }
  return String(n).replace('.', ',');
}

export function valueText(v: IndicatorValue, scale: Scale | undefined): string {
  return v.kind === 'level' ? v.code : numberText(v.value, scale);
}

export function toForm(ind: IndicatorDraft, scales: Scale[]): IndicatorForm {
  const scale = scales.find((s) => s.code === ind.scaleCode);
  const b = ind.baseline;
  return {
    name: ind.name,
    unit: ind.unit,
    scaleCode: ind.scaleCode,
    polarity: ind.polarity,
    sourceAgency: ind.sourceAgency ?? '',
    baselineYear: String(b.year),
    baselineStatus: b.status,
    baselineValue: b.status === 'value' ? valueText(b.value, scale) : '',
    baselineReason: b.status === 'not_available' ? b.reason : '',
    ...(b.status === 'value' && b.note !== undefined ? { baselineNote: b.note } : {}),
    targets: [...ind.targets]
      .sort((a, c) => a.year - c.year)
      .map((t) => ({
        id: rowId(),
        year: String(t.year),
        type: t.type,
        value: t.type === 'point' ? valueText(t.value, scale) : '',
        min: t.type === 'band' ? numberText(t.min, scale) : '',
        max: t.type === 'band' ? numberText(t.max, scale) : '',
        ...(t.note !== undefined ? { note: t.note } : {}),
        baseline: t.baseline ? valueText(t.baseline, scale) : '',
      })),
    responsible: ind.responsible.map((r) => ({ id: rowId(), pdKey: r.pdKey, role: r.role })),
    ...(ind.nationalIndicatorCode !== undefined ? { nationalIndicatorCode: ind.nationalIndicatorCode } : {}),
    ...(ind.note !== undefined ? { note: ind.note } : {}),
  };
}

const msg = (id: string, en: string): LocalizedText => ({ id, en });

function parseYear(text: string): number | null {
  const s = text.trim();
  if (!/^\d{4}$/.test(s)) return null;
  const y = Number(s);
  return y >= 1945 && y <= 2100 ? y : null;
}

const YEAR_ERROR = msg(
  'Tahun harus 4 angka antara 1945 dan 2100, mis. 2024.',
  'The year must be 4 digits between 1945 and 2100, e.g. 2024.',
);

export interface FormResult {
  /** The indicator when every field could be read (errors may still contain bound problems). */
  draft: IndicatorDraft | null;
  errors: FieldErrors;
}

/**
 * Reads the form against the chosen scale. Values outside the scale are errors only when they were
 * changed (as the server does): the regulation's own out-of-scale figures stay editable.
 */
export function readForm(form: IndicatorForm, scales: Scale[], original: IndicatorDraft): FormResult {
  const errors: FieldErrors = {};
  const scale = scales.find((s) => s.code === form.scaleCode);
  const scaleChanged = form.scaleCode !== original.scaleCode;
  let broken = false;
  const err = (field: string, text: LocalizedText) => {
    errors[field] ??= text;
  };

  const name = form.name.trim();
  if (!name) err('name', msg('Nama indikator wajib diisi.', 'The indicator name is required.'));
  if (!scale) err('scaleCode', msg('Pilih skala indikator.', 'Choose the indicator scale.'));
  const polarity = scale ? polarityIssue(scale, form.polarity) : null;
  if (polarity) err('polarity', polarity.message);

  /** A value typed in a field; null (and an error) when it cannot be read. */
  const value = (field: string, text: string, previous: IndicatorValue | undefined): IndicatorValue | null => {
    if (!scale) return null;
    const r = parseValueForScale(text, scale);
    if (!r.ok) {
      err(field, r.message);
      return null;
    }
    const c = judgeValueOnScale(r.value, scale, previous !== undefined && !scaleChanged ? [previous] : []);
    if (c.severity === 'error') err(field, c.message);
    return r.value;
  };

  const by = parseYear(form.baselineYear);
  if (by === null) err('baseline.year', YEAR_ERROR);
  let baseline: IndicatorDraft['baseline'] | null = null;
  if (form.baselineStatus === 'not_available') {
    const reason = form.baselineReason.trim();
    if (!reason)
      err('baseline.reason', msg('Tulis alasan baseline tidak tersedia.', 'Say why the baseline is not available.'));
    if (by !== null && reason) baseline = { year: by, status: 'not_available', reason };
  } else {
    const prev = original.baseline.status === 'value' ? original.baseline.value : undefined;
    const v = value('baseline.value', form.baselineValue, prev);
    if (by !== null && v) {
      baseline = {
        year: by,
        status: 'value',
        value: v,
        ...(form.baselineNote !== undefined ? { note: form.baselineNote } : {}),
      };
    }
  }
  if (!baseline) broken = true;

  const targets: Target[] = [];
  const years = new Map<number, number>();
  form.targets.forEach((row, i) => {
    const f = `targets.${i}`;
    const year = parseYear(row.year);
    if (year === null) {
      err(`${f}.year`, YEAR_ERROR);
      broken = true;
    } else if (years.has(year)) {
      err(`${f}.year`, duplicateTargetYearIssue(year).message);
    } else {
      years.set(year, i);
    }
    const prev = year === null ? undefined : original.targets.find((t) => t.year === year);
    let note: { note?: string; baseline?: IndicatorValue } = row.note !== undefined ? { note: row.note } : {};
    if (row.baseline.trim()) {
      const b = value(`${f}.baseline`, row.baseline, prev?.baseline);
      if (b) note = { ...note, baseline: b };
      else broken = true;
    }
    if (row.type === 'point') {
      const v = value(`${f}.value`, row.value, prev?.type === 'point' ? prev.value : undefined);
      if (v && year !== null) targets.push({ year, type: 'point', value: v, ...note });
      else broken = true;
      return;
    }
    if (scale?.kind === 'ordinal') {
      err(`${f}.type`, BAND_ON_ORDINAL.message);
      broken = true;
      return;
    }
    const lo = value(`${f}.min`, row.min, prev?.type === 'band' ? { kind: 'number', value: prev.min } : undefined);
    const hi = value(`${f}.max`, row.max, prev?.type === 'band' ? { kind: 'number', value: prev.max } : undefined);
    if (lo?.kind === 'number' && hi?.kind === 'number' && year !== null) {
      const order = bandOrderIssue(lo.value, hi.value);
      if (order) err(`${f}.max`, order.message);
      targets.push({ year, type: 'band', min: lo.value, max: hi.value, ...note });
    } else {
      broken = true;
    }
  });

  form.responsible.forEach((r, i) => {
    if (!r.pdKey) err(`responsible.${i}.pdKey`, msg('Pilih perangkat daerah.', 'Choose a regional agency.'));
  });
  for (const i of duplicatePdIndexes(form.responsible)) err(`responsible.${i}.pdKey`, DUPLICATE_PD.message);
  const lead = multipleLeadIssue(form.responsible);
  if (lead) err('responsible', lead.message);

  if (broken || !name || !scale || !baseline) return { draft: null, errors };
  const sourceAgency = form.sourceAgency.trim();
  const draft: IndicatorDraft = {
    name,
    scaleCode: form.scaleCode,
    unit: form.unit.trim(),
    polarity: form.polarity,
    ...(sourceAgency ? { sourceAgency } : {}),
    baseline,
    targets,
    responsible: form.responsible.filter((r) => r.pdKey).map((r) => ({ pdKey: r.pdKey, role: r.role })),
    ...(form.nationalIndicatorCode !== undefined ? { nationalIndicatorCode: form.nationalIndicatorCode } : {}),
    ...(form.note !== undefined ? { note: form.note } : {}),
  };
  return { draft, errors };
}
