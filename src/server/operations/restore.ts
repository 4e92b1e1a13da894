// Restores a backup written by backup.ts into an empty, migrated database (PGlite or PostgreSQL) and
// an empty evidence directory, verifying everything on the way: each archive part against the
// manifest checksum, every table re-read from the target against the manifest, the audit hash chain,
// and every evidence file's sha256. Any mismatch rolls the database back.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../db/client.ts';
import { verifyAuditChain } from '../../db/audit-verify.ts';
import { importPart, importTransaction, migrationLevel, nonEmptyTables, tableChecksum } from '../../db/backup/dump.ts';
import { backupTables } from '../../db/backup/tables.ts';
import { TarReader } from '../../db/backup/tar.ts';
import { EvidenceStore } from '../features/monitoring/evidence.store.ts';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  evidenceEntryName,
  tablePartName,
  type BackupManifest,
} from './backup-manifest.ts';

export class RestoreError extends Error {
  override name = 'RestoreError';
}

export interface RestoreOptions {
  /** 'copy' (default): write the archive's evidence into an empty directory; 'in-place': the files are
   *  already there (a move to PostgreSQL keeps the evidence directory), only check them. */
  evidence?: 'copy' | 'in-place';
}

function readManifest(reader: TarReader): BackupManifest {
  const m = JSON.parse(reader.read('manifest.json').toString('utf8')) as BackupManifest;
  if (m.format !== BACKUP_FORMAT || m.version !== BACKUP_VERSION) {
    throw new RestoreError('Berkas ini bukan cadangan Peta RB versi yang dikenal. / Not a known backup format.');
  }
  return m;
}

function hasFiles(dir: string): boolean {
  if (!fs.existsSync(dir)) return false;
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).some((e) => e.isFile());
}

function restoreEvidence(reader: TarReader, manifest: BackupManifest, store: EvidenceStore, mode: 'copy' | 'in-place') {
  for (const file of manifest.evidence) {
    const target = store.pathOf(file.sha256);
    const bytes = mode === 'copy' ? reader.read(evidenceEntryName(file.sha256)) : fs.readFileSync(target);
    if (EvidenceStore.hash(bytes) !== file.sha256 || bytes.length !== file.size) {
      throw new RestoreError(`Berkas bukti ${file.sha256} rusak (checksum berbeda). / Evidence checksum mismatch.`);
    }
    if (mode === 'in-place') continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const tmp = path.join(path.dirname(target), `.tmp-${randomUUID()}`);
    fs.writeFileSync(tmp, bytes, { flag: 'wx' });
    fs.renameSync(tmp, target);
  }
}

export async function restoreBackup(
  file: string,
  database: Database,
  evidenceDir: string,
  opts: RestoreOptions = {},
): Promise<BackupManifest> {
  const mode = opts.evidence ?? 'copy';
  const reader = TarReader.open(file);
  try {
    const manifest = readManifest(reader);
    const tables = backupTables();
    const names = tables.map((t) => t.name).sort();
    if (JSON.stringify(names) !== JSON.stringify(Object.keys(manifest.tables).sort())) {
      throw new RestoreError('Tabel dalam cadangan tidak sama dengan skema rilis ini. / Table set differs.');
    }
    if (mode === 'copy' && hasFiles(evidenceDir)) {
      throw new RestoreError(`Direktori bukti ${evidenceDir} tidak kosong. / The evidence directory is not empty.`);
    }
    await importTransaction(database, async (tx) => {
      const level = await migrationLevel(tx);
      if (level.applied !== level.shipped || level.applied !== manifest.migrations) {
        throw new RestoreError(
          `Cadangan dibuat pada tingkat migrasi ${manifest.migrations}, rilis ini ${level.shipped}: pulihkan dengan rilis yang sama. / Migration level differs.`,
        );
      }
      const filled = await nonEmptyTables(tx, tables);
      if (filled.length) {
        throw new RestoreError(
          `Basis data tujuan tidak kosong (${filled.slice(0, 5).join(', ')}). / The target database is not empty.`,
        );
      }
      for (const table of tables) {
        const expected = manifest.tables[table.name]!;
        const hash = createHash('sha256');
        let rows = 0;
        for (let part = 0; part < expected.parts; part++) {
          const lines = reader.read(tablePartName(table.name, part)).toString('utf8').split('\n').slice(0, -1);
          for (const line of lines) hash.update(`${line}\n`);
          rows += lines.length;
          await importPart(tx, table, lines);
        }
        if (rows !== expected.rows || hash.digest('hex') !== expected.sha256) {
          throw new RestoreError(
            `Isi tabel ${table.name} dalam cadangan tidak cocok dengan manifest. / Archive corrupt.`,
          );
        }
      }
      // Read back what the target now holds: proves the round trip, not only the archive.
      for (const table of tables) {
        const now = await tableChecksum(tx, table);
        const expected = manifest.tables[table.name]!;
        if (now.rows !== expected.rows || now.sha256 !== expected.sha256) {
          throw new RestoreError(`Tabel ${table.name} berbeda setelah dipulihkan. / Table differs after restore.`);
        }
      }
      const chain = await verifyAuditChain(tx);
      if (!chain.ok || chain.headHash !== manifest.auditHead.hash) {
        throw new RestoreError('Rantai hash audit tidak utuh setelah dipulihkan. / Audit chain broken after restore.');
      }
      // Files before the commit that makes rows refer to them (the evidence store's rule).
      restoreEvidence(reader, manifest, new EvidenceStore(evidenceDir), mode);
    });
    return manifest;
  } finally {
    reader.close();
  }
}
