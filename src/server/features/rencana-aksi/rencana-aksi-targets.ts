// Targets typed by the plan's unit (satuan): counts such as dokumen, orang or kegiatan are whole numbers,
// rupiah amounts are whole, percentages lie within 0–100. Checked by the API and by the Excel import
// alike, so a plan saved through one can always be exported and imported back through the other.
import { classifyUnit, type UnitClass } from '../../../domain/roadmap/units.ts';
import type { FieldError } from '../../errors.ts';

export interface TargetsToCheck {
  satuan: string;
  targetTotal: number;
  targets: { periodCode: string; target: number }[];
}

function problemOf(cls: UnitClass, satuan: string, n: number): Omit<FieldError, 'field'> | null {
  if ((cls === 'count' || cls === 'currency') && !Number.isInteger(n)) {
    return {
      code: 'NOT_WHOLE_NUMBER',
      message: `Satuan "${satuan}" dihitung utuh: target harus bilangan bulat, bukan ${String(n).replace('.', ',')}.`,
    };
  }
  if (cls === 'percent' && n > 100) {
    return {
      code: 'PERCENT_OUT_OF_RANGE',
      message: `Target dalam persen harus antara 0 dan 100, bukan ${String(n).replace('.', ',')}.`,
    };
  }
  return null;
}

export interface UnitProblem extends FieldError {
  /** For a period target: which period. */
  periodCode?: string;
}

/** Field errors named like the service's ("targetTotal", "targets"): empty when every target fits its unit. */
export function unitTargetProblems(input: TargetsToCheck): UnitProblem[] {
  const cls = classifyUnit(input.satuan);
  const out: UnitProblem[] = [];
  const total = problemOf(cls, input.satuan, input.targetTotal);
  if (total) out.push({ field: 'targetTotal', ...total });
  for (const t of input.targets) {
    const p = problemOf(cls, input.satuan, t.target);
    if (p) {
      out.push({ field: 'targets', ...p, message: `${t.periodCode}: ${p.message}`, periodCode: t.periodCode });
      break;
    }
  }
  return out;
}
