// SQL for recommendations, their follow-up actions and the follow-up evidence.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { evidenceFile, rekomendasi, tindakLanjut, tindakLanjutEvidence } from '../../../db/schema.ts';

export type RekomendasiRow = typeof rekomendasi.$inferSelect;
export type TindakLanjutRow = typeof tindakLanjut.$inferSelect;

export async function listRekomendasi(
  tx: Tx,
  instansiId: string,
  filter: { evaluasiId?: string; pdKeys?: string[] },
): Promise<RekomendasiRow[]> {
  const conds = [eq(rekomendasi.instansiId, instansiId)];
  if (filter.evaluasiId) conds.push(eq(rekomendasi.evaluasiId, filter.evaluasiId));
  if (filter.pdKeys) conds.push(inArray(rekomendasi.pdKey, filter.pdKeys.length ? filter.pdKeys : ['']));
  return tx
    .select()
    .from(rekomendasi)
    .where(and(...conds))
    .orderBy(asc(rekomendasi.dueDate), desc(rekomendasi.createdAt));
}

export async function findRekomendasi(tx: Tx, id: string): Promise<RekomendasiRow | null> {
  return (await tx.select().from(rekomendasi).where(eq(rekomendasi.id, id)))[0] ?? null;
}

export async function insertRekomendasi(tx: Tx, row: typeof rekomendasi.$inferInsert): Promise<RekomendasiRow> {
  return (await tx.insert(rekomendasi).values(row).returning())[0]!;
}

export async function updateRekomendasi(
  tx: Tx,
  id: string,
  patch: Partial<typeof rekomendasi.$inferInsert>,
  expectedRowVersion: number,
): Promise<RekomendasiRow | null> {
  const rows = await tx
    .update(rekomendasi)
    .set({ ...patch, rowVersion: expectedRowVersion + 1 })
    .where(and(eq(rekomendasi.id, id), eq(rekomendasi.rowVersion, expectedRowVersion)))
    .returning();
  return rows[0] ?? null;
}

export async function listTindakLanjut(tx: Tx, rekomendasiIds: string[]): Promise<TindakLanjutRow[]> {
  if (!rekomendasiIds.length) return [];
  return tx
    .select()
    .from(tindakLanjut)
    .where(inArray(tindakLanjut.rekomendasiId, rekomendasiIds))
    .orderBy(asc(tindakLanjut.createdAt));
}

export async function findTindakLanjut(tx: Tx, id: string): Promise<TindakLanjutRow | null> {
  return (await tx.select().from(tindakLanjut).where(eq(tindakLanjut.id, id)))[0] ?? null;
}

export async function insertTindakLanjut(tx: Tx, row: typeof tindakLanjut.$inferInsert): Promise<TindakLanjutRow> {
  return (await tx.insert(tindakLanjut).values(row).returning())[0]!;
}

export async function listTindakLanjutEvidence(tx: Tx, tindakLanjutIds: string[]) {
  if (!tindakLanjutIds.length) return [];
  return tx
    .select({
      tindakLanjutId: tindakLanjutEvidence.tindakLanjutId,
      sha256: tindakLanjutEvidence.sha256,
      fileName: tindakLanjutEvidence.fileName,
      uploadedBy: tindakLanjutEvidence.uploadedBy,
      mime: evidenceFile.mime,
      sizeBytes: evidenceFile.sizeBytes,
    })
    .from(tindakLanjutEvidence)
    .innerJoin(evidenceFile, eq(evidenceFile.sha256, tindakLanjutEvidence.sha256))
    .where(inArray(tindakLanjutEvidence.tindakLanjutId, tindakLanjutIds))
    .orderBy(asc(tindakLanjutEvidence.createdAt));
}

export async function linkTindakLanjutEvidence(tx: Tx, row: typeof tindakLanjutEvidence.$inferInsert) {
  const rows = await tx
    .insert(tindakLanjutEvidence)
    .values(row)
    .onConflictDoNothing()
    .returning({ sha: tindakLanjutEvidence.sha256 });
  return rows.length === 1;
}

/** The PD of every recommendation whose follow-up carries one of these files (who may download it). */
export async function pdKeysHoldingEvidence(tx: Tx, sha256s: string[]): Promise<{ sha256: string; pdKey: string }[]> {
  if (!sha256s.length) return [];
  return tx
    .select({ sha256: tindakLanjutEvidence.sha256, pdKey: rekomendasi.pdKey })
    .from(tindakLanjutEvidence)
    .innerJoin(tindakLanjut, eq(tindakLanjut.id, tindakLanjutEvidence.tindakLanjutId))
    .innerJoin(rekomendasi, eq(rekomendasi.id, tindakLanjut.rekomendasiId))
    .where(inArray(tindakLanjutEvidence.sha256, sha256s));
}
