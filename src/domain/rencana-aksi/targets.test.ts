// The action-plan target rules shared by the API, the Excel import and the form.
import { describe, expect, it } from 'vitest';
import { finalTargetProblem, targetProblem, unitKind, unitTargetProblems } from './targets.ts';

describe('unitKind', () => {
  it('types counts and rupiah as whole, percent as percent, other units as decimal', () => {
    expect(unitKind('dokumen')).toBe('whole');
    expect(unitKind('Rupiah')).toBe('whole');
    expect(unitKind('%')).toBe('percent');
    expect(unitKind('indeks')).toBe('decimal');
  });
});

describe('targetProblem', () => {
  it('refuses a fraction of a whole unit and a percentage above 100, in Indonesian', () => {
    expect(targetProblem('dokumen', 2.5)?.message).toBe(
      'Satuan "dokumen" dihitung utuh: target harus bilangan bulat, bukan 2,5.',
    );
    expect(targetProblem('persen', 120)?.code).toBe('PERCENT_OUT_OF_RANGE');
    expect(targetProblem('persen', 99.5)).toBeNull();
    expect(targetProblem('indeks', 3.25)).toBeNull();
  });
});

describe('finalTargetProblem', () => {
  it('wants the cumulative last period equal to the total', () => {
    expect(finalTargetProblem([{ periodCode: 'S1', target: 2 }], 5)).toBeNull();
    expect(finalTargetProblem([{ periodCode: 'S2', target: 5 }], 5)).toBeNull();
    expect(finalTargetProblem([{ periodCode: 'TW4', target: 4 }], 5)?.code).toBe('FINAL_TARGET_MISMATCH');
  });
});

describe('unitTargetProblems', () => {
  it('names the total and the first period target that do not fit', () => {
    const problems = unitTargetProblems({
      satuan: 'orang',
      targetTotal: 1.5,
      targets: [
        { periodCode: 'S1', target: 0.5 },
        { periodCode: 'S2', target: 1.5 },
      ],
    });
    expect(problems.map((p) => [p.field, p.code, p.periodCode])).toEqual([
      ['targetTotal', 'NOT_WHOLE_NUMBER', undefined],
      ['targets', 'NOT_WHOLE_NUMBER', 'S1'],
    ]);
    expect(problems[1]?.message.startsWith('S1: ')).toBe(true);
  });
});
