// Which road map a year's plans and monitoring belong to. A road map covers its period; in the years
// after its period ends, until the next road map is enacted, the last road map in force stays the
// reference (transition years: Kupang works in 2025 and 2026 under the 2020–2024 road map), so its
// indicators keep being monitored and a recommendation of its last evaluation can be carried into
// next year's action plans (docs/decisions/0011-enacted-text.md). The transition lasts at most as
// long as the road map's own period: a road map is not the reference for a decade by accident.

/** How many years after its period a road map stays the reference: as many as its period has. */
export const transitionYearsOf = (m: { periodStart: number; periodEnd: number }) => m.periodEnd - m.periodStart + 1;

export interface RoadMapPeriod {
  id: string;
  periodStart: number;
  periodEnd: number;
  /** Whether the road map has a version in force. */
  hasActive: boolean;
}

/**
 * The road map of `year`: the one covering it, if it has a version in force; otherwise — no road
 * map covers the year, or the one covering it is not enacted yet (a 2025–2029 draft) — the latest
 * one in force whose period ended before the year, at most transitionYearsOf(it) years before.
 * So a year is monitored under the previous road map until the new one is enacted.
 */
export function roadMapOfYear(
  maps: readonly RoadMapPeriod[],
  year: number,
): { id: string; transition: boolean } | null {
  const inForce = maps.filter((m) => m.hasActive && m.periodStart <= year && year <= m.periodEnd).at(-1);
  if (inForce) return { id: inForce.id, transition: false };
  const before = maps
    .filter((m) => m.hasActive && m.periodEnd < year && year - m.periodEnd <= transitionYearsOf(m))
    .sort((a, b) => a.periodEnd - b.periodEnd)
    .at(-1);
  return before ? { id: before.id, transition: true } : null;
}

export interface YearGovernance {
  year: number;
  /** The governing road map (null: none; plans and monitoring of that year are refused). */
  roadMapId: string | null;
  transition: boolean;
  /** A road map covering the year that is not in force yet (the draft waiting for enactment). */
  pendingRoadMapId: string | null;
}

/** Which road map governs each year from the first road map's start to `untilYear`. */
export function governanceByYear(maps: readonly RoadMapPeriod[], untilYear: number): YearGovernance[] {
  if (maps.length === 0) return [];
  const first = Math.min(...maps.map((m) => m.periodStart));
  const last = Math.max(untilYear, ...maps.map((m) => m.periodEnd));
  const out: YearGovernance[] = [];
  for (let year = first; year <= last; year++) {
    const g = roadMapOfYear(maps, year);
    const pending = maps.find((m) => !m.hasActive && m.periodStart <= year && year <= m.periodEnd);
    out.push({
      year,
      roadMapId: g?.id ?? null,
      transition: g?.transition ?? false,
      pendingRoadMapId: pending?.id ?? null,
    });
  }
  return out;
}
