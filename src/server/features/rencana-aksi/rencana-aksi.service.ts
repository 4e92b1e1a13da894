// Action plans (rencana aksi) under a kegiatan utama (RB General) or a sasaran tematik (RB Tematik),
// with the regulation's five minimum fields — rincian kegiatan, indikator output, target, waktu
// pelaksanaan, penanggung jawab — plus unit, per-period targets, budget, the implementing and
// coordinating PDs, and for RB Tematik the problem addressed and the focus of intervention.
import type { Db } from '../../../db/client.ts';
import { canonicalFokus, type FokusIntervensi } from '../../../domain/rencana-aksi/fokus.ts';
import { can, type RoleAssignment } from '../../../domain/permissions.ts';
import { AppError, notFound, staleWrite, invalidData, type FieldError } from '../../errors.ts';
import { forbidden } from '../../errors.ts';
import { insertAuditEvent, type AuditContext } from '../../audit-trail.repository.ts';
import type { RencanaAksi, RencanaAksiBody } from '../../../domain/contracts/rencana-aksi.ts';
import { finalTargetProblem, PERIOD_CODES, unitTargetProblems } from '../../../domain/rencana-aksi/targets.ts';
import { listPerangkatDaerahOf } from '../roadmap/roadmap.service.ts';
import { roadMapForYear } from '../monitoring/monitoring-context.ts';
import * as repo from './rencana-aksi.repository.ts';
import { countRealisasiOfSubject } from '../monitoring/realisasi.service.ts';

export { FOKUS_INTERVENSI, type FokusIntervensi } from '../../../domain/rencana-aksi/fokus.ts';
export { PERIOD_CODES };

export interface RencanaAksiInput {
  year: number;
  nodeKey: string;
  rincianKegiatan: string;
  indikatorOutput: string;
  satuan: string;
  targetTotal: number;
  targets: { periodCode: (typeof PERIOD_CODES)[number]; target: number }[];
  startDate: string;
  endDate: string;
  pagu: number | null;
  pelaksanaPdKey: string;
  koordinatorPdKey: string | null;
  penanggungJawab: string;
  permasalahan: string | null;
  /** Empty for RB General; at least one for RB Tematik. */
  fokusIntervensi: FokusIntervensi[];
}

/** The service's input for a valid body. Throws 422 when a target does not fit the unit. */
export function toServiceInput(body: RencanaAksiBody): RencanaAksiInput {
  const problems = unitTargetProblems(body);
  if (problems.length) throw invalidData(problems.map(({ field, code, message }) => ({ field, code, message })));
  return {
    ...body,
    permasalahan: body.permasalahan === '' ? null : body.permasalahan,
    fokusIntervensi:
      body.fokusIntervensi === null
        ? []
        : canonicalFokus(typeof body.fokusIntervensi === 'string' ? [body.fokusIntervensi] : body.fokusIntervensi),
  };
}

const periodOrder = (code: string) => PERIOD_CODES.indexOf(code as (typeof PERIOD_CODES)[number]);

export function presentRencanaAksi(
  r: repo.RencanaAksiRow,
  targets: { periodCode: string; target: string }[],
): RencanaAksi {
  return {
    id: r.id,
    year: r.year,
    nodeKey: r.nodeKey,
    rincianKegiatan: r.rincianKegiatan,
    indikatorOutput: r.indikatorOutput,
    satuan: r.satuan,
    targetTotal: Number(r.targetTotal),
    // Stored codes are written only from PERIOD_CODES (the body's enum).
    targets: targets
      .map((t) => ({ periodCode: t.periodCode as (typeof PERIOD_CODES)[number], target: Number(t.target) }))
      .sort((a, b) => periodOrder(a.periodCode) - periodOrder(b.periodCode)),
    startDate: r.startDate,
    endDate: r.endDate,
    pagu: r.pagu === null ? null : Number(r.pagu),
    pelaksanaPdKey: r.pelaksanaPdKey,
    koordinatorPdKey: r.koordinatorPdKey,
    penanggungJawab: r.penanggungJawab,
    permasalahan: r.permasalahan,
    fokusIntervensi: canonicalFokus(r.fokusIntervensi),
    rowVersion: r.rowVersion,
  };
}

/**
 * What checking a plan needs to know about its instansi and year: the road map in force and the PDs.
 * Loaded once per command; an import of many rows loads it once for all of them.
 */
export interface PlanContext {
  year: number;
  rm: Awaited<ReturnType<typeof roadMapForYear>>;
  pdKeys: ReadonlySet<string>;
}

export async function planContext(db: Db, instansiId: string, year: number): Promise<PlanContext> {
  const rm = await roadMapForYear(db, instansiId, year);
  const pdKeys = new Set((await listPerangkatDaerahOf(db, instansiId)).map((p) => p.key));
  return { year, rm, pdKeys };
}

async function check(
  db: Db,
  instansiId: string,
  input: RencanaAksiInput,
  roles: readonly RoleAssignment[],
  context?: PlanContext,
) {
  const ctx = context?.year === input.year ? context : await planContext(db, instansiId, input.year);
  const rm = ctx.rm;
  const fields: FieldError[] = [];
  const node = rm.document.nodes.find((n) => n.key === input.nodeKey);
  if (!node || (node.kind !== 'kegiatan_utama' && node.kind !== 'sasaran_tematik')) {
    fields.push({
      field: 'nodeKey',
      code: 'UNKNOWN_NODE',
      message: 'Pilih kegiatan utama (RB General) atau sasaran tematik (RB Tematik) dari road map yang berlaku.',
    });
  }
  const tematik = node?.kind === 'sasaran_tematik';
  if (!tematik && (input.fokusIntervensi.length > 0 || input.permasalahan)) {
    fields.push({
      field: 'fokusIntervensi',
      code: 'TEMATIK_ONLY',
      message: 'Permasalahan dan fokus intervensi hanya untuk RB Tematik.',
    });
  }
  if (tematik && input.fokusIntervensi.length === 0)
    fields.push({ field: 'fokusIntervensi', code: 'REQUIRED', message: 'Fokus intervensi wajib untuk RB Tematik.' });
  if (input.startDate > input.endDate)
    fields.push({
      field: 'endDate',
      code: 'DATE_BEFORE_START',
      message: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
    });
  if (!input.startDate.startsWith(String(input.year)) || !input.endDate.startsWith(String(input.year))) {
    fields.push({
      field: 'startDate',
      code: 'OUTSIDE_YEAR',
      message: `Waktu pelaksanaan harus di dalam tahun ${input.year}.`,
    });
  }
  const codes = input.targets.map((t) => t.periodCode);
  if (new Set(codes).size !== codes.length)
    fields.push({ field: 'targets', code: 'DUPLICATE_PERIOD', message: 'Target per periode disebut dua kali.' });
  const semester = codes.some((c) => c.startsWith('S'));
  const quarter = codes.some((c) => c.startsWith('TW'));
  if (semester && quarter)
    fields.push({
      field: 'targets',
      code: 'MIXED_PERIODS',
      message: 'Pakai target semester atau triwulan, tidak keduanya.',
    });
  const final = finalTargetProblem(input.targets, input.targetTotal);
  if (final) fields.push({ field: 'targets', code: final.code, message: final.message });
  const pds = ctx.pdKeys;
  if (!pds.has(input.pelaksanaPdKey))
    fields.push({ field: 'pelaksanaPdKey', code: 'UNKNOWN_PD', message: 'Perangkat daerah pelaksana tidak dikenal.' });
  if (input.koordinatorPdKey && !pds.has(input.koordinatorPdKey))
    fields.push({
      field: 'koordinatorPdKey',
      code: 'UNKNOWN_PD',
      message: 'Perangkat daerah koordinator tidak dikenal.',
    });
  if (fields.length) throw invalidData(fields);
  if (!can(roles, 'rencana_aksi:manage', [input.pelaksanaPdKey])) throw forbidden();
  return rm;
}

function columns(input: RencanaAksiInput) {
  return {
    year: input.year,
    nodeKey: input.nodeKey,
    rincianKegiatan: input.rincianKegiatan,
    indikatorOutput: input.indikatorOutput,
    satuan: input.satuan,
    targetTotal: String(input.targetTotal),
    startDate: input.startDate,
    endDate: input.endDate,
    pagu: input.pagu === null ? null : String(input.pagu),
    pelaksanaPdKey: input.pelaksanaPdKey,
    koordinatorPdKey: input.koordinatorPdKey,
    penanggungJawab: input.penanggungJawab,
    permasalahan: input.permasalahan,
    fokusIntervensi: canonicalFokus(input.fokusIntervensi),
  };
}

export async function list(
  db: Db,
  instansiId: string,
  filter: { year: number; pdKey?: string; nodeKey?: string },
): Promise<RencanaAksi[]> {
  const rm = await roadMapForYear(db, instansiId, filter.year);
  const rows = await repo.listRencanaAksi(db, { roadMapId: rm.roadMapId, ...filter });
  const targets = await repo.targetsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) =>
    presentRencanaAksi(
      r,
      targets.filter((t) => t.rencanaAksiId === r.id),
    ),
  );
}

export async function create(
  db: Db,
  audit: AuditContext,
  roles: readonly RoleAssignment[],
  instansiId: string,
  input: RencanaAksiInput,
  context?: PlanContext,
) {
  const rm = await check(db, instansiId, input, roles, context);
  return db.transaction(async (tx) => {
    const row = await repo.insertRencanaAksi(tx, { instansiId, roadMapId: rm.roadMapId, ...columns(input) });
    await repo.replaceTargets(tx, row.id, instansiId, input.targets);
    const out = presentRencanaAksi(
      row,
      input.targets.map((t) => ({ periodCode: t.periodCode, target: String(t.target) })),
    );
    await insertAuditEvent(tx, audit, {
      instansiId,
      action: 'rencana_aksi.create',
      entityType: 'rencana_aksi',
      entityId: row.id,
      before: null,
      after: out,
      pdKey: input.pelaksanaPdKey,
    });
    return out;
  });
}

export async function update(
  db: Db,
  audit: AuditContext,
  roles: readonly RoleAssignment[],
  id: string,
  input: RencanaAksiInput,
  rowVersion: number,
  context?: PlanContext,
) {
  const current = await repo.findRencanaAksi(db, id);
  if (!current) throw notFound({ id: 'Rencana aksi', en: 'Action plan' }, id);
  // Moving a plan to another PD needs the right over both PDs.
  if (!can(roles, 'rencana_aksi:manage', [current.pelaksanaPdKey])) throw forbidden();
  await check(db, current.instansiId, input, roles, context);
  return db.transaction(async (tx) => {
    const before = presentRencanaAksi(current, await repo.targetsOf(tx, [id]));
    const row = await repo.updateRencanaAksi(tx, id, columns(input), rowVersion);
    if (!row) throw staleWrite({ rencanaAksi: before });
    await repo.replaceTargets(tx, id, current.instansiId, input.targets);
    const after = presentRencanaAksi(
      row,
      input.targets.map((t) => ({ periodCode: t.periodCode, target: String(t.target) })),
    );
    await insertAuditEvent(tx, audit, {
      instansiId: current.instansiId,
      action: 'rencana_aksi.update',
      entityType: 'rencana_aksi',
      entityId: id,
      before,
      after,
      pdKey: input.pelaksanaPdKey,
    });
    return after;
  });
}

export async function remove(
  db: Db,
  audit: AuditContext,
  roles: readonly RoleAssignment[],
  id: string,
): Promise<{ deleted: string }> {
  const current = await repo.findRencanaAksi(db, id);
  if (!current) throw notFound({ id: 'Rencana aksi', en: 'Action plan' }, id);
  if (!can(roles, 'rencana_aksi:manage', [current.pelaksanaPdKey])) throw forbidden();
  return db.transaction(async (tx) => {
    const before = presentRencanaAksi(current, await repo.targetsOf(tx, [id]));
    if ((await countRealisasiOfSubject(tx, 'rencana_aksi', id)) > 0) {
      throw new AppError(
        'RENCANA_AKSI_HAS_REALISASI',
        'Rencana aksi ini sudah memiliki realisasi dan tidak dapat dihapus.',
        'The action plan has realisations.',
      );
    }
    await repo.deleteRencanaAksi(tx, id);
    await insertAuditEvent(tx, audit, {
      instansiId: current.instansiId,
      action: 'rencana_aksi.delete',
      entityType: 'rencana_aksi',
      entityId: id,
      before,
      after: null,
      pdKey: current.pelaksanaPdKey,
    });
    return { deleted: id };
  });
}

/** One action plan's row, or null (for monitoring: realisasi of an action plan's output). */
export const findRencanaAksiRow = (tx: Parameters<typeof repo.findRencanaAksi>[0], id: string) =>
  repo.findRencanaAksi(tx, id);

/** The action plans of a road map and year (rows; for monitoring's completeness per PD). */
export const listRencanaAksiRows = (tx: Parameters<typeof repo.listRencanaAksi>[0], f: repo.RencanaAksiFilter) =>
  repo.listRencanaAksi(tx, f);

export type { RencanaAksiRow } from './rencana-aksi.repository.ts';
