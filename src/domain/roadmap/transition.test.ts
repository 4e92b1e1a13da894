// The transition-year rule: which road map a year's plans belong to.
import { describe, expect, it } from 'vitest';
import { roadMapOfYear, type RoadMapPeriod } from './transition.ts';

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

  it('does not fall back when a road map covers the year, even one not yet in force', () => {
    const next: RoadMapPeriod = { id: 'rm-2025', periodStart: 2025, periodEnd: 2029, hasActive: false };
    expect(roadMapOfYear([old, next], 2025)).toBeNull();
    expect(roadMapOfYear([old, { ...next, hasActive: true }], 2025)).toEqual({ id: 'rm-2025', transition: false });
  });
});
