// Test databases: a fresh, migrated database per test file, on the driver chosen by
// PETA_RB_TEST_DB (pglite, the default, or pg). PGlite databases are cloned from one migrated
// template image (creating PGlite from scratch costs seconds); PostgreSQL databases are created
// from a migrated template database on the server started by test/global-setup.ts.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.ts';
import { runMigrations } from '../../src/db/migrate.ts';
import { seedIfEmpty } from '../../src/server/seed/seed.ts';
import { seedSmall, type Fixture } from './factories.ts';

export type TestDbKind = 'pglite' | 'pg';

export function testDbKind(): TestDbKind {
  return process.env.PETA_RB_TEST_DB === 'pg' ? 'pg' : 'pglite';
}

let pgliteTemplate: Promise<Blob> | null = null;

async function migratedPgliteImage(): Promise<Blob> {
  const database = await openDatabase({ kind: 'pglite-memory' });
  await runMigrations(database);
  // dumpDataDir is PGlite-specific: reach the client through drizzle's session.
  const client = (database.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
  const blob = await client.dumpDataDir('none');
  await database.close();
  return blob;
}

/** The PostgreSQL server for this run (null when none could be started: PG tests skip). */
export function pgUrl(): string | null {
  return testDbKind() === 'pg' ? (inject('pgUrl') ?? null) : null;
}

const adminUrl = () => {
  const url = pgUrl();
  if (!url) throw new Error('No PostgreSQL server for this run (see test/global-setup-pg.ts).');
  return url;
};

/** True when this project targets PostgreSQL but no server is available: suites use describe.skipIf. */
export const skipDb = () => testDbKind() === 'pg' && pgUrl() === null;

let pgTemplateReady: Promise<string> | null = null;

/** Creates (once per process) a migrated template database and returns its name. */
async function pgTemplate(): Promise<string> {
  const name = `peta_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2 });
  await runMigrations(database);
  await database.close();
  return name;
}

export interface TestDatabase extends Database {
  kindLabel: TestDbKind;
}

/** `fixture` picks the data: the Kupang seed, the small road map (test/helpers/factories.ts) or none;
 * `seed: true` is the Kupang seed, kept for the tests that have not chosen. */
export async function createTestDatabase(opts: { seed?: boolean; fixture?: Fixture } = {}): Promise<TestDatabase> {
  const fixture: Fixture = opts.fixture ?? (opts.seed ? 'kupang' : 'none');
  let database: Database;
  if (testDbKind() === 'pg') {
    pgTemplateReady ??= pgTemplate();
    const template = await pgTemplateReady;
    const name = `peta_t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
    const admin = new pg.Client({ connectionString: adminUrl() });
    await admin.connect();
    try {
      await admin.query(`create database ${name} template ${template}`);
    } finally {
      await admin.end();
    }
    const url = new URL(adminUrl());
    url.pathname = `/${name}`;
    const inner = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
    database = {
      ...inner,
      close: async () => {
        await inner.close();
        const a = new pg.Client({ connectionString: adminUrl() });
        await a.connect();
        try {
          await a.query(`drop database if exists ${name}`);
        } finally {
          await a.end();
        }
      },
    };
  } else {
    pgliteTemplate ??= migratedPgliteImage();
    database = await openDatabase({ kind: 'pglite-memory', loadDataDir: await pgliteTemplate });
  }
  if (fixture === 'kupang') await seedIfEmpty(database.db);
  if (fixture === 'small') await seedSmall(database);
  return { ...database, kindLabel: testDbKind() };
}
