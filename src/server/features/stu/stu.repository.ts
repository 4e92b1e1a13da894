// SQL of the STU and pokja structure of a year: the structure row, its people and its pokja.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { pokja, stuOrang, stuStruktur } from '../../../db/schema.ts';

export type StrukturRow = typeof stuStruktur.$inferSelect;
export type OrangRow = typeof stuOrang.$inferSelect;
export type PokjaRow = typeof pokja.$inferSelect;

export async function findStruktur(tx: Tx, instansiId: string, year: number): Promise<StrukturRow | null> {
  const rows = await tx
    .select()
    .from(stuStruktur)
    .where(and(eq(stuStruktur.instansiId, instansiId), eq(stuStruktur.year, year)));
  return rows[0] ?? null;
}

export async function insertStruktur(tx: Tx, row: typeof stuStruktur.$inferInsert): Promise<StrukturRow> {
  return (await tx.insert(stuStruktur).values(row).returning())[0]!;
}

export async function updateStruktur(
  tx: Tx,
  id: string,
  patch: Partial<typeof stuStruktur.$inferInsert>,
  expectedRowVersion: number,
): Promise<StrukturRow | null> {
  const rows = await tx
    .update(stuStruktur)
    .set({ ...patch, rowVersion: expectedRowVersion + 1 })
    .where(and(eq(stuStruktur.id, id), eq(stuStruktur.rowVersion, expectedRowVersion)))
    .returning();
  return rows[0] ?? null;
}

export async function orangOf(tx: Tx, strukturId: string): Promise<OrangRow[]> {
  return tx.select().from(stuOrang).where(eq(stuOrang.strukturId, strukturId)).orderBy(asc(stuOrang.sortOrder));
}

export async function pokjaOf(tx: Tx, strukturId: string): Promise<PokjaRow[]> {
  return tx.select().from(pokja).where(eq(pokja.strukturId, strukturId)).orderBy(asc(pokja.sortOrder));
}

export async function insertOrang(tx: Tx, row: typeof stuOrang.$inferInsert): Promise<OrangRow> {
  return (await tx.insert(stuOrang).values(row).returning())[0]!;
}

export async function updateOrang(tx: Tx, id: string, patch: Partial<typeof stuOrang.$inferInsert>) {
  await tx.update(stuOrang).set(patch).where(eq(stuOrang.id, id));
}

export async function deleteOrang(tx: Tx, ids: string[]) {
  if (ids.length) await tx.delete(stuOrang).where(inArray(stuOrang.id, ids));
}

export async function insertPokja(tx: Tx, row: typeof pokja.$inferInsert): Promise<PokjaRow> {
  return (await tx.insert(pokja).values(row).returning())[0]!;
}

export async function updatePokja(tx: Tx, id: string, patch: Partial<typeof pokja.$inferInsert>) {
  await tx.update(pokja).set(patch).where(eq(pokja.id, id));
}

export async function deletePokja(tx: Tx, ids: string[]) {
  if (ids.length) await tx.delete(pokja).where(inArray(pokja.id, ids));
}

export async function findPokja(tx: Tx, id: string): Promise<PokjaRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return (await tx.select().from(pokja).where(eq(pokja.id, id)))[0] ?? null;
}

export async function findOrangByIds(tx: Tx, ids: string[]): Promise<OrangRow[]> {
  if (!ids.length) return [];
  return tx.select().from(stuOrang).where(inArray(stuOrang.id, ids));
}
