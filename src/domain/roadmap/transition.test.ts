// The transition-year rule: which road map a year's plans belong to.
import { describe, expect, it } from 'vitest';
import { governanceByYear, roadMapOfYear, type RoadMapPeriod } from './transition.ts';

const old: RoadMapPeriod = { id: 'rm-2020', periodStart: 2020, periodEnd: 2024, hasActive: true };

describe('roadMapOfYear', () => {
  it('takes the road map covering the year', () => {
    expect(roadMapOfYear([old], 2024)).toEqual({ id: 'rm-2020', transition: false });
  });

  it('keeps the last road map in force after its period, for at most as many years as it covered', () => {
    expect(roadMapOfYear([old], 2025)).toEqual({ id: 'rm-2020', transition: true });
    expect(roadMapOfYear([old], 2026)).toEqual({ id: 'rm-2020', transition: true });
    expect(roadMapOfYear([old], 2029)).toEqual({ id: 'rm-2020', transition: true });
    expect(roadMapOfYear([old], 2030)).toBeNull();
    expect(roadMapOfYear([{ ...old, hasActive: false }], 2025)).toBeNull();
  });

  it('keeps the previous road map while the one covering the year is not enacted yet', () => {
    const next: RoadMapPeriod = { id: 'rm-2025', periodStart: 2025, periodEnd: 2029, hasActive: false };
    expect(roadMapOfYear([old, next], 2025)).toEqual({ id: 'rm-2020', transition: true });
    expect(roadMapOfYear([old, { ...next, hasActive: true }], 2025)).toEqual({ id: 'rm-2025', transition: false });
    expect(roadMapOfYear([{ ...old, hasActive: false }, next], 2025)).toBeNull();
  });

  it('says for every year which road map governs it and which draft waits for enactment', () => {
    const next: RoadMapPeriod = { id: 'rm-2025', periodStart: 2025, periodEnd: 2029, hasActive: false };
    const g = governanceByYear([old, next], 2026);
    expect(g.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029]);
    expect(g.find((y) => y.year === 2024)).toEqual({
      year: 2024,
      roadMapId: 'rm-2020',
      transition: false,
      pendingRoadMapId: null,
    });
    expect(g.find((y) => y.year === 2026)).toEqual({
      year: 2026,
      roadMapId: 'rm-2020',
      transition: true,
      pendingRoadMapId: 'rm-2025',
    });
    expect(governanceByYear([], 2026)).toEqual([]);
  });
});
