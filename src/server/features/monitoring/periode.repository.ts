// SQL for reporting periods.
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { periode } from '../../../db/schema.ts';

export type PeriodeRow = typeof periode.$inferSelect;

export async function listPeriodes(tx: Tx, instansiId: string, year?: number): Promise<PeriodeRow[]> {
  return tx
    .select()
    .from(periode)
    .where(
      year === undefined
        ? eq(periode.instansiId, instansiId)
        : and(eq(periode.instansiId, instansiId), eq(periode.year, year)),
    )
    .orderBy(asc(periode.year), asc(periode.startDate));
}

export async function findPeriode(tx: Tx, id: string): Promise<PeriodeRow | null> {
  const rows = await tx.select().from(periode).where(eq(periode.id, id));
  return rows[0] ?? null;
}

export async function insertPeriodes(tx: Tx, rows: (typeof periode.$inferInsert)[]) {
  if (rows.length) await tx.insert(periode).values(rows).onConflictDoNothing();
}

export async function updatePeriode(
  tx: Tx,
  id: string,
  patch: Partial<Pick<PeriodeRow, 'opensAt' | 'deadline' | 'reopenedUntil'>>,
  expectedRowVersion: number,
): Promise<boolean> {
  const rows = await tx
    .update(periode)
    .set({ ...patch, rowVersion: expectedRowVersion + 1 })
    .where(and(eq(periode.id, id), eq(periode.rowVersion, expectedRowVersion)))
    .returning({ id: periode.id });
  return rows.length === 1;
}
