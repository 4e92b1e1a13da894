// SQL of meetings: the meeting, its attendance, addenda, decisions (follow-up items) and their evidence.
import { and, asc, eq, gte, inArray, lt, lte, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import {
  evidenceFile,
  keputusanBukti,
  keputusanRapat,
  rapat,
  rapatAddendum,
  rapatHadir,
  rapatLampiran,
} from '../../../db/schema.ts';

export type RapatRow = typeof rapat.$inferSelect;
export type HadirRow = typeof rapatHadir.$inferSelect;
export type KeputusanRow = typeof keputusanRapat.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function listRapat(tx: Tx, instansiId: string, year: number): Promise<RapatRow[]> {
  return tx
    .select()
    .from(rapat)
    .where(
      and(eq(rapat.instansiId, instansiId), gte(rapat.tanggal, `${year}-01-01`), lte(rapat.tanggal, `${year}-12-31`)),
    )
    .orderBy(asc(rapat.tanggal), asc(rapat.createdAt));
}

export async function findRapat(tx: Tx, id: string): Promise<RapatRow | null> {
  if (!UUID.test(id)) return null;
  return (await tx.select().from(rapat).where(eq(rapat.id, id)))[0] ?? null;
}

export async function insertRapat(tx: Tx, row: typeof rapat.$inferInsert): Promise<RapatRow> {
  return (await tx.insert(rapat).values(row).returning())[0]!;
}

export async function updateRapat(tx: Tx, id: string, patch: Partial<typeof rapat.$inferInsert>, expected: number) {
  const rows = await tx
    .update(rapat)
    .set({ ...patch, rowVersion: expected + 1 })
    .where(and(eq(rapat.id, id), eq(rapat.rowVersion, expected)))
    .returning();
  return rows[0] ?? null;
}

export async function hadirOf(tx: Tx, rapatId: string): Promise<HadirRow[]> {
  return tx.select().from(rapatHadir).where(eq(rapatHadir.rapatId, rapatId)).orderBy(asc(rapatHadir.sortOrder));
}

export async function replaceHadir(tx: Tx, rapatId: string, rows: (typeof rapatHadir.$inferInsert)[]) {
  await tx.delete(rapatHadir).where(eq(rapatHadir.rapatId, rapatId));
  if (rows.length) await tx.insert(rapatHadir).values(rows);
}

export async function addendumOf(tx: Tx, rapatId: string) {
  return tx.select().from(rapatAddendum).where(eq(rapatAddendum.rapatId, rapatId)).orderBy(asc(rapatAddendum.id));
}

export async function insertAddendum(tx: Tx, row: typeof rapatAddendum.$inferInsert) {
  await tx.insert(rapatAddendum).values(row);
}

export async function keputusanOf(tx: Tx, rapatIds: string[]): Promise<KeputusanRow[]> {
  if (!rapatIds.length) return [];
  return tx
    .select()
    .from(keputusanRapat)
    .where(inArray(keputusanRapat.rapatId, rapatIds))
    .orderBy(asc(keputusanRapat.sortOrder));
}

/** Follow-up items still open after their due day, with their meeting (every year). */
export async function overdueKeputusan(tx: Tx, instansiId: string, today: string) {
  return tx
    .select({ k: keputusanRapat, r: rapat })
    .from(keputusanRapat)
    .innerJoin(rapat, eq(rapat.id, keputusanRapat.rapatId))
    .where(
      and(
        eq(keputusanRapat.instansiId, instansiId),
        eq(keputusanRapat.status, 'terbuka'),
        lt(keputusanRapat.tenggat, today),
      ),
    )
    .orderBy(asc(keputusanRapat.tenggat), asc(keputusanRapat.sortOrder));
}

export async function findKeputusan(tx: Tx, id: string): Promise<KeputusanRow | null> {
  if (!UUID.test(id)) return null;
  return (await tx.select().from(keputusanRapat).where(eq(keputusanRapat.id, id)))[0] ?? null;
}

export async function insertKeputusan(tx: Tx, row: typeof keputusanRapat.$inferInsert) {
  await tx.insert(keputusanRapat).values(row);
}

export async function updateKeputusan(
  tx: Tx,
  id: string,
  patch: Partial<typeof keputusanRapat.$inferInsert>,
  expected?: number,
): Promise<KeputusanRow | null> {
  const where =
    expected === undefined
      ? eq(keputusanRapat.id, id)
      : and(eq(keputusanRapat.id, id), eq(keputusanRapat.rowVersion, expected));
  const rows = await tx
    .update(keputusanRapat)
    .set({ ...patch, rowVersion: sql`${keputusanRapat.rowVersion} + 1`, updatedAt: new Date() })
    .where(where)
    .returning();
  return rows[0] ?? null;
}

export async function deleteKeputusan(tx: Tx, ids: string[]) {
  if (ids.length) await tx.delete(keputusanRapat).where(inArray(keputusanRapat.id, ids));
}

export async function buktiOf(tx: Tx, keputusanIds: string[]) {
  if (!keputusanIds.length) return [];
  return tx
    .select({
      keputusanId: keputusanBukti.keputusanId,
      sha256: keputusanBukti.sha256,
      fileName: keputusanBukti.fileName,
    })
    .from(keputusanBukti)
    .where(inArray(keputusanBukti.keputusanId, keputusanIds))
    .orderBy(asc(keputusanBukti.createdAt));
}

export async function linkBukti(tx: Tx, row: typeof keputusanBukti.$inferInsert): Promise<boolean> {
  const rows = await tx
    .insert(keputusanBukti)
    .values(row)
    .onConflictDoNothing()
    .returning({ sha: keputusanBukti.sha256 });
  return rows.length === 1;
}

/** The owner PDs of the follow-ups holding these files (who may read them, evidence-access.ts). */
export async function pdKeysHoldingBukti(tx: Tx, sha256s: string[]) {
  if (!sha256s.length) return [];
  return tx
    .select({ sha256: keputusanBukti.sha256, pdKey: keputusanRapat.pemilikPdKey })
    .from(keputusanBukti)
    .innerJoin(keputusanRapat, eq(keputusanRapat.id, keputusanBukti.keputusanId))
    .innerJoin(evidenceFile, eq(evidenceFile.sha256, keputusanBukti.sha256))
    .where(inArray(keputusanBukti.sha256, sha256s));
}

export async function lampiranOf(tx: Tx, rapatId: string) {
  return tx
    .select({ sha256: rapatLampiran.sha256, fileName: rapatLampiran.fileName })
    .from(rapatLampiran)
    .where(eq(rapatLampiran.rapatId, rapatId))
    .orderBy(asc(rapatLampiran.createdAt));
}

export async function linkLampiran(tx: Tx, row: typeof rapatLampiran.$inferInsert): Promise<boolean> {
  const rows = await tx
    .insert(rapatLampiran)
    .values(row)
    .onConflictDoNothing()
    .returning({ sha: rapatLampiran.sha256 });
  return rows.length === 1;
}

export async function unlinkLampiran(tx: Tx, rapatId: string, sha256: string): Promise<boolean> {
  const rows = await tx
    .delete(rapatLampiran)
    .where(and(eq(rapatLampiran.rapatId, rapatId), eq(rapatLampiran.sha256, sha256)))
    .returning({ sha: rapatLampiran.sha256 });
  return rows.length === 1;
}

/** The PDs whose meetings hold these files: a PD's internal meeting its PD, others none (instansi-level). */
export async function pdKeysHoldingLampiran(tx: Tx, sha256s: string[]) {
  if (!sha256s.length) return [];
  return tx
    .select({ sha256: rapatLampiran.sha256, pdKey: rapat.pdKey })
    .from(rapatLampiran)
    .innerJoin(rapat, eq(rapat.id, rapatLampiran.rapatId))
    .innerJoin(evidenceFile, eq(evidenceFile.sha256, rapatLampiran.sha256))
    .where(inArray(rapatLampiran.sha256, sha256s));
}
