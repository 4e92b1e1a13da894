// SQL for realisasi, their comments and evidence links.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { evidenceFile, periode, realisasi, realisasiComment, realisasiEvidence } from '../../../db/schema.ts';

export type RealisasiRow = typeof realisasi.$inferSelect;

export async function listByPeriode(tx: Tx, periodeIds: string[]): Promise<RealisasiRow[]> {
  if (!periodeIds.length) return [];
  return tx.select().from(realisasi).where(inArray(realisasi.periodeId, periodeIds)).orderBy(asc(realisasi.subjectKey));
}

export async function findById(tx: Tx, id: string): Promise<RealisasiRow | null> {
  const rows = await tx.select().from(realisasi).where(eq(realisasi.id, id));
  return rows[0] ?? null;
}

export async function findByIds(tx: Tx, ids: string[]): Promise<RealisasiRow[]> {
  if (!ids.length) return [];
  return tx.select().from(realisasi).where(inArray(realisasi.id, ids));
}

export async function findBySubject(tx: Tx, periodeId: string, subjectType: string, subjectKey: string, pdKey: string) {
  const rows = await tx
    .select()
    .from(realisasi)
    .where(
      and(
        eq(realisasi.periodeId, periodeId),
        eq(realisasi.subjectType, subjectType),
        eq(realisasi.subjectKey, subjectKey),
        eq(realisasi.pdKey, pdKey),
      ),
    );
  return rows[0] ?? null;
}

export async function insertRealisasi(tx: Tx, row: typeof realisasi.$inferInsert): Promise<RealisasiRow> {
  const rows = await tx.insert(realisasi).values(row).returning();
  return rows[0]!;
}

export async function updateRealisasi(
  tx: Tx,
  id: string,
  patch: Partial<typeof realisasi.$inferInsert>,
  expectedRowVersion: number,
): Promise<RealisasiRow | null> {
  const rows = await tx
    .update(realisasi)
    .set({ ...patch, updatedAt: new Date(), rowVersion: expectedRowVersion + 1 })
    .where(and(eq(realisasi.id, id), eq(realisasi.rowVersion, expectedRowVersion)))
    .returning();
  return rows[0] ?? null;
}

export async function deleteRealisasi(tx: Tx, id: string) {
  await tx.delete(realisasi).where(eq(realisasi.id, id));
}

export async function insertComment(tx: Tx, row: typeof realisasiComment.$inferInsert) {
  const rows = await tx.insert(realisasiComment).values(row).returning();
  return rows[0]!;
}

export async function listComments(tx: Tx, realisasiIds: string[]) {
  if (!realisasiIds.length) return [];
  return tx
    .select()
    .from(realisasiComment)
    .where(inArray(realisasiComment.realisasiId, realisasiIds))
    .orderBy(asc(realisasiComment.createdAt));
}

export async function listEvidence(tx: Tx, realisasiIds: string[]) {
  if (!realisasiIds.length) return [];
  return tx
    .select({
      realisasiId: realisasiEvidence.realisasiId,
      sha256: realisasiEvidence.sha256,
      fileName: realisasiEvidence.fileName,
      uploadedBy: realisasiEvidence.uploadedBy,
      createdAt: realisasiEvidence.createdAt,
      mime: evidenceFile.mime,
      sizeBytes: evidenceFile.sizeBytes,
    })
    .from(realisasiEvidence)
    .innerJoin(evidenceFile, eq(evidenceFile.sha256, realisasiEvidence.sha256))
    .where(inArray(realisasiEvidence.realisasiId, realisasiIds))
    .orderBy(asc(realisasiEvidence.createdAt));
}

export async function upsertEvidenceFile(tx: Tx, f: { sha256: string; sizeBytes: number; mime: string; kind: string }) {
  await tx.insert(evidenceFile).values(f).onConflictDoNothing();
}

export async function linkEvidence(tx: Tx, row: typeof realisasiEvidence.$inferInsert): Promise<boolean> {
  const rows = await tx
    .insert(realisasiEvidence)
    .values(row)
    .onConflictDoNothing()
    .returning({ sha: realisasiEvidence.sha256 });
  return rows.length === 1;
}

export async function unlinkEvidence(tx: Tx, realisasiId: string, sha256: string): Promise<boolean> {
  const rows = await tx
    .delete(realisasiEvidence)
    .where(and(eq(realisasiEvidence.realisasiId, realisasiId), eq(realisasiEvidence.sha256, sha256)))
    .returning({ sha: realisasiEvidence.sha256 });
  return rows.length === 1;
}

export async function findEvidenceFile(tx: Tx, sha256: string) {
  const rows = await tx.select().from(evidenceFile).where(eq(evidenceFile.sha256, sha256));
  return rows[0] ?? null;
}

// Evidence is shared: a realisasi, an evaluator's worksheet line, a recommendation's follow-up or a
// meeting decision's follow-up, a meeting's attachments or a sanggah's evidence may point to the same file, and it stays until none does.
const UNREFERENCED = sql`not exists (select 1 from realisasi_evidence e where e.sha256 = f.sha256)
  and not exists (select 1 from evaluasi_line_evidence e where e.sha256 = f.sha256)
  and not exists (select 1 from tindak_lanjut_evidence e where e.sha256 = f.sha256)
  and not exists (select 1 from keputusan_bukti e where e.sha256 = f.sha256)
  and not exists (select 1 from rapat_lampiran e where e.sha256 = f.sha256)
  and not exists (select 1 from sanggah_bukti e where e.sha256 = f.sha256)`;

/** Files no row refers to any more: removed by the evidence sweep. */
export async function unreferencedEvidence(tx: Tx): Promise<string[]> {
  const rows = (await tx.execute(sql`select f.sha256 from evidence_file f where ${UNREFERENCED}`)) as unknown as {
    rows: { sha256: string }[];
  };
  return rows.rows.map((r) => r.sha256);
}

/** Every file row: what the store on disk may hold. */
export async function listEvidenceShas(tx: Tx): Promise<string[]> {
  const rows = await tx.select({ sha256: evidenceFile.sha256 }).from(evidenceFile);
  return rows.map((r) => r.sha256);
}

export async function deleteEvidenceFileIfUnreferenced(tx: Tx, sha256: string): Promise<boolean> {
  const rows = (await tx.execute(
    sql`delete from evidence_file f where f.sha256 = ${sha256} and ${UNREFERENCED} returning f.sha256`,
  )) as unknown as { rows: unknown[] };
  return rows.rows.length === 1;
}

export async function countRealisasiOf(tx: Tx, subjectType: string, subjectKey: string): Promise<number> {
  const rows = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(realisasi)
    .where(and(eq(realisasi.subjectType, subjectType), eq(realisasi.subjectKey, subjectKey)));
  return rows[0]!.n;
}

/** The PD of every realisasi each of these files is attached to (who may download it). */
export async function pdKeysHoldingEvidence(tx: Tx, sha256s: string[]): Promise<{ sha256: string; pdKey: string }[]> {
  if (!sha256s.length) return [];
  return tx
    .select({ sha256: realisasiEvidence.sha256, pdKey: realisasi.pdKey })
    .from(realisasiEvidence)
    .innerJoin(realisasi, eq(realisasi.id, realisasiEvidence.realisasiId))
    .where(inArray(realisasiEvidence.sha256, sha256s));
}

/**
 * The verified indicator realisasi of a road map for the given keys, latest period first (by end
 * date, a year-end semester before a quarter of the same end), with the period's year and code.
 */
export async function verifiedIndicatorValues(tx: Tx, roadMapId: string, keys: string[]) {
  if (!keys.length) return [];
  return tx
    .select({
      subjectKey: realisasi.subjectKey,
      pdKey: realisasi.pdKey,
      valueNumber: realisasi.valueNumber,
      valueLevel: realisasi.valueLevel,
      year: periode.year,
      code: periode.code,
      endDate: periode.endDate,
    })
    .from(realisasi)
    .innerJoin(periode, eq(periode.id, realisasi.periodeId))
    .where(
      and(
        eq(realisasi.roadMapId, roadMapId),
        eq(realisasi.subjectType, 'indikator'),
        eq(realisasi.status, 'verified'),
        inArray(realisasi.subjectKey, keys),
      ),
    )
    .orderBy(sql`${periode.endDate} desc`, asc(periode.code));
}

/** Realisasi of the given subjects in a road map, every period, with the period's end (for "earlier"). */
export async function listOfSubjects(tx: Tx, roadMapId: string, subjectKeys: string[]) {
  if (!subjectKeys.length) return [];
  return tx
    .select({ r: realisasi, endDate: periode.endDate })
    .from(realisasi)
    .innerJoin(periode, eq(periode.id, realisasi.periodeId))
    .where(and(eq(realisasi.roadMapId, roadMapId), inArray(realisasi.subjectKey, subjectKeys)));
}
