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
 * The road map of `year`: the one covering it (if it has a version in force; null otherwise: the
 * new road map is not enacted yet), else — when no road map covers the year at all — the latest one
 * in force whose period ended at most transitionYearsOf(it) years before.
 */
export function roadMapOfYear(
  maps: readonly RoadMapPeriod[],
  year: number,
): { id: string; transition: boolean } | null {
  const covering = maps.filter((m) => m.periodStart <= year && year <= m.periodEnd);
  if (covering.length) {
    const inForce = covering.filter((m) => m.hasActive).at(-1);
    return inForce ? { id: inForce.id, transition: false } : null;
  }
  const before = maps
    .filter((m) => m.hasActive && m.periodEnd < year && year - m.periodEnd <= transitionYearsOf(m))
    .sort((a, b) => a.periodEnd - b.periodEnd)
    .at(-1);
  return before ? { id: before.id, transition: true } : null;
}
