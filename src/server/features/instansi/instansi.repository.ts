// SQL of the instansi feature: the instansi rows of the server with their account and road-map
// counts, and the inserts and updates of the super-administrator's screen.
import { asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { instansi, roadMap, roleAssignment, userAccount } from '../../../db/schema.ts';

export type InstansiRow = typeof instansi.$inferSelect;

export async function listInstansi(tx: Tx): Promise<InstansiRow[]> {
  return tx.select().from(instansi).orderBy(asc(instansi.name));
}

export async function findInstansiById(tx: Tx, id: string): Promise<InstansiRow | null> {
  const rows = await tx.select().from(instansi).where(eq(instansi.id, id));
  return rows[0] ?? null;
}

export async function findInstansiByCode(tx: Tx, code: string): Promise<InstansiRow | null> {
  const rows = await tx.select().from(instansi).where(eq(instansi.code, code));
  return rows[0] ?? null;
}

/** Per instansi: its accounts, those holding the admin role, and its road maps (one query each). */
export async function countsByInstansi(tx: Tx) {
  const accounts = await tx
    .select({ instansiId: userAccount.instansiId, n: sql<number>`count(*)::int` })
    .from(userAccount)
    .groupBy(userAccount.instansiId);
  const admins = await tx
    .select({ instansiId: userAccount.instansiId, n: sql<number>`count(distinct ${userAccount.id})::int` })
    .from(userAccount)
    .innerJoin(roleAssignment, eq(roleAssignment.userId, userAccount.id))
    .where(eq(roleAssignment.role, 'admin'))
    .groupBy(userAccount.instansiId);
  const maps = await tx
    .select({ instansiId: roadMap.instansiId, n: sql<number>`count(*)::int` })
    .from(roadMap)
    .groupBy(roadMap.instansiId);
  const asMap = (rows: { instansiId: string | null; n: number }[]) =>
    new Map(rows.filter((r) => r.instansiId).map((r) => [r.instansiId!, r.n]));
  return { accounts: asMap(accounts), admins: asMap(admins), roadMaps: asMap(maps) };
}

export async function insertInstansi(
  tx: Tx,
  i: { code: string; name: string; kind: string; region: string; parentId: string | null },
): Promise<string> {
  const rows = await tx.insert(instansi).values(i).returning({ id: instansi.id });
  return rows[0]!.id;
}

export async function updateInstansi(
  tx: Tx,
  id: string,
  patch: { name: string; region: string; parentId: string | null },
): Promise<void> {
  await tx.update(instansi).set(patch).where(eq(instansi.id, id));
}
