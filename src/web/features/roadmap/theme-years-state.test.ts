import { describe, expect, it } from 'vitest';
import type { ResultNode } from '../../../domain/roadmap/types.ts';
import { periodYears, withYears, yearProblems } from './theme-years-state.ts';

const tema: ResultNode = {
  key: 't1',
  kind: 'tema',
  parentKey: null,
  number: '1',
  order: 1,
  name: 'Penanggulangan Kemiskinan',
  validFrom: 2025,
};
const period = { periodStart: 2025, periodEnd: 2029 };

describe('theme years editor', () => {
  it('offers the years of the period', () => {
    expect(periodYears(period)).toEqual([2025, 2026, 2027, 2028, 2029]);
  });

  it('sends the node with the chosen years, none when blank', () => {
    expect(withYears(tema, '2026', '')).toEqual({
      kind: 'tema',
      parentKey: null,
      number: '1',
      name: 'Penanggulangan Kemiskinan',
      validFrom: 2026,
    });
    expect(withYears(tema, '', '')).not.toHaveProperty('validFrom');
  });

  it('names the same problems as the server', () => {
    expect(yearProblems(tema, '2028', '2026', period).map((p) => p.code)).toEqual(['THEME_YEARS_INVERTED']);
    expect(yearProblems(tema, '2026', '2027', period)).toEqual([]);
  });
});
