// Rencana aksi quality grading (A–E bands, YA/TIDAK) and the measurable shares.
import { describe, expect, it } from 'vitest';
import { RENAKSI_CRITERIA_2024 } from './lke-2023-kabkota.ts';
import { gradeOfPercent, isTargetLogical, kegiatanUtamaAdoption, planShares, scoreRenaksi } from './renaksi-grade.ts';

describe('gradeOfPercent', () => {
  it('uses the national bands', () => {
    expect([100, 99.99, 75, 74.99, 50, 49.99, 10, 9.99, 0].map(gradeOfPercent)).toEqual([
      'A',
      'B',
      'B',
      'C',
      'C',
      'D',
      'D',
      'E',
      'E',
    ]);
  });
});

describe('scoreRenaksi', () => {
  it('weights the converted grades into the line’s raw value', () => {
    const all = Object.fromEntries(
      RENAKSI_CRITERIA_2024.map((c) => [c.code, c.kind === 'yes_no' ? { yes: true } : { percent: 100 }]),
    );
    expect(scoreRenaksi(RENAKSI_CRITERIA_2024, { answers: all }, 3).raw).toBeCloseTo(3, 10);
    const mixed = {
      ...all,
      KU_ADOPSI: { percent: 80 }, // B 0.75
      KEABSAHAN: { yes: false }, // 0
      ANGGARAN: { percent: 5 }, // E 0
    };
    const r = scoreRenaksi(RENAKSI_CRITERIA_2024, { answers: mixed }, 3);
    // (0.75 + 1 + 0)/6 + (1 + 1 + 1 + 0)/8 = 0.291666… + 0.375 = 0.6666…; × 3 = 2.
    expect(r.raw).toBeCloseTo(2, 4);
    expect(r.criteria.find((c) => c.code === 'KEABSAHAN')!.grade).toBe('TIDAK');
    expect(r.criteria.find((c) => c.code === 'KU_ADOPSI')!.grade).toBe('B');
  });

  it('gives no raw value until every criterion is assessed', () => {
    expect(scoreRenaksi(RENAKSI_CRITERIA_2024, { answers: { KU_ADOPSI: { percent: 100 } } }, 3).raw).toBeNull();
  });
});

describe('measurable shares', () => {
  it('computes the share of mandatory kegiatan utama adopted (kabupaten-applicable only)', () => {
    const none = kegiatanUtamaAdoption(new Set());
    expect(none.percent).toBe(0);
    // KU05 (digital MPP) does not apply to a kabupaten: 20 kegiatan count.
    expect(none.missing.length).toBe(20);
    const some = kegiatanUtamaAdoption(new Set(['KU03-1', 'KU04-2', 'KU19-1']));
    expect(some.adopted).toEqual(['KU03', 'KU04', 'KU19']);
    expect(some.percent).toBeCloseTo(15, 10);
  });

  it('judges targets logical by direction, presence and zero', () => {
    expect(isTargetLogical({ polarity: 'higher_is_better', baseline: 55, target: 60 })).toBe(true);
    expect(isTargetLogical({ polarity: 'higher_is_better', baseline: 55, target: 50 })).toBe(false);
    expect(isTargetLogical({ polarity: 'higher_is_better', baseline: null, target: 0 })).toBe(false);
    expect(isTargetLogical({ polarity: 'lower_is_better', baseline: 19.5, target: 18 })).toBe(true);
    expect(isTargetLogical({ polarity: 'lower_is_better', baseline: 19.5, target: 21 })).toBe(false);
    expect(isTargetLogical({ polarity: 'target_band', baseline: 3, target: { min: 1.5, max: 3.5 } })).toBe(true);
    expect(isTargetLogical({ polarity: 'ordinal', baseline: null, target: 0, baselineRank: 2, targetRank: 3 })).toBe(
      true,
    );
    expect(isTargetLogical({ polarity: 'ordinal', baseline: null, target: 0, baselineRank: 3, targetRank: 2 })).toBe(
      false,
    );
    expect(isTargetLogical({ polarity: 'higher_is_better', baseline: 1, target: null })).toBe(false);
  });

  it('computes output and budget shares of action plans', () => {
    expect(
      planShares([
        { indikatorOutput: 'Dokumen', targetTotal: 1, pagu: 1_000_000 },
        { indikatorOutput: ' ', targetTotal: 1, pagu: 0 },
        { indikatorOutput: 'Laporan', targetTotal: 0, pagu: null },
        { indikatorOutput: 'SOP', targetTotal: 2, pagu: 5 },
      ]),
    ).toEqual({ outputPercent: 50, budgetPercent: 50 });
    expect(planShares([])).toEqual({ outputPercent: 0, budgetPercent: 0 });
  });
});
