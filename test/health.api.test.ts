// Operational honesty of /api/health (issue #9, defect 7): it checks the database, so it answers 503
// DATABASE_UNAVAILABLE once PostgreSQL is stopped (on a server this test starts and stops itself),
// within the short timeout; /api/live answers without the database, and the process stays up.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/client.ts';
import { buildApp } from '../src/server/app.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { findPgBinDir, startPgServer, type PgServer } from './pg-server.ts';

describe('health on the test database', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ fixture: 'none' });
  });
  afterAll(() => t?.close());

  it('health checks the database and liveness answers', async () => {
    const health = await t.app.inject('/api/health');
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok', database: t.database.kind });
    const live = await t.app.inject('/api/live');
    expect([live.statusCode, live.json()]).toEqual([200, { status: 'ok' }]);
  });
});

const bin = findPgBinDir();

describe.skipIf(!bin && process.env.PETA_RB_REQUIRE_PG !== '1')('health while PostgreSQL goes down', () => {
  let server: PgServer;
  let database: Database;
  let app: FastifyInstance;
  const evidenceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peta-rb-health-'));

  beforeAll(async () => {
    server = await startPgServer(bin!);
    database = await openDatabase({ kind: 'postgres', url: server.url, poolSize: 2 });
    app = await buildApp({ database, logLevel: 'silent', webDir: null, evidenceDir, evidenceSweepIntervalMs: 0 });
    await app.ready();
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await database?.close().catch(() => {});
    fs.rmSync(evidenceDir, { recursive: true, force: true });
  });

  it('survives the database dropping its idle connections, and answers ok again', async () => {
    expect((await app.inject('/api/health')).statusCode).toBe(200);
    // What a PostgreSQL restart or failover does to the pool's idle connections (FATAL 57P01).
    const other = new pg.Client({ connectionString: server.url });
    await other.connect();
    await other.query('select pg_terminate_backend(pid) from pg_stat_activity where pid <> pg_backend_pid()');
    await other.end().catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await app.inject('/api/health')).statusCode).toBe(200);
  });

  it('answers ok while the database is up, 503 with a code once it is stopped', async () => {
    expect((await app.inject('/api/health')).statusCode).toBe(200);
    server.stop();
    const started = performance.now();
    const down = await app.inject('/api/health');
    expect(performance.now() - started).toBeLessThan(5000);
    expect(down.statusCode).toBe(503);
    expect(down.json().error.code).toBe('DATABASE_UNAVAILABLE');
    const live = await app.inject('/api/live');
    expect([live.statusCode, live.json()]).toEqual([200, { status: 'ok' }]);
  }, 30_000);
});
