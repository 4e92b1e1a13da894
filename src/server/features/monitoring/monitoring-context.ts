// What the monitoring services need to know about a period: its instansi's road map covering the
// year, the active version's document, and who answers for each indicator.
import type { Tx, Db } from '../../../db/client.ts';
import type { RoadMapDocument } from '../../../domain/roadmap/types.ts';
import { AppError } from '../../errors.ts';
import * as roadmapRepo from '../roadmap/roadmap.repository.ts';
import type { PeriodeRow } from './periode.repository.ts';

export interface PeriodRoadMap {
  roadMapId: string;
  versionId: string;
  document: RoadMapDocument;
}

export async function roadMapForYear(tx: Tx | Db, instansiId: string, year: number): Promise<PeriodRoadMap> {
  const maps = (await roadmapRepo.listRoadMaps(tx, instansiId)).filter(
    (m) => m.periodStart <= year && year <= m.periodEnd,
  );
  const versions = await roadmapRepo.listVersions(
    tx,
    maps.map((m) => m.id),
  );
  const active = versions.filter((v) => v.status === 'active').at(-1);
  if (!active) {
    throw new AppError(
      'NO_ACTIVE_ROAD_MAP',
      `Tidak ada road map yang berlaku untuk tahun ${year}.`,
      `No active road map covers ${year}.`,
    );
  }
  const loaded = (await roadmapRepo.loadVersion(tx, active.id))!;
  return { roadMapId: active.roadMapId, versionId: active.id, document: loaded.document };
}

/** The PD that reports an indicator: its lead, else its first responsible PD, else none (STU reports it). */
export function reportingPdOf(doc: RoadMapDocument, indicatorKey: string): string | null {
  const ind = doc.indicators.find((i) => i.key === indicatorKey);
  if (!ind) return null;
  return (ind.responsible.find((r) => r.role === 'lead') ?? ind.responsible[0])?.pdKey ?? null;
}

/** Pseudo PD key under which the STU reports the instansi-wide indicators no PD answers for. */
export const INSTANSI_PD_KEY = '_instansi';

export function periodYearFraction(p: Pick<PeriodeRow, 'code'>): number {
  const map: Record<string, number> = { S1: 0.5, S2: 1, TW1: 0.25, TW2: 0.5, TW3: 0.75, TW4: 1 };
  return map[p.code] ?? 1;
}
