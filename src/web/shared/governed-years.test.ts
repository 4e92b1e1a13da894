import { describe, expect, it } from 'vitest';
import { defaultYearOf, governedYears } from './governed-years.ts';

describe('years a version serves', () => {
  const period = { periodStart: 2020, periodEnd: 2024 };
  const gov = [
    { year: 2024, roadMapId: 'rm-old' },
    { year: 2025, roadMapId: 'rm-old' },
    { year: 2026, roadMapId: 'rm-old' },
    { year: 2027, roadMapId: 'rm-new' },
  ];

  it('adds the transition years the road map still governs', () => {
    expect(governedYears(period, gov, 'rm-old')).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(governedYears(period, gov, 'rm-other')).toEqual([2020, 2021, 2022, 2023, 2024]);
  });

  it('defaults to the current WITA year, else the nearest offered', () => {
    const now = new Date('2026-12-03T02:00:00Z');
    expect(defaultYearOf([2020, 2025, 2026], now)).toBe(2026);
    expect(defaultYearOf([2020, 2021, 2024], now)).toBe(2024);
    expect(defaultYearOf([2030, 2031], now)).toBe(2030);
  });
});
