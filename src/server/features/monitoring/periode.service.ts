// Reporting periods: set up the semesters (or quarters) of a year with their entry windows, change a
// window, and reopen a locked period — an explicit act with a reason, by an approver, audited.
import type { Db, Tx } from '../../../db/client.ts';
import {
  periodsOfYear,
  defaultEntryWindow,
  periodState,
  daysToDeadline,
  todayWita,
  type PeriodCode,
} from '../../../domain/periods/periods.ts';
import type { Periode } from '../../../domain/contracts/monitoring.ts';
import { AppError, notFound, staleWrite, invalidData } from '../../errors.ts';
import { insertAuditEvent, type AuditContext } from '../../audit-trail.repository.ts';
import * as repo from './periode.repository.ts';

const PERIODE = { id: 'Periode', en: 'Period' };

export function presentPeriode(p: repo.PeriodeRow, now: Date = new Date()): Periode {
  const window = { opensAt: p.opensAt, deadline: p.deadline };
  return {
    id: p.id,
    year: p.year,
    code: p.code as PeriodCode,
    startDate: p.startDate,
    endDate: p.endDate,
    opensAt: p.opensAt,
    deadline: p.deadline,
    reopenedUntil: p.reopenedUntil,
    state: periodState(
      { code: p.code as PeriodCode, year: p.year, start: p.startDate, end: p.endDate },
      window,
      now,
      p.reopenedUntil,
    ),
    daysToDeadline: daysToDeadline(window, now),
    rowVersion: p.rowVersion,
  };
}

/** The periods of an instansi (of one year, or all), in order, as the API presents them. */
export async function listPeriodes(db: Db, instansiId: string, year?: number): Promise<Periode[]> {
  return (await repo.listPeriodes(db, instansiId, year)).map((p) => presentPeriode(p));
}

export async function setupYear(
  db: Db,
  audit: AuditContext,
  instansiId: string,
  year: number,
  scheme: 'semester' | 'quarter',
) {
  return db.transaction(async (tx) => {
    const existing = await repo.listPeriodes(tx, instansiId, year);
    if (existing.length) {
      throw new AppError(
        'PERIODE_EXISTS',
        `Periode tahun ${year} sudah disiapkan.`,
        `The periods of ${year} already exist.`,
      );
    }
    await insertYearTx(tx, audit, instansiId, year, scheme);
    return (await repo.listPeriodes(tx, instansiId, year)).map((p) => presentPeriode(p));
  });
}

/** Ensures a year's semesters exist (used when seeding the demo). */
export async function ensureYearTx(tx: Tx, audit: AuditContext, instansiId: string, year: number) {
  if ((await repo.listPeriodes(tx, instansiId, year)).length) return;
  await insertYearTx(tx, audit, instansiId, year, 'semester');
}

/** Inserts a year's periods with their default entry windows, audited (the caller checked there were none). */
async function insertYearTx(
  tx: Tx,
  audit: AuditContext,
  instansiId: string,
  year: number,
  scheme: 'semester' | 'quarter',
) {
  const rows = periodsOfYear(year, scheme).map((p) => {
    const w = defaultEntryWindow(p);
    return {
      instansiId,
      year,
      code: p.code,
      startDate: p.start,
      endDate: p.end,
      opensAt: w.opensAt,
      deadline: w.deadline,
    };
  });
  await repo.insertPeriodes(tx, rows);
  await insertAuditEvent(tx, audit, {
    instansiId,
    action: 'periode.setup',
    entityType: 'periode',
    entityId: `${year}`,
    before: null,
    after: { year, scheme, periods: rows.map((r) => r.code) },
  });
}

export async function getPeriode(tx: Tx | Db, id: string) {
  const p = await repo.findPeriode(tx, id);
  if (!p) throw notFound(PERIODE, id);
  return p;
}

export async function updateWindow(
  db: Db,
  audit: AuditContext,
  id: string,
  input: { opensAt: string; deadline: string; rowVersion: number },
) {
  return db.transaction(async (tx) => {
    const p = await getPeriode(tx, id);
    if (input.opensAt > input.deadline) {
      throw invalidData([
        { field: 'deadline', code: 'DEADLINE_BEFORE_OPEN', message: 'Batas akhir tidak boleh sebelum tanggal dibuka.' },
      ]);
    }
    if (input.deadline < p.endDate) {
      throw invalidData([
        {
          field: 'deadline',
          code: 'DEADLINE_BEFORE_PERIOD_END',
          message: 'Batas akhir tidak boleh sebelum periode berakhir.',
        },
      ]);
    }
    if (!(await repo.updatePeriode(tx, id, { opensAt: input.opensAt, deadline: input.deadline }, input.rowVersion)))
      throw staleWrite({ periode: presentPeriode(p) });
    await insertAuditEvent(tx, audit, {
      instansiId: p.instansiId,
      action: 'periode.update_window',
      entityType: 'periode',
      entityId: id,
      before: { opensAt: p.opensAt, deadline: p.deadline },
      after: { opensAt: input.opensAt, deadline: input.deadline },
    });
    return presentPeriode((await repo.findPeriode(tx, id))!);
  });
}

/**
 * Ends a reopening early, once the corrections are in: the period is locked again (its own deadline
 * has passed, or it would not have been locked). Audited like the reopening it ends.
 */
export async function closeAgain(db: Db, audit: AuditContext, id: string, rowVersion: number, now: Date = new Date()) {
  return db.transaction(async (tx) => {
    const p = await getPeriode(tx, id);
    const current = presentPeriode(p, now);
    if (current.state !== 'dibuka_kembali')
      throw new AppError(
        'PERIODE_NOT_LOCKED',
        'Periode ini tidak sedang dibuka kembali; tidak ada yang ditutup.',
        'The period is not reopened.',
      );
    if (!(await repo.updatePeriode(tx, id, { reopenedUntil: null }, rowVersion)))
      throw staleWrite({ periode: current });
    await insertAuditEvent(tx, audit, {
      instansiId: p.instansiId,
      action: 'periode.close_again',
      entityType: 'periode',
      entityId: id,
      before: { reopenedUntil: p.reopenedUntil, state: current.state },
      after: { reopenedUntil: null, state: 'terkunci' },
    });
    return presentPeriode((await repo.findPeriode(tx, id))!, now);
  });
}

/** Reopening a locked period needs a reason and is approved by the acting coordinator; it is audited. */
export async function reopen(
  db: Db,
  audit: AuditContext,
  id: string,
  input: { reason: string; until: string; rowVersion: number },
  now: Date = new Date(),
) {
  return db.transaction(async (tx) => {
    const p = await getPeriode(tx, id);
    const current = presentPeriode(p, now);
    if (current.state !== 'terkunci') {
      throw new AppError(
        'PERIODE_NOT_LOCKED',
        'Periode ini tidak terkunci; tidak perlu dibuka kembali.',
        'The period is not locked.',
      );
    }
    if (input.until < todayWita(now)) {
      throw invalidData([
        { field: 'until', code: 'UNTIL_IN_PAST', message: 'Tanggal dibuka kembali sampai tidak boleh di masa lalu.' },
      ]);
    }
    if (!(await repo.updatePeriode(tx, id, { reopenedUntil: input.until }, input.rowVersion)))
      throw staleWrite({ periode: current });
    await insertAuditEvent(tx, audit, {
      instansiId: p.instansiId,
      action: 'periode.reopen',
      entityType: 'periode',
      entityId: id,
      before: { reopenedUntil: p.reopenedUntil, state: current.state },
      after: { reopenedUntil: input.until, reason: input.reason, approvedBy: audit.actor },
    });
    return presentPeriode((await repo.findPeriode(tx, id))!, now);
  });
}

/**
 * The embedded demo opens the 2024 periods again (their deadlines are long past) so a first-time user
 * can try entering realisasi. Like any reopening it carries a reason and is audited.
 */
export async function demoReopenYearTx(
  tx: Tx,
  audit: AuditContext,
  instansiId: string,
  year: number,
  now: Date = new Date(),
) {
  const until = new Date(now.getTime() + 365 * 86400_000).toISOString().slice(0, 10);
  for (const p of await repo.listPeriodes(tx, instansiId, year)) {
    await repo.updatePeriode(tx, p.id, { reopenedUntil: until }, p.rowVersion);
    await insertAuditEvent(tx, audit, {
      instansiId,
      action: 'periode.reopen',
      entityType: 'periode',
      entityId: p.id,
      before: { reopenedUntil: p.reopenedUntil },
      after: {
        reopenedUntil: until,
        reason: 'Data demo: periode dibuka kembali agar pengisian realisasi dapat dicoba.',
        approvedBy: audit.actor,
      },
    });
  }
}

// ——— Reads for other features (rencana aksi), which may not import this repository ———

/** The monitoring periods of an instansi (of one year when given). */
export function listPeriodesOf(db: Db | Tx, instansiId: string, year?: number) {
  return repo.listPeriodes(db, instansiId, year);
}
