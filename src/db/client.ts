// Opens the database: embedded PGlite (data directory on disk, or in memory for tests) by default,
// or a PostgreSQL server when a postgres:// URL is given. Both expose the same Drizzle API and run
// the same migrations and queries.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite, types } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.ts';
import { acquireDataDirLock } from './lockfile.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** The handle passed to repositories: the database itself or an open transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Where the data lives, for logs (never includes a password). */
  location: string;
  close(): Promise<void>;
}

export type DatabaseConfig =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory'; loadDataDir?: Blob }
  | { kind: 'postgres'; url: string; poolSize?: number };

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

// int8 comes back as a string, as with `pg`, so both drivers give identical rows.
const pgliteParsers = { [types.INT8]: (v: string) => v };

// PostgreSQL's default shared_buffers (128 MB) lives inside PGlite's WASM heap and is most of its
// idle RSS; one office's data fits in far less, and the OS page cache still holds the files.
// Measured: PGlite's share of RSS 234 MB → 110 MB (docs/operations.md). PGlite writes it into the
// data directory's postgresql.conf.
const PGLITE_CONF = ['shared_buffers=16MB'];

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize ?? 10 });
    // An idle connection dropped by the server (restart, failover, pg_terminate_backend) is emitted
    // here; unheard, it is an uncaught exception that ends the process. The pool has already removed
    // the client and reconnects on the next query; /api/health reports a lasting outage.
    pool.on('error', (err) => console.error(`[peta-rb] koneksi PostgreSQL terputus / connection lost: ${err.message}`));
    // Fail fast with a clear error instead of at the first request.
    const client = await pool.connect();
    client.release();
    return {
      db: drizzlePg(pool, { schema }) as unknown as Db,
      kind: 'postgres',
      location: redact(config.url),
      close: () => pool.end(),
    };
  }
  if (config.kind === 'pglite-memory') {
    const client = await PGlite.create({
      parsers: pgliteParsers,
      ...(config.loadDataDir ? { loadDataDir: config.loadDataDir } : {}),
    });
    return {
      db: drizzlePglite(client, { schema }) as unknown as Db,
      kind: 'pglite',
      location: 'memory',
      close: () => client.close(),
    };
  }
  const dataDir = path.resolve(config.dataDir);
  const release = acquireDataDirLock(dataDir);
  try {
    const pgDir = path.join(dataDir, 'pglite');
    fs.mkdirSync(dataDir, { recursive: true });
    const client = await PGlite.create(pgDir, { parsers: pgliteParsers, postgresqlconf: PGLITE_CONF });
    return {
      db: drizzlePglite(client, { schema }) as unknown as Db,
      kind: 'pglite',
      location: pgDir,
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}
