// An app instance on a fresh test database, for inject()-based integration tests, and a listening
// server (random port, built web app) for browser tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, defaultWebDir } from '../../src/server/app.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import type { Fixture } from './factories.ts';

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Which data the database starts with: 'kupang' (the default), 'small' (factories.ts) or 'none'. */
  fixture?: Fixture;
  /** Older spelling: `seed: false` is `fixture: 'none'`. */
  seed?: boolean;
  maxUploadBytes?: number;
  allowDemoAccounts?: boolean;
  loginRateLimit?: number;
  trustProxy?: boolean;
  email?: { smtpUrl: string; from: string; publicUrl: string | null; intervalMs?: number };
}

export async function createTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const fixture: Fixture = opts.fixture ?? (opts.seed === false ? 'none' : 'kupang');
  const database = await createTestDatabase({ fixture });
  const evidenceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peta-rb-evidence-'));
  const app = await buildApp({
    database,
    logLevel: 'silent',
    ...(opts.maxUploadBytes ? { maxUploadBytes: opts.maxUploadBytes } : {}),
    allowDemoAccounts: opts.allowDemoAccounts ?? true,
    // Tests sign in many times from one address; the limit itself has its own test.
    loginRateLimit: opts.loginRateLimit ?? 1000,
    trustProxy: opts.trustProxy ?? false,
    webDir: null,
    strictResponses: true,
    evidenceDir,
    ...(opts.email ? { email: opts.email } : {}),
  });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
      fs.rmSync(evidenceDir, { recursive: true, force: true });
    },
  };
}

export interface TestServer extends TestApp {
  baseUrl: string;
}

/** Listens on 127.0.0.1 with a random free port, serving the built web app (run `npm run build:web` first). */
export async function startTestServer(): Promise<TestServer> {
  const database = await createTestDatabase({ seed: true });
  const app = await buildApp({
    database,
    logLevel: 'silent',
    webDir: defaultWebDir,
    strictResponses: true,
    loginRateLimit: 1000,
    evidenceDir: fs.mkdtempSync(path.join(os.tmpdir(), 'peta-rb-evidence-')),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    app,
    database,
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
