// Every scoring rule of the LKE engine on the shipped 2023 kabupaten/kota configuration, plus
// property tests: the index stays within the configuration's bounds and never falls when a raw
// value rises.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lke2023KabKota, BANDS_PORTAL_2024 } from './lke-2023-kabkota.ts';
import { indeksBounds, predikatOf, scoreLke } from './lke-score.ts';
import { linesOf } from './lke-tree.ts';
import type { LkeConfig, LkeInputs } from './lke-types.ts';

const config = lke2023KabKota();
const num = (value: number) => ({ raw: { kind: 'number' as const, value } });
const empty = (): LkeInputs => ({ lines: {}, koefisien: null });
const only = (code: string, value: number): LkeInputs => ({ lines: { [code]: num(value) }, koefisien: null });

describe('line score', () => {
  it('is raw / max × weight', () => {
    // SAKIP 55.66 of 100, weight 4.
    const r = scoreLke(config, only('1B1e', 55.66));
    expect(r.lines['1B1e']!.score).toBeCloseTo(2.2264, 10);
    // SPIP level 3 of 5, weight 4 (range 1–5: the portal still divides by max).
    expect(scoreLke(config, only('1B1c', 3)).lines['1B1c']!.score).toBeCloseTo(2.4, 10);
    // Merit 250 of 410, weight 4.
    expect(scoreLke(config, only('1B2a', 250)).lines['1B2a']!.score).toBeCloseTo((250 / 410) * 4, 10);
  });

  it('resolves levels to their value (Opini BPK WTP = full, WDP = 2/3)', () => {
    const wtp = scoreLke(config, { lines: { '1C1d': { raw: { kind: 'level', code: 'WTP' } } }, koefisien: null });
    expect(wtp.lines['1C1d']!.score).toBeCloseTo(5, 10);
    const wdp = scoreLke(config, { lines: { '1C1d': { raw: { kind: 'level', code: 'WDP' } } }, koefisien: null });
    expect(wdp.lines['1C1d']!.score).toBeCloseTo(3.3333, 4);
  });

  it('multiplies by the multiplier line’s score fraction', () => {
    // Implementasi renaksi 80 × (renaksi 1.5 / 3): 80/100 × 7 × 0.5 = 2.8.
    const r = scoreLke(config, { lines: { '1A1': num(1.5), '1A2': num(80) }, koefisien: null });
    expect(r.lines['1A1']!.score).toBeCloseTo(1.5, 10);
    expect(r.lines['1A2']!.multiplierFraction).toBeCloseTo(0.5, 10);
    expect(r.lines['1A2']!.score).toBeCloseTo(2.8, 10);
    expect(r.lines['1A2']!.maxScore).toBeCloseTo(3.5, 10);
    // IKU non makro × SAKIP/100.
    const k = scoreLke(config, { lines: { '1B1e': num(60), '1C1c': num(50) }, koefisien: null });
    expect(k.lines['1C1c']!.score).toBeCloseTo(0.5 * 8 * 0.6, 10);
    // No renaksi score: the implementation line is worth nothing.
    expect(scoreLke(config, only('1A2', 100)).lines['1A2']!.score).toBe(0);
  });

  it('counts a missing value as 0 and lists it', () => {
    const r = scoreLke(config, only('1B1e', 50));
    expect(r.lines['1B1i']!.score).toBe(0);
    expect(r.missing).toContain('1B1i');
    expect(r.missing).not.toContain('1B1e');
  });
});

describe('RB General, adjustment, RB Tematik and the index', () => {
  it('sums RB General and components', () => {
    const r = scoreLke(config, { lines: { '1B1e': num(100), '1C2b': num(50), '1C2c': num(100) }, koefisien: null });
    expect(r.components['1B1']!.score).toBeCloseTo(4, 10);
    expect(r.components['1C2']!.score).toBeCloseTo(5 + 8, 10);
    expect(r.rbGeneral).toBeCloseTo(17, 10);
    expect(r.bobotPenyesuaian).toBe(100);
    expect(r.rbGeneralPenyesuaian).toBeCloseTo(17, 10);
    expect(r.indeks).toBeCloseTo(17, 10);
  });

  it('adds the koefisien before rescaling and clamps it to its range', () => {
    const base = { '1C2b': num(100) };
    expect(scoreLke(config, { lines: base, koefisien: -2 }).indeks).toBeCloseTo(8, 10);
    expect(scoreLke(config, { lines: base, koefisien: 5 }).koefisien).toBe(1);
    expect(scoreLke(config, { lines: {}, koefisien: -10 }).indeks).toBe(0);
  });

  it('excludes non-applicable lines and rescales by the bobot penyesuaian (86.5 → 81.92)', () => {
    // Lines worth 13.5 points do not apply: Indeks SPBE 9 + IRH 2.5 + penyederhanaan struktur 2.
    const inputs: LkeInputs = {
      lines: {
        '1C1a': { raw: null, applicable: false },
        '1B1j': { raw: null, applicable: false },
        '1B1a': { raw: null, applicable: false },
      },
      koefisien: null,
    };
    const r0 = scoreLke(config, inputs);
    expect(r0.bobotPenyesuaian).toBeCloseTo(86.5, 10);
    expect(r0.missing).not.toContain('1C1a');
    // RB General 61.89 (the portal's real example): every other line at its maximum except IKU
    // makro 94.5 (1.89 of 2 points).
    const lines = {
      ...inputs.lines,
      '1C2b': num(100),
      '1C2c': num(100),
      '1C2a': num(100),
      '1C1e': num(100),
      '1B1e': num(100),
      '1B1i': num(100),
      '1B1l': num(100),
      '1B1h': num(5),
      '1B1k': num(5),
      '1B2a': num(410),
      '1B2b': num(5),
      '1B2c': num(100),
      '1B1g': num(100),
      '1C1d': { raw: { kind: 'level' as const, code: 'WTP' } },
      '1B1d': num(3.5),
      '1B1b': num(5),
      '1C1b': num(94.5),
    };
    const r = scoreLke(config, { lines, koefisien: null });
    expect(r.rbGeneral).toBeCloseTo(61.89, 10);
    expect(r.rbGeneralPenyesuaian).toBeCloseTo((61.89 / 86.5) * 100, 10);
    expect(r.missing).toEqual(['1A1', '1A2', '1B1c', '1B1f', '1C1c', ...r.missing.filter((c) => c.startsWith('2'))]);
    // With RB Tematik 10.37 the index is 81.92 (A), as in the published example.
    const t = scoreLke(config, {
      lines: { ...lines, '2B-T1': num(3), '2B-T2': num(3), '2B-T3': num(3), '2B-T4': num(1.37) },
      koefisien: null,
    });
    expect(t.rbTematik).toBeCloseTo(10.37, 10);
    expect(Math.round(t.indeks * 100) / 100).toBe(81.92);
    expect(t.predikat?.code).toBe('A');
    expect(r.lines['1C1a']!.applicable).toBe(false);
    expect(r.lines['1C1a']!.score).toBe(0);
  });

  it('sums RB Tematik per theme; a non-applicable multiplier leaves the line on its own', () => {
    const r = scoreLke(config, {
      lines: { '2A1-T1': num(0.4), '2A2-T1': num(50), '2B-T1': num(1.5), '2B-T2': num(3) },
      koefisien: null,
    });
    const t1 = r.themes.find((t) => t.code === 'T1')!;
    expect(t1.score).toBeCloseTo(0.4 + 0.3 + 1.5, 10);
    expect(t1.max).toBeCloseTo(4, 10);
    expect(r.rbTematik).toBeCloseTo(2.2 + 3, 10);
    expect(r.indeks).toBeCloseTo(5.2, 10);
    const alone = scoreLke(config, {
      lines: { '2A1-T2': { raw: null, applicable: false }, '2A2-T2': num(100) },
      koefisien: null,
    });
    expect(alone.lines['2A2-T2']!.score).toBeCloseTo(0.6, 10);
  });

  it('reaches 120 at the top and 0 at the bottom', () => {
    expect(indeksBounds(config)).toEqual({ min: 0, max: expect.closeTo(121, 10) as number });
    // (100 + 1) / 100 × 100 + 20 = 121: the koefisien can add a point above the nominal 120.
  });
});

describe('predikat', () => {
  it('follows the 2023 bands, boundaries included where published', () => {
    const p = (v: number) => predikatOf(config, v, true)?.code;
    expect(p(0)).toBe('D');
    expect(p(30)).toBe('D');
    expect(p(30.01)).toBe('C');
    expect(p(50)).toBe('C');
    expect(p(52.94)).toBe('CC'); // Kabupaten Kupang 2023
    expect(p(60)).toBe('CC');
    expect(p(72.26)).toBe('BB');
    expect(p(81.92)).toBe('A');
    expect(p(90.01)).toBe('AA');
    expect(p(110)).toBe('AA');
    expect(p(121)).toBe('AA'); // koefisien +1 on a perfect worksheet
  });

  it('follows the portal 2024 rule with A- when not every target baik is met', () => {
    const c: LkeConfig = { ...config, predikatRule: 'portal_2024', bands: BANDS_PORTAL_2024 };
    expect(predikatOf(c, 85, false)?.code).toBe('A-');
    expect(predikatOf(c, 85, true)?.code).toBe('A');
    expect(predikatOf(c, 100, false)?.code).toBe('AA');
    expect(predikatOf(c, 99.99, true)?.code).toBe('A');
    // target baik on a line drives the condition.
    const withTarget: LkeConfig = structuredClone(c);
    const sakip = linesOf(withTarget).find((e) => e.line.code === '1B1e')!.line;
    sakip.targetBaik = 70;
    expect(scoreLke(withTarget, only('1B1e', 60)).allTargetBaikMet).toBe(false);
    expect(scoreLke(withTarget, only('1B1e', 70)).allTargetBaikMet).toBe(true);
  });
});

describe('properties', () => {
  const codes = linesOf(config).map((e) => e.line);
  const arbInputs = fc
    .record({
      values: fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), {
        minLength: codes.length,
        maxLength: codes.length,
      }),
      applicable: fc.array(fc.boolean(), { minLength: codes.length, maxLength: codes.length }),
      koef: fc.option(fc.double({ min: -10, max: 1, noNaN: true }), { nil: null }),
    })
    .map(({ values, applicable, koef }): LkeInputs => {
      const lines: LkeInputs['lines'] = {};
      codes.forEach((l, i) => {
        const f = values[i]!;
        lines[l.code] = {
          raw: f === null ? null : { kind: 'number', value: l.min + f * (l.max - l.min) },
          // Mostly applicable, as in practice; but exclusions are exercised too.
          applicable: applicable[i]! || i % 3 !== 0,
        };
      });
      return { lines, koefisien: koef };
    });

  it('keeps the index within the configuration’s bounds', () => {
    const { min, max } = indeksBounds(config);
    fc.assert(
      fc.property(arbInputs, (inputs) => {
        const r = scoreLke(config, inputs);
        return r.indeks >= min - 1e-9 && r.indeks <= max + 1e-9 && r.predikat !== null;
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers the index when a raw value rises', () => {
    fc.assert(
      fc.property(
        arbInputs,
        fc.nat({ max: codes.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (inputs, i, up) => {
          const line = codes[i]!;
          const cur = inputs.lines[line.code]!.raw;
          const from = cur && cur.kind === 'number' ? cur.value : line.min;
          const to = from + up * (line.max - from);
          const before = scoreLke(config, inputs).indeks;
          const after = scoreLke(config, {
            ...inputs,
            lines: { ...inputs.lines, [line.code]: { ...inputs.lines[line.code], raw: { kind: 'number', value: to } } },
          }).indeks;
          return after >= before - 1e-9;
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never lowers the index when the koefisien rises', () => {
    fc.assert(
      fc.property(arbInputs, fc.double({ min: -10, max: 1, noNaN: true }), (inputs, k) => {
        const lo = scoreLke(config, { ...inputs, koefisien: Math.min(k, inputs.koefisien ?? k) }).indeks;
        const hi = scoreLke(config, { ...inputs, koefisien: Math.max(k, inputs.koefisien ?? k) }).indeks;
        return hi >= lo - 1e-9;
      }),
    );
  });
});

it('an empty worksheet scores 0 with predikat D', () => {
  const r = scoreLke(config, empty());
  expect(r.indeks).toBe(0);
  expect(r.predikat?.code).toBe('D');
  expect(r.missing.length).toBe(linesOf(config).length);
});
