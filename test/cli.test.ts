// The CLI on the embedded database, as a user runs it: seed, export (xlsx and JSON), import, and
// the lock that refuses a second process on the same PGlite data directory.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDbKind } from './helpers/database.ts';

const root = path.resolve(import.meta.dirname, '..');

function cli(args: string[], env: Record<string, string>, input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'error', ...env },
    encoding: 'utf8',
    timeout: 120_000,
    ...(input !== undefined ? { input } : {}),
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

// The CLI test exercises the embedded database; the PostgreSQL project covers the same services.
describe.skipIf(testDbKind() === 'pg')('CLI on PGlite', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peta-rb-cli-'));
    env = { PETA_RB_DATA_DIR: path.join(dir, 'data') };
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('seeds, exports xlsx and json, and re-imports the xlsx as a new version', () => {
    const seed = cli(['seed'], env);
    expect(seed.code, seed.out).toBe(0);
    expect(seed.out).toContain('Kupang');
    const xlsx = path.join(dir, 'rm.xlsx');
    const json = path.join(dir, 'rm.json');
    expect(cli(['export', 'active', '--format', 'xlsx', '--out', xlsx], env).code).toBe(0);
    expect(cli(['export', 'active', '--format', 'json', '--out', json], env).code).toBe(0);
    expect(fs.readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    const doc = JSON.parse(fs.readFileSync(json, 'utf8'));
    expect(doc.instansi.name).toContain('Kupang');
    const imp = cli(['import', xlsx], env);
    expect(imp.code, imp.out).toBe(0);
    expect(imp.out).toContain('versionId');
    const bad = path.join(dir, 'bad.xlsx');
    fs.writeFileSync(bad, 'bukan excel');
    const r = cli(['import', bad], env);
    expect(r.code).toBe(1);
  }, 180_000);

  it('creates the first admin and resets a password from the command line', () => {
    const created = cli(
      ['user', 'create', '--username', 'admin.kupang', '--name', 'Admin Kupang', '--role', 'admin', '--password-stdin'],
      env,
      'Oelamasi-Kupang-2024\n',
    );
    expect(created.code, created.out).toBe(0);
    const op = cli(['user', 'create', '--username', 'op.bp4d', '--role', 'operator_pd', '--pd', 'bp4d'], env);
    expect(op.code, op.out).toBe(0);
    expect(op.out).toMatch(/Kata sandi sementara .*: rb-/);
    const list = cli(['user', 'list'], env);
    expect(list.out).toMatch(/admin\.kupang\tAdmin Kupang\tadmin/);
    expect(list.out).toMatch(/op\.bp4d\t.*operator_pd@bp4d/);
    const weak = cli(['user', 'create', '--username', 'lemah', '--role', 'admin', '--password-stdin'], env, 'pendek\n');
    expect(weak.code).toBe(1);
    expect(weak.out).toContain('minimal 10 karakter');
    const badRole = cli(['user', 'create', '--username', 'x.y', '--role', 'raja'], env);
    expect(badRole.code).toBe(1);
    expect(badRole.out).toContain('Peran tidak dikenal');
    const reset = cli(['user', 'reset-password', '--username', 'op.bp4d'], env);
    expect(reset.code, reset.out).toBe(0);
  }, 180_000);

  it('creates a province and a kabupaten under it with its own first admin, and refuses bad input', () => {
    const ntt = cli(['instansi', 'create', '--code', 'prov-ntt', '--name', 'Provinsi NTT', '--kind', 'provinsi'], env);
    expect(ntt.code, ntt.out).toBe(0);
    const withParent = cli(
      [
        'instansi',
        'create',
        '--code',
        'kab-tts2',
        '--name',
        'Kabupaten TTS',
        '--kind',
        'kabupaten',
        '--region',
        'Nusa Tenggara Timur',
        '--parent',
        'prov-ntt',
        '--admin-username',
        'admin.tts',
      ],
      env,
    );
    expect(withParent.code, withParent.out).toBe(0);
    expect(withParent.out).toMatch(/Kata sandi sementara .*: \S{12,}/);
    const list = cli(['instansi', 'list'], env);
    expect(list.out).toMatch(/kab-tts2\tKabupaten TTS\tkabupaten\tNusa Tenggara Timur\tinduk: prov-ntt/);
    // The new admin is the new instansi's, not Kupang's.
    expect(cli(['user', 'list', '--instansi', 'kab-tts2'], env).out).toContain('admin.tts');
    expect(cli(['user', 'list'], env).out).not.toContain('admin.tts');
    const bad = cli(
      ['instansi', 'create', '--code', 'X Y', '--name', ' ', '--kind', 'desa', '--parent', 'kab-tts2'],
      env,
    );
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('kind: Jenis: kabupaten, kota, provinsi atau kementerian_lembaga.');
    expect(bad.out).toContain('code: Kode');
    expect(bad.out).toContain('name: Nama instansi wajib diisi.');
    const notProvince = cli(
      ['instansi', 'create', '--code', 'kab-x', '--name', 'X', '--kind', 'kota', '--parent', 'kab-tts2'],
      env,
    );
    expect(notProvince.out).toContain('Induk kota harus provinsi');
    expect(cli(['instansi', 'list'], env).out).not.toContain('kab-x');
  }, 120_000);

  it('refuses a second process on the same data directory with a clear message', async () => {
    const server = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
      cwd: root,
      env: { ...process.env, ...env, PORT: '0', LOG_LEVEL: 'error' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('serve did not start')), 90_000);
        server.stdout.on('data', (d: Buffer) => {
          if (d.toString().includes('berjalan')) {
            clearTimeout(timer);
            resolve();
          }
        });
        server.on('exit', (c) => reject(new Error(`serve exited ${c}`)));
      });
      const second = cli(['migrate'], env);
      expect(second.code).toBe(1);
      expect(second.out).toMatch(/sedang dipakai oleh proses lain \(pid \d+\)/);
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
    // After a clean stop the lock is released.
    expect(cli(['migrate'], env).code).toBe(0);
  }, 180_000);
});
