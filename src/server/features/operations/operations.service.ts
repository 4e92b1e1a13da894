// The backup download's service: writes the archive to a file and records who took it in the audit
// trail (a whole-installation copy is the most sensitive read there is).
import fs from 'node:fs';
import type { Database } from '../../../db/client.ts';
import { insertAuditEvent, type AuditContext } from '../../audit-trail.repository.ts';
import { writeBackup } from '../../operations/backup.ts';
import type { BackupManifest } from '../../operations/backup-manifest.ts';

export async function backupToFile(
  database: Database,
  evidenceDir: string,
  ctx: AuditContext,
  instansiId: string | null,
  file: string,
): Promise<BackupManifest> {
  const manifest = await writeBackup(database, evidenceDir, fs.createWriteStream(file));
  await insertAuditEvent(database.db, ctx, {
    instansiId,
    action: 'operations.backup',
    entityType: 'installation',
    entityId: 'backup',
    before: null,
    after: { createdAt: manifest.createdAt, auditHead: manifest.auditHead, evidence: manifest.evidence.length },
  });
  return manifest;
}
