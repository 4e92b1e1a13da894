// SQL of the complaint register: complaints, their history (status changes, dispositions) and the
// indicators an instansi computes from the register.
import { and, asc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { pengaduan, pengaduanIndikator, pengaduanRiwayat } from '../../../db/schema.ts';

export type PengaduanRow = typeof pengaduan.$inferSelect;
export type PengaduanInsert = typeof pengaduan.$inferInsert;
export type RiwayatRow = typeof pengaduanRiwayat.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface PengaduanFilter {
  instansiId: string;
  /** Received between these days (inclusive). */
  from: string;
  to: string;
  pdKeys?: readonly string[];
  status?: string;
}

export async function listPengaduan(tx: Tx, f: PengaduanFilter): Promise<PengaduanRow[]> {
  const conds: SQL[] = [
    eq(pengaduan.instansiId, f.instansiId),
    gte(pengaduan.tanggalDiterima, f.from),
    lte(pengaduan.tanggalDiterima, f.to),
  ];
  if (f.pdKeys) {
    if (!f.pdKeys.length) return [];
    conds.push(inArray(pengaduan.pdKey, [...f.pdKeys]));
  }
  if (f.status) conds.push(eq(pengaduan.status, f.status));
  return tx
    .select()
    .from(pengaduan)
    .where(and(...conds))
    .orderBy(asc(pengaduan.tanggalDiterima), asc(pengaduan.createdAt));
}

/** Complaints of the instansi in the given statuses, whenever received (the open ones, for deadlines). */
export async function pengaduanInStatus(
  tx: Tx,
  instansiId: string,
  statuses: readonly string[],
): Promise<PengaduanRow[]> {
  if (!statuses.length) return [];
  return tx
    .select()
    .from(pengaduan)
    .where(and(eq(pengaduan.instansiId, instansiId), inArray(pengaduan.status, [...statuses])))
    .orderBy(asc(pengaduan.statusSejak));
}

export async function findPengaduan(tx: Tx, id: string): Promise<PengaduanRow | null> {
  if (!UUID.test(id)) return null;
  const rows = await tx.select().from(pengaduan).where(eq(pengaduan.id, id));
  return rows[0] ?? null;
}

export async function findByTiket(tx: Tx, instansiId: string, nomorTiket: readonly string[]): Promise<PengaduanRow[]> {
  if (!nomorTiket.length) return [];
  return tx
    .select()
    .from(pengaduan)
    .where(and(eq(pengaduan.instansiId, instansiId), inArray(pengaduan.nomorTiket, [...nomorTiket])));
}

export async function insertPengaduan(tx: Tx, row: PengaduanInsert): Promise<PengaduanRow> {
  const rows = await tx.insert(pengaduan).values(row).returning();
  return rows[0]!;
}

export async function updatePengaduan(
  tx: Tx,
  id: string,
  patch: Partial<PengaduanInsert>,
  expectedRowVersion: number,
): Promise<PengaduanRow | null> {
  const rows = await tx
    .update(pengaduan)
    .set({ ...patch, rowVersion: expectedRowVersion + 1, updatedAt: new Date() })
    .where(and(eq(pengaduan.id, id), eq(pengaduan.rowVersion, expectedRowVersion)))
    .returning();
  return rows[0] ?? null;
}

export async function insertRiwayat(tx: Tx, rows: (typeof pengaduanRiwayat.$inferInsert)[]) {
  if (rows.length) await tx.insert(pengaduanRiwayat).values(rows);
}

export async function listRiwayat(tx: Tx, pengaduanId: string): Promise<RiwayatRow[]> {
  return tx
    .select()
    .from(pengaduanRiwayat)
    .where(eq(pengaduanRiwayat.pengaduanId, pengaduanId))
    .orderBy(asc(pengaduanRiwayat.id));
}

export async function indikatorKeys(tx: Tx, instansiId: string): Promise<string[]> {
  const rows = await tx
    .select({ key: pengaduanIndikator.indikatorKey })
    .from(pengaduanIndikator)
    .where(eq(pengaduanIndikator.instansiId, instansiId))
    .orderBy(asc(pengaduanIndikator.indikatorKey));
  return rows.map((r) => r.key);
}

export async function replaceIndikatorKeys(tx: Tx, instansiId: string, keys: readonly string[]) {
  await tx.delete(pengaduanIndikator).where(eq(pengaduanIndikator.instansiId, instansiId));
  if (keys.length)
    await tx.insert(pengaduanIndikator).values(keys.map((indikatorKey) => ({ instansiId, indikatorKey })));
}
