// Writes a whole-installation backup: one tar archive holding the database as JSON lines per table,
// every evidence file it refers to, and manifest.json with row counts and checksums. The database is
// read in one repeatable-read snapshot, so the app may keep running (on PGlite, through the running
// process: see operations.routes.ts).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Writable } from 'node:stream';
import type { Database } from '../../db/client.ts';
import { verifyAuditChain } from '../../db/audit-verify.ts';
import { exportSnapshot, exportTable, migrationLevel } from '../../db/backup/dump.ts';
import { backupTables } from '../../db/backup/tables.ts';
import { TarWriter } from '../../db/backup/tar.ts';
import { EvidenceStore } from '../features/monitoring/evidence.store.ts';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  evidenceEntryName,
  tablePartName,
  type BackupManifest,
} from './backup-manifest.ts';

export async function writeBackup(database: Database, evidenceDir: string, out: Writable): Promise<BackupManifest> {
  const tar = new TarWriter(out);
  const store = new EvidenceStore(evidenceDir);
  const manifest = await exportSnapshot(database, async (tx) => {
    const tables: BackupManifest['tables'] = {};
    const evidence: BackupManifest['evidence'] = [];
    for (const table of backupTables()) {
      const hash = createHash('sha256');
      let rows = 0;
      let parts = 0;
      for await (const lines of exportTable(tx, table)) {
        for (const line of lines) hash.update(`${line}\n`);
        await tar.add(tablePartName(table.name, parts), Buffer.from(`${lines.join('\n')}\n`, 'utf8'));
        if (table.name === 'evidence_file') {
          for (const line of lines) {
            const row = JSON.parse(line) as { sha256: string; size_bytes: number };
            evidence.push({ sha256: row.sha256, size: row.size_bytes });
          }
        }
        rows += lines.length;
        parts++;
      }
      tables[table.name] = { rows, sha256: hash.digest('hex'), parts };
    }
    const chain = await verifyAuditChain(tx);
    if (!chain.ok) {
      throw new Error(`Rantai audit rusak pada id ${chain.brokenId}; jalankan "audit verify". / Audit chain broken.`);
    }
    const level = await migrationLevel(tx);
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      source: database.kind,
      migrations: level.applied,
      tables,
      evidence,
      auditHead: { id: chain.headId, hash: chain.headHash, count: chain.count },
    } satisfies BackupManifest;
  });
  // Evidence files are immutable and content-addressed: copying them after the snapshot is safe.
  for (const file of manifest.evidence) {
    const target = store.pathOf(file.sha256);
    if (!fs.existsSync(target)) throw new Error(`Berkas bukti ${file.sha256} tidak ada di ${evidenceDir}.`);
    const hash = createHash('sha256');
    await tar.addFile(evidenceEntryName(file.sha256), target, file.size, (b) => hash.update(b));
    if (hash.digest('hex') !== file.sha256) throw new Error(`Berkas bukti ${file.sha256} rusak (checksum berbeda).`);
  }
  await tar.add('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
  await tar.finish();
  return manifest;
}
