// The indicator edit form as plain data: text fields as the user typed them, turned into an
// Indikator with per-field errors (Indonesian number rules, scale levels, bounds), mapping of server
// field errors and validation findings onto form fields, and the re-apply merge after a conflict.
// Pure (no React), so the rules can be tested and reused.
import type {
  Finding,
  IndicatorValue,
  Indikator,
  LocalizedText,
  Polarity,
  ResponsibilityRole,
  Scale,
  Target,
} from '../../../domain/roadmap/types.ts';
import { checkValueInScale, parseValueForScale, valuesEqual } from '../../../domain/roadmap/values.ts';

export interface TargetRow {
  id: string;
  year: string;
  type: 'point' | 'band';
  value: string;
  min: string;
  max: string;
  note?: string;
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
  if (scale && (scale.kind === 'ordinal') !== (form.polarity === 'ordinal')) {
    err(
      'polarity',
      scale.kind === 'ordinal'
        ? msg(
            'Skala bertingkat (ordinal) memakai polaritas "bertingkat".',
            'An ordinal scale takes the "ordinal" polarity.',
          )
        : msg(
            'Polaritas "bertingkat" hanya untuk skala bertingkat; pilih lebih tinggi/lebih rendah lebih baik atau rentang target.',
            'The "ordinal" polarity is for ordinal scales only; choose higher/lower is better or target band.',
          ),
    );
  }

  /** A value typed in a field; null (and an error) when it cannot be read. */
  const value = (field: string, text: string, previous: IndicatorValue | undefined): IndicatorValue | null => {
    if (!scale) return null;
    const r = parseValueForScale(text, scale);
    if (!r.ok) {
      err(field, r.message);
      return null;
    }
    const unchanged = !scaleChanged && previous !== undefined && valuesEqual(previous, r.value);
    if (!unchanged) {
      const c = checkValueInScale(r.value, scale);
      if (!c.ok) err(field, c.message);
    }
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
      err(`${f}.year`, msg(`Target tahun ${year} sudah ada.`, `There is already a target for ${year}.`));
    } else {
      years.set(year, i);
    }
    const prev = year === null ? undefined : original.targets.find((t) => t.year === year);
    const note = row.note !== undefined ? { note: row.note } : {};
    if (row.type === 'point') {
      const v = value(`${f}.value`, row.value, prev?.type === 'point' ? prev.value : undefined);
      if (v && year !== null) targets.push({ year, type: 'point', value: v, ...note });
      else broken = true;
      return;
    }
    if (scale?.kind === 'ordinal') {
      err(
        `${f}.type`,
        msg(
          'Rentang target hanya untuk skala angka; pilih satu tingkat.',
          'A target band is for numeric scales only; choose one level.',
        ),
      );
      broken = true;
      return;
    }
    const lo = value(`${f}.min`, row.min, prev?.type === 'band' ? { kind: 'number', value: prev.min } : undefined);
    const hi = value(`${f}.max`, row.max, prev?.type === 'band' ? { kind: 'number', value: prev.max } : undefined);
    if (lo?.kind === 'number' && hi?.kind === 'number' && year !== null) {
      if (lo.value > hi.value) {
        err(
          `${f}.max`,
          msg(
            'Batas atas rentang harus lebih besar atau sama dengan batas bawah.',
            'The upper bound must not be below the lower bound.',
          ),
        );
      }
      targets.push({ year, type: 'band', min: lo.value, max: hi.value, ...note });
    } else {
      broken = true;
    }
  });

  const seen = new Set<string>();
  form.responsible.forEach((r, i) => {
    if (!r.pdKey) err(`responsible.${i}.pdKey`, msg('Pilih perangkat daerah.', 'Choose a regional agency.'));
    else if (seen.has(r.pdKey))
      err(
        `responsible.${i}.pdKey`,
        msg('Perangkat daerah yang sama disebut dua kali.', 'The same agency is listed twice.'),
      );
    seen.add(r.pdKey);
  });
  if (form.responsible.filter((r) => r.role === 'lead').length > 1) {
    err(
      'responsible',
      msg('Hanya satu perangkat daerah yang dapat menjadi penanggung jawab utama.', 'Only one agency can be the lead.'),
    );
  }

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

/** The form fields a server field error belongs to ("body.indicator.targets.0.value.value" → "targets.0.value"). */
export function formFieldOfServerField(field: string, knownFields: ReadonlySet<string>): string | null {
  const parts = field
    .replace(/^(body\.)?indicator\.?/, '')
    .split('.')
    .filter(Boolean);
  // baseline.value / baseline.year / baseline.reason map one to one; deeper paths are trimmed.
  while (parts.length > 0) {
    const key = parts.join('.');
    if (knownFields.has(key)) return key;
    parts.pop();
  }
  return null;
}

/** Form field a validation finding is about: "targets[2024]" → the row of that year. */
export function formFieldOfFinding(f: Finding, form: IndicatorForm): string | null {
  if (!f.field) return null;
  if (f.field === 'baseline') return form.baselineStatus === 'value' ? 'baseline.value' : 'baseline.reason';
  const m = /^targets\[(\d+)\]$/.exec(f.field);
  if (m) {
    const i = form.targets.findIndex((t) => t.year.trim() === m[1]);
    if (i < 0) return 'targets';
    return form.targets[i]?.type === 'band' ? `targets.${i}.min` : `targets.${i}.value`;
  }
  if (['name', 'unit', 'scaleCode', 'polarity', 'sourceAgency'].includes(f.field)) return f.field;
  if (f.field.startsWith('responsible')) return 'responsible';
  return null;
}

const FIELDS = [
  'name',
  'unit',
  'scaleCode',
  'polarity',
  'sourceAgency',
  'baseline',
  'nationalIndicatorCode',
  'note',
] as const;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Re-applies my change on top of someone else's: every field (and every target year) I changed
 * takes my value, everything else takes the current one. Returns the merged indicator and the
 * fields the other person changed, so the form can point them out.
 */
export function reapply(
  original: IndicatorDraft,
  mine: IndicatorDraft,
  current: IndicatorDraft,
): { merged: IndicatorDraft; theirs: string[]; conflicts: string[] } {
  const merged: Record<string, unknown> = { ...current };
  const theirs: string[] = [];
  const conflicts: string[] = [];
  const o = original as unknown as Record<string, unknown>;
  const m = mine as unknown as Record<string, unknown>;
  const c = current as unknown as Record<string, unknown>;
  for (const f of FIELDS) {
    const iChanged = !same(o[f], m[f]);
    const theyChanged = !same(o[f], c[f]);
    if (theyChanged) theirs.push(f);
    if (iChanged) {
      if (theyChanged && !same(m[f], c[f])) conflicts.push(f);
      if (m[f] === undefined) delete merged[f];
      else merged[f] = m[f];
    }
  }
  // Targets year by year.
  const years = new Set([...original.targets, ...mine.targets, ...current.targets].map((t) => t.year));
  const targets: Target[] = [];
  for (const y of [...years].sort((a, b) => a - b)) {
    const ot = original.targets.find((t) => t.year === y);
    const mt = mine.targets.find((t) => t.year === y);
    const ct = current.targets.find((t) => t.year === y);
    const iChanged = !same(ot, mt);
    const theyChanged = !same(ot, ct);
    if (theyChanged) theirs.push(`targets[${y}]`);
    if (iChanged && theyChanged && !same(mt, ct)) conflicts.push(`targets[${y}]`);
    const pick = iChanged ? mt : ct;
    if (pick) targets.push(pick);
  }
  merged.targets = targets;
  const respChangedByMe = !same(original.responsible, mine.responsible);
  if (!same(original.responsible, current.responsible)) theirs.push('responsible');
  if (
    respChangedByMe &&
    !same(original.responsible, current.responsible) &&
    !same(mine.responsible, current.responsible)
  ) {
    conflicts.push('responsible');
  }
  merged.responsible = respChangedByMe ? mine.responsible : current.responsible;
  return { merged: merged as unknown as IndicatorDraft, theirs, conflicts };
}

export function withoutKey(ind: Indikator): IndicatorDraft {
  const { key: _key, ...rest } = ind;
  return rest;
}
