// SQL of the year's LHEI: one row per instansi and year (narrative, signer, status, frozen content).
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { lhei } from '../../../db/schema.ts';

export type LheiRow = typeof lhei.$inferSelect;

export async function findLhei(tx: Db | Tx, instansiId: string, year: number): Promise<LheiRow | null> {
  return (
    (
      await tx
        .select()
        .from(lhei)
        .where(and(eq(lhei.instansiId, instansiId), eq(lhei.year, year)))
    )[0] ?? null
  );
}

export async function insertLhei(tx: Tx, row: typeof lhei.$inferInsert): Promise<LheiRow> {
  return (await tx.insert(lhei).values(row).returning())[0]!;
}

export async function updateLhei(
  tx: Tx,
  id: string,
  patch: Partial<typeof lhei.$inferInsert>,
  rowVersion: number,
): Promise<LheiRow | null> {
  const rows = await tx
    .update(lhei)
    .set({ ...patch, updatedAt: new Date(), rowVersion: rowVersion + 1 })
    .where(and(eq(lhei.id, id), eq(lhei.rowVersion, rowVersion)))
    .returning();
  return rows[0] ?? null;
}
