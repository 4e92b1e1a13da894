// The logical content of the database, the same SQL on PGlite and PostgreSQL: every table exported
// as one JSON text per row (row_to_json, in a fixed order), and imported back with
// json_populate_recordset, so values round-trip exactly (numeric, jsonb, arrays, timestamps) without
// passing through JavaScript numbers. The per-table checksum is the sha256 of those lines.
import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { Database, Tx } from '../client.ts';
import { appliedMigrations, shippedMigrations } from '../migrate.ts';
import { queryRows } from '../sql-rows.ts';
import type { TableInfo } from './tables.ts';

/** Rows per archive entry: bounds the memory a backup or restore holds at once. */
export const PART_ROWS = 2000;

// Primary keys sorted as bytes ("C" collation on their text form): the same order on every server,
// whatever its default collation, so checksums compare across PGlite and PostgreSQL.
function orderBy(table: TableInfo): SQL {
  return sql.raw(table.primaryKey.map((c) => `t."${c}"::text collate "C"`).join(', '));
}

/** The rows of a table as JSON lines, in parts of PART_ROWS. Run inside exportSnapshot. */
export async function* exportTable(tx: Tx, table: TableInfo): AsyncGenerator<string[]> {
  for (let offset = 0; ; offset += PART_ROWS) {
    const rows = await queryRows<{ line: string }>(
      tx,
      sql`select row_to_json(t)::text as line from ${sql.identifier(table.name)} t
          order by ${orderBy(table)} limit ${PART_ROWS} offset ${offset}`,
    );
    if (rows.length) yield rows.map((r) => r.line);
    if (rows.length < PART_ROWS) return;
  }
}

/** Row count and checksum of one table as it is now (used after a restore to compare). */
export async function tableChecksum(tx: Tx, table: TableInfo): Promise<{ rows: number; sha256: string }> {
  const hash = createHash('sha256');
  let rows = 0;
  for await (const lines of exportTable(tx, table)) {
    for (const line of lines) hash.update(`${line}\n`);
    rows += lines.length;
  }
  return { rows, sha256: hash.digest('hex') };
}

/**
 * Runs fn on one consistent snapshot (repeatable read, read only) while the app keeps writing, with
 * timestamps rendered in UTC so the text does not depend on the server's time zone.
 */
export function exportSnapshot<T>(database: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return database.db.transaction(
    async (tx) => {
      await tx.execute(sql`set local time zone 'UTC'`);
      return fn(tx);
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/**
 * Runs fn in one transaction that imports rows: all or nothing. The audit trail's triggers are lifted
 * for it (the rows keep their original ids, times and hashes; the chain is verified afterwards), which
 * needs the table owner's rights: restore with the owner role, not the app role.
 */
export function importTransaction<T>(database: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`set local time zone 'UTC'`);
    await tx.execute(sql`alter table audit_event disable trigger user`);
    const result = await fn(tx);
    await tx.execute(sql`alter table audit_event enable trigger user`);
    // The id sequence continues after the restored events.
    await tx.execute(
      sql`select setval('audit_event_id_seq', coalesce((select max(id) from audit_event), 0) + 1, false)`,
    );
    return result;
  });
}

export async function importPart(tx: Tx, table: TableInfo, lines: string[]): Promise<void> {
  const name = sql.identifier(table.name);
  await tx.execute(
    sql`insert into ${name} select * from json_populate_recordset(null::${name}, ${`[${lines.join(',')}]`}::json)`,
  );
}

/** Tables that already hold rows (a restore target must have none). */
export async function nonEmptyTables(tx: Tx, tables: TableInfo[]): Promise<string[]> {
  const found: string[] = [];
  for (const t of tables) {
    const [r] = await queryRows<{ any: boolean }>(
      tx,
      sql`select exists (select 1 from ${sql.identifier(t.name)}) as any`,
    );
    if (r?.any) found.push(t.name);
  }
  return found;
}

/** Migrations applied to this database, and the number this release ships. */
export async function migrationLevel(tx: Tx): Promise<{ applied: number; shipped: number }> {
  return { applied: await appliedMigrations({ db: tx as Database['db'] }), shipped: shippedMigrations() };
}
