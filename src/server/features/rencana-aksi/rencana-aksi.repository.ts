// SQL for action plans (rencana aksi) and their per-period targets.
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { rencanaAksi, rencanaAksiTarget } from '../../../db/schema.ts';

export type RencanaAksiRow = typeof rencanaAksi.$inferSelect;

export async function findRencanaAksi(tx: Tx, id: string): Promise<RencanaAksiRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const rows = await tx.select().from(rencanaAksi).where(eq(rencanaAksi.id, id));
  return rows[0] ?? null;
}

export interface RencanaAksiFilter {
  roadMapId: string;
  year: number;
  pdKey?: string;
  nodeKey?: string;
}

export async function listRencanaAksi(tx: Tx, f: RencanaAksiFilter): Promise<RencanaAksiRow[]> {
  const conds: SQL[] = [eq(rencanaAksi.roadMapId, f.roadMapId), eq(rencanaAksi.year, f.year)];
  if (f.pdKey) conds.push(eq(rencanaAksi.pelaksanaPdKey, f.pdKey));
  if (f.nodeKey) conds.push(eq(rencanaAksi.nodeKey, f.nodeKey));
  return tx
    .select()
    .from(rencanaAksi)
    .where(and(...conds))
    .orderBy(asc(rencanaAksi.nodeKey), asc(rencanaAksi.sortOrder), asc(rencanaAksi.createdAt));
}

export async function targetsOf(tx: Tx, ids: string[]) {
  if (!ids.length) return [];
  return tx.select().from(rencanaAksiTarget).where(inArray(rencanaAksiTarget.rencanaAksiId, ids));
}

export async function insertRencanaAksi(tx: Tx, row: typeof rencanaAksi.$inferInsert): Promise<RencanaAksiRow> {
  const rows = await tx.insert(rencanaAksi).values(row).returning();
  return rows[0]!;
}

export async function updateRencanaAksi(
  tx: Tx,
  id: string,
  patch: Partial<typeof rencanaAksi.$inferInsert>,
  expectedRowVersion: number,
) {
  const rows = await tx
    .update(rencanaAksi)
    .set({ ...patch, rowVersion: expectedRowVersion + 1 })
    .where(and(eq(rencanaAksi.id, id), eq(rencanaAksi.rowVersion, expectedRowVersion)))
    .returning();
  return rows[0] ?? null;
}

export async function replaceTargets(
  tx: Tx,
  id: string,
  instansiId: string,
  targets: { periodCode: string; target: number }[],
) {
  await tx.delete(rencanaAksiTarget).where(eq(rencanaAksiTarget.rencanaAksiId, id));
  if (targets.length) {
    await tx
      .insert(rencanaAksiTarget)
      .values(
        targets.map((t) => ({ rencanaAksiId: id, instansiId, periodCode: t.periodCode, target: String(t.target) })),
      );
  }
}

export async function deleteRencanaAksi(tx: Tx, id: string) {
  await tx.delete(rencanaAksi).where(eq(rencanaAksi.id, id));
}
