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
import { listPerangkatDaerah } from '../roadmap/roadmap.repository.ts';
import { roadMapForYear } from '../monitoring/monitoring-context.ts';
import * as repo from './rencana-aksi.repository.ts';
import { countRealisasiOf } from '../monitoring/realisasi.repository.ts';

export { FOKUS_INTERVENSI, type FokusIntervensi } from '../../../domain/rencana-aksi/fokus.ts';
export const PERIOD_CODES = ['S1', 'S2', 'TW1', 'TW2', 'TW3', 'TW4'] as const;

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

export function presentRencanaAksi(r: repo.RencanaAksiRow, targets: { periodCode: string; target: string }[]) {
  return {
    id: r.id,
    year: r.year,
    nodeKey: r.nodeKey,
    rincianKegiatan: r.rincianKegiatan,
    indikatorOutput: r.indikatorOutput,
    satuan: r.satuan,
    targetTotal: Number(r.targetTotal),
    targets: targets
      .map((t) => ({ periodCode: t.periodCode, target: Number(t.target) }))
      .sort((a, b) => PERIOD_CODES.indexOf(a.periodCode as never) - PERIOD_CODES.indexOf(b.periodCode as never)),
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
  const pdKeys = new Set((await listPerangkatDaerah(db, instansiId)).map((p) => p.key));
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
  const lastTarget = input.targets.find((t) => t.periodCode === 'S2' || t.periodCode === 'TW4');
  if (lastTarget && lastTarget.target !== input.targetTotal) {
    fields.push({
      field: 'targets',
      code: 'FINAL_TARGET_MISMATCH',
      message: 'Target periode terakhir (kumulatif) harus sama dengan target total.',
    });
  }
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

export async function list(db: Db, instansiId: string, filter: { year: number; pdKey?: string; nodeKey?: string }) {
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

export async function remove(db: Db, audit: AuditContext, roles: readonly RoleAssignment[], id: string) {
  const current = await repo.findRencanaAksi(db, id);
  if (!current) throw notFound({ id: 'Rencana aksi', en: 'Action plan' }, id);
  if (!can(roles, 'rencana_aksi:manage', [current.pelaksanaPdKey])) throw forbidden();
  return db.transaction(async (tx) => {
    const before = presentRencanaAksi(current, await repo.targetsOf(tx, [id]));
    if ((await countRealisasiOf(tx, 'rencana_aksi', id)) > 0) {
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

// ——— read access for other features (evaluasi) ———

export type { RencanaAksiRow } from './rencana-aksi.repository.ts';

/** The action plans of a road map's year, as stored (no presentation). */
export const rencanaAksiRows = (
  db: Parameters<typeof repo.listRencanaAksi>[0],
  f: { roadMapId: string; year: number },
) => repo.listRencanaAksi(db, f);

/** One action plan as stored, or null. */
export const findRencanaAksiRow = (db: Parameters<typeof repo.findRencanaAksi>[0], id: string) =>
  repo.findRencanaAksi(db, id);
