// Early warning: projects an indicator's year-end value from its baseline and the realisations so
// far, and says whether the target will be met. A linear trend is a rough guide, not a forecast:
// it suits indicators that move steadily through the year (shares of work done, rates); one-off
// survey indices reported once a year project only their latest value.
import { formatNumber } from '../format/number.ts';
import { compareValues, levelOf } from '../roadmap/values.ts';
import type { Baseline, IndicatorValue, LocalizedText, Polarity, Scale, Target } from '../roadmap/types.ts';

export interface ProjectionPoint {
  /** Fraction of the year elapsed at the end of the period (S1 = 0.5, TW1 = 0.25). */
  at: number;
  value: IndicatorValue;
}

export interface Projection {
  /** Projected numeric value at year end (null for ordinal scales, whose latest level is carried). */
  projected: number | null;
  projectedLevel: string | null;
  meetsTarget: boolean;
  /** How far the projection misses the target, in the indicator's unit (0 when met; null for levels). */
  shortfall: number | null;
  reason: LocalizedText;
}

export interface ProjectionInput {
  baseline: Baseline;
  target: Target;
  polarity: Polarity;
  scale: Scale;
  points: readonly ProjectionPoint[];
}

const fmt = (v: number, l: 'id' | 'en') => formatNumber(v, l, { maxDecimals: 2 });

/** Least-squares line through the points; with a single point, the line through it and nothing else is flat. */
function fitLine(xs: number[], ys: number[]): { slope: number; intercept: number } {
  if (xs.length === 1) return { slope: 0, intercept: ys[0]! };
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i]! - my);
    sxx += (x - mx) ** 2;
  });
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

export function projectYearEnd(input: ProjectionInput): Projection | null {
  const { baseline, target, polarity, scale, points } = input;
  if (!points.length) return null;
  const latest = [...points].sort((a, b) => a.at - b.at).at(-1)!;

  if (scale.kind === 'ordinal') {
    if (latest.value.kind !== 'level' || target.type !== 'point') return null;
    const cmp = compareValues(latest.value, target.value, scale);
    if (cmp === null) return null;
    const meets = cmp >= 0;
    const label = levelOf(scale, latest.value.code)?.label ?? latest.value.code;
    return {
      projected: null,
      projectedLevel: latest.value.code,
      meetsTarget: meets,
      shortfall: null,
      reason: meets
        ? {
            id: `Tingkat terakhir ${latest.value.code} (${label}) sudah memenuhi target.`,
            en: `The latest level ${latest.value.code} (${label}) meets the target.`,
          }
        : {
            id: `Tingkat terakhir ${latest.value.code} (${label}) di bawah target ${target.value.kind === 'level' ? target.value.code : ''}; tanpa perbaikan, target tidak tercapai.`,
            en: `The latest level ${latest.value.code} (${label}) is below the target; without improvement the target will be missed.`,
          },
    };
  }

  const numeric = points.filter(
    (p): p is { at: number; value: { kind: 'number'; value: number } } => p.value.kind === 'number',
  );
  if (!numeric.length) return null;
  const xs = numeric.map((p) => p.at);
  const ys = numeric.map((p) => p.value.value);
  // The baseline is the value at the end of the previous year (t = 0), when it is known.
  if (baseline.status === 'value' && baseline.value.kind === 'number') {
    xs.unshift(0);
    ys.unshift(baseline.value.value);
  }
  const { slope, intercept } = fitLine(xs, ys);
  const projected = Math.round((intercept + slope) * 100) / 100;

  let meets: boolean;
  let gap: number;
  let rule: LocalizedText;
  if (target.type === 'band') {
    meets = projected >= target.min && projected <= target.max;
    gap = meets ? 0 : projected < target.min ? target.min - projected : projected - target.max;
    rule = {
      id: `rentang ${fmt(target.min, 'id')}–${fmt(target.max, 'id')}`,
      en: `band ${fmt(target.min, 'en')}–${fmt(target.max, 'en')}`,
    };
  } else {
    if (target.value.kind !== 'number') return null;
    const t = target.value.value;
    if (polarity === 'lower_is_better') {
      meets = projected <= t;
      gap = Math.max(0, projected - t);
      rule = { id: `${fmt(t, 'id')} (makin rendah makin baik)`, en: `${fmt(t, 'en')} (lower is better)` };
    } else if (polarity === 'target_band') {
      meets = Math.abs(projected - t) < 1e-9;
      gap = Math.abs(projected - t);
      rule = { id: fmt(t, 'id'), en: fmt(t, 'en') };
    } else {
      meets = projected >= t;
      gap = Math.max(0, t - projected);
      rule = { id: `${fmt(t, 'id')} (makin tinggi makin baik)`, en: `${fmt(t, 'en')} (higher is better)` };
    }
  }
  const shortfall = Math.round(gap * 100) / 100;
  return {
    projected,
    projectedLevel: null,
    meetsTarget: meets,
    shortfall,
    reason: meets
      ? {
          id: `Proyeksi akhir tahun ${fmt(projected, 'id')} memenuhi target ${rule.id}.`,
          en: `The year-end projection ${fmt(projected, 'en')} meets the target ${rule.en}.`,
        }
      : {
          id: `Proyeksi akhir tahun ${fmt(projected, 'id')} tidak memenuhi target ${rule.id}; selisih ${fmt(shortfall, 'id')}.`,
          en: `The year-end projection ${fmt(projected, 'en')} misses the target ${rule.en}; gap ${fmt(shortfall, 'en')}.`,
        },
  };
}
