// The target rules of an action plan, in one place for the API, the Excel import and the form:
// targets typed by the plan's unit (satuan) — counts such as dokumen, orang or kegiatan are whole
// numbers, rupiah amounts are whole, percentages lie within 0–100 — and the last period's target,
// which is cumulative, equal to the year's target. Messages in Indonesian, English beside.
import type { FieldError } from '../contracts/http.ts';
import type { PeriodCode } from '../periods/periods.ts';
import { classifyUnit } from '../roadmap/units.ts';

/** The period codes a plan's targets may use, semesters then quarters. */
export const PERIOD_CODES = ['S1', 'S2', 'TW1', 'TW2', 'TW3', 'TW4'] as const satisfies readonly PeriodCode[];

/** How targets of a unit are typed: whole numbers, a percentage, or any non-negative number. */
export type UnitKind = 'whole' | 'percent' | 'decimal';

export function unitKind(satuan: string): UnitKind {
  const cls = classifyUnit(satuan);
  if (cls === 'count' || cls === 'currency') return 'whole';
  if (cls === 'percent') return 'percent';
  return 'decimal';
}

export interface TargetProblem {
  code: 'NOT_WHOLE_NUMBER' | 'PERCENT_OUT_OF_RANGE' | 'FINAL_TARGET_MISMATCH';
  message: string;
  messageEn: string;
}

const idNumber = (n: number) => String(n).replace('.', ',');

/** Why one target does not fit the unit, or null. */
export function targetProblem(satuan: string, n: number): TargetProblem | null {
  const kind = unitKind(satuan);
  if (kind === 'whole' && !Number.isInteger(n)) {
    return {
      code: 'NOT_WHOLE_NUMBER',
      message: `Satuan "${satuan}" dihitung utuh: target harus bilangan bulat, bukan ${idNumber(n)}.`,
      messageEn: `The unit "${satuan}" is counted whole: the target must be a whole number, not ${n}.`,
    };
  }
  if (kind === 'percent' && n > 100) {
    return {
      code: 'PERCENT_OUT_OF_RANGE',
      message: `Target dalam persen harus antara 0 dan 100, bukan ${idNumber(n)}.`,
      messageEn: `A target in percent must lie between 0 and 100, not ${n}.`,
    };
  }
  return null;
}

/** The last period (S2 or TW4) carries the year's cumulative target: it must equal the total. */
export function finalTargetProblem(
  targets: readonly { periodCode: string; target: number }[],
  targetTotal: number,
): TargetProblem | null {
  const last = targets.find((t) => t.periodCode === 'S2' || t.periodCode === 'TW4');
  if (!last || last.target === targetTotal) return null;
  return {
    code: 'FINAL_TARGET_MISMATCH',
    message: 'Target periode terakhir (kumulatif) harus sama dengan target total.',
    messageEn: 'The last period’s (cumulative) target must equal the total target.',
  };
}

export interface TargetsToCheck {
  satuan: string;
  targetTotal: number;
  targets: readonly { periodCode: string; target: number }[];
}

export interface UnitProblem extends FieldError {
  /** For a period target: which period. */
  periodCode?: string;
}

/** Field errors named like the API's ("targetTotal", "targets"): empty when every target fits its unit. */
export function unitTargetProblems(input: TargetsToCheck): UnitProblem[] {
  const out: UnitProblem[] = [];
  const total = targetProblem(input.satuan, input.targetTotal);
  if (total) out.push({ field: 'targetTotal', code: total.code, message: total.message });
  for (const t of input.targets) {
    const p = targetProblem(input.satuan, t.target);
    if (p) {
      out.push({ field: 'targets', code: p.code, message: `${t.periodCode}: ${p.message}`, periodCode: t.periodCode });
      break;
    }
  }
  return out;
}
