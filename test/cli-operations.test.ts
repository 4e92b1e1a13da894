// The operations commands as a user runs them: backup, restore into a new data directory (refused
// the second time), and on the PostgreSQL project move-to-postgres from an embedded
// installation, then audit verify. One process per command: few commands, as each starts PGlite.
import { randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgUrl, testDbKind } from './helpers/database.ts';

const root = path.resolve(import.meta.dirname, '..');

function cli(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'error', DATABASE_URL: '', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peta-rb-cli-ops-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.skipIf(testDbKind() === 'pg')('operations CLI on PGlite', () => {
  it('backs up, and restores into an empty data directory only', () => {
    const a = { PETA_RB_DATA_DIR: path.join(dir, 'a') };
    const b = { PETA_RB_DATA_DIR: path.join(dir, 'b') };
    expect(cli(['seed'], a).code).toBe(0);
    const archive = path.join(dir, 'a.tar');
    const backup = cli(['backup', '--out', archive], a);
    expect(backup.code, backup.out).toBe(0);
    expect(fs.existsSync(archive)).toBe(true);
    const restore = cli(['restore', archive], b);
    expect(restore.code, restore.out).toBe(0);
    // Restore itself re-reads every table and the audit chain (audit verify: the PostgreSQL case).
    expect(restore.out).toContain('cocok dengan manifest');
    const again = cli(['restore', archive], b);
    expect(again.code).toBe(1);
    expect(again.out).toMatch(/tidak kosong/);
  }, 120_000);
});

describe.skipIf(testDbKind() !== 'pg' || !pgUrl())('move-to-postgres', () => {
  const name = `peta_move_${randomUUID().replaceAll('-', '').slice(0, 10)}`;
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: pgUrl()! });
    await c.connect();
    try {
      await c.query(q);
    } finally {
      await c.end();
    }
  };
  beforeAll(() => admin(`create database ${name}`));
  afterAll(() => admin(`drop database if exists ${name}`));

  it('carries an embedded installation into an empty PostgreSQL database and verifies it', () => {
    const url = new URL(pgUrl()!);
    url.pathname = `/${name}`;
    const embedded = { PETA_RB_DATA_DIR: path.join(dir, 'embedded') };
    expect(cli(['seed'], embedded).code).toBe(0);
    const move = cli(['move-to-postgres', '--to', url.toString()], embedded);
    expect(move.code, move.out).toBe(0);
    expect(move.out).toMatch(/Dipindahkan ke .*: \d+ tabel, \d+ baris/);
    const verify = cli(['audit', 'verify'], { DATABASE_URL: url.toString() });
    expect(verify.code, verify.out).toBe(0);
    expect(verify.out).toMatch(/Rantai audit utuh: \d+ peristiwa/);
  }, 120_000);
});
