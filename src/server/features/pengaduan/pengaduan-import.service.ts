// Importing a SP4N-LAPOR! export (CSV or XLSX): every row read and checked, then matched by its
// tracking number — a new number creates the complaint, a known one updates it (the export is the
// source of truth for LAPOR complaints, so any status it reports is taken), an identical one is left
// alone. Preview writes nothing; commit writes all rows in one transaction or none.
import { createHash } from 'node:crypto';
import type { Db, Tx } from '../../../db/client.ts';
import type { PengaduanImportResult } from '../../../domain/contracts/pengaduan.ts';
import type { ImportProblemOut } from '../../../domain/contracts/import-problem.ts';
import { readComplaintRows, type ImportedComplaint } from '../../../domain/pengaduan/lapor-import.ts';
import { can } from '../../../domain/permissions.ts';
import { insertAuditEvent } from '../../audit-trail.repository.ts';
import { AppError } from '../../errors.ts';
import { listPerangkatDaerahOf } from '../roadmap/roadmap.service.ts';
import * as repo from './pengaduan.repository.ts';
import { auditedPengaduan, statusStart, today, type Actor } from './pengaduan.service.ts';
import { readComplaintGrid } from './pengaduan-sheet.ts';

const FIELDS = [
  'kanal',
  'tanggalDiterima',
  'kategori',
  'ringkasan',
  'pdKey',
  'status',
  'alasanStatus',
  'tanggalTanggapan',
  'tanggapan',
] as const;

interface Planned {
  complaint: ImportedComplaint;
  existing: repo.PengaduanRow | null;
  action: 'create' | 'update' | 'unchanged';
}

const emptyResult = (problems: ImportProblemOut[]): PengaduanImportResult => ({
  ok: false,
  counts: { rows: 0, create: 0, update: 0, unchanged: 0, errors: problems.length },
  rows: [],
  problems,
});

async function plan(
  tx: Db | Tx,
  actor: Actor,
  instansiId: string,
  bytes: Buffer,
): Promise<{ planned: Planned[]; result: PengaduanImportResult }> {
  const read = await readComplaintGrid(bytes);
  if (!read.ok) return { planned: [], result: emptyResult([read.problem]) };
  const pds = await listPerangkatDaerahOf(tx, instansiId);
  const { complaints, problems } = readComplaintRows(read.grid, pds, today());
  const existing = new Map(
    (
      await repo.findByTiket(
        tx,
        instansiId,
        complaints.map((c) => c.nomorTiket),
      )
    ).map((r) => [r.nomorTiket!, r]),
  );
  const planned: Planned[] = [];
  for (const c of complaints) {
    const old = existing.get(c.nomorTiket) ?? null;
    const pdsTouched = old ? [old.pdKey, c.pdKey] : [c.pdKey];
    if (!pdsTouched.every((pd) => can(actor.roles, 'pengaduan:manage', [pd]))) {
      problems.push({
        row: c.row,
        column: null,
        header: null,
        code: 'FORBIDDEN_PD',
        message: `Baris ${c.row}: Anda tidak berwenang atas pengaduan perangkat daerah "${old && old.pdKey !== c.pdKey ? old.pdKey : c.pdKey}".`,
        severity: 'error',
      });
      continue;
    }
    const same = old && FIELDS.every((f) => (old[f] ?? null) === (c[f] ?? null));
    planned.push({ complaint: c, existing: old, action: !old ? 'create' : same ? 'unchanged' : 'update' });
  }
  const count = (a: Planned['action']) => planned.filter((p) => p.action === a).length;
  const rowCount = read.grid.rows.length;
  return {
    planned,
    result: {
      ok: problems.length === 0 && rowCount > 0,
      counts: {
        rows: rowCount,
        create: count('create'),
        update: count('update'),
        unchanged: count('unchanged'),
        errors: problems.length,
      },
      rows: planned.map((p) => ({
        row: p.complaint.row,
        nomorTiket: p.complaint.nomorTiket,
        action: p.action,
        pdKey: p.complaint.pdKey,
        status: p.complaint.status,
      })),
      problems: problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
    },
  };
}

export async function previewImport(db: Db, actor: Actor, instansiId: string, bytes: Buffer) {
  return (await plan(db, actor, instansiId, bytes)).result;
}

export async function commitImport(
  db: Db,
  actor: Actor,
  instansiId: string,
  bytes: Buffer,
  fileName: string,
): Promise<PengaduanImportResult> {
  const refuse = (result: PengaduanImportResult) =>
    new AppError(
      'IMPORT_HAS_ERRORS',
      'Berkas memiliki kesalahan; tidak ada pengaduan yang disimpan. Perbaiki baris yang disebutkan lalu unggah kembali.',
      'The file has errors; no complaint was saved.',
      undefined,
      result,
    );
  return db.transaction(async (tx) => {
    // Planned again inside the transaction: what it matched against is what it writes over.
    const { planned, result } = await plan(tx, actor, instansiId, bytes);
    if (!result.ok) throw refuse(result);
    const day = today();
    for (const p of planned) {
      if (p.action === 'unchanged') continue;
      await applyRow(tx, actor, instansiId, p, day);
    }
    await insertAuditEvent(tx, actor.audit, {
      instansiId,
      action: 'pengaduan.import',
      entityType: 'pengaduan_import',
      entityId: createHash('sha256').update(bytes).digest('hex').slice(0, 16),
      before: null,
      after: { fileName, sha256: createHash('sha256').update(bytes).digest('hex'), counts: result.counts },
    });
    return result;
  });
}

async function applyRow(tx: Tx, actor: Actor, instansiId: string, p: Planned, day: string) {
  const c = p.complaint;
  const values = Object.fromEntries(FIELDS.map((f) => [f, c[f]])) as Pick<ImportedComplaint, (typeof FIELDS)[number]>;
  const who = actor.audit.actor;
  if (!p.existing) {
    const row = await repo.insertPengaduan(tx, {
      instansiId,
      nomorTiket: c.nomorTiket,
      ...values,
      statusSejak: statusStart(c.status, c, day, true),
      createdBy: who,
      updatedBy: who,
    });
    await repo.insertRiwayat(tx, [
      {
        pengaduanId: row.id,
        instansiId,
        kind: 'status',
        fromValue: null,
        toValue: c.status,
        note: 'Impor SP4N-LAPOR!',
        actor: who,
      },
    ]);
    await insertAuditEvent(tx, actor.audit, {
      instansiId,
      action: 'pengaduan.create',
      entityType: 'pengaduan',
      entityId: row.id,
      before: null,
      after: auditedPengaduan(row),
      pdKey: row.pdKey,
    });
    return;
  }
  const old = p.existing;
  const statusChanged = old.status !== c.status;
  const row = await repo.updatePengaduan(
    tx,
    old.id,
    { ...values, ...(statusChanged ? { statusSejak: statusStart(c.status, c, day, false) } : {}), updatedBy: who },
    old.rowVersion,
  );
  // The row was read in this transaction: a concurrent change makes the whole import fail and roll back.
  if (!row) throw new AppError('STALE_WRITE');
  const history = [];
  if (old.pdKey !== c.pdKey)
    history.push({ kind: 'disposisi', fromValue: old.pdKey, toValue: c.pdKey, note: 'Impor SP4N-LAPOR!' });
  if (statusChanged)
    history.push({ kind: 'status', fromValue: old.status, toValue: c.status, note: 'Impor SP4N-LAPOR!' });
  await repo.insertRiwayat(
    tx,
    history.map((h) => ({ ...h, pengaduanId: old.id, instansiId, actor: who })),
  );
  await insertAuditEvent(tx, actor.audit, {
    instansiId,
    action: 'pengaduan.update',
    entityType: 'pengaduan',
    entityId: old.id,
    before: auditedPengaduan(old),
    after: auditedPengaduan(row),
    pdKey: row.pdKey,
  });
}
