import { describe, expect, it } from 'vitest';
import type { Scale } from '../roadmap/types.ts';
import {
  checkIndicatorEntry,
  checkPlanOutput,
  mayVerifyRealisasi,
  percentOfFraction,
  readEntryNumber,
} from './entry.ts';

const persen: Scale = {
  code: 'persen',
  name: 'Persen',
  kind: 'numeric',
  min: 0,
  max: 100,
  decimals: 2,
  unitLabel: 'persen',
};
const codes = (r: ReturnType<typeof checkIndicatorEntry>) => (r.ok ? [] : r.fields.map((f) => `${f.field}:${f.code}`));

describe('realisasi entry rules', () => {
  it('reads numbers the Indonesian way and refuses negatives', () => {
    const fields: Parameters<typeof readEntryNumber>[2] = [];
    expect(readEntryNumber('x', '21,78', fields)).toBe(21.78);
    expect(readEntryNumber('x', '', fields)).toBeNull();
    expect(readEntryNumber('x', 'abc', fields, { min: 0 })).toBeNull();
    expect(readEntryNumber('x', -1, fields, { min: 0 })).toBe(-1);
    expect(fields.map((f) => f.code)).toEqual(['NOT_A_NUMBER', 'NEGATIVE_NOT_ALLOWED']);
  });

  it('takes the value from the fraction, and checks that a typed value agrees with it', () => {
    expect(percentOfFraction(1, 3)).toBe(33.33);
    expect(checkIndicatorEntry({ value: null, numerator: '1', denominator: '4' }, persen)).toEqual({
      ok: true,
      value: { kind: 'number', value: 25 },
      numerator: 1,
      denominator: 4,
    });
    expect(codes(checkIndicatorEntry({ value: '30', numerator: '1', denominator: '4' }, persen))).toEqual([
      'value:FRACTION_MISMATCH',
    ]);
    expect(codes(checkIndicatorEntry({ value: null, numerator: '1' }, persen))).toEqual([
      'denominator:FRACTION_INCOMPLETE',
    ]);
    expect(codes(checkIndicatorEntry({ value: null, numerator: '1', denominator: '0' }, persen))).toEqual([
      'denominator:DIVISION_BY_ZERO',
    ]);
  });

  it('requires a value in the scale', () => {
    expect(codes(checkIndicatorEntry({ value: null }, persen))).toEqual(['value:VALUE_REQUIRED']);
    expect(codes(checkIndicatorEntry({ value: '120' }, persen))).toHaveLength(1);
    expect(checkIndicatorEntry({ value: '21,78' }, persen)).toMatchObject({ ok: true, value: { value: 21.78 } });
  });

  it("requires an action plan's output, not negative", () => {
    expect(checkPlanOutput('3')).toEqual({ ok: true, value: 3 });
    expect(checkPlanOutput(null)).toMatchObject({ ok: false, fields: [{ code: 'VALUE_REQUIRED' }] });
    expect(checkPlanOutput('-2')).toMatchObject({ ok: false, fields: [{ code: 'NEGATIVE_NOT_ALLOWED' }] });
  });
});

describe('mayVerifyRealisasi', () => {
  it('bars the person who entered and the person who submitted, nobody else', () => {
    const row = { enteredBy: 'operator.bkpsdm', submittedBy: 'kepala.bkpsdm' };
    expect(mayVerifyRealisasi('operator.bkpsdm', row)).toBe(false);
    expect(mayVerifyRealisasi('kepala.bkpsdm', row)).toBe(false);
    expect(mayVerifyRealisasi('stu', row)).toBe(true);
    // Rows from before the rule name nobody.
    expect(mayVerifyRealisasi('stu', { enteredBy: null, submittedBy: null })).toBe(true);
  });
});
