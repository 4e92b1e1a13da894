// SQL of progress reports: the reports of a period, one report, inserting and updating one (guarded
// by its row version).
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { laporanKemajuan } from '../../../db/schema.ts';

export type LaporanRow = typeof laporanKemajuan.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function listOfPeriode(tx: Tx, periodeId: string): Promise<LaporanRow[]> {
  return tx
    .select()
    .from(laporanKemajuan)
    .where(eq(laporanKemajuan.periodeId, periodeId))
    .orderBy(asc(laporanKemajuan.jenis), asc(laporanKemajuan.lingkupNama));
}

export async function findLaporan(tx: Tx, id: string): Promise<LaporanRow | null> {
  if (!UUID.test(id)) return null;
  return (await tx.select().from(laporanKemajuan).where(eq(laporanKemajuan.id, id)))[0] ?? null;
}

export async function findByLingkup(tx: Tx, periodeId: string, lingkupKey: string): Promise<LaporanRow | null> {
  const rows = await tx
    .select()
    .from(laporanKemajuan)
    .where(and(eq(laporanKemajuan.periodeId, periodeId), eq(laporanKemajuan.lingkupKey, lingkupKey)));
  return rows[0] ?? null;
}

export async function insertLaporan(tx: Tx, row: typeof laporanKemajuan.$inferInsert): Promise<LaporanRow> {
  return (await tx.insert(laporanKemajuan).values(row).returning())[0]!;
}

export async function updateLaporan(
  tx: Tx,
  id: string,
  patch: Partial<typeof laporanKemajuan.$inferInsert>,
  rowVersion: number,
): Promise<LaporanRow | null> {
  const rows = await tx
    .update(laporanKemajuan)
    .set({ ...patch, rowVersion: rowVersion + 1 })
    .where(and(eq(laporanKemajuan.id, id), eq(laporanKemajuan.rowVersion, rowVersion)))
    .returning();
  return rows[0] ?? null;
}
