// The one way an uploaded evidence file is attached to something (a realisasi, a follow-up of a
// recommendation): the type is sniffed from the content and executables are refused, the bytes are
// staged under a temporary name, the file row and the link are written in one transaction with their
// audit event, and only after the commit is the staged file moved into the content-addressed store. A
// refused or failed upload removes its staged file; one a crash interrupts is left to the sweep. What
// the file is attached to (checks, link row, audit wording) is the caller's.
import type { Db, Tx } from '../db/client.ts';
import { sniffFileType } from '../domain/evidence/sniff.ts';
import { insertAuditEvent, type AuditContext } from './audit-trail.repository.ts';
import { AppError } from './errors.ts';
import type { EvidenceStore, StagedFile } from './features/monitoring/evidence.store.ts';
import { findEvidenceFile, upsertEvidenceFile } from './features/monitoring/realisasi.repository.ts';

/** The stored file as the link and the answer see it. */
export interface AttachedFile {
  sha256: string;
  mime: string;
  kind: string;
  sizeBytes: number;
  /** The uploaded name (cut to 250 characters), or `bukti.<ext>` when the upload had none. */
  fileName: string;
}

/** What is audited when the file was newly linked. */
export interface AttachAudit {
  instansiId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  after: Record<string, unknown>;
  pdKey?: string | null;
}

export interface AttachTarget<C> {
  /** Checks before anything is written to disk (exists, permission); throws to refuse. */
  precheck: (db: Db) => Promise<void>;
  /** Inside the transaction: loads and checks the target again (status may have changed). */
  load: (tx: Tx) => Promise<C>;
  /** Inserts the link row; false when the same file was already linked to the same target. */
  link: (tx: Tx, ctx: C, file: AttachedFile) => Promise<boolean>;
  /** The audit event of a new link. */
  audit: (ctx: C, file: AttachedFile) => AttachAudit;
}

/** The content type of an upload, or the refusal (415) naming the `file` field. */
export function sniffUpload(bytes: Uint8Array) {
  const sniffed = sniffFileType(bytes);
  if (sniffed.kind === 'rejected')
    throw new AppError(
      sniffed.code === 'EXECUTABLE' ? 'FILE_EXECUTABLE' : 'FILE_TYPE_NOT_ALLOWED',
      sniffed.reason.id,
      sniffed.reason.en,
      [{ field: 'file', code: sniffed.code, message: sniffed.reason.id }],
    );
  return sniffed;
}

export async function attachEvidence<C>(
  db: Db,
  store: EvidenceStore,
  audit: AuditContext,
  upload: { fileName: string; bytes: Uint8Array },
  target: AttachTarget<C>,
): Promise<AttachedFile & { alreadyAttached: boolean }> {
  const { bytes } = upload;
  const sniffed = sniffUpload(bytes);
  await target.precheck(db);
  const staged = await store.stage(bytes);
  const { sha256 } = staged;
  const file: AttachedFile = {
    sha256,
    mime: sniffed.mime,
    kind: sniffed.kind,
    sizeBytes: bytes.length,
    fileName: upload.fileName.slice(0, 250) || `bukti.${sniffed.ext}`,
  };
  let linked: boolean;
  try {
    linked = await linkInTransaction(db, audit, target, file);
  } catch (err) {
    await store.discard(staged);
    throw err;
  }
  await publishAfterCommit(store, staged);
  return { ...file, alreadyAttached: !linked };
}

/** Moves the staged file into place; a sweep may already have done so (it recovers committed files). */
async function publishAfterCommit(store: EvidenceStore, staged: StagedFile): Promise<void> {
  try {
    await store.publish(staged);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || !store.exists(staged.sha256)) throw err;
  }
}

async function linkInTransaction<C>(db: Db, audit: AuditContext, target: AttachTarget<C>, file: AttachedFile) {
  const { sha256 } = file;
  return db.transaction(async (tx) => {
    const ctx = await target.load(tx);
    await upsertEvidenceFile(tx, { sha256, sizeBytes: file.sizeBytes, mime: file.mime, kind: file.kind });
    const isNew = await target.link(tx, ctx, file);
    if (isNew) {
      const a = target.audit(ctx, file);
      await insertAuditEvent(tx, audit, {
        instansiId: a.instansiId,
        action: a.action,
        entityType: a.entityType,
        entityId: a.entityId,
        before: null,
        after: a.after,
        ...(a.pdKey !== undefined ? { pdKey: a.pdKey } : {}),
      });
    }
    return isNew;
  });
}

/** Whether a file with this sha256 is stored (an evaluator links stored files to worksheet lines). */
export async function isEvidenceStored(tx: Tx, sha256: string): Promise<boolean> {
  return (await findEvidenceFile(tx, sha256)) !== null;
}
