// Grading the quality of the rencana aksi the way the Evaluator Nasional does (reference.md §3.4):
// each criterion is a percentage graded A (100%) … E (<10%) and converted A=1, B=0.75, C=0.5,
// D=0.25, E=0, or a YA/TIDAK statement; the weighted sum times the line's maximum is the raw value
// of "Rencana Aksi Pembangunan RB General". Also the shares the app can measure itself from the
// road map and the action plans, offered to the evaluator as suggestions.
import { NATIONAL_KEGIATAN_UTAMA } from '../catalogue/national-kegiatan-utama.ts';
import type { RenaksiCriterion } from './lke-types.ts';

export type RenaksiGrade = 'A' | 'B' | 'C' | 'D' | 'E';

export const GRADE_SCORE: Record<RenaksiGrade, number> = { A: 1, B: 0.75, C: 0.5, D: 0.25, E: 0 };

export function gradeOfPercent(percent: number): RenaksiGrade {
  if (percent >= 100) return 'A';
  if (percent >= 75) return 'B';
  if (percent >= 50) return 'C';
  if (percent >= 10) return 'D';
  return 'E';
}

/** One criterion as assessed: a percentage, or a YA/TIDAK answer; absent means not yet assessed. */
export type CriterionAnswer = { percent: number } | { yes: boolean };

export interface RenaksiAssessment {
  answers: Record<string, CriterionAnswer | undefined>;
}

export interface RenaksiScore {
  /** Per criterion: grade (or YA/TIDAK) and converted score, null when not assessed. */
  criteria: { code: string; grade: RenaksiGrade | 'YA' | 'TIDAK' | null; score: number | null }[];
  /** Raw value for the LKE line: lineMax × Σ weight × score, or null until every criterion is assessed. */
  raw: number | null;
}

export function scoreRenaksi(
  criteria: readonly RenaksiCriterion[],
  assessment: RenaksiAssessment,
  lineMax: number,
): RenaksiScore {
  let sum = 0;
  let complete = true;
  const out: RenaksiScore['criteria'] = [];
  for (const c of criteria) {
    const a = assessment.answers[c.code];
    if (!a) {
      complete = false;
      out.push({ code: c.code, grade: null, score: null });
      continue;
    }
    if ('yes' in a) {
      const score = a.yes ? 1 : 0;
      out.push({ code: c.code, grade: a.yes ? 'YA' : 'TIDAK', score });
      sum += c.weight * score;
    } else {
      const grade = gradeOfPercent(a.percent);
      out.push({ code: c.code, grade, score: GRADE_SCORE[grade] });
      sum += c.weight * GRADE_SCORE[grade];
    }
  }
  return { criteria: out, raw: complete ? Math.round(sum * lineMax * 10000) / 10000 : null };
}

/** Share (%) of the mandatory kegiatan utama that apply to a kabupaten and that the road map adopts. */
export function kegiatanUtamaAdoption(adoptedIndicatorCodes: ReadonlySet<string>): {
  percent: number;
  adopted: string[];
  missing: string[];
} {
  const adopted: string[] = [];
  const missing: string[] = [];
  for (const ku of NATIONAL_KEGIATAN_UTAMA) {
    const applicable = ku.indicators.filter((i) => i.appliesToKabupaten);
    if (applicable.length === 0) continue;
    if (applicable.some((i) => adoptedIndicatorCodes.has(i.code))) adopted.push(ku.code);
    else missing.push(ku.code);
  }
  const total = adopted.length + missing.length;
  return { percent: total === 0 ? 0 : (adopted.length / total) * 100, adopted, missing };
}

export interface TargetLogicInput {
  polarity: 'higher_is_better' | 'lower_is_better' | 'target_band' | 'ordinal';
  baseline: number | null;
  /** The year's target: a point, or a band's bounds; null when the year has no target. */
  target: number | { min: number; max: number } | null;
  /** Rank of the target and baseline levels for ordinal scales (higher is better). */
  baselineRank?: number | null;
  targetRank?: number | null;
}

/**
 * Whether a target is "logical": present, not zero, and at least as good as the baseline in the
 * indicator's direction (the Evaluator Nasional rejects missing, zero and backward targets).
 */
export function isTargetLogical(i: TargetLogicInput): boolean {
  if (i.target === null) return false;
  if (i.polarity === 'ordinal') {
    if (i.targetRank === null || i.targetRank === undefined) return false;
    return i.baselineRank === null || i.baselineRank === undefined || i.targetRank >= i.baselineRank;
  }
  if (typeof i.target === 'object') return i.target.max >= i.target.min;
  if (i.target === 0 && i.polarity === 'higher_is_better') return false;
  if (i.baseline === null) return true;
  return i.polarity === 'lower_is_better' ? i.target <= i.baseline : i.target >= i.baseline;
}

export interface PlanQualityInput {
  indikatorOutput: string;
  targetTotal: number;
  pagu: number | null;
}

/** Shares (%) of action plans with a real output indicator and target, and with a budget. */
export function planShares(plans: readonly PlanQualityInput[]): { outputPercent: number; budgetPercent: number } {
  if (plans.length === 0) return { outputPercent: 0, budgetPercent: 0 };
  const output = plans.filter((p) => p.indikatorOutput.trim().length > 0 && p.targetTotal > 0).length;
  const budget = plans.filter((p) => p.pagu !== null && p.pagu > 0).length;
  return { outputPercent: (output / plans.length) * 100, budgetPercent: (budget / plans.length) * 100 };
}
