// Rules an edited indicator must keep, beyond its shape and the bounds of its scale: the polarity
// fits the scale, a target year appears once, a band is ordered and only on a numeric scale, a PD is
// named once and at most one PD leads. Checked by the indicator form in the browser and by the
// server (indicator-input.ts) through these functions, so both refuse the same value with the same
// code and the same Indonesian message. The Excel import judges values on their scale with the same
// rule (judgeValueOnScale).
import type { IndicatorValue, LocalizedText, Polarity, Responsibility, Scale } from './types.ts';
import { checkValueInScale, valuesEqual } from './values.ts';

export interface RuleIssue {
  code: string;
  message: LocalizedText;
}

/** An ordinal scale takes the ordinal polarity, and only it does. */
export function polarityIssue(scale: Scale, polarity: Polarity): RuleIssue | null {
  if ((scale.kind === 'ordinal') === (polarity === 'ordinal')) return null;
  return {
    code: 'POLARITY_SCALE_MISMATCH',
    message:
      scale.kind === 'ordinal'
        ? {
            id: 'Skala bertingkat (ordinal) memakai polaritas "bertingkat".',
            en: 'An ordinal scale takes the "ordinal" polarity.',
          }
        : {
            id: 'Polaritas "bertingkat" hanya untuk skala bertingkat; pilih lebih tinggi/lebih rendah lebih baik atau rentang target.',
            en: 'The "ordinal" polarity is for ordinal scales only; choose higher/lower is better or target band.',
          },
  };
}

export const duplicateTargetYearIssue = (year: number): RuleIssue => ({
  code: 'DUPLICATE_TARGET_YEAR',
  message: { id: `Target tahun ${year} sudah ada.`, en: `There is already a target for ${year}.` },
});

/** A band target on an ordinal scale (levels have no range). */
export const BAND_ON_ORDINAL: RuleIssue = {
  code: 'BAND_ON_ORDINAL',
  message: {
    id: 'Rentang target hanya untuk skala angka; pilih satu tingkat.',
    en: 'A target band is for numeric scales only; choose one level.',
  },
};

export function bandOrderIssue(min: number, max: number): RuleIssue | null {
  if (min <= max) return null;
  return {
    code: 'BAND_INVALID',
    message: {
      id: 'Batas atas rentang harus lebih besar atau sama dengan batas bawah.',
      en: 'The upper bound must not be below the lower bound.',
    },
  };
}

/** The index of every responsibility naming a PD already named above it. */
export function duplicatePdIndexes(responsible: readonly Pick<Responsibility, 'pdKey'>[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  responsible.forEach((r, i) => {
    if (!r.pdKey) return;
    if (seen.has(r.pdKey)) out.push(i);
    seen.add(r.pdKey);
  });
  return out;
}

export const DUPLICATE_PD: RuleIssue = {
  code: 'DUPLICATE_PD',
  message: { id: 'Perangkat daerah yang sama disebut dua kali.', en: 'The same agency is listed twice.' },
};

export function multipleLeadIssue(responsible: readonly Pick<Responsibility, 'role'>[]): RuleIssue | null {
  if (responsible.filter((r) => r.role === 'lead').length <= 1) return null;
  return {
    code: 'MULTIPLE_LEAD_PD',
    message: {
      id: 'Hanya satu perangkat daerah yang dapat menjadi penanggung jawab utama.',
      en: 'Only one agency can be the lead.',
    },
  };
}

/** How a value stands against its scale: fine, kept as printed but flagged (finding), or refused. */
export type ScaleJudgement = { severity: 'ok' } | ({ severity: 'finding' | 'error' } & RuleIssue);

/**
 * The one rule for a value outside its scale, shared by the indicator form (browser and server) and
 * the Excel import: it is an error, unless it is what the version already holds at that place on the
 * same scale (`held`: the stored baseline, or the stored target of that year). Such a value is the
 * regulation's own figure (Indeks SPBE target 5,05 on a 1–5 scale): kept as printed, never repaired,
 * and left as a finding. A caller whose scale changed passes no held value.
 */
export function judgeValueOnScale(
  value: IndicatorValue,
  scale: Scale,
  held: readonly IndicatorValue[],
): ScaleJudgement {
  const r = checkValueInScale(value, scale);
  if (r.ok) return { severity: 'ok' };
  const kept = held.some((h) => valuesEqual(h, value));
  return { severity: kept ? 'finding' : 'error', code: r.code, message: r.message };
}
