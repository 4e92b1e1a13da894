// The verifier's flags on realisasi (issue #12 item 6, rules in src/domain/monitoring/verification.ts):
// for each row, its indicator's point target of the year and the evidence of the same subject in
// earlier periods of the road map, read in a few queries for the whole list.
import type { Db, Tx } from '../../../db/client.ts';
import { verificationFlags, type VerificationFlag } from '../../../domain/monitoring/verification.ts';
import type { IndicatorValue } from '../../../domain/roadmap/types.ts';
import { groupBy } from '../../../domain/collections.ts';
import { AppError } from '../../errors.ts';
import * as repo from './realisasi.repository.ts';
import { getPeriode } from './periode.service.ts';
import { roadMapForYear } from './monitoring-context.ts';

const valueOf = (r: repo.RealisasiRow): IndicatorValue | null =>
  r.valueLevel !== null
    ? { kind: 'level', code: r.valueLevel }
    : r.valueNumber !== null
      ? { kind: 'number', value: Number(r.valueNumber) }
      : null;

/** Point targets of the year's indicators, or none when no road map governs the year. */
async function targetsOfYear(db: Db | Tx, instansiId: string, year: number): Promise<Map<string, IndicatorValue>> {
  try {
    const { document } = await roadMapForYear(db, instansiId, year);
    const out = new Map<string, IndicatorValue>();
    for (const i of document.indicators) {
      const t = i.targets.find((x) => x.year === year);
      if (t?.type === 'point') out.set(i.key, t.value);
    }
    return out;
  } catch (err) {
    if (err instanceof AppError && err.code === 'NO_ACTIVE_ROAD_MAP') return new Map();
    throw err;
  }
}

export async function flagsOfRows(db: Db | Tx, rows: repo.RealisasiRow[]): Promise<Map<string, VerificationFlag[]>> {
  const out = new Map<string, VerificationFlag[]>();
  if (!rows.length) return out;
  const periodes = new Map<string, Awaited<ReturnType<typeof getPeriode>>>();
  for (const id of new Set(rows.map((r) => r.periodeId))) periodes.set(id, await getPeriode(db, id));
  const targets = new Map<string, Map<string, IndicatorValue>>();
  for (const p of periodes.values()) {
    const k = `${p.instansiId}:${p.year}`;
    if (!targets.has(k)) targets.set(k, await targetsOfYear(db, p.instansiId, p.year));
  }
  const byRoadMap = groupBy(rows, (r) => r.roadMapId);
  const history: { r: repo.RealisasiRow; endDate: string }[] = [];
  for (const [roadMapId, list] of byRoadMap)
    history.push(...(await repo.listOfSubjects(db, roadMapId, [...new Set(list.map((r) => r.subjectKey))])));
  const evidence = groupBy(
    await repo.listEvidence(db, [...new Set([...rows.map((r) => r.id), ...history.map((h) => h.r.id)])]),
    (e) => e.realisasiId,
  );
  const shas = (id: string) => (evidence.get(id) ?? []).map((e) => e.sha256);
  for (const r of rows) {
    const p = periodes.get(r.periodeId)!;
    const earlier = history
      .filter(
        (h) =>
          h.r.subjectType === r.subjectType &&
          h.r.subjectKey === r.subjectKey &&
          h.r.id !== r.id &&
          h.endDate < p.startDate,
      )
      .map((h) => ({ value: valueOf(h.r), evidence: shas(h.r.id) }));
    const target =
      r.subjectType === 'indikator' ? (targets.get(`${p.instansiId}:${p.year}`)?.get(r.subjectKey) ?? null) : null;
    out.set(r.id, verificationFlags({ value: valueOf(r), target, evidence: shas(r.id), earlier }));
  }
  return out;
}
