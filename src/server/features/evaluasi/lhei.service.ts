// The year's LHEI: compiled from the data on every read while a draft, with the narrative the team
// writes (starting from one drafted from the figures) — refused when it cites a number the report
// does not give — and the Inspektur who signs beside the ketua tim; finalising freezes the content
// as it stood, reopening (by the ketua or pengendali teknis) lets it follow the data again. Every
// change is one transaction with its audit event. A year without a team has no LHEI (409).
import type { Db } from '../../../db/client.ts';
import type { Lhei } from '../../../domain/contracts/lhei.ts';
import {
  draftNarasiLhei,
  LHEI_LEGAL_NUMBERS,
  lheiFigures,
  uncitedNumbers,
  type LheiData,
  type StatusLhei,
} from '../../../domain/evaluasi/lhei.ts';
import { isPdScopedOnly } from '../../../domain/permissions.ts';
import { insertAuditEvent } from '../../audit-trail.repository.ts';
import { appError, forbidden, invalidData, staleWrite } from '../../errors.ts';
import { listPerangkatDaerahOf } from '../roadmap/roadmap.service.ts';
import { compileLhei } from './lhei-data.ts';
import * as repo from './lhei.repository.ts';
import { teamOfYear, type ReviuActor } from './reviu-context.ts';

async function context(db: Db, actor: ReviuActor, instansiId: string, year: number) {
  // The report speaks for the whole instansi: PD staff read their own recommendations elsewhere.
  if (isPdScopedOnly(actor.roles)) throw forbidden();
  const team = await teamOfYear(db, instansiId, year);
  if (!team.exists) throw appError('TIM_BELUM_ADA');
  const me = team.anggota.find((a) => a.userId === actor.userId);
  const mayEdit = !!me && me.peran !== 'anggota' && actor.roles.some((r) => r.role === 'evaluator_apip');
  return { mayEdit, row: await repo.findLhei(db, instansiId, year) };
}

/** What the report's readers get; the content is the frozen one once final. Pure: reads happen before. */
function present(
  year: number,
  row: repo.LheiRow | null,
  mayEdit: boolean,
  compiled: LheiData,
  pdNames: Record<string, string>,
): Lhei {
  const isi = row?.status === 'final' && row.isi ? (row.isi as LheiData) : compiled;
  const usulan = draftNarasiLhei(isi);
  return {
    year,
    exists: !!row,
    status: (row?.status as StatusLhei) ?? 'draf',
    narasi: row?.narasi ?? usulan,
    narasiUsulan: usulan,
    inspekturNama: row?.inspekturNama ?? null,
    inspekturNip: row?.inspekturNip ?? null,
    isi,
    pdNames,
    mayEdit,
    finalAt: row?.finalAt?.toISOString() ?? null,
    rowVersion: row?.rowVersion ?? 0,
  };
}

async function pdNamesOf(db: Db, instansiId: string) {
  return Object.fromEntries((await listPerangkatDaerahOf(db, instansiId)).map((p) => [p.key, p.shortName]));
}

export async function getLhei(db: Db, actor: ReviuActor, instansiId: string, year: number) {
  const { mayEdit, row } = await context(db, actor, instansiId, year);
  // A final report is not compiled again: its content is the frozen one.
  const isi = row?.status === 'final' && row.isi ? (row.isi as LheiData) : await compileLhei(db, instansiId, year);
  return present(year, row, mayEdit, isi, await pdNamesOf(db, instansiId));
}

const audited = ({ isi: _i, pdNames: _p, narasiUsulan: _u, ...l }: Lhei) => l;

export async function saveLhei(
  db: Db,
  actor: ReviuActor,
  instansiId: string,
  year: number,
  body: { narasi: string; inspekturNama: string | null; inspekturNip: string | null; rowVersion: number },
) {
  const { mayEdit, row } = await context(db, actor, instansiId, year);
  if (!mayEdit) throw forbidden();
  if (row?.status === 'final') throw appError('LHEI_FINAL');
  const isi = await compileLhei(db, instansiId, year);
  const pdNames = await pdNamesOf(db, instansiId);
  const uncited = uncitedNumbers(body.narasi, lheiFigures(isi), LHEI_LEGAL_NUMBERS);
  if (uncited.length)
    throw invalidData([
      {
        field: 'narasi',
        code: 'NARASI_UNCITED_NUMBER',
        message: `Narasi memuat angka yang tidak ada dalam data laporan: ${uncited.join(', ')}. Kutip angka hasil perhitungan saja.`,
      },
    ]);
  return db.transaction(async (tx) => {
    const current = await repo.findLhei(tx, instansiId, year);
    if ((current?.rowVersion ?? 0) !== body.rowVersion)
      throw staleWrite({ lhei: current && audited(present(year, current, mayEdit, isi, pdNames)) });
    const patch = {
      narasi: body.narasi,
      inspekturNama: body.inspekturNama,
      inspekturNip: body.inspekturNip,
      updatedBy: actor.audit.actor,
    };
    const saved = current
      ? await repo.updateLhei(tx, current.id, patch, current.rowVersion)
      : await repo.insertLhei(tx, { instansiId, year, status: 'draf', ...patch });
    if (!saved) throw staleWrite({ lhei: null });
    const out = present(year, saved, mayEdit, isi, pdNames);
    await insertAuditEvent(tx, actor.audit, {
      instansiId,
      action: current ? 'lhei.update' : 'lhei.create',
      entityType: 'lhei',
      entityId: saved.id,
      before: current
        ? { narasi: current.narasi, inspekturNama: current.inspekturNama, inspekturNip: current.inspekturNip }
        : null,
      after: patch,
    });
    return out;
  });
}

async function setStatus(
  db: Db,
  actor: ReviuActor,
  instansiId: string,
  year: number,
  rowVersion: number,
  to: StatusLhei,
) {
  const { mayEdit, row } = await context(db, actor, instansiId, year);
  if (!mayEdit) throw forbidden();
  if (!row) throw appError('LHEI_NOT_FINAL');
  if (to === 'final' && row.status === 'final') throw appError('LHEI_FINAL');
  if (to === 'draf' && row.status !== 'final') throw appError('LHEI_NOT_FINAL');
  const isi = to === 'final' ? await compileLhei(db, instansiId, year) : null;
  // Reopened, the report follows the data again.
  const shown = isi ?? (await compileLhei(db, instansiId, year));
  const pdNames = await pdNamesOf(db, instansiId);
  return db.transaction(async (tx) => {
    const saved = await repo.updateLhei(
      tx,
      row.id,
      { status: to, isi, finalAt: to === 'final' ? new Date() : null, updatedBy: actor.audit.actor },
      rowVersion,
    );
    if (!saved) throw staleWrite({ lhei: null });
    await insertAuditEvent(tx, actor.audit, {
      instansiId,
      action: to === 'final' ? 'lhei.finalize' : 'lhei.reopen',
      entityType: 'lhei',
      entityId: row.id,
      before: { status: row.status },
      after: { status: to, ...(isi ? { isi } : {}) },
    });
    return present(year, saved, mayEdit, shown, pdNames);
  });
}

export const finalizeLhei = (db: Db, actor: ReviuActor, instansiId: string, year: number, rowVersion: number) =>
  setStatus(db, actor, instansiId, year, rowVersion, 'final');

export const reopenLhei = (db: Db, actor: ReviuActor, instansiId: string, year: number, rowVersion: number) =>
  setStatus(db, actor, instansiId, year, rowVersion, 'draf');
