import { describe, expect, it } from 'vitest';
import { currentYear, readView, writeView, yearOptions } from './pembinaan-query.ts';

const now = new Date('2026-12-31T17:00:00Z'); // 1 January 2027, 01:00 WITA

describe('pembinaan address', () => {
  it('defaults to the current WITA year, the latest period, sorted by name', () => {
    expect(currentYear(now)).toBe(2027);
    expect(readView(new URLSearchParams(''), now)).toEqual({
      year: 2027,
      periode: undefined,
      sort: 'name',
      dir: 'asc',
    });
    expect(yearOptions(now)[0]).toBe(2028);
    expect(yearOptions(now).at(-1)).toBe(2010);
  });

  it('reads what it wrote and ignores what it does not know', () => {
    const v = { year: 2025, periode: 'S2' as const, sort: 'capaian' as const, dir: 'desc' as const };
    expect(readView(writeView(v), now)).toEqual(v);
    expect(readView(new URLSearchParams('tahun=abc&periode=S9&urut=x&arah=up'), now)).toEqual({
      year: 2027,
      periode: undefined,
      sort: 'name',
      dir: 'asc',
    });
  });
});
