// Where the next points are: lines ranked by the index points still available (what the index
// gains if the line reached its maximum, multiplier effects and the bobot penyesuaian included),
// and by the smallest raw change that lifts the index into the next predikat. Both are computed by
// re-running the engine, so they can never disagree with the worksheet.
import { linesOf } from './lke-tree.ts';
import { isApplicable, scoreLke, type LkeResult } from './lke-score.ts';
import type { LkeConfig, LkeInputs, LkeRaw, PredikatBand } from './lke-types.ts';

export interface PointsAvailable {
  code: string;
  name: string;
  /** Index points gained if this line alone reached its maximum. */
  indeksGain: number;
  score: number;
  maxScore: number;
}

export interface NextPredikatStep {
  code: string;
  name: string;
  from: number | null;
  /** The smallest raw value (or level) that reaches the next predikat, everything else unchanged. */
  needed: number;
  neededLevel?: string;
  /** The change as a share of the line's range, for ranking lines on different scales. */
  relativeChange: number;
}

function withRaw(inputs: LkeInputs, code: string, raw: LkeRaw): LkeInputs {
  return { ...inputs, lines: { ...inputs.lines, [code]: { ...inputs.lines[code], raw } } };
}

export function pointsAvailable(config: LkeConfig, inputs: LkeInputs, current?: LkeResult): PointsAvailable[] {
  const base = current ?? scoreLke(config, inputs);
  const out: PointsAvailable[] = [];
  for (const { line } of linesOf(config)) {
    if (!isApplicable(line, inputs)) continue;
    const top = scoreLke(config, withRaw(inputs, line.code, { kind: 'number', value: line.max }));
    const gain = top.indeks - base.indeks;
    if (gain <= 1e-9) continue;
    out.push({
      code: line.code,
      name: line.name,
      indeksGain: gain,
      score: base.lines[line.code]!.score,
      maxScore: line.weight,
    });
  }
  return out.sort((a, b) => b.indeksGain - a.indeksGain || a.code.localeCompare(b.code));
}

/** The band above the current predikat (by lower bound), or null at the top. */
export function nextBand(config: LkeConfig, current: PredikatBand | null): PredikatBand | null {
  const above = config.bands.filter((b) => b.min > (current?.min ?? -Infinity)).sort((a, b) => a.min - b.min);
  return above[0] ?? null;
}

function reaches(config: LkeConfig, inputs: LkeInputs, target: PredikatBand): boolean {
  const p = scoreLke(config, inputs).predikat;
  return p !== null && p.min >= target.min;
}

/**
 * For each line: the smallest raw value that lifts the index into the next predikat band on its
 * own. Lines that cannot do it alone are left out. Sorted by the relative size of the change.
 */
export function nextPredikatSteps(
  config: LkeConfig,
  inputs: LkeInputs,
): { target: PredikatBand | null; steps: NextPredikatStep[] } {
  const base = scoreLke(config, inputs);
  const target = nextBand(config, base.predikat);
  if (!target) return { target: null, steps: [] };
  const steps: NextPredikatStep[] = [];
  for (const { line } of linesOf(config)) {
    if (!isApplicable(line, inputs)) continue;
    const from = base.lines[line.code]!.value;
    const range = line.max - line.min;
    if (line.levels && line.levels.length > 0) {
      const candidates = [...line.levels]
        .sort((a, b) => a.value - b.value)
        .filter((l) => from === null || l.value > from);
      const hit = candidates.find((l) =>
        reaches(config, withRaw(inputs, line.code, { kind: 'level', code: l.code }), target),
      );
      if (hit)
        steps.push({
          code: line.code,
          name: line.name,
          from,
          needed: hit.value,
          neededLevel: hit.code,
          relativeChange: (hit.value - (from ?? line.min)) / range,
        });
      continue;
    }
    const at = (v: number) => withRaw(inputs, line.code, { kind: 'number', value: v });
    if (!reaches(config, at(line.max), target)) continue;
    // The index rises with the raw value, so the threshold is found by bisection.
    let lo = from ?? line.min;
    let hi = line.max;
    if (reaches(config, at(lo), target)) continue;
    for (let i = 0; i < 60 && hi - lo > range * 1e-9; i++) {
      const mid = (lo + hi) / 2;
      if (reaches(config, at(mid), target)) hi = mid;
      else lo = mid;
    }
    // Round up to two decimals, the precision evaluators publish, and confirm it still reaches.
    let needed = Math.ceil(hi * 100 - 1e-9) / 100;
    if (needed > line.max || !reaches(config, at(needed), target)) needed = hi;
    steps.push({
      code: line.code,
      name: line.name,
      from,
      needed,
      relativeChange: (needed - (from ?? line.min)) / range,
    });
  }
  steps.sort((a, b) => a.relativeChange - b.relativeChange || a.code.localeCompare(b.code));
  return { target, steps };
}
