// SQL of the Tim Evaluasi Internal of a year: the team row, its members and its assignments
// (members and assignments are replaced whole on save).
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { timEvaluasi, timEvaluasiAnggota, timEvaluasiTugas } from '../../../db/schema.ts';

export type TimRow = typeof timEvaluasi.$inferSelect;

export async function findTim(tx: Tx, instansiId: string, year: number): Promise<TimRow | null> {
  const rows = await tx
    .select()
    .from(timEvaluasi)
    .where(and(eq(timEvaluasi.instansiId, instansiId), eq(timEvaluasi.year, year)));
  return rows[0] ?? null;
}

export async function insertTim(tx: Tx, row: typeof timEvaluasi.$inferInsert): Promise<TimRow> {
  return (await tx.insert(timEvaluasi).values(row).returning())[0]!;
}

export async function updateTim(
  tx: Tx,
  id: string,
  skNomor: string | null,
  rowVersion: number,
): Promise<TimRow | null> {
  const rows = await tx
    .update(timEvaluasi)
    .set({ skNomor, rowVersion: rowVersion + 1 })
    .where(and(eq(timEvaluasi.id, id), eq(timEvaluasi.rowVersion, rowVersion)))
    .returning();
  return rows[0] ?? null;
}

export async function anggotaOf(tx: Tx, timId: string) {
  return tx
    .select()
    .from(timEvaluasiAnggota)
    .where(eq(timEvaluasiAnggota.timId, timId))
    .orderBy(asc(timEvaluasiAnggota.sortOrder));
}

export async function tugasOf(tx: Tx, timId: string) {
  return tx
    .select()
    .from(timEvaluasiTugas)
    .where(eq(timEvaluasiTugas.timId, timId))
    .orderBy(asc(timEvaluasiTugas.jenis), asc(timEvaluasiTugas.key));
}

export async function replaceMembers(
  tx: Tx,
  timId: string,
  instansiId: string,
  anggota: { userId: string; peran: string; pdKey: string | null }[],
  tugas: { userId: string; jenis: string; key: string }[],
) {
  await tx.delete(timEvaluasiTugas).where(eq(timEvaluasiTugas.timId, timId));
  await tx.delete(timEvaluasiAnggota).where(eq(timEvaluasiAnggota.timId, timId));
  if (anggota.length)
    await tx.insert(timEvaluasiAnggota).values(anggota.map((a, i) => ({ ...a, timId, instansiId, sortOrder: i })));
  if (tugas.length) await tx.insert(timEvaluasiTugas).values(tugas.map((g) => ({ ...g, timId, instansiId })));
}
