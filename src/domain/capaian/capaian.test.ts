import { describe, expect, it } from 'vitest';
import { findScale } from '../catalogue/scales.ts';
import type { IndicatorValue, Polarity, Scale, Target } from '../roadmap/types.ts';
import { averageCapaian, computeCapaian } from './capaian.ts';
import { projectYearEnd } from './projection.ts';
import { statusOf } from './status.ts';

const persen = findScale('persen')!;
const angka = findScale('angka')!;
const predikat = findScale('predikat_akip')!;
const opini = findScale('opini_bpk')!;
const rupiah = findScale('rupiah')!;
const num = (value: number): IndicatorValue => ({ kind: 'number', value });
const lvl = (code: string): IndicatorValue => ({ kind: 'level', code });
const point = (v: IndicatorValue): Target => ({ year: 2024, type: 'point', value: v });
const c = (r: IndicatorValue | null, t: Target | null, polarity: Polarity, scale: Scale, opts = {}) =>
  computeCapaian({ realisasi: r, target: t, polarity, scale }, opts);
const pct = (res: ReturnType<typeof computeCapaian>) => (res.kind === 'dinilai' ? res.percent : null);

describe('computeCapaian', () => {
  it('higher is better: R/T × 100', () => {
    expect(pct(c(num(112.5), point(num(125)), 'higher_is_better', angka))).toBe(90);
  });

  it('lower is better (Kupang poverty 19,37%): (2 − R/T) × 100, or T/R by option', () => {
    expect(pct(c(num(20.5), point(num(19.37)), 'lower_is_better', persen))).toBeCloseTo((2 - 20.5 / 19.37) * 100, 2);
    expect(pct(c(num(19), point(num(19.37)), 'lower_is_better', persen))).toBeCloseTo((2 - 19 / 19.37) * 100, 2);
    expect(
      pct(c(num(20.5), point(num(19.37)), 'lower_is_better', persen, { lowerIsBetterFormula: 'inverse_ratio' })),
    ).toBeCloseTo((19.37 / 20.5) * 100, 2);
  });

  it('stunting 9,3% target: a realisation of 12 scores about 71%', () => {
    expect(pct(c(num(12), point(num(9.3)), 'lower_is_better', persen))).toBeCloseTo(70.97, 1);
  });

  it('target band (inflation 2,5 ± 1): inside 100, above against the upper bound, below against the lower', () => {
    const band: Target = { year: 2024, type: 'band', min: 1.5, max: 3.5 };
    expect(pct(c(num(2.04), band, 'target_band', angka))).toBe(100);
    expect(pct(c(num(4.2), band, 'target_band', angka))).toBeCloseTo((2 - 4.2 / 3.5) * 100, 2);
    expect(pct(c(num(1.2), band, 'target_band', angka))).toBeCloseTo((1.2 / 1.5) * 100, 2);
  });

  it('a point target on a band indicator (Kupang inflation 2,04) is a one-point band', () => {
    expect(pct(c(num(2.04), point(num(2.04)), 'target_band', angka))).toBe(100);
    expect(pct(c(num(3), point(num(2.04)), 'target_band', angka))).toBeCloseTo((2 - 3 / 2.04) * 100, 2);
  });

  it('ordinal by rank: predikat CC→A and Opini WTP', () => {
    expect(pct(c(lvl('A'), point(lvl('A')), 'ordinal', predikat))).toBe(100);
    const b = c(lvl('B'), point(lvl('A')), 'ordinal', predikat);
    expect(pct(b)).toBeLessThan(100);
    const aa = c(lvl('AA'), point(lvl('A')), 'ordinal', predikat);
    expect(pct(aa)).toBeGreaterThan(100);
    expect(pct(c(lvl('WTP'), point(lvl('WTP')), 'ordinal', opini))).toBe(100);
    expect(pct(c(lvl('WDP'), point(lvl('WTP')), 'ordinal', opini))).toBe(75);
  });

  it('caps at 120 by default, configurable, and never goes below 0', () => {
    const r = c(num(300), point(num(100)), 'higher_is_better', persen);
    expect(r).toMatchObject({ kind: 'dinilai', percent: 120, raw: 300, capped: true });
    expect(pct(c(num(300), point(num(100)), 'higher_is_better', persen, { capPercent: 110 }))).toBe(110);
    expect(pct(c(num(50), point(num(10)), 'lower_is_better', persen))).toBe(0);
  });

  it('handles target 0', () => {
    expect(pct(c(num(5), point(num(0)), 'higher_is_better', persen))).toBe(120);
    expect(pct(c(num(0), point(num(0)), 'lower_is_better', persen))).toBe(100);
    expect(pct(c(num(2), point(num(0)), 'lower_is_better', persen))).toBe(0);
  });

  it('missing realisasi or target is "tidak dinilai", excluded from averages (never 0)', () => {
    const none = c(null, point(num(10)), 'higher_is_better', persen);
    expect(none).toMatchObject({ kind: 'tidak_dinilai', code: 'NO_REALISASI' });
    expect(c(num(1), null, 'higher_is_better', persen)).toMatchObject({ kind: 'tidak_dinilai', code: 'NO_TARGET' });
    const avg = averageCapaian([c(num(50), point(num(100)), 'higher_is_better', persen), none]);
    expect(avg).toEqual({ percent: 50, counted: 1, excluded: 1 });
    expect(averageCapaian([none]).percent).toBeNull();
  });

  it('Rupiah investment against its target', () => {
    expect(pct(c(num(110_000_000_000), point(num(220_000_000_000)), 'higher_is_better', rupiah))).toBe(50);
  });
});

describe('projection and status', () => {
  const baseline = { year: 2023, status: 'value' as const, value: num(21.78) };
  it('projects the poverty rate from baseline and S1 and warns when the target will be missed', () => {
    const p = projectYearEnd({
      baseline,
      target: point(num(19.37)),
      polarity: 'lower_is_better',
      scale: persen,
      points: [{ at: 0.5, value: num(21.2) }],
    })!;
    expect(p.projected).toBeCloseTo(20.62, 2);
    expect(p.meetsTarget).toBe(false);
    expect(p.reason.id).toContain('20,62');
    const good = projectYearEnd({
      baseline,
      target: point(num(19.37)),
      polarity: 'lower_is_better',
      scale: persen,
      points: [{ at: 0.5, value: num(20) }],
    })!;
    expect(good.meetsTarget).toBe(true);
  });

  it('carries the latest level forward on ordinal scales', () => {
    const p = projectYearEnd({
      baseline: { year: 2023, status: 'value', value: lvl('CC') },
      target: point(lvl('A')),
      polarity: 'ordinal',
      scale: predikat,
      points: [{ at: 0.5, value: lvl('B') }],
    })!;
    expect(p).toMatchObject({ projectedLevel: 'B', meetsTarget: false });
  });

  it('derives the status from capaian and projection', () => {
    const half = c(num(60), point(num(100)), 'higher_is_better', persen);
    const onTrack = {
      projected: 101,
      projectedLevel: null,
      meetsTarget: true,
      shortfall: 0,
      reason: { id: '', en: '' },
    };
    expect(statusOf({ capaian: half, isFinalPeriod: false, projection: onTrack })).toBe('on_track');
    expect(statusOf({ capaian: half, isFinalPeriod: false, projection: { ...onTrack, meetsTarget: false } })).toBe(
      'tidak_tercapai',
    );
    expect(
      statusOf({
        capaian: c(num(80), point(num(100)), 'higher_is_better', persen),
        isFinalPeriod: false,
        projection: { ...onTrack, meetsTarget: false },
      }),
    ).toBe('berisiko');
    expect(statusOf({ capaian: half, isFinalPeriod: true })).toBe('tidak_tercapai');
    expect(statusOf({ capaian: c(num(100), point(num(100)), 'higher_is_better', persen), isFinalPeriod: true })).toBe(
      'tercapai',
    );
    expect(statusOf({ capaian: c(null, point(num(1)), 'higher_is_better', persen), isFinalPeriod: false })).toBe(
      'tidak_dinilai',
    );
  });
});
