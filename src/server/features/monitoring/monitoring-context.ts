// What the monitoring services need to know about a period: its instansi's road map covering the
// year (or, in the transition year after it, the last one in force), the active version's document, and which share of the year a period closes.
import type { Tx, Db } from '../../../db/client.ts';
import type { RoadMapDocument } from '../../../domain/roadmap/types.ts';
import { roadMapOfYear } from '../../../domain/roadmap/transition.ts';
import { documentForYear } from '../../../domain/roadmap/year-scope.ts';
import { AppError } from '../../errors.ts';
import { getVersion, roadMapRowsWithVersions } from '../roadmap/roadmap.service.ts';
import type { PeriodeRow } from './periode.repository.ts';

export { INSTANSI_PD_KEY } from '../../../domain/monitoring/reporting.ts';

export interface PeriodRoadMap {
  roadMapId: string;
  versionId: string;
  document: RoadMapDocument;
}

/** The active version covering the year (ids only: reading its document is the caller's choice). */
export async function activeVersionForYear(
  tx: Tx | Db,
  instansiId: string,
  year: number,
): Promise<{ roadMapId: string; versionId: string }> {
  const { maps, versions } = await roadMapRowsWithVersions(tx, instansiId);
  const activeOf = (id: string) => versions.filter((v) => v.roadMapId === id && v.status === 'active').at(-1);
  // A year after the last road map's period (the transition year) keeps that road map: see transition.ts.
  const chosen = roadMapOfYear(
    maps.map((m) => ({ id: m.id, periodStart: m.periodStart, periodEnd: m.periodEnd, hasActive: !!activeOf(m.id) })),
    year,
  );
  const active = chosen ? activeOf(chosen.id) : undefined;
  if (!active) {
    throw new AppError(
      'NO_ACTIVE_ROAD_MAP',
      `Tidak ada road map yang berlaku untuk tahun ${year}.`,
      `No active road map covers ${year}.`,
    );
  }
  return { roadMapId: active.roadMapId, versionId: active.id };
}

/** The governing version of the year and its document as it applies in that year (themes, scales). */
export async function roadMapForYear(tx: Tx | Db, instansiId: string, year: number): Promise<PeriodRoadMap> {
  const active = await activeVersionForYear(tx, instansiId, year);
  const loaded = await getVersion(tx, active.versionId);
  return { ...active, document: documentForYear(loaded.document, year) };
}

export function periodYearFraction(p: Pick<PeriodeRow, 'code'>): number {
  const map: Record<string, number> = { S1: 0.5, S2: 1, TW1: 0.25, TW2: 0.5, TW3: 0.75, TW4: 1 };
  return map[p.code] ?? 1;
}
