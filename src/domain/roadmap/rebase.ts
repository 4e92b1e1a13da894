// Re-basing an indicator onto another scale from a year on (Indeks SPBE → Indeks Pemdi from 2026):
// the change is appended to the indicator's scaleChanges, years before it keep the old scale (and
// their values), targets from that year on are converted by the mapping. Two numeric scales with the
// same range convert by identity; different ranges need an explicit linear mapping; ordinal scales
// cannot be re-based by a formula. Server and form use this one rule.
import type { FieldError } from '../contracts/http.ts';
import type { Indikator, Scale, ScaleChange, ScaleMapping, Target } from './types.ts';
import { scaleCodeInYear } from './year-scope.ts';

export interface RebaseRequest {
  fromYear: number;
  scaleCode: string;
  name?: string;
  mapping?: ScaleMapping;
}

type Ranged = { min: number | null; max: number | null };

const rangeOf = (s: Scale): Ranged | null => (s.kind === 'ordinal' ? null : { min: s.min, max: s.max });

export type RebaseResult =
  { ok: true; indicator: Indikator; change: ScaleChange } | { ok: false; fields: FieldError[] };

const fail = (field: string, code: string, message: string): RebaseResult => ({
  ok: false,
  fields: [{ field, code, message }],
});

/** Converts a number by the mapping (identity leaves it as it is), at the new scale's precision. */
export function mapValue(v: number, m: ScaleMapping, decimals = 2): number {
  if (m.kind === 'identity') return v;
  const t = m.toMin + ((v - m.fromMin) * (m.toMax - m.toMin)) / (m.fromMax - m.fromMin);
  const f = 10 ** decimals;
  return Math.round(t * f) / f;
}

function mapTarget(t: Target, m: ScaleMapping, decimals: number): Target {
  if (t.type === 'band') return { ...t, min: mapValue(t.min, m, decimals), max: mapValue(t.max, m, decimals) };
  if (t.value.kind !== 'number') return t;
  return { ...t, value: { kind: 'number', value: mapValue(t.value.value, m, decimals) } };
}

/** The re-based indicator, or why it cannot be (field codes are stable). */
export function rebaseIndicator(
  ind: Indikator,
  req: RebaseRequest,
  scales: { from: Scale | undefined; to: Scale | undefined },
  period: { periodStart: number; periodEnd: number },
): RebaseResult {
  const { from, to } = scales;
  if (!to) return fail('scaleCode', 'SCALE_UNKNOWN', `Skala "${req.scaleCode}" tidak dikenal.`);
  if (req.fromYear < period.periodStart || req.fromYear > period.periodEnd) {
    return fail(
      'fromYear',
      'REBASE_YEAR_OUTSIDE_PERIOD',
      `Tahun ${req.fromYear} di luar periode road map (${period.periodStart}–${period.periodEnd}).`,
    );
  }
  const last = ind.scaleChanges?.at(-1);
  if (last && req.fromYear <= last.fromYear) {
    return fail(
      'fromYear',
      'REBASE_NOT_AFTER_LAST',
      `Perubahan skala harus setelah perubahan terakhir (${last.fromYear}).`,
    );
  }
  if (scaleCodeInYear(ind, req.fromYear) === to.code) {
    return fail('scaleCode', 'REBASE_SAME_SCALE', 'Indikator sudah diukur dengan skala ini pada tahun tersebut.');
  }
  const oldRange = from ? rangeOf(from) : null;
  const newRange = rangeOf(to);
  if (!oldRange || !newRange) {
    return fail(
      'scaleCode',
      'REBASE_ORDINAL',
      'Skala ordinal tidak dapat dipetakan dengan rumus; buat indikator baru.',
    );
  }
  const sameRange = oldRange.min === newRange.min && oldRange.max === newRange.max;
  const mapping: ScaleMapping | undefined = req.mapping ?? (sameRange ? { kind: 'identity' } : undefined);
  if (!mapping) {
    return fail(
      'mapping',
      'SCALE_MAPPING_REQUIRED',
      `Rentang skala lama (${oldRange.min ?? '–'}–${oldRange.max ?? '–'}) berbeda dengan skala baru (${newRange.min ?? '–'}–${newRange.max ?? '–'}): tentukan pemetaannya.`,
    );
  }
  if (mapping.kind === 'identity' && !sameRange) {
    return fail('mapping', 'SCALE_MAPPING_REQUIRED', 'Rentang kedua skala berbeda: pemetaan identitas tidak berlaku.');
  }
  if (mapping.kind === 'linear' && mapping.fromMax === mapping.fromMin) {
    return fail('mapping.fromMax', 'SCALE_MAPPING_INVALID', 'Batas atas dan bawah skala lama tidak boleh sama.');
  }
  const decimals = to.kind === 'numeric' ? to.decimals : 0;
  const change: ScaleChange = {
    fromYear: req.fromYear,
    scaleCode: to.code,
    ...(req.name ? { name: req.name } : {}),
    ...(to.kind !== 'ordinal' ? { unit: to.unitLabel } : {}),
    mapping,
  };
  const indicator: Indikator = {
    ...ind,
    targets: ind.targets.map((t) => (t.year >= req.fromYear ? mapTarget(t, mapping, decimals) : t)),
    scaleChanges: [...(ind.scaleChanges ?? []), change],
  };
  return { ok: true, indicator, change };
}
