// Which road map a year's plans and monitoring belong to. A road map covers its period; in the year
// right after its period ends, before the next road map exists, the last road map in force stays
// the reference (the transition year), so a recommendation of its last evaluation can be carried
// into next year's action plans (docs/decisions/0011-enacted-text.md).

/** How many years after its period a road map in force stays the reference when nothing covers them. */
export const TRANSITION_YEARS = 1;

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
 * in force whose period ended at most TRANSITION_YEARS before.
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
    .filter((m) => m.hasActive && m.periodEnd < year && year - m.periodEnd <= TRANSITION_YEARS)
    .sort((a, b) => a.periodEnd - b.periodEnd)
    .at(-1);
  return before ? { id: before.id, transition: true } : null;
}
