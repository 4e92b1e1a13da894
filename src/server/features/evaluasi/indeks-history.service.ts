// Indeks RB of past years beside the worksheets: the regulation's own figure (Kupang 2023: 52,94
// CC), the national evaluators' published results, and each closed internal evaluation. The
// predikat is derived from the configuration's bands when not given, and must agree when it is.
import type { Db, Tx } from '../../../db/client.ts';
import { inBand, predikatOf } from '../../../domain/evaluasi/lke-score.ts';
import type { LkeConfig } from '../../../domain/evaluasi/lke-types.ts';
import { AppError, notFound, invalidData } from '../../errors.ts';
import { insertAuditEvent, type AuditContext } from '../../audit-trail.repository.ts';
import * as repo from './evaluasi.repository.ts';
import type { z } from 'zod';
import type { addHistoryBody, HistoryEntry, HistorySource } from '../../../domain/contracts/evaluasi.ts';
import { instansiKindOf } from './instansi-kind.ts';

function present(r: repo.IndeksHistoryRow): HistoryEntry {
  return {
    id: r.id,
    year: r.year,
    source: r.source as HistorySource,
    indeks: Number(r.indeks),
    predikat: r.predikat,
    rbGeneral: r.rbGeneral === null ? null : Number(r.rbGeneral),
    rbTematik: r.rbTematik === null ? null : Number(r.rbTematik),
    note: r.note,
  };
}

export async function listHistory(db: Db, instansiId: string) {
  return (await repo.listHistory(db, instansiId)).map(present);
}

/** A past year's index as the contract's body delivers it (defaults applied). */
export type HistoryInput = z.output<typeof addHistoryBody>;

export async function addHistory(db: Db, audit: AuditContext, instansiId: string, input: HistoryInput) {
  return db.transaction(async (tx) => {
    const kind = await instansiKindOf(tx, instansiId);
    // Bands rarely change: a year before the first configuration is judged by the earliest one.
    const config =
      (await repo.configForYear(tx, input.year, kind)) ??
      (await repo.listConfigs(tx)).filter((c) => c.instansiKind === kind).sort((a, b) => a.year - b.year)[0] ??
      null;
    const bands = config ? (config.definition as LkeConfig) : null;
    const derived = bands ? (predikatOf(bands, input.indeks, true)?.code ?? null) : null;
    const predikat = input.predikat ?? derived;
    if (!predikat)
      throw invalidData([
        {
          field: 'predikat',
          code: 'REQUIRED',
          message: 'Isi predikat: tidak ada konfigurasi LKE untuk menurunkannya.',
        },
      ]);
    // "A-" and "A" share a range under the 2024 rule: any band of that code covering the index will do.
    const top = bands ? Math.max(...bands.bands.map((b) => b.max)) : 0;
    const fits = (code: string) => bands!.bands.some((b) => b.code === code && inBand(b, Math.min(input.indeks, top)));
    if (input.predikat && bands && !fits(input.predikat))
      throw invalidData([
        {
          field: 'predikat',
          code: 'PREDIKAT_MISMATCH',
          message: `Predikat ${input.predikat} tidak sesuai dengan indeks ${input.indeks.toLocaleString('id-ID')} (menurut rentang: ${derived}).`,
        },
      ]);
    const exists = (await repo.listHistory(tx, instansiId)).some(
      (h) => h.year === input.year && h.source === input.source,
    );
    if (exists)
      throw new AppError(
        'HISTORY_EXISTS',
        `Riwayat Indeks RB ${input.year} dari sumber ini sudah ada; hapus dulu untuk menggantinya.`,
        'A history entry for this year and source already exists.',
      );
    const row = await repo.insertHistory(tx, {
      instansiId,
      year: input.year,
      source: input.source,
      indeks: String(input.indeks),
      predikat,
      rbGeneral: input.rbGeneral === null ? null : String(input.rbGeneral),
      rbTematik: input.rbTematik === null ? null : String(input.rbTematik),
      note: input.note,
    });
    const out = present(row);
    await insertAuditEvent(tx, audit, {
      instansiId,
      action: 'indeks_history.create',
      entityType: 'indeks_history',
      entityId: row.id,
      before: null,
      after: out,
    });
    return out;
  });
}

/** Seed: records a figure stated by the regulation itself (no band check: the text is the source). */
export async function seedHistoryTx(
  tx: Tx,
  audit: AuditContext,
  instansiId: string,
  h: { year: number; source: HistorySource; indeks: number; predikat: string; note: string },
) {
  const row = await repo.insertHistory(tx, {
    instansiId,
    year: h.year,
    source: h.source,
    indeks: String(h.indeks),
    predikat: h.predikat,
    note: h.note,
  });
  await insertAuditEvent(tx, audit, {
    instansiId,
    action: 'indeks_history.create',
    entityType: 'indeks_history',
    entityId: row.id,
    before: null,
    after: present(row),
  });
}

export async function removeHistory(db: Db, audit: AuditContext, id: string) {
  return db.transaction(async (tx) => {
    const row = await repo.findHistory(tx, id);
    if (!row) throw notFound({ id: 'Riwayat Indeks RB', en: 'Indeks RB history' }, id);
    if (row.source === 'internal')
      throw new AppError(
        'HISTORY_INTERNAL',
        'Hasil evaluasi internal tercatat saat evaluasi ditutup dan tidak dihapus dari sini.',
        'Internal results are recorded when an evaluation closes.',
      );
    await repo.deleteHistory(tx, id);
    await insertAuditEvent(tx, audit, {
      instansiId: row.instansiId,
      action: 'indeks_history.delete',
      entityType: 'indeks_history',
      entityId: id,
      before: present(row),
      after: null,
    });
    return { deleted: id };
  });
}
