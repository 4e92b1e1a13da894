import { describe, expect, it } from 'vitest';
import { returnReasonProblem, riskSample, verificationFlags } from './verification.ts';

const n = (value: number) => ({ kind: 'number' as const, value });

describe('verification flags', () => {
  it('flags a value equal to its target with no evidence, not one with evidence or another value', () => {
    expect(verificationFlags({ value: n(60), target: n(60), evidence: [], earlier: [] })).toEqual([
      'VALUE_EQUALS_TARGET_NO_EVIDENCE',
    ]);
    expect(verificationFlags({ value: n(60), target: n(60), evidence: ['a'], earlier: [] })).toEqual([]);
    expect(verificationFlags({ value: n(59), target: n(60), evidence: [], earlier: [] })).toEqual([]);
  });

  it('flags evidence reused unchanged from an earlier period for a different value', () => {
    const earlier = [{ value: n(40), evidence: ['a'] }];
    expect(verificationFlags({ value: n(55), target: null, evidence: ['a', 'b'], earlier })).toEqual([
      'EVIDENCE_REUSED',
    ]);
    // The same value backed by the same file is the same fact, not a reuse.
    expect(verificationFlags({ value: n(40), target: null, evidence: ['a'], earlier })).toEqual([]);
    expect(verificationFlags({ value: n(55), target: null, evidence: ['c'], earlier })).toEqual([]);
  });
});

describe('return reasons', () => {
  it('refuses placeholders and one-word or short reasons, with stable codes', () => {
    expect(returnReasonProblem('Revisi')?.code).toBe('RETURN_REASON_PLACEHOLDER');
    expect(returnReasonProblem('  tidak sesuai!! ')?.code).toBe('RETURN_REASON_PLACEHOLDER');
    expect(returnReasonProblem('.........')?.code).toBe('RETURN_REASON_PLACEHOLDER');
    expect(returnReasonProblem('Lampirkan')?.code).toBe('RETURN_REASON_TOO_SHORT');
    expect(returnReasonProblem('Perbaikilahsemuanya')?.code).toBe('RETURN_REASON_TOO_SHORT');
    expect(returnReasonProblem('Lengkapi SK tim penilai')).toBeNull();
  });
});

describe('risk-based sample', () => {
  const row = (id: string, updatedBy: string, flags: string[] = [], status = 'verified') => ({
    id,
    status,
    updatedBy,
    flags,
  });

  it('takes every flagged row and at least a tenth of each verifier’s others, the same each time', () => {
    const rows = [
      row('f1', 'stu', ['EVIDENCE_REUSED']),
      ...Array.from({ length: 25 }, (_, i) => row(`a${i}`, 'stu')),
      row('b1', 'stu2'),
      row('draft', 'op', [], 'submitted'),
    ];
    const sample = riskSample(rows);
    expect(sample.filter((s) => s.reason === 'flagged').map((s) => s.row.id)).toEqual(['f1']);
    const sampled = sample.filter((s) => s.reason === 'sampled');
    expect(sampled.filter((s) => s.row.updatedBy === 'stu')).toHaveLength(3); // ceil(25 × 10 %)
    expect(sampled.filter((s) => s.row.updatedBy === 'stu2').map((s) => s.row.id)).toEqual(['b1']);
    expect(sample.some((s) => s.row.id === 'draft')).toBe(false);
    expect(riskSample(rows)).toEqual(sample);
  });
});
