// Priorities: points still available per line and the smallest raw change to the next predikat,
// checked against the engine itself.
import { describe, expect, it } from 'vitest';
import { lke2023KabKota } from './lke-2023-kabkota.ts';
import { nextPredikatSteps, pointsAvailable } from './lke-priorities.ts';
import { scoreLke } from './lke-score.ts';
import type { LkeInputs } from './lke-types.ts';

const config = lke2023KabKota();
const num = (value: number) => ({ raw: { kind: 'number' as const, value } });

// A Kupang-like worksheet just under 58 (CC).
const inputs: LkeInputs = {
  lines: {
    '1A1': num(1.5),
    '1A2': num(60),
    '1B1a': num(80),
    '1B1b': num(3),
    '1B1c': num(3),
    '1B1d': num(0),
    '1B1e': num(55.66),
    '1B1f': num(2),
    '1B1g': num(40),
    '1B1h': num(4),
    '1B1i': num(60),
    '1B1j': num(45),
    '1B1k': num(2),
    '1B1l': num(70),
    '1B2a': num(200),
    '1B2b': num(2.99),
    '1B2c': num(76.04),
    '1C1a': num(2.5),
    '1C1b': num(80),
    '1C1c': num(60),
    '1C1d': { raw: { kind: 'level', code: 'WDP' } },
    '1C1e': num(70),
    '1C2a': num(62),
    '1C2b': num(70),
    '1C2c': num(80),
    '2B-T1': num(1.5),
    '2B-T2': num(1),
  },
  koefisien: 0,
};

describe('pointsAvailable', () => {
  it('ranks lines by index points gained at their maximum, multipliers included', () => {
    const base = scoreLke(config, inputs);
    const list = pointsAvailable(config, inputs, base);
    expect(list.length).toBeGreaterThan(10);
    for (let i = 1; i < list.length; i++) expect(list[i - 1]!.indeksGain).toBeGreaterThanOrEqual(list[i]!.indeksGain);
    const spi = list.find((p) => p.code === '1C2b')!;
    expect(spi.indeksGain).toBeCloseTo(3, 10);
    // Raising renaksi quality also raises its multiplied implementation line: 1.5 + 7 × 0.6 × 0.5.
    const renaksi = list.find((p) => p.code === '1A1')!;
    expect(renaksi.indeksGain).toBeCloseTo(1.5 + 0.6 * 7 * 0.5, 10);
    // Lines already at their maximum offer nothing.
    const full = pointsAvailable(config, { ...inputs, lines: { ...inputs.lines, '1C2b': num(100) } });
    expect(full.find((p) => p.code === '1C2b')).toBeUndefined();
  });
});

describe('nextPredikatSteps', () => {
  it('finds, per line, the smallest raw value that reaches the next predikat', () => {
    const base = scoreLke(config, inputs);
    expect(base.predikat?.code).toBe('CC');
    const { target, steps } = nextPredikatSteps(config, inputs);
    expect(target?.code).toBe('B');
    expect(steps.length).toBeGreaterThan(0);
    for (const s of steps) {
      const at = scoreLke(config, {
        ...inputs,
        lines: {
          ...inputs.lines,
          [s.code]: {
            raw: s.neededLevel ? { kind: 'level', code: s.neededLevel } : { kind: 'number', value: s.needed },
          },
        },
      });
      expect(at.predikat?.code, s.code).toBe('B');
      if (!s.neededLevel) {
        // A hundredth less does not reach it (or the value was rounded up from the exact threshold).
        const below = scoreLke(config, {
          ...inputs,
          lines: { ...inputs.lines, [s.code]: num(s.needed - 0.011) },
        });
        expect(below.predikat?.code, s.code).toBe('CC');
      }
    }
    for (let i = 1; i < steps.length; i++)
      expect(steps[i - 1]!.relativeChange).toBeLessThanOrEqual(steps[i]!.relativeChange);
  });

  it('returns no target at the top band', () => {
    const top: LkeInputs = { lines: {}, koefisien: 1 };
    const { target } = nextPredikatSteps(config, {
      ...top,
      lines: Object.fromEntries(Object.keys(scoreLke(config, top).lines).map((c) => [c, num(1e9)])),
    });
    expect(target).toBeNull();
  });
});
