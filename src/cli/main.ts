// The one command-line entry point: serve, migrate, seed, import, export, users, and the operations
// (backup, restore, move-to-postgres, audit verify, db setup-roles).
// Usage: peta-rb <command> [options]; run without arguments for help.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readEnv, EnvError } from '../server/env.ts';
import { openDatabaseFromEnv } from '../server/database-from-env.ts';
import { runMigrations } from '../db/migrate.ts';
import { DataDirLockedError } from '../db/lockfile.ts';
import { seedIfEmpty } from '../server/seed/seed.ts';
import { DEMO_ACCOUNTS } from '../server/seed/demo-users.ts';
import { buildApp, defaultWebDir } from '../server/app.ts';
import { importFile, exportVersion } from './import-export.ts';
import { userCommand } from './user.ts';
import { instansiCommand, INSTANSI_HELP } from './instansi.ts';
import { operationsCommand, OPERATIONS_HELP } from './operations.ts';
import { EvidenceStore } from '../server/features/monitoring/evidence.store.ts';
import { sweepEvidence } from '../server/features/monitoring/realisasi.service.ts';

const HELP = `Peta RB — perintah / commands

  serve                 migrasi, isi data awal bila kosong, lalu jalankan server (PORT, HOST)
  migrate               jalankan migrasi basis data
  seed                  muat road map Kabupaten Kupang 2024 bila basis data kosong
  import <berkas>       impor road map dari .xlsx (tata letak Lampiran) atau .json
        [--road-map ID] [--active] [--new-pd "Nama PD"]…
                        nama PD yang belum dikenal adalah kesalahan, kecuali disebut dengan --new-pd
  export <versi|active> --format xlsx|json --out <berkas>
  evidence-sweep [--grace-hours N]
                        hapus berkas bukti yang tidak dirujuk lagi, juga berkas di disk tanpa baris
                        yang lebih tua dari N jam (bawaan 24; juga otomatis setiap hari)
  user create --username U --name "Nama" --role R [--pd KODE_PD] [--email ALAMAT] [--instansi KODE] [--password-stdin]
                        buat akun (tanpa --password-stdin: kata sandi sementara dicetak sekali;
                        --role super_admin: akun server tanpa instansi, yang membuat instansi)
  user list [--instansi KODE]  daftar akun satu instansi (bawaan: instansi pertama) dan perannya
  user reset-password --username U
                        kata sandi sementara baru (wajib diganti saat masuk)
${INSTANSI_HELP}
${OPERATIONS_HELP}

Konfigurasi: DATABASE_URL (postgres://…; tanpa ini: PGlite di PETA_RB_DATA_DIR, bawaan ./data),
PORT (3000), HOST (127.0.0.1), LOG_LEVEL.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    console.log(HELP);
    return 0;
  }
  const env = readEnv();
  const database = await openDatabaseFromEnv(env);
  let keepOpen = false;
  try {
    switch (command) {
      case 'migrate':
        await runMigrations(database);
        console.log(`Migrasi selesai (${database.kind}: ${database.location}).`);
        return 0;
      case 'seed': {
        await runMigrations(database);
        const seeded = await seedIfEmpty(database.db, { demoAccounts: env.allowDemoAccounts });
        console.log(
          seeded
            ? 'Road map Kabupaten Kupang 2024 dimuat.'
            : 'Basis data sudah berisi road map; tidak ada yang dimuat.',
        );
        return 0;
      }
      case 'import': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: {
            'road-map': { type: 'string' },
            active: { type: 'boolean', default: false },
            'new-pd': { type: 'string', multiple: true },
          },
        });
        const file = positionals[0];
        if (!file) throw new Error('Sebutkan berkas yang akan diimpor.');
        await runMigrations(database);
        const result = await importFile(
          database.db,
          path.resolve(file),
          {
            ...(values['road-map'] ? { roadMapId: values['road-map'] } : {}),
            status: values.active ? 'active' : 'draft',
          },
          values['new-pd'] ?? [],
        );
        console.log(result);
        return result.ok ? 0 : 1;
      }
      case 'export': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { format: { type: 'string', default: 'xlsx' }, out: { type: 'string' } },
        });
        const which = positionals[0] ?? 'active';
        const format = values.format;
        if (format !== 'xlsx' && format !== 'json') throw new Error('--format harus xlsx atau json');
        if (!values.out) throw new Error('Sebutkan --out <berkas>');
        await runMigrations(database);
        const buf = await exportVersion(database.db, which, format);
        fs.writeFileSync(values.out, buf);
        console.log(`Ditulis ${values.out} (${buf.length} bita).`);
        return 0;
      }
      case 'serve': {
        // `npm run start:prod` never builds: without a prebuilt app it would serve the API alone.
        if (process.env.NODE_ENV === 'production' && !fs.existsSync(path.join(defaultWebDir, 'index.html'))) {
          console.error(
            'dist/web belum dibangun: jalankan `npm run build:web` sebelum `npm run start:prod`. / Run `npm run build:web` first.',
          );
          return 1;
        }
        await runMigrations(database);
        if (await seedIfEmpty(database.db, { demoAccounts: env.allowDemoAccounts })) {
          console.log('Road map Kabupaten Kupang 2024 dimuat ke basis data baru.');
          if (env.allowDemoAccounts)
            console.log(`Akun demo dibuat (lihat README): ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')}.`);
        }
        const app = await buildApp({
          database,
          logLevel: env.LOG_LEVEL,
          maxUploadBytes: env.PETA_RB_MAX_UPLOAD_BYTES,
          webDir: defaultWebDir,
          allowDemoAccounts: env.allowDemoAccounts,
          loginRateLimit: env.PETA_RB_LOGIN_RATE_LIMIT,
          trustProxy: env.trustProxy,
          evidenceDir: env.evidenceDir,
          email: env.PETA_RB_SMTP_URL
            ? { smtpUrl: env.PETA_RB_SMTP_URL, from: env.PETA_RB_MAIL_FROM, publicUrl: env.PETA_RB_PUBLIC_URL ?? null }
            : null,
        });
        const shutdown = async () => {
          await app.close();
          await database.close();
          process.exit(0);
        };
        process.once('SIGINT', () => void shutdown());
        process.once('SIGTERM', () => void shutdown());
        await app.listen({ port: env.PORT, host: env.HOST });
        const shown = env.HOST === '127.0.0.1' || env.HOST === '0.0.0.0' ? 'localhost' : env.HOST;
        console.log(
          `Peta RB berjalan di http://${shown}:${env.PORT} (basis data: ${database.kind} ${database.location})`,
        );
        keepOpen = true;
        return 0;
      }
      case 'evidence-sweep': {
        await runMigrations(database);
        const { values } = parseArgs({ args: rest, options: { 'grace-hours': { type: 'string' } } });
        const graceHours = values['grace-hours'] === undefined ? 24 : Number(values['grace-hours']);
        if (!Number.isFinite(graceHours) || graceHours < 0) {
          console.error('--grace-hours harus angka ≥ 0. / --grace-hours must be a number ≥ 0.');
          return 2;
        }
        const removed = await sweepEvidence(database.db, new EvidenceStore(env.evidenceDir), {
          graceMs: graceHours * 3600_000,
        });
        console.log(`${removed.length} berkas bukti yang tidak dirujuk lagi dihapus.`);
        return 0;
      }
      case 'user':
        await runMigrations(database);
        return await userCommand(database.db, rest);
      case 'instansi':
        await runMigrations(database);
        return await instansiCommand(database.db, rest);
      default: {
        const code = await operationsCommand(command, rest, database, env);
        if (code !== null) return code;
        console.error(`Perintah tidak dikenal: ${command}\n\n${HELP}`);
        return 2;
      }
    }
  } finally {
    if (!keepOpen) await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (err: unknown) => {
    if (err instanceof EnvError || err instanceof DataDirLockedError) console.error(err.message);
    else console.error(err instanceof Error ? err.message : err);
    // The running server holds the embedded database: it can still give a backup itself.
    if (err instanceof DataDirLockedError && process.argv[2] === 'backup') {
      console.error(
        'Selagi server berjalan, unduh cadangan sebagai admin dari GET /api/operations/backup (docs/operations.md). / While the server runs, download the backup from GET /api/operations/backup.',
      );
    }
    process.exit(1);
  },
);
