// SQL of the Tim Evaluasi Internal's reviews: the year's configured dimensions, the review of each
// subject (ex-ante, or on-going per period), and the PDs' sanggah with their evidence links.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { evidenceFile, reviu, reviuDimensi, sanggah, sanggahBukti } from '../../../db/schema.ts';

export type ReviuDbRow = typeof reviu.$inferSelect;
export type SanggahDbRow = typeof sanggah.$inferSelect;

export async function dimensiOf(tx: Db | Tx, instansiId: string, year: number) {
  return tx
    .select()
    .from(reviuDimensi)
    .where(and(eq(reviuDimensi.instansiId, instansiId), eq(reviuDimensi.year, year)))
    .orderBy(asc(reviuDimensi.sortOrder));
}

export async function replaceDimensi(
  tx: Tx,
  instansiId: string,
  year: number,
  rows: (typeof reviuDimensi.$inferInsert)[],
) {
  await tx.delete(reviuDimensi).where(and(eq(reviuDimensi.instansiId, instansiId), eq(reviuDimensi.year, year)));
  if (rows.length) await tx.insert(reviuDimensi).values(rows);
}

/** The dimension codes judged in any review of the year. */
export async function usedDimensi(tx: Tx, instansiId: string, year: number): Promise<Set<string>> {
  const res = (await tx.execute(
    sql`select distinct p->>'dimensi' as code from reviu r, jsonb_array_elements(r.penilaian) p
        where r.instansi_id = ${instansiId} and r.year = ${year}`,
  )) as unknown as { rows: { code: string }[] };
  return new Set(res.rows.map((r) => r.code));
}

export async function listReviu(
  tx: Db | Tx,
  instansiId: string,
  year: number,
  tahap: string,
  periodeId: string | null,
): Promise<ReviuDbRow[]> {
  return tx
    .select()
    .from(reviu)
    .where(
      and(
        eq(reviu.instansiId, instansiId),
        eq(reviu.year, year),
        eq(reviu.tahap, tahap),
        periodeId ? eq(reviu.periodeId, periodeId) : isNull(reviu.periodeId),
      ),
    );
}

export async function findReviu(tx: Db | Tx, id: string): Promise<ReviuDbRow | null> {
  return (await tx.select().from(reviu).where(eq(reviu.id, id)))[0] ?? null;
}

export async function findReviuOfSubject(
  tx: Tx,
  k: {
    instansiId: string;
    year: number;
    tahap: string;
    periodeId: string | null;
    subjectType: string;
    subjectKey: string;
  },
): Promise<ReviuDbRow | null> {
  const rows = await tx
    .select()
    .from(reviu)
    .where(
      and(
        eq(reviu.instansiId, k.instansiId),
        eq(reviu.year, k.year),
        eq(reviu.tahap, k.tahap),
        k.periodeId ? eq(reviu.periodeId, k.periodeId) : isNull(reviu.periodeId),
        eq(reviu.subjectType, k.subjectType),
        eq(reviu.subjectKey, k.subjectKey),
      ),
    )
    .for('update');
  return rows[0] ?? null;
}

export async function insertReviu(tx: Tx, row: typeof reviu.$inferInsert): Promise<ReviuDbRow> {
  return (await tx.insert(reviu).values(row).returning())[0]!;
}

/** Updates under the row version; null when someone changed it meanwhile. */
export async function updateReviu(
  tx: Tx,
  id: string,
  patch: Partial<typeof reviu.$inferInsert>,
  rowVersion: number,
): Promise<ReviuDbRow | null> {
  const rows = await tx
    .update(reviu)
    .set({ ...patch, updatedAt: new Date(), rowVersion: rowVersion + 1 })
    .where(and(eq(reviu.id, id), eq(reviu.rowVersion, rowVersion)))
    .returning();
  return rows[0] ?? null;
}

export async function sanggahOfReviu(tx: Db | Tx, reviuIds: string[]): Promise<SanggahDbRow[]> {
  if (!reviuIds.length) return [];
  return tx.select().from(sanggah).where(inArray(sanggah.reviuId, reviuIds)).orderBy(asc(sanggah.diajukanAt));
}

export async function findSanggah(tx: Db | Tx, id: string): Promise<SanggahDbRow | null> {
  return (await tx.select().from(sanggah).where(eq(sanggah.id, id)))[0] ?? null;
}

export async function insertSanggah(tx: Tx, row: typeof sanggah.$inferInsert): Promise<SanggahDbRow> {
  return (await tx.insert(sanggah).values(row).returning())[0]!;
}

export async function updateSanggah(
  tx: Tx,
  id: string,
  patch: Partial<typeof sanggah.$inferInsert>,
  rowVersion: number,
): Promise<SanggahDbRow | null> {
  const rows = await tx
    .update(sanggah)
    .set({ ...patch, rowVersion: rowVersion + 1 })
    .where(and(eq(sanggah.id, id), eq(sanggah.rowVersion, rowVersion)))
    .returning();
  return rows[0] ?? null;
}

export async function buktiOf(tx: Db | Tx, sanggahIds: string[]) {
  if (!sanggahIds.length) return [];
  return tx
    .select({ sanggahId: sanggahBukti.sanggahId, sha256: sanggahBukti.sha256, fileName: sanggahBukti.fileName })
    .from(sanggahBukti)
    .where(inArray(sanggahBukti.sanggahId, sanggahIds))
    .orderBy(asc(sanggahBukti.createdAt));
}

export async function linkBukti(tx: Tx, row: typeof sanggahBukti.$inferInsert): Promise<boolean> {
  const rows = await tx.insert(sanggahBukti).values(row).onConflictDoNothing().returning({ sha: sanggahBukti.sha256 });
  return rows.length === 1;
}

export async function unlinkBukti(tx: Tx, sanggahId: string, sha256: string): Promise<boolean> {
  const rows = await tx
    .delete(sanggahBukti)
    .where(and(eq(sanggahBukti.sanggahId, sanggahId), eq(sanggahBukti.sha256, sha256)))
    .returning({ sha: sanggahBukti.sha256 });
  return rows.length === 1;
}

/** The PDs whose sanggah hold these files (evidence-access.ts). */
export async function pdKeysHoldingBukti(tx: Db | Tx, sha256s: string[]) {
  if (!sha256s.length) return [];
  return tx
    .select({ sha256: sanggahBukti.sha256, pdKey: sanggah.pdKey })
    .from(sanggahBukti)
    .innerJoin(sanggah, eq(sanggah.id, sanggahBukti.sanggahId))
    .innerJoin(evidenceFile, eq(evidenceFile.sha256, sanggahBukti.sha256))
    .where(inArray(sanggahBukti.sha256, sha256s));
}
