// `peta-rb backup | restore | move-to-postgres | audit verify | db setup-roles`: the operations of
// issue #9 (docs/operations.md). Each works on the database chosen by the environment.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, type Database } from '../db/client.ts';
import { runMigrations } from '../db/migrate.ts';
import { verifyAuditChain } from '../db/audit-verify.ts';
import { grantAppRole } from '../db/roles.ts';
import type { Env } from '../server/env.ts';
import { writeBackup } from '../server/operations/backup.ts';
import type { BackupManifest } from '../server/operations/backup-manifest.ts';
import { restoreBackup } from '../server/operations/restore.ts';

export const OPERATIONS_HELP = `  backup --out <berkas.tar>
                        cadangan lengkap (basis data + berkas bukti + manifest) saat aplikasi berjalan
                        (PGlite yang sedang dipakai server: unduh dari GET /api/operations/backup)
  restore <berkas.tar>  pulihkan ke basis data dan direktori bukti yang kosong, lalu verifikasi
  move-to-postgres --to postgres://…
                        pindahkan seluruh isi PGlite ke server PostgreSQL (kosong) dan verifikasi
  audit verify          hitung ulang rantai hash jejak audit; laporkan id pertama yang rusak
  db setup-roles --app-role NAMA
                        (PostgreSQL, sebagai peran pemilik) beri peran aplikasi hak biasa, dan hanya
                        INSERT/SELECT pada audit_event`;

function summary(m: BackupManifest): string {
  const rows = Object.values(m.tables).reduce((n, t) => n + t.rows, 0);
  return `${Object.keys(m.tables).length} tabel, ${rows} baris, ${m.evidence.length} berkas bukti, ${m.auditHead.count} peristiwa audit (kepala rantai ${m.auditHead.hash.slice(0, 16)}…)`;
}

async function backup(database: Database, env: Env, args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
  if (!values.out) throw new Error('Sebutkan --out <berkas.tar>');
  const out = path.resolve(values.out);
  const tmp = `${out}.partial`;
  // Written beside the target and renamed at the end: a stopped backup never looks complete.
  const manifest = await writeBackup(database, env.evidenceDir, fs.createWriteStream(tmp, { flags: 'wx' })).catch(
    (err: unknown) => {
      fs.rmSync(tmp, { force: true });
      throw err;
    },
  );
  fs.renameSync(tmp, out);
  console.log(`Cadangan ditulis ke ${out}: ${summary(manifest)}.`);
  return 0;
}

async function restore(database: Database, env: Env, args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true });
  const file = positionals[0];
  if (!file) throw new Error('Sebutkan berkas cadangan: restore <berkas.tar>');
  await runMigrations(database);
  const manifest = await restoreBackup(path.resolve(file), database, env.evidenceDir);
  console.log(`Dipulihkan ke ${database.kind} ${database.location} dan ${env.evidenceDir}: ${summary(manifest)}.`);
  console.log('Semua tabel, rantai audit dan berkas bukti cocok dengan manifest.');
  return 0;
}

async function moveToPostgres(database: Database, env: Env, args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { to: { type: 'string' } } });
  if (!values.to || !/^postgres(ql)?:\/\//.test(values.to)) throw new Error('Sebutkan --to postgres://…');
  if (database.kind !== 'pglite') throw new Error('Sumber harus PGlite: jalankan tanpa DATABASE_URL.');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peta-rb-move-'));
  const archive = path.join(dir, 'move.tar');
  try {
    await writeBackup(database, env.evidenceDir, fs.createWriteStream(archive));
    const target = await openDatabase({ kind: 'postgres', url: values.to, poolSize: 2 });
    try {
      await runMigrations(target);
      // The evidence directory stays where it is: the files are checked, not copied.
      const manifest = await restoreBackup(archive, target, env.evidenceDir, { evidence: 'in-place' });
      console.log(`Dipindahkan ke ${target.location}: ${summary(manifest)}.`);
      console.log(
        `Jumlah baris, checksum tiap tabel, rantai audit dan berkas bukti cocok. Jalankan aplikasi dengan DATABASE_URL=${target.location} PETA_RB_EVIDENCE_DIR=${env.evidenceDir}`,
      );
    } finally {
      await target.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return 0;
}

async function auditVerify(database: Database): Promise<number> {
  const r = await verifyAuditChain(database.db);
  if (r.ok) {
    console.log(`Rantai audit utuh: ${r.count} peristiwa, id terakhir ${r.headId ?? '-'}, hash ${r.headHash || '-'}.`);
    return 0;
  }
  const why = r.reason === 'hash_mismatch' ? 'isi baris diubah' : 'baris sebelumnya dihapus atau disisipkan';
  console.error(`Rantai audit RUSAK pada id ${r.brokenId} (${why}); ${r.count} peristiwa sebelumnya utuh.`);
  return 1;
}

/** Runs an operations command; null when the command is not one of these. */
export async function operationsCommand(
  command: string,
  args: string[],
  database: Database,
  env: Env,
): Promise<number | null> {
  switch (command) {
    case 'backup':
      return backup(database, env, args);
    case 'restore':
      return restore(database, env, args);
    case 'move-to-postgres':
      return moveToPostgres(database, env, args);
    case 'audit':
      if (args[0] !== 'verify') throw new Error('Perintah audit: audit verify');
      return auditVerify(database);
    case 'db': {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { 'app-role': { type: 'string' } },
      });
      if (positionals[0] !== 'setup-roles' || !values['app-role'])
        throw new Error('Pakai: db setup-roles --app-role NAMA');
      await runMigrations(database);
      await grantAppRole(database, values['app-role']);
      console.log(`Peran ${values['app-role']} mendapat hak aplikasi (audit_event: hanya INSERT dan SELECT).`);
      return 0;
    }
    default:
      return null;
  }
}
