import { describe, expect, it } from 'vitest';
import {
  bandOrderIssue,
  duplicatePdIndexes,
  duplicateTargetYearIssue,
  multipleLeadIssue,
  polarityIssue,
} from './indicator-rules.ts';
import type { Scale } from './types.ts';

const ordinal = { code: 'o', name: 'O', kind: 'ordinal', unitLabel: '', levels: [] } as unknown as Scale;
const numeric = { code: 'n', name: 'N', kind: 'numeric', unitLabel: '', min: 0, max: 100, decimals: 2 } as Scale;

describe('indicator rules', () => {
  it('polarity follows the scale kind', () => {
    expect(polarityIssue(ordinal, 'ordinal')).toBeNull();
    expect(polarityIssue(numeric, 'higher_is_better')).toBeNull();
    expect(polarityIssue(ordinal, 'higher_is_better')?.code).toBe('POLARITY_SCALE_MISMATCH');
    expect(polarityIssue(numeric, 'ordinal')?.message.id).toContain('hanya untuk skala bertingkat');
  });

  it('a band is ordered; years and PDs appear once; one lead at most', () => {
    expect(bandOrderIssue(1, 1)).toBeNull();
    expect(bandOrderIssue(2, 1)?.code).toBe('BAND_INVALID');
    expect(duplicateTargetYearIssue(2025).message.id).toBe('Target tahun 2025 sudah ada.');
    expect(duplicatePdIndexes([{ pdKey: 'a' }, { pdKey: '' }, { pdKey: 'b' }, { pdKey: 'a' }, { pdKey: '' }])).toEqual([
      3,
    ]);
    expect(multipleLeadIssue([{ role: 'lead' }, { role: 'supporting' }])).toBeNull();
    expect(multipleLeadIssue([{ role: 'lead' }, { role: 'lead' }])?.code).toBe('MULTIPLE_LEAD_PD');
  });
});
