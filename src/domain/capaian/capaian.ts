// Capaian (achievement) of a realisation against its target, computed — never typed — with the
// formulas of PermenPANRB 6/2022 practice (see docs/capaian.md): higher-is-better R/T×100,
// lower-is-better (2 − R/T)×100, target bands, ordinal levels by rank. Missing data is "tidak
// dinilai" and is excluded from averages, never counted as 0.
import { formatNumber } from '../format/number.ts';
import { levelOf } from '../roadmap/values.ts';
import type { IndicatorValue, LocalizedText, Polarity, Scale, Target } from '../roadmap/types.ts';

export interface CapaianOptions {
  /** Upper limit of a capaian percentage; default 120 (local SAKIP practice). */
  capPercent?: number;
  /** Formula for lower-is-better indicators. */
  lowerIsBetterFormula?: 'two_minus_ratio' | 'inverse_ratio';
}

export type CapaianResult =
  | { kind: 'dinilai'; percent: number; raw: number; capped: boolean; formula: LocalizedText }
  | { kind: 'tidak_dinilai'; code: 'NO_REALISASI' | 'NO_TARGET' | 'NOT_COMPARABLE'; reason: LocalizedText };

export interface CapaianInput {
  realisasi: IndicatorValue | null;
  target: Target | null;
  polarity: Polarity;
  scale: Scale;
}

const n = (v: number, l: 'id' | 'en') => formatNumber(v, l, { maxDecimals: 4 });

function notAssessed(code: 'NO_REALISASI' | 'NO_TARGET' | 'NOT_COMPARABLE', reason: LocalizedText): CapaianResult {
  return { kind: 'tidak_dinilai', code, reason };
}

function done(raw: number, formula: LocalizedText, cap: number): CapaianResult {
  const safe = Number.isFinite(raw) ? raw : cap;
  const floored = Math.max(0, safe);
  const percent = Math.min(floored, cap);
  return {
    kind: 'dinilai',
    percent: Math.round(percent * 100) / 100,
    raw: Math.round(safe * 100) / 100,
    capped: floored > cap,
    formula,
  };
}

/** Higher is better: R/T × 100; a target of 0 is met by any R ≥ 0 (R > 0 counts as the cap). */
function higher(r: number, t: number, cap: number): CapaianResult {
  if (t === 0)
    return done(
      r > 0 ? cap : 100,
      { id: 'Target 0: tercapai bila realisasi ≥ 0', en: 'Target 0: met when the realisation is ≥ 0' },
      cap,
    );
  return done(
    (r / t) * 100,
    { id: `R/T × 100 = ${n(r, 'id')} / ${n(t, 'id')} × 100`, en: `R/T × 100 = ${n(r, 'en')} / ${n(t, 'en')} × 100` },
    cap,
  );
}

/**
 * Lower is better: (2 − R/T) × 100 ("kondisi khusus"), or T/R × 100. A target of 0 is met (100) by
 * R = 0; any R > 0 against a target of 0 scores 0, since no ratio to the target exists.
 */
function lower(r: number, t: number, cap: number, formula: CapaianOptions['lowerIsBetterFormula']): CapaianResult {
  if (t === 0) {
    return done(
      r <= 0 ? 100 : 0,
      { id: 'Target 0: tercapai hanya bila realisasi 0', en: 'Target 0: met only when the realisation is 0' },
      cap,
    );
  }
  if (formula === 'inverse_ratio') {
    if (r <= 0)
      return done(cap, { id: 'T/R dengan R ≤ 0: capaian maksimum', en: 'T/R with R ≤ 0: maximum achievement' }, cap);
    return done(
      (t / r) * 100,
      { id: `T/R × 100 = ${n(t, 'id')} / ${n(r, 'id')} × 100`, en: `T/R × 100 = ${n(t, 'en')} / ${n(r, 'en')} × 100` },
      cap,
    );
  }
  return done(
    (2 - r / t) * 100,
    {
      id: `(2 − R/T) × 100 = (2 − ${n(r, 'id')} / ${n(t, 'id')}) × 100`,
      en: `(2 − R/T) × 100 = (2 − ${n(r, 'en')} / ${n(t, 'en')}) × 100`,
    },
    cap,
  );
}

export function computeCapaian(input: CapaianInput, opts: CapaianOptions = {}): CapaianResult {
  const cap = opts.capPercent ?? 120;
  const { realisasi, target, polarity, scale } = input;
  if (!target)
    return notAssessed('NO_TARGET', { id: 'Belum ada target untuk tahun ini.', en: 'No target for this year.' });
  if (!realisasi) return notAssessed('NO_REALISASI', { id: 'Realisasi belum diisi.', en: 'No realisation reported.' });

  if (scale.kind === 'ordinal' || polarity === 'ordinal') {
    if (
      scale.kind !== 'ordinal' ||
      realisasi.kind !== 'level' ||
      target.type !== 'point' ||
      target.value.kind !== 'level'
    ) {
      return notAssessed('NOT_COMPARABLE', {
        id: 'Nilai bertingkat tidak dapat dibandingkan dengan target ini.',
        en: 'The level cannot be compared with this target.',
      });
    }
    const lr = levelOf(scale, realisasi.code);
    const lt = levelOf(scale, target.value.code);
    if (!lr || !lt)
      return notAssessed('NOT_COMPARABLE', {
        id: 'Tingkat tidak dikenal pada skala.',
        en: 'Unknown level on the scale.',
      });
    return done(
      (lr.rank / lt.rank) * 100,
      {
        id: `Peringkat ${lr.code} / peringkat ${lt.code} × 100 = ${lr.rank} / ${lt.rank} × 100`,
        en: `Rank of ${lr.code} / rank of ${lt.code} × 100 = ${lr.rank} / ${lt.rank} × 100`,
      },
      cap,
    );
  }
  if (realisasi.kind !== 'number')
    return notAssessed('NOT_COMPARABLE', { id: 'Realisasi bukan angka.', en: 'The realisation is not a number.' });
  const r = realisasi.value;

  if (polarity === 'target_band' || target.type === 'band') {
    const [min, max] =
      target.type === 'band'
        ? [target.min, target.max]
        : target.value.kind === 'number'
          ? [target.value.value, target.value.value]
          : [NaN, NaN];
    if (!Number.isFinite(min) || !Number.isFinite(max))
      return notAssessed('NOT_COMPARABLE', { id: 'Target tidak berupa angka.', en: 'The target is not a number.' });
    if (r >= min && r <= max) {
      return done(
        100,
        {
          id: `Di dalam rentang target ${n(min, 'id')}–${n(max, 'id')}: 100%`,
          en: `Inside the target band ${n(min, 'en')}–${n(max, 'en')}: 100%`,
        },
        cap,
      );
    }
    if (polarity === 'higher_is_better' || (polarity !== 'lower_is_better' && r < min)) return higher(r, min, cap);
    return lower(r, max, cap, opts.lowerIsBetterFormula);
  }
  if (target.value.kind !== 'number')
    return notAssessed('NOT_COMPARABLE', { id: 'Target tidak berupa angka.', en: 'The target is not a number.' });
  const t = target.value.value;
  return polarity === 'lower_is_better' ? lower(r, t, cap, opts.lowerIsBetterFormula) : higher(r, t, cap);
}

/** Average capaian over assessed results only: "tidak dinilai" is excluded, never counted as 0. */
export function averageCapaian(results: readonly CapaianResult[]): {
  percent: number | null;
  counted: number;
  excluded: number;
} {
  const assessed = results.filter((r): r is Extract<CapaianResult, { kind: 'dinilai' }> => r.kind === 'dinilai');
  const percent = assessed.length
    ? Math.round((assessed.reduce((a, r) => a + r.percent, 0) / assessed.length) * 100) / 100
    : null;
  return { percent, counted: assessed.length, excluded: results.length - assessed.length };
}
