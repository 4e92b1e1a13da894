// Excel use cases of action plans: export a year's plans (PD staff: their PD's only); preview an upload
// (every problem by row and column, nothing kept); commit it — every row through the same service as
// the form, in ONE transaction with the rows' audit events and one import event, or nothing at all.
import { createHash } from 'node:crypto';
import type { Db, Tx } from '../../../db/client.ts';
import { can, type RoleAssignment } from '../../../domain/permissions.ts';
import { AppError } from '../../errors.ts';
import { insertAuditEvent, type AuditContext } from '../../audit-trail.repository.ts';
import { roadMapForYear } from '../monitoring/monitoring-context.ts';
import { listPeriodesOf } from '../monitoring/periode.service.ts';
import { listRealisasiOfPeriodes } from '../monitoring/realisasi.service.ts';
import { listPerangkatDaerahOf } from '../roadmap/roadmap.service.ts';
import type { PlanImportResult } from '../../../domain/contracts/rencana-aksi.ts';
import * as service from './rencana-aksi.service.ts';
import { visiblePlans } from './rencana-aksi-visibility.ts';
import { buildPlansWorkbook } from './rencana-aksi-xlsx.export.ts';
import type { ColumnKey, PlanImportProblem } from './rencana-aksi-xlsx.layout.ts';
import { readPlanSheet, type SheetRead } from './rencana-aksi-xlsx.read.ts';
import { columnOfField, locate, readPlanRow, type PlanRow } from './rencana-aksi-xlsx.rows.ts';

type Plan = Awaited<ReturnType<typeof service.list>>[number];

export type RowAction = PlanImportResult['rows'][number]['action'];

export type { PlanImportResult };

/** Latest budget realised per plan: the value of the last period that reports one (values are to date). */
async function anggaranRealisasi(db: Db, instansiId: string, year: number): Promise<Map<string, number>> {
  const periods = await listPeriodesOf(db, instansiId, year);
  const order = new Map(periods.map((p, i) => [p.id, i]));
  const rows = (
    await listRealisasiOfPeriodes(
      db,
      periods.map((p) => p.id),
    )
  ).filter((r) => r.subjectType === 'rencana_aksi' && r.anggaranRealisasi !== null);
  rows.sort((a, b) => (order.get(a.periodeId) ?? 0) - (order.get(b.periodeId) ?? 0));
  return new Map(rows.map((r) => [r.subjectKey, Number(r.anggaranRealisasi)]));
}

export async function exportPlansXlsx(
  db: Db,
  instansiId: string,
  roles: readonly RoleAssignment[],
  year: number,
  pdKey?: string,
) {
  const rm = await roadMapForYear(db, instansiId, year);
  const plans = visiblePlans(roles, await service.list(db, instansiId, { year, ...(pdKey ? { pdKey } : {}) }));
  const pds = await listPerangkatDaerahOf(db, instansiId);
  const anggaran = await anggaranRealisasi(db, instansiId, year);
  const periods = await listPeriodesOf(db, instansiId, year);
  const pd = pdKey ? pds.find((p) => p.key === pdKey) : undefined;
  const buf = await buildPlansWorkbook({
    year,
    doc: rm.document,
    pds,
    plans: plans.map((p) => ({ ...p, anggaranRealisasi: anggaran.get(p.id) ?? null })),
    quarterly: periods.some((p) => p.code.startsWith('TW')),
    ...(pd ? { pdFilter: pd.name } : {}),
  });
  const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    buf,
    fileName: `rencana-aksi-${slug(rm.document.instansi.code)}-${year}${pd ? `-${slug(pd.key)}` : ''}.xlsx`,
  };
}

/** Whether a row would change nothing: then it neither needs the version check nor writes. */
function sameAsCurrent(cur: Plan, input: service.RencanaAksiInput): boolean {
  const targets = (ts: { periodCode: string; target: number }[]) =>
    [...ts]
      .sort((a, b) => a.periodCode.localeCompare(b.periodCode))
      .map((t) => `${t.periodCode}=${t.target}`)
      .join(',');
  return (
    cur.nodeKey === input.nodeKey &&
    cur.rincianKegiatan === input.rincianKegiatan &&
    cur.indikatorOutput === input.indikatorOutput &&
    cur.satuan === input.satuan &&
    cur.targetTotal === input.targetTotal &&
    targets(cur.targets) === targets(input.targets) &&
    cur.startDate === input.startDate &&
    cur.endDate === input.endDate &&
    cur.pagu === input.pagu &&
    cur.pelaksanaPdKey === input.pelaksanaPdKey &&
    cur.koordinatorPdKey === input.koordinatorPdKey &&
    cur.penanggungJawab === input.penanggungJawab &&
    (cur.permasalahan || null) === (input.permasalahan || null) &&
    cur.fokusIntervensi.join(',') === input.fokusIntervensi.join(',')
  );
}

/** A refusal of the service for one row, located on the row's column (or the whole row). */
function problemsOfRefusal(err: unknown, plan: PlanRow, columns: Map<ColumnKey, number>): PlanImportProblem[] {
  if (!(err instanceof AppError)) throw err;
  const at = (key: ColumnKey | null) => locate(plan.row, key, columns);
  if (err.fields?.length) {
    return err.fields.map((f) => ({
      ...at(columnOfField(f.field.split('.'), plan.input.targets)),
      code: f.code,
      message: f.message,
      severity: 'error' as const,
    }));
  }
  if (err.code === 'FORBIDDEN')
    return [
      {
        ...at('pelaksana'),
        code: 'FORBIDDEN_PD',
        message: 'Anda hanya dapat mengimpor rencana aksi perangkat daerah Anda sendiri.',
        severity: 'error',
      },
    ];
  if (err.code === 'STALE_WRITE')
    return [
      {
        ...at('id'),
        code: 'STALE_ROW',
        message:
          'Rencana aksi ini sudah diubah orang lain sejak berkas diekspor. Ekspor ulang lalu terapkan perubahan Anda.',
        severity: 'error',
      },
    ];
  return [{ ...at(null), code: err.code, message: err.messageId, severity: 'error' }];
}

interface Applied extends PlanImportResult {
  created: string[];
  updated: string[];
  pdKeys: Set<string>;
}

/**
 * Reads every row and applies the valid ones inside `tx`, each in a savepoint of its own so that one
 * refused row does not hide the problems of the next. The caller keeps or discards the whole.
 */
async function apply(
  tx: Tx,
  audit: AuditContext,
  roles: readonly RoleAssignment[],
  instansiId: string,
  year: number,
  read: SheetRead,
): Promise<Applied> {
  // A transaction is a database handle like any other: the service opens savepoints in it.
  const db = tx as Db;
  const context = await service.planContext(db, instansiId, year);
  const rm = context.rm;
  const pds = await listPerangkatDaerahOf(db, instansiId);
  const current = await service.list(db, instansiId, { year });
  const existing = new Map(current.map((p) => [p.id, p]));
  const problems: PlanImportProblem[] = [...read.problems];
  const rows: PlanImportResult['rows'] = [];
  const out: Applied = {
    ok: false,
    year,
    counts: { rows: read.rows.length, create: 0, update: 0, unchanged: 0, errors: 0 },
    rows,
    problems,
    created: [],
    updated: [],
    pdKeys: new Set(),
  };
  const ctx = { year, doc: rm.document, pds, roles, columns: read.columns, existing };
  const seen = new Map<string, number>();

  for (const sheetRow of read.rows) {
    const { plan, problems: rowProblems } = readPlanRow(sheetRow, ctx);
    const rincian = String(sheetRow.cells.rincian ?? '').trim();
    const fail = (list: PlanImportProblem[]) => {
      problems.push(...list);
      rows.push({ row: sheetRow.row, action: 'error', id: plan?.id ?? null, rincianKegiatan: rincian });
    };
    if (!plan) {
      fail(rowProblems);
      continue;
    }
    const at = (key: ColumnKey) => locate(plan.row, key, read.columns);
    if (plan.id && seen.has(plan.id)) {
      fail([
        {
          ...at('id'),
          code: 'DUPLICATE_ID',
          message: `ID yang sama sudah dipakai di baris ${seen.get(plan.id)}; satu rencana aksi hanya boleh satu baris.`,
          severity: 'error',
        },
      ]);
      continue;
    }
    if (plan.id) seen.set(plan.id, plan.row);
    const cur = plan.id ? existing.get(plan.id) : undefined;
    if (cur && sameAsCurrent(cur, plan.input)) {
      out.counts.unchanged++;
      rows.push({ row: plan.row, action: 'unchanged', id: cur.id, rincianKegiatan: plan.input.rincianKegiatan });
      continue;
    }
    // PD staff import only plans their PD implements: the row's PD and, for an update, the plan's own.
    const mine = (pd: string) => can(roles, 'rencana_aksi:manage', [pd]);
    const forbidden: PlanImportProblem[] = [];
    if (!mine(plan.input.pelaksanaPdKey))
      forbidden.push({
        ...at('pelaksana'),
        code: 'FORBIDDEN_PD',
        message: `Anda hanya dapat mengimpor rencana aksi perangkat daerah Anda sendiri, bukan "${String(sheetRow.cells.pelaksana ?? '')}".`,
        severity: 'error',
      });
    if (cur && !mine(cur.pelaksanaPdKey))
      forbidden.push({
        ...at('id'),
        code: 'FORBIDDEN_PD',
        message: 'Rencana aksi ini milik perangkat daerah lain; Anda tidak dapat mengubahnya.',
        severity: 'error',
      });
    if (forbidden.length) {
      fail(forbidden);
      continue;
    }
    if (cur && plan.rowVersion === null) {
      fail([
        {
          ...at('versi'),
          code: 'VERSION_REQUIRED',
          message: 'Kolom Versi kosong untuk rencana aksi yang sudah ada; ekspor ulang lalu terapkan perubahan Anda.',
          severity: 'error',
        },
      ]);
      continue;
    }
    try {
      if (cur) {
        const saved = await service.update(db, audit, roles, cur.id, plan.input, plan.rowVersion!, context);
        out.counts.update++;
        out.updated.push(saved.id);
        out.pdKeys.add(cur.pelaksanaPdKey);
        rows.push({ row: plan.row, action: 'update', id: saved.id, rincianKegiatan: saved.rincianKegiatan });
      } else {
        const saved = await service.create(db, audit, roles, instansiId, plan.input, context);
        out.counts.create++;
        out.created.push(saved.id);
        rows.push({ row: plan.row, action: 'create', id: saved.id, rincianKegiatan: saved.rincianKegiatan });
      }
      out.pdKeys.add(plan.input.pelaksanaPdKey);
    } catch (err) {
      fail(problemsOfRefusal(err, plan, read.columns));
    }
  }
  if (read.rows.length === 0 && !problems.some((p) => p.severity === 'error'))
    problems.push({
      row: null,
      column: null,
      header: null,
      code: 'NO_ROWS',
      message: 'Lembar tidak berisi rencana aksi; tidak ada yang diimpor.',
      severity: 'error',
    });
  out.counts.errors = rows.filter((r) => r.action === 'error').length;
  out.ok = !problems.some((p) => p.severity === 'error');
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? '').localeCompare(b.column ?? ''));
  return out;
}

const publicResult = ({ created: _c, updated: _u, pdKeys: _p, ...result }: Applied): PlanImportResult => result;

/** A result for a file that could not be read as a plan sheet: nothing to apply. */
function unreadable(year: number, read: SheetRead): PlanImportResult | null {
  if (!read.problems.some((p) => p.severity === 'error')) return null;
  return {
    ok: false,
    year,
    counts: { rows: read.rows.length, create: 0, update: 0, unchanged: 0, errors: 0 },
    rows: [],
    problems: read.problems,
  };
}

/** Thrown to roll the dry run back: a preview writes nothing, yet sees what the commit would do. */
class DryRun extends Error {
  constructor(readonly result: PlanImportResult) {
    super('dry run');
  }
}

export async function previewPlansImport(
  db: Db,
  audit: AuditContext,
  roles: readonly RoleAssignment[],
  instansiId: string,
  year: number,
  buf: Buffer,
): Promise<PlanImportResult> {
  const read = await readPlanSheet(buf, year);
  const early = unreadable(year, read);
  if (early) return early;
  try {
    await db.transaction(async (tx) => {
      throw new DryRun(publicResult(await apply(tx, audit, roles, instansiId, year, read)));
    });
  } catch (e) {
    if (e instanceof DryRun) return e.result;
    throw e;
  }
  throw new Error('unreachable: the dry run always rolls back');
}

export async function commitPlansImport(
  db: Db,
  audit: AuditContext,
  roles: readonly RoleAssignment[],
  instansiId: string,
  year: number,
  buf: Buffer,
  fileName: string,
): Promise<PlanImportResult> {
  const read = await readPlanSheet(buf, year);
  const early = unreadable(year, read);
  const refuse = (result: PlanImportResult) =>
    new AppError(
      'IMPORT_HAS_ERRORS',
      'Berkas memiliki kesalahan; tidak ada rencana aksi yang disimpan. Perbaiki baris yang disebutkan lalu unggah kembali.',
      'The file has errors; no action plan was saved.',
      undefined,
      result,
    );
  if (early) throw refuse(early);
  return db.transaction(async (tx) => {
    const applied = await apply(tx, audit, roles, instansiId, year, read);
    if (!applied.ok) throw refuse(publicResult(applied));
    const pdKeys = [...applied.pdKeys];
    await insertAuditEvent(tx, audit, {
      instansiId,
      action: 'rencana_aksi.import',
      entityType: 'rencana_aksi_import',
      entityId: `${year}`,
      before: null,
      after: {
        year,
        fileName,
        sha256: createHash('sha256').update(buf).digest('hex'),
        created: applied.created,
        updated: applied.updated,
        unchanged: applied.counts.unchanged,
      },
      pdKey: pdKeys.length === 1 ? pdKeys[0] : null,
    });
    return publicResult(applied);
  });
}
