// The Indeks RB scoring engine, exactly as Portal RB computes it (reference.md §3.1): line score =
// raw / max × weight, times the multiplier line's score fraction; RB General = Σ lines; adjusted
// RB General = (RB General + koefisien) / bobot penyesuaian × 100 where bobot penyesuaian is 100
// minus the weight of the lines that do not apply; RB Tematik = Σ lines (per theme too); Indeks RB
// = adjusted RB General + RB Tematik; predikat from the configuration's bands. Pure, so the browser
// runs the same code for what-if.
import { lineMap, linesOf, componentsOf, type LineEntry } from './lke-tree.ts';
import type { LkeConfig, LkeInputs, LkeLine, LkeRaw, PredikatBand } from './lke-types.ts';

export interface LineScore {
  code: string;
  applicable: boolean;
  /** The raw value as a number (level values resolved), or null when not entered. */
  value: number | null;
  /** Fraction (0–1) contributed by the multiplier line; 1 without one. */
  multiplierFraction: number;
  score: number;
  /** Score at the top of the range, with the current multiplier. */
  maxScore: number;
  /** Whether the value meets the line's target baik (null without one). */
  targetBaikMet: boolean | null;
}

export interface ComponentScore {
  code: string;
  score: number;
  /** Weight of the lines that apply (the configured weight minus excluded lines). */
  applicableWeight: number;
}

export interface ThemeScore {
  code: string;
  name: string;
  score: number;
  max: number;
}

export interface LkeResult {
  lines: Record<string, LineScore>;
  components: Record<string, ComponentScore>;
  rbGeneral: number;
  koefisien: number;
  bobotPenyesuaian: number;
  rbGeneralPenyesuaian: number;
  rbTematik: number;
  themes: ThemeScore[];
  indeks: number;
  predikat: PredikatBand | null;
  allTargetBaikMet: boolean;
  /** Codes of applicable lines without a value: they count as 0 until entered. */
  missing: string[];
}

/** Resolves a raw value to the number the formula uses; null when it cannot be used. */
export function rawToNumber(line: LkeLine, raw: LkeRaw): number | null {
  if (raw === null) return null;
  if (raw.kind === 'level') {
    const level = line.levels?.find((l) => l.code === raw.code);
    return level ? level.value : null;
  }
  return Number.isFinite(raw.value) ? raw.value : null;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export function isApplicable(line: LkeLine, inputs: LkeInputs): boolean {
  return inputs.lines[line.code]?.applicable ?? line.applicable ?? true;
}

/** Whether an index lies in a band's range (its condition aside). */
export function inBand(b: PredikatBand, indeks: number): boolean {
  const aboveMin = b.minInclusive ? indeks >= b.min : indeks > b.min;
  const belowMax = b.maxInclusive ? indeks <= b.max : indeks < b.max;
  return aboveMin && belowMax;
}

export function predikatOf(config: LkeConfig, indeks: number, allTargetBaikMet: boolean): PredikatBand | null {
  for (const b of config.bands) {
    if (!inBand(b, indeks)) continue;
    if (b.condition === 'all_target_baik_met' && !allTargetBaikMet) continue;
    if (b.condition === 'not_all_target_baik_met' && allTargetBaikMet) continue;
    return b;
  }
  // The koefisien can lift the index a point above the top band's nominal maximum: still the top band.
  const top = Math.max(...config.bands.map((b) => b.max));
  if (indeks > top) return predikatOf(config, top, allTargetBaikMet);
  return null;
}

export function scoreLke(config: LkeConfig, inputs: LkeInputs): LkeResult {
  const entries = lineMap(config);
  const lines: Record<string, LineScore> = {};
  const missing: string[] = [];

  const baseScore = (e: LineEntry): { value: number | null; base: number } => {
    const value = rawToNumber(e.line, inputs.lines[e.line.code]?.raw ?? null);
    if (value === null) return { value, base: 0 };
    return { value, base: (clamp(value, e.line.min, e.line.max) / e.line.max) * e.line.weight };
  };

  // Multipliers may chain (validated acyclic), so scores resolve on demand with memoisation.
  const resolving = new Set<string>();
  const score = (code: string): LineScore => {
    const done = lines[code];
    if (done) return done;
    const e = entries.get(code);
    if (!e) throw new Error(`LKE line ${code} not in configuration`);
    if (resolving.has(code)) throw new Error(`LKE multiplier cycle at ${code}`);
    resolving.add(code);
    const applicable = isApplicable(e.line, inputs);
    const { value, base } = baseScore(e);
    let fraction = 1;
    const m = e.line.multiplier ? entries.get(e.line.multiplier) : undefined;
    // A multiplier line that does not apply cannot scale anything: the line stands on its own.
    if (m && isApplicable(m.line, inputs)) {
      const ms = score(m.line.code);
      fraction = m.line.weight > 0 ? clamp(ms.score / m.line.weight, 0, 1) : 1;
    }
    const tb = e.line.targetBaik;
    const result: LineScore = {
      code,
      applicable,
      value,
      multiplierFraction: fraction,
      score: applicable ? base * fraction : 0,
      maxScore: applicable ? e.line.weight * fraction : 0,
      targetBaikMet: tb === undefined || !applicable ? null : value !== null && value >= tb,
    };
    if (applicable && value === null) missing.push(code);
    resolving.delete(code);
    lines[code] = result;
    return result;
  };
  for (const e of linesOf(config)) score(e.line.code);

  const components: Record<string, ComponentScore> = {};
  for (const { component } of componentsOf(config)) {
    let s = 0;
    let w = 0;
    for (const e of entries.values()) {
      if (!e.ancestors.includes(component.code) || !lines[e.line.code]!.applicable) continue;
      s += lines[e.line.code]!.score;
      w += e.line.weight;
    }
    components[component.code] = { code: component.code, score: s, applicableWeight: w };
  }

  const rbGeneral = components[config.general.code]!.score;
  const bobotPenyesuaian = components[config.general.code]!.applicableWeight;
  const koefisien = clamp(inputs.koefisien ?? 0, config.koefisien.min, config.koefisien.max);
  const rbGeneralPenyesuaian =
    bobotPenyesuaian > 0 ? Math.max(0, ((rbGeneral + koefisien) / bobotPenyesuaian) * config.general.weight) : 0;
  const rbTematik = components[config.tematik.code]!.score;
  const themes = config.themes.map((t) => {
    let s = 0;
    let max = 0;
    for (const e of entries.values()) {
      if (e.line.theme !== t.code || !lines[e.line.code]!.applicable) continue;
      s += lines[e.line.code]!.score;
      max += e.line.weight;
    }
    return { code: t.code, name: t.name, score: s, max };
  });
  const indeks = rbGeneralPenyesuaian + rbTematik;
  const allTargetBaikMet = Object.values(lines).every((l) => l.targetBaikMet !== false);
  missing.sort();
  return {
    lines,
    components,
    rbGeneral,
    koefisien,
    bobotPenyesuaian,
    rbGeneralPenyesuaian,
    rbTematik,
    themes,
    indeks,
    predikat: predikatOf(config, indeks, allTargetBaikMet),
    allTargetBaikMet,
    missing,
  };
}

/**
 * Inputs at the bottom (nothing entered, which scores below any entered value) or the top (every
 * line at its maximum) of the configuration, with the koefisien likewise.
 */
export function extremeInputs(config: LkeConfig, at: 'min' | 'max', base?: LkeInputs): LkeInputs {
  const lines: LkeInputs['lines'] = {};
  for (const { line } of linesOf(config)) {
    const applicable = base?.lines[line.code]?.applicable;
    lines[line.code] = {
      raw: at === 'min' ? null : { kind: 'number', value: line.max },
      ...(applicable === undefined ? {} : { applicable }),
    };
  }
  return { lines, koefisien: at === 'min' ? config.koefisien.min : config.koefisien.max };
}

/** The lowest and highest index a configuration can produce (for a given applicability). */
export function indeksBounds(config: LkeConfig, base?: LkeInputs): { min: number; max: number } {
  return {
    min: scoreLke(config, extremeInputs(config, 'min', base)).indeks,
    max: scoreLke(config, extremeInputs(config, 'max', base)).indeks,
  };
}
