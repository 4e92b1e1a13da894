// Durability under a crash: a real server process (the README's `serve`) takes concurrent writes,
// is killed with SIGKILL in the middle, and is started again on the same data. Every write the
// server acknowledged must be there with its audit row, and no write may be there without one
// (no partial commit). On PGlite the embedded database's own files take the crash; on PostgreSQL
// the server does. Evidence uploads run beside the writers: after the restart and one sweep, every
// acknowledged upload's file is there and no file is on disk that no row refers to (issue #9 defect
// 4). Bounded: a fixed number of writers for a fixed time.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/client.ts';
import { DEMO_PASSWORD } from '../src/server/seed/demo-users.ts';
import { sql } from 'drizzle-orm';
import { pgUrl, skipDb, testDbKind } from './helpers/database.ts';

const WRITERS = 12;
const UPLOADERS = 4;
const WRITE_MS = 1500;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

const exited = (p: ChildProcess) =>
  p.exitCode !== null || p.signalCode !== null ? Promise.resolve() : new Promise((r) => p.once('exit', r));

interface Running {
  proc: ChildProcess;
  base: string;
}

async function startServer(env: Record<string, string>): Promise<Running> {
  const port = await freePort();
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stdout!.on('data', (d) => (output += String(d)));
  proc.stderr!.on('data', (d) => (output += String(d)));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`server exited: ${output}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return { proc, base };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  proc.kill('SIGKILL');
  throw new Error(`server did not start: ${output}`);
}

/** Runs a CLI command on the same data as the server and returns its exit code. */
async function runCli(env: Record<string, string>, args: string[]): Promise<number> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    env: { ...process.env, ...env, LOG_LEVEL: 'silent' },
    stdio: 'ignore',
  });
  await exited(proc);
  return proc.exitCode ?? 1;
}

/** Every file in the evidence store (content-addressed, so named by its sha256), staged ones included. */
function evidenceOnDisk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

async function signIn(base: string, username: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const csrf = ((await res.json()) as { user: { csrfToken: string } }).user.csrfToken;
  return { cookie, csrf };
}

const plan = (name: string) => ({
  year: 2024,
  nodeKey: 'ku-sistem-merit',
  rincianKegiatan: name,
  indikatorOutput: 'Dokumen',
  satuan: 'Dokumen',
  targetTotal: 1,
  targets: [
    { periodCode: 'S1', target: 0 },
    { periodCode: 'S2', target: 1 },
  ],
  startDate: '2024-02-01',
  endDate: '2024-11-30',
  pagu: 1000000,
  pelaksanaPdKey: 'bkpsdm',
  koordinatorPdKey: 'bagian-organisasi',
  penanggungJawab: 'Kepala Bidang',
});

describe.skipIf(skipDb())('durability: kill -9 under concurrent writers', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const c of cleanup.reverse()) await c();
  });

  it('keeps every acknowledged write with its audit row, and nothing half-written', { timeout: 180_000 }, async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peta-rb-kill9-'));
    cleanup.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const env: Record<string, string> = { PETA_RB_DATA_DIR: dataDir };
    let openDirect: () => Promise<Database>;
    if (testDbKind() === 'pg') {
      const name = `peta_kill9_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
      const admin = new pg.Client({ connectionString: pgUrl()! });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = new URL(pgUrl()!);
      url.pathname = `/${name}`;
      env.DATABASE_URL = url.toString();
      openDirect = () => openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2 });
      cleanup.push(async () => {
        const a = new pg.Client({ connectionString: pgUrl()! });
        await a.connect();
        await a.query(`drop database if exists ${name} with (force)`);
        await a.end();
      });
    } else {
      openDirect = () => openDatabase({ kind: 'pglite', dataDir });
    }

    const first = await startServer(env);
    cleanup.push(() => void first.proc.kill('SIGKILL'));
    const { cookie, csrf } = await signIn(first.base, 'stu');
    const acknowledged = new Map<string, string>(); // name → id
    const uploaded = new Set<string>(); // sha256 of acknowledged uploads
    const op = await signIn(first.base, 'operator.bkpsdm');
    const periodes = (await (await fetch(`${first.base}/api/periode?year=2024`, { headers: { cookie } })).json()) as {
      id: string;
      code: string;
    }[];
    const draft = await fetch(`${first.base}/api/realisasi`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: op.cookie, 'x-csrf-token': op.csrf },
      body: JSON.stringify({
        periodeId: periodes.find((p) => p.code === 'S1')!.id,
        subjectType: 'indikator',
        subjectKey: 'indeks-sistem-merit',
        value: '100',
        narrative: '',
        rowVersion: 0,
      }),
    });
    expect(draft.status).toBe(200);
    const draftId = ((await draft.json()) as { id: string }).id;
    let stop = false;
    const writer = async (w: number) => {
      for (let n = 0; !stop; n++) {
        const name = `kill9-${w}-${n}`;
        try {
          const res = await fetch(`${first.base}/api/rencana-aksi`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
            body: JSON.stringify(plan(name)),
          });
          if (res.status === 200 || res.status === 201) {
            acknowledged.set(name, ((await res.json()) as { id: string }).id);
          } else if (res.status >= 500) throw new Error(`${res.status} ${await res.text()}`);
        } catch (err) {
          if (!stop) throw err;
          return; // the server is gone: an unanswered write is not acknowledged
        }
      }
    };
    const uploader = async (u: number) => {
      for (let n = 0; !stop; n++) {
        const form = new FormData();
        const pdf = `%PDF-1.4\n% kill9 ${u} ${n} ${'x'.repeat(4096)}\n%%EOF\n`;
        form.append('file', new Blob([pdf], { type: 'application/pdf' }), `bukti-${u}-${n}.pdf`);
        try {
          const res = await fetch(`${first.base}/api/realisasi/${draftId}/evidence`, {
            method: 'POST',
            headers: { cookie: op.cookie, 'x-csrf-token': op.csrf },
            body: form,
          });
          if (res.status === 201) uploaded.add(((await res.json()) as { sha256: string }).sha256);
          else if (res.status >= 500) throw new Error(`${res.status} ${await res.text()}`);
        } catch (err) {
          if (!stop) throw err;
          return;
        }
      }
    };
    const writers = [
      ...Array.from({ length: WRITERS }, (_, w) => writer(w).catch(() => undefined)),
      ...Array.from({ length: UPLOADERS }, (_, u) => uploader(u).catch(() => undefined)),
    ];
    await new Promise((r) => setTimeout(r, WRITE_MS));
    // Uploads queue behind the writers on one embedded connection: wait (bounded) for one to land.
    for (let waited = 0; uploaded.size === 0 && waited < 10_000; waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
    }
    stop = true;
    first.proc.kill('SIGKILL');
    await Promise.all(writers);
    await exited(first.proc);
    expect(acknowledged.size).toBeGreaterThan(0);
    expect(uploaded.size).toBeGreaterThan(0);

    // The crashed process left its lockfile: the restart must still come up on the same data.
    const second = await startServer(env);
    const health = await fetch(`${second.base}/api/health`);
    expect(health.status).toBe(200);
    second.proc.kill('SIGTERM');
    await exited(second.proc);
    // One sweep with the server stopped, so no upload is in flight and no grace is needed.
    expect(await runCli(env, ['evidence-sweep', '--grace-hours', '0'])).toBe(0);

    const db = await openDirect();
    try {
      const rows = (await db.db.execute(
        sql`select r.id::text as id, r.rincian_kegiatan as name,
                   (select count(*) from audit_event a
                     where a.entity_type = 'rencana_aksi' and a.entity_id = r.id::text
                       and a.action = 'rencana_aksi.create')::int as audits
              from rencana_aksi r where r.rincian_kegiatan like 'kill9-%'`,
      )) as unknown as { rows: { id: string; name: string; audits: number }[] };
      const stored = new Map(rows.rows.map((r) => [r.name, r]));
      const lost = [...acknowledged].filter(([name, id]) => stored.get(name)?.id !== id);
      expect(lost).toEqual([]);
      expect(rows.rows.filter((r) => r.audits !== 1)).toEqual([]);

      const files = (await db.db.execute(sql`select sha256 from evidence_file`)) as unknown as {
        rows: { sha256: string }[];
      };
      const referenced = new Set(files.rows.map((r) => path.join(r.sha256.slice(0, 2), r.sha256)));
      const onDisk = evidenceOnDisk(path.join(dataDir, 'evidence'));
      expect(onDisk.filter((f) => !referenced.has(f))).toEqual([]);
      expect([...uploaded].filter((sha) => !onDisk.includes(path.join(sha.slice(0, 2), sha)))).toEqual([]);
    } finally {
      await db.close();
    }
  });
});
