// The configuration check: the shipped 2023 configuration is clean, and each way an admin can
// break a cloned configuration is caught with its code and place.
import { describe, expect, it } from 'vitest';
import { lke2023KabKota, BANDS_PORTAL_2024 } from './lke-2023-kabkota.ts';
import { validateLkeConfig } from './lke-validate.ts';
import { linesOf } from './lke-tree.ts';
import type { LkeConfig } from './lke-types.ts';

const fresh = () => lke2023KabKota();
const lineOf = (c: LkeConfig, code: string) => linesOf(c).find((e) => e.line.code === code)!.line;
const codes = (c: LkeConfig) => validateLkeConfig(c).map((f) => `${f.code}@${f.where}`);

describe('validateLkeConfig', () => {
  it('accepts the shipped 2023 kabupaten/kota configuration and the portal 2024 bands', () => {
    expect(validateLkeConfig(fresh())).toEqual([]);
    expect(validateLkeConfig({ ...fresh(), predikatRule: 'portal_2024', bands: BANDS_PORTAL_2024 })).toEqual([]);
  });

  it('finds weights that do not sum to their parent', () => {
    const c = fresh();
    lineOf(c, '1B1e').weight = 5;
    const f = validateLkeConfig(c);
    expect(f.map((x) => `${x.code}@${x.where}`)).toContain('LKE_WEIGHT_SUM@1B1');
    expect(f.find((x) => x.where === '1B1')!.message).toBe(
      'Jumlah bobot di bawah 1B1 adalah 34, padahal bobot 1B1 33.',
    );
  });

  it('finds a multiplier cycle, an unknown multiplier and a negative multiplier', () => {
    const c = fresh();
    lineOf(c, '1A1').multiplier = '1A2';
    expect(codes(c)).toContain('LKE_MULTIPLIER_CYCLE@1A1');
    expect(validateLkeConfig(c).find((f) => f.code === 'LKE_MULTIPLIER_CYCLE')!.message).toContain('1A1 → 1A2 → 1A1');
    const u = fresh();
    lineOf(u, '1C1c').multiplier = 'ZZZ';
    expect(codes(u)).toContain('LKE_MULTIPLIER_UNKNOWN@1C1c');
    const n = fresh();
    lineOf(n, '1B1e').min = -1;
    expect(codes(n)).toContain('LKE_MULTIPLIER_NEGATIVE@1C1c');
    const self = fresh();
    lineOf(self, '1B1e').multiplier = '1B1e';
    expect(codes(self)).toContain('LKE_MULTIPLIER_CYCLE@1B1e');
  });

  it('finds bad ranges, weights, levels, themes and duplicate codes', () => {
    const c = fresh();
    lineOf(c, '1B1a').max = 0;
    lineOf(c, '1B1b').weight = 0;
    lineOf(c, '1C1d').levels![0]!.value = 2;
    lineOf(c, '2B-T1').theme = 'T9';
    lineOf(c, '1B1c').code = '1B1d';
    expect(codes(c)).toEqual(
      expect.arrayContaining([
        'LKE_RANGE_INVALID@1B1a',
        'LKE_WEIGHT_INVALID@1B1b',
        'LKE_LEVEL_OUT_OF_RANGE@1C1d',
        'LKE_THEME_UNKNOWN@2B-T1',
        'LKE_DUPLICATE_CODE@1B1d',
      ]),
    );
  });

  it('finds gaps in predikat bands and criteria weights that do not sum to 1', () => {
    const c = fresh();
    c.bands = c.bands.filter((b) => b.code !== 'CC');
    c.renaksiCriteria[0]!.weight = 0.5;
    expect(codes(c)).toEqual(expect.arrayContaining(['LKE_BANDS_INVALID@B', 'LKE_CRITERIA_WEIGHT_SUM@renaksi']));
  });
});
