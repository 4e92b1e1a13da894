// The backup download's service: writes the archive to a file and records who took it in the audit
// trail (a whole-installation copy is the most sensitive read there is).
import fs from 'node:fs';
import type { Database } from '../../../db/client.ts';
import { insertAuditEvent, type AuditContext } from '../../audit-trail.repository.ts';
import { writeBackup } from '../../operations/backup.ts';
import type { BackupManifest } from '../../operations/backup-manifest.ts';
import { AppError } from '../../errors.ts';
import { listAllInstansi } from '../roadmap/roadmap.service.ts';

export async function backupToFile(
  database: Database,
  evidenceDir: string,
  ctx: AuditContext,
  instansiId: string | null,
  file: string,
): Promise<BackupManifest> {
  // The archive holds every instansi of the installation: an instansi's admin may take it only when
  // theirs is the only one (the embedded, one-regency case); a hub's backup is the operator's.
  if (instansiId !== null && (await listAllInstansi(database.db)).some((i) => i.id !== instansiId))
    throw new AppError(
      'FORBIDDEN',
      'Cadangan berisi seluruh instansi di server ini: hanya administrator sistem (akun tanpa instansi) yang boleh mengunduhnya.',
      'The backup holds every instansi on this server: only a deployment-wide administrator may download it.',
    );
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
