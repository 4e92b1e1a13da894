// SQL for LKE configurations, evaluations, their worksheet lines and reviewed evidence, and the
// Indeks RB history.
import { and, asc, desc, eq, lte } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import {
  evaluasi,
  evaluasiLine,
  evaluasiLineEvidence,
  evidenceFile,
  indeksHistory,
  lkeConfig,
} from '../../../db/schema.ts';

export type LkeConfigRow = typeof lkeConfig.$inferSelect;
export type EvaluasiRow = typeof evaluasi.$inferSelect;
export type EvaluasiLineRow = typeof evaluasiLine.$inferSelect;
export type IndeksHistoryRow = typeof indeksHistory.$inferSelect;

export async function listConfigs(tx: Tx): Promise<LkeConfigRow[]> {
  return tx.select().from(lkeConfig).orderBy(desc(lkeConfig.year), asc(lkeConfig.instansiKind));
}

export async function findConfig(tx: Tx, id: string): Promise<LkeConfigRow | null> {
  return (await tx.select().from(lkeConfig).where(eq(lkeConfig.id, id)))[0] ?? null;
}

/** The configuration for a year, or else the newest earlier one (weights are not published every year). */
export async function configForYear(tx: Tx, year: number, instansiKind: string): Promise<LkeConfigRow | null> {
  const rows = await tx
    .select()
    .from(lkeConfig)
    .where(and(eq(lkeConfig.instansiKind, instansiKind), lte(lkeConfig.year, year)))
    .orderBy(desc(lkeConfig.year))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertConfig(tx: Tx, row: typeof lkeConfig.$inferInsert): Promise<LkeConfigRow> {
  return (await tx.insert(lkeConfig).values(row).returning())[0]!;
}

export async function updateConfig(
  tx: Tx,
  id: string,
  patch: Pick<LkeConfigRow, 'label' | 'definition'>,
  expectedRowVersion: number,
): Promise<LkeConfigRow | null> {
  const rows = await tx
    .update(lkeConfig)
    .set({ ...patch, rowVersion: expectedRowVersion + 1 })
    .where(and(eq(lkeConfig.id, id), eq(lkeConfig.rowVersion, expectedRowVersion)))
    .returning();
  return rows[0] ?? null;
}

export async function evaluasiUsingConfig(tx: Tx, configId: string): Promise<EvaluasiRow[]> {
  return tx.select().from(evaluasi).where(eq(evaluasi.configId, configId));
}

export async function listEvaluasi(tx: Tx, instansiId: string): Promise<EvaluasiRow[]> {
  return tx.select().from(evaluasi).where(eq(evaluasi.instansiId, instansiId)).orderBy(desc(evaluasi.year));
}

export async function findEvaluasi(tx: Tx, instansiId: string, year: number): Promise<EvaluasiRow | null> {
  const rows = await tx
    .select()
    .from(evaluasi)
    .where(and(eq(evaluasi.instansiId, instansiId), eq(evaluasi.year, year)));
  return rows[0] ?? null;
}

export async function findEvaluasiById(tx: Tx, id: string): Promise<EvaluasiRow | null> {
  return (await tx.select().from(evaluasi).where(eq(evaluasi.id, id)))[0] ?? null;
}

export async function insertEvaluasi(tx: Tx, row: typeof evaluasi.$inferInsert): Promise<EvaluasiRow> {
  return (await tx.insert(evaluasi).values(row).returning())[0]!;
}

export async function updateEvaluasi(
  tx: Tx,
  id: string,
  patch: Partial<Pick<EvaluasiRow, 'status' | 'koefisien' | 'renaksiAnswers' | 'closedAt' | 'closedBy'>>,
  expectedRowVersion: number,
): Promise<EvaluasiRow | null> {
  const rows = await tx
    .update(evaluasi)
    .set({ ...patch, rowVersion: expectedRowVersion + 1 })
    .where(and(eq(evaluasi.id, id), eq(evaluasi.rowVersion, expectedRowVersion)))
    .returning();
  return rows[0] ?? null;
}

export async function listLines(tx: Tx, evaluasiId: string): Promise<EvaluasiLineRow[]> {
  return tx
    .select()
    .from(evaluasiLine)
    .where(eq(evaluasiLine.evaluasiId, evaluasiId))
    .orderBy(asc(evaluasiLine.lineCode));
}

export async function findLine(tx: Tx, evaluasiId: string, lineCode: string): Promise<EvaluasiLineRow | null> {
  const rows = await tx
    .select()
    .from(evaluasiLine)
    .where(and(eq(evaluasiLine.evaluasiId, evaluasiId), eq(evaluasiLine.lineCode, lineCode)));
  return rows[0] ?? null;
}

export async function insertLine(tx: Tx, row: typeof evaluasiLine.$inferInsert): Promise<EvaluasiLineRow> {
  return (await tx.insert(evaluasiLine).values(row).returning())[0]!;
}

export async function updateLine(
  tx: Tx,
  evaluasiId: string,
  lineCode: string,
  patch: Partial<typeof evaluasiLine.$inferInsert>,
  expectedRowVersion: number,
): Promise<EvaluasiLineRow | null> {
  const rows = await tx
    .update(evaluasiLine)
    .set({ ...patch, updatedAt: new Date(), rowVersion: expectedRowVersion + 1 })
    .where(
      and(
        eq(evaluasiLine.evaluasiId, evaluasiId),
        eq(evaluasiLine.lineCode, lineCode),
        eq(evaluasiLine.rowVersion, expectedRowVersion),
      ),
    )
    .returning();
  return rows[0] ?? null;
}

export async function listLineEvidence(tx: Tx, evaluasiId: string) {
  return tx
    .select({
      lineCode: evaluasiLineEvidence.lineCode,
      sha256: evaluasiLineEvidence.sha256,
      fileName: evaluasiLineEvidence.fileName,
      addedBy: evaluasiLineEvidence.addedBy,
      createdAt: evaluasiLineEvidence.createdAt,
      mime: evidenceFile.mime,
      sizeBytes: evidenceFile.sizeBytes,
    })
    .from(evaluasiLineEvidence)
    .innerJoin(evidenceFile, eq(evidenceFile.sha256, evaluasiLineEvidence.sha256))
    .where(eq(evaluasiLineEvidence.evaluasiId, evaluasiId))
    .orderBy(asc(evaluasiLineEvidence.createdAt));
}

export async function linkLineEvidence(tx: Tx, row: typeof evaluasiLineEvidence.$inferInsert): Promise<boolean> {
  const rows = await tx
    .insert(evaluasiLineEvidence)
    .values(row)
    .onConflictDoNothing()
    .returning({ sha: evaluasiLineEvidence.sha256 });
  return rows.length === 1;
}

export async function unlinkLineEvidence(tx: Tx, evaluasiId: string, lineCode: string, sha256: string) {
  const rows = await tx
    .delete(evaluasiLineEvidence)
    .where(
      and(
        eq(evaluasiLineEvidence.evaluasiId, evaluasiId),
        eq(evaluasiLineEvidence.lineCode, lineCode),
        eq(evaluasiLineEvidence.sha256, sha256),
      ),
    )
    .returning({ sha: evaluasiLineEvidence.sha256 });
  return rows.length === 1;
}

export async function listHistory(tx: Tx, instansiId: string): Promise<IndeksHistoryRow[]> {
  return tx
    .select()
    .from(indeksHistory)
    .where(eq(indeksHistory.instansiId, instansiId))
    .orderBy(asc(indeksHistory.year), asc(indeksHistory.source));
}

export async function findHistory(tx: Tx, id: string): Promise<IndeksHistoryRow | null> {
  return (await tx.select().from(indeksHistory).where(eq(indeksHistory.id, id)))[0] ?? null;
}

export async function insertHistory(tx: Tx, row: typeof indeksHistory.$inferInsert): Promise<IndeksHistoryRow> {
  return (await tx.insert(indeksHistory).values(row).returning())[0]!;
}

export async function deleteHistory(tx: Tx, id: string) {
  await tx.delete(indeksHistory).where(eq(indeksHistory.id, id));
}
