// Applies the committed SQL migrations (forward-only) on either driver. On a server several app
// processes may start together, so the run is serialised with an advisory lock.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { Database } from './client.ts';

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

const LOCK_ID = 727_001; // arbitrary, constant: identifies Peta RB's migration lock

/** Number of migrations this release ships (the drizzle journal). */
export function shippedMigrations(): number {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

/** Number of migrations applied to the database (0 on a new one). */
export async function appliedMigrations(database: Pick<Database, 'db'>): Promise<number> {
  const rows = (await database.db.execute(
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  )) as unknown as { rows: { present: boolean }[] };
  if (!rows.rows[0]?.present) return 0;
  const n = (await database.db.execute(
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  )) as unknown as { rows: { n: number }[] };
  return n.rows[0]?.n ?? 0;
}

export async function runMigrations(database: Database): Promise<void> {
  // Up to date: nothing to do, and nothing the migrator would try (it creates its schema and table
  // even then), so the app role of a production setup, which may not create objects, starts too.
  if ((await appliedMigrations(database)) >= shippedMigrations()) return;
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  const db = database.db as unknown as NodePgDatabase;
  await db.execute(sql`select pg_advisory_lock(${LOCK_ID})`);
  try {
    await migratePg(db, { migrationsFolder });
  } finally {
    await db.execute(sql`select pg_advisory_unlock(${LOCK_ID})`);
  }
}
