// The review dimensions of a year: the default four until the team's ketua or pengendali teknis
// configures the year's own set (dimensions are data, like the LKE configuration). A dimension
// already judged in a review of the year cannot be removed (409 DIMENSI_DIPAKAI).
import type { Db } from '../../../db/client.ts';
import type { Dimensi, DimensiList } from '../../../domain/contracts/reviu.ts';
import { RENAKSI_CRITERIA_2024 } from '../../../domain/evaluasi/lke-2023-kabkota.ts';
import { dimensiProblems } from '../../../domain/evaluasi/reviu.ts';
import { insertAuditEvent } from '../../audit-trail.repository.ts';
import { appError, invalidData } from '../../errors.ts';
import { dimensiOfYear, teamOfYear, type ReviuActor } from './reviu-context.ts';
import * as repo from './reviu.repository.ts';

export async function getDimensi(db: Db, instansiId: string, year: number): Promise<DimensiList> {
  return { year, ...(await dimensiOfYear(db, instansiId, year)) };
}

export async function saveDimensi(
  db: Db,
  actor: ReviuActor,
  instansiId: string,
  year: number,
  dimensi: Dimensi[],
): Promise<DimensiList> {
  const team = await teamOfYear(db, instansiId, year);
  if (!team.exists) throw appError('TIM_BELUM_ADA');
  const me = team.anggota.find((a) => a.userId === actor.userId);
  if (!me) throw appError('REVIU_NOT_IN_TEAM');
  // The set of the year is the team's leadership's decision, not one anggota's.
  if (me.peran === 'anggota') throw appError('FORBIDDEN');
  const problems = dimensiProblems(dimensi, new Set(RENAKSI_CRITERIA_2024.map((c) => c.code)));
  if (problems.length) throw invalidData(problems);
  return db.transaction(async (tx) => {
    const before = await dimensiOfYear(tx, instansiId, year);
    const used = await repo.usedDimensi(tx, instansiId, year);
    const kept = new Set(dimensi.map((d) => d.code));
    const removed = [...used].filter((c) => !kept.has(c));
    if (removed.length) throw appError('DIMENSI_DIPAKAI', { details: { codes: removed } });
    await repo.replaceDimensi(
      tx,
      instansiId,
      year,
      dimensi.map((d, i) => ({ instansiId, year, ...d, sortOrder: i })),
    );
    const after = { year, configured: true, dimensi };
    await insertAuditEvent(tx, actor.audit, {
      instansiId,
      action: 'reviu.dimensi_save',
      entityType: 'reviu_dimensi',
      entityId: String(year),
      before,
      after,
    });
    return after;
  });
}
