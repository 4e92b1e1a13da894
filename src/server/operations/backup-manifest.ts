// The manifest of a whole-installation backup (docs/operations.md, "Backup archive format").
export const BACKUP_FORMAT = 'peta-rb-backup';
export const BACKUP_VERSION = 1;

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  source: 'pglite' | 'postgres';
  /** Migrations applied to the source: a restore needs a release with the same number. */
  migrations: number;
  /** Per table: rows, sha256 of the JSON lines in primary-key order, number of db/<table>/<n>.jsonl parts. */
  tables: Record<string, { rows: number; sha256: string; parts: number }>;
  /** Every evidence file the database refers to, stored as evidence/<sha256>. */
  evidence: { sha256: string; size: number }[];
  /** Head of the audit hash chain at the time of the backup. */
  auditHead: { id: number | null; hash: string; count: number };
}

export const tablePartName = (table: string, part: number) => `db/${table}/${String(part).padStart(6, '0')}.jsonl`;
export const evidenceEntryName = (sha256: string) => `evidence/${sha256}`;
