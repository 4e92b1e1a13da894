// The Tim Evaluasi Internal's reviews (issue #12 items 2–3): judging a subject on the year's
// dimensions (a draft, saved as often as needed), returning it to the PD with what to fix, the PD's
// answer (after revising the plan or the realisasi), a new round of judgement, and finalising. Each
// command is one transaction with its audit event; who may judge is the team's rule (reviu-context).
import type { Db, Tx } from '../../../db/client.ts';
import type { JudgeBody, ReviuRecord } from '../../../domain/contracts/reviu.ts';
import {
  penilaianProblems,
  reviuMoves,
  unjudged,
  type DimensiReviu,
  type Penilaian,
  type ReviuMove,
  type StatusReviu,
} from '../../../domain/evaluasi/reviu.ts';
import { sanggahDeadline } from '../../../domain/evaluasi/sanggah.ts';
import { returnReasonProblem } from '../../../domain/monitoring/verification.ts';
import { can } from '../../../domain/permissions.ts';
import { todayWita } from '../../../domain/periods/periods.ts';
import { insertAuditEvent } from '../../audit-trail.repository.ts';
import { appError, forbidden, invalidData, notFound, staleWrite } from '../../errors.ts';
import { roadMapForYear } from '../monitoring/monitoring-context.ts';
import {
  closedPeriode,
  dimensiOfYear,
  judgeOfReviu,
  notifyPd,
  requireJudge,
  resolveSubject,
  teamOfYear,
  type ReviuActor,
} from './reviu-context.ts';
import * as repo from './reviu.repository.ts';

const REVIU = { id: 'Reviu', en: 'Review' };

/** Every dimension in configured order, the judged ones from the input (unjudged: null). */
export function normalise(penilaian: readonly Penilaian[], dimensi: readonly DimensiReviu[]): Penilaian[] {
  const by = new Map(penilaian.map((p) => [p.dimensi, p]));
  return dimensi.map((d) => ({
    dimensi: d.code,
    sesuai: by.get(d.code)?.sesuai ?? null,
    catatan: by.get(d.code)?.catatan.trim() ?? '',
  }));
}

export function presentReviu(r: repo.ReviuDbRow, names: ReadonlyMap<string, string>): ReviuRecord {
  const finalDay = r.finalAt ? todayWita(r.finalAt) : null;
  return {
    id: r.id,
    tahap: r.tahap as ReviuRecord['tahap'],
    periodeId: r.periodeId,
    subjectType: r.subjectType as ReviuRecord['subjectType'],
    subjectKey: r.subjectKey,
    pdKey: r.pdKey,
    status: r.status as StatusReviu,
    putaran: r.putaran,
    penilaian: r.penilaian,
    rekomendasi: r.rekomendasi,
    tanggapan: r.tanggapan,
    planRowVersion: r.planRowVersion,
    riwayat: r.riwayat as ReviuRecord['riwayat'],
    evaluator: r.evaluatorId ? (names.get(r.evaluatorId) ?? null) : null,
    finalAt: r.finalAt?.toISOString() ?? null,
    sanggahSampai: r.status === 'final' && finalDay ? sanggahDeadline(finalDay) : null,
    updatedAt: r.updatedAt.toISOString(),
    rowVersion: r.rowVersion,
  };
}

const requireMove = (status: StatusReviu | null, move: ReviuMove, side: 'evaluator' | 'pd') => {
  if (!reviuMoves(status, side).includes(move)) throw appError('REVIU_STATUS');
};

/** Saves the evaluator's judgement of a subject (a draft); after the PD's answer, as a new round. */
export async function judge(db: Db, actor: ReviuActor, instansiId: string, body: JudgeBody) {
  const rm = await roadMapForYear(db, instansiId, body.year);
  const periode = body.tahap === 'on_going' ? await closedPeriode(db, instansiId, body.year, body.periodeId) : null;
  if (body.tahap === 'ex_ante' && body.periodeId)
    throw invalidData([{ field: 'periodeId', code: 'EX_ANTE_NO_PERIODE', message: 'Reviu ex-ante tidak berperiode.' }]);
  const subject = await resolveSubject(db, rm, body.year, body.tahap, body.subjectType, body.subjectKey);
  const team = await teamOfYear(db, instansiId, body.year);
  requireJudge(team, actor, subject);
  const { dimensi } = await dimensiOfYear(db, instansiId, body.year);
  const problems = penilaianProblems(body.penilaian, dimensi);
  if (problems.length) throw invalidData(problems);
  const penilaian = normalise(body.penilaian, dimensi);
  return db.transaction(async (tx) => {
    const key = {
      instansiId,
      year: body.year,
      tahap: body.tahap,
      periodeId: periode?.id ?? null,
      subjectType: body.subjectType,
      subjectKey: body.subjectKey,
    };
    const existing = await repo.findReviuOfSubject(tx, key);
    const columns = {
      penilaian,
      rekomendasi: body.rekomendasi,
      planRowVersion: subject.plan?.rowVersion ?? null,
      evaluatorId: actor.userId,
      updatedBy: actor.audit.actor,
    };
    let row: repo.ReviuDbRow;
    if (!existing) {
      if (body.rowVersion !== 0) throw staleWrite({ reviu: null });
      row = await repo.insertReviu(tx, { ...key, pdKey: subject.pdKey, status: 'draft', ...columns });
    } else {
      if (existing.rowVersion !== body.rowVersion) throw staleWrite({ reviu: presentReviu(existing, team.names) });
      requireMove(existing.status as StatusReviu, 'nilai', 'evaluator');
      // The PD answered: the round it answered is kept as it stood, and a new one begins.
      const newRound =
        existing.status === 'ditanggapi'
          ? {
              putaran: existing.putaran + 1,
              tanggapan: null,
              riwayat: [
                ...existing.riwayat,
                {
                  putaran: existing.putaran,
                  penilaian: existing.penilaian,
                  rekomendasi: existing.rekomendasi,
                  tanggapan: existing.tanggapan,
                  planRowVersion: existing.planRowVersion,
                  evaluator: existing.evaluatorId ? (team.names.get(existing.evaluatorId) ?? null) : null,
                  at: existing.updatedAt.toISOString(),
                },
              ],
            }
          : {};
      const updated = await repo.updateReviu(
        tx,
        existing.id,
        { ...columns, ...newRound, status: 'draft' },
        existing.rowVersion,
      );
      if (!updated) throw staleWrite({ reviu: presentReviu(existing, team.names) });
      row = updated;
    }
    await insertAuditEvent(tx, actor.audit, {
      instansiId,
      action: existing ? 'reviu.update' : 'reviu.create',
      entityType: 'reviu',
      entityId: row.id,
      before: existing ? presentReviu(existing, team.names) : null,
      after: presentReviu(row, team.names),
      pdKey: subject.pdKey,
    });
    return presentReviu(row, team.names);
  });
}

async function loadForJudge(db: Db, actor: ReviuActor, instansiId: string, id: string) {
  const r = await repo.findReviu(db, id);
  if (!r || r.instansiId !== instansiId) throw notFound(REVIU, id);
  return { r, ...(await judgeOfReviu(db, actor, instansiId, r)) };
}

async function move(
  tx: Tx,
  actor: ReviuActor,
  r: repo.ReviuDbRow,
  names: ReadonlyMap<string, string>,
  patch: Parameters<typeof repo.updateReviu>[2],
  rowVersion: number,
  action: string,
) {
  const current = await repo.findReviu(tx, r.id);
  if (!current || current.rowVersion !== rowVersion)
    throw staleWrite({ reviu: current && presentReviu(current, names) });
  const updated = await repo.updateReviu(tx, r.id, { ...patch, updatedBy: actor.audit.actor }, rowVersion);
  if (!updated) throw staleWrite({ reviu: presentReviu(current, names) });
  await insertAuditEvent(tx, actor.audit, {
    instansiId: r.instansiId,
    action,
    entityType: 'reviu',
    entityId: r.id,
    before: presentReviu(current, names),
    after: presentReviu(updated, names),
    pdKey: r.pdKey,
  });
  return presentReviu(updated, names);
}

async function requireComplete(db: Db, r: repo.ReviuDbRow) {
  const { dimensi } = await dimensiOfYear(db, r.instansiId, r.year);
  const open = unjudged(r.penilaian, dimensi);
  if (open.length)
    throw invalidData([
      {
        field: 'penilaian',
        code: 'DIMENSI_BELUM_DINILAI',
        message: `Nilai semua dimensi lebih dahulu (belum: ${open.join(', ')}).`,
      },
    ]);
}

/** Sends the review back to its PD: every dimension judged, with a recommendation the PD can act on. */
export async function kembalikan(db: Db, actor: ReviuActor, instansiId: string, id: string, rowVersion: number) {
  const { r, team, label } = await loadForJudge(db, actor, instansiId, id);
  requireMove(r.status as StatusReviu, 'kembalikan', 'evaluator');
  await requireComplete(db, r);
  const problem = returnReasonProblem(r.rekomendasi);
  if (problem)
    throw invalidData([
      { field: 'rekomendasi', code: problem.code, message: `Rekomendasi untuk PD: ${problem.message}` },
    ]);
  return db.transaction(async (tx) => {
    const out = await move(tx, actor, r, team.names, { status: 'dikembalikan' }, rowVersion, 'reviu.return');
    await notifyPd(tx, r, {
      kind: 'reviu_returned',
      title: `Reviu ${r.tahap === 'ex_ante' ? 'ex-ante' : 'on-going'} dikembalikan: ${label}`,
      body: `${label} — ${r.rekomendasi}`,
    });
    return out;
  });
}

/** Closes the judgement: every dimension judged; the result is provisional until its sanggah window ends. */
export async function finalize(db: Db, actor: ReviuActor, instansiId: string, id: string, rowVersion: number) {
  const { r, team, label } = await loadForJudge(db, actor, instansiId, id);
  requireMove(r.status as StatusReviu, 'final', 'evaluator');
  await requireComplete(db, r);
  return db.transaction(async (tx) => {
    const out = await move(
      tx,
      actor,
      r,
      team.names,
      { status: 'final', finalAt: new Date() },
      rowVersion,
      'reviu.finalize',
    );
    const tidak = out.penilaian.filter((p) => p.sesuai === false).length;
    await notifyPd(tx, r, {
      kind: 'reviu_final',
      title: `Hasil reviu ${r.tahap === 'ex_ante' ? 'ex-ante' : 'on-going'} (sementara): ${label}`,
      body: `${label}: ${tidak === 0 ? 'semua dimensi sesuai' : `${tidak} dimensi tidak sesuai`}. Sanggah dapat diajukan sampai ${out.sanggahSampai}.`,
    });
    return out;
  });
}

/** The PD's answer to a returned review (after revising the plan or the realisasi). */
export async function tanggapi(
  db: Db,
  actor: ReviuActor,
  instansiId: string,
  id: string,
  tanggapan: string,
  rowVersion: number,
) {
  const r = await repo.findReviu(db, id);
  if (!r || r.instansiId !== instansiId) throw notFound(REVIU, id);
  if (!can(actor.roles, 'reviu:respond', [r.pdKey])) throw forbidden();
  requireMove(r.status as StatusReviu, 'tanggapi', 'pd');
  const team = await teamOfYear(db, instansiId, r.year);
  return db.transaction((tx) =>
    move(tx, actor, r, team.names, { status: 'ditanggapi', tanggapan }, rowVersion, 'reviu.answer'),
  );
}
