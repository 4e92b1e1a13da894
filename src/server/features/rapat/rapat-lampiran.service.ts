// A meeting's attachments (invitation, materials, photos of the attendance sheet): uploaded into the
// shared content-addressed evidence store by whoever manages the meeting while its minutes are a
// draft, removed the same way; final minutes keep them (409 RAPAT_FINAL). Audited on the meeting.
import type { Db } from '../../../db/client.ts';
import { insertAuditEvent } from '../../audit-trail.repository.ts';
import { attachEvidence } from '../../evidence-attach.ts';
import { appError, notFound } from '../../errors.ts';
import type { EvidenceStore } from '../monitoring/evidence.store.ts';
import * as repo from './rapat.repository.ts';
import { loadManaged, type Actor } from './rapat.service.ts';

export async function attachLampiran(
  db: Db,
  store: EvidenceStore,
  actor: Actor,
  id: string,
  fileName: string,
  bytes: Uint8Array,
) {
  const out = await attachEvidence(
    db,
    store,
    actor.audit,
    { fileName, bytes },
    {
      precheck: async (d) => {
        const r = await loadManaged(d, actor, id);
        if (r.status === 'final') throw appError('RAPAT_FINAL');
      },
      load: async (tx) => {
        const r = await repo.findRapat(tx, id);
        if (!r) throw notFound({ id: 'Rapat', en: 'Meeting' }, id);
        if (r.status === 'final') throw appError('RAPAT_FINAL');
        return r;
      },
      link: (tx, r, file) =>
        repo.linkLampiran(tx, {
          rapatId: id,
          sha256: file.sha256,
          instansiId: r.instansiId,
          fileName: file.fileName,
          uploadedBy: actor.audit.actor,
        }),
      audit: (r, file) => ({
        instansiId: r.instansiId,
        action: 'rapat.attachment_add',
        entityType: 'rapat',
        entityId: id,
        pdKey: r.pdKey,
        after: { sha256: file.sha256, fileName: file.fileName, mime: file.mime, sizeBytes: file.sizeBytes },
      }),
    },
  );
  return { sha256: out.sha256, fileName: out.fileName, alreadyAttached: out.alreadyAttached };
}

export async function removeLampiran(db: Db, actor: Actor, id: string, sha256: string) {
  const r = await loadManaged(db, actor, id);
  if (r.status === 'final') throw appError('RAPAT_FINAL');
  return db.transaction(async (tx) => {
    if (!(await repo.unlinkLampiran(tx, id, sha256))) throw notFound({ id: 'Lampiran', en: 'Attachment' }, sha256);
    await insertAuditEvent(tx, actor.audit, {
      instansiId: r.instansiId,
      action: 'rapat.attachment_remove',
      entityType: 'rapat',
      entityId: id,
      before: { sha256 },
      after: null,
      pdKey: r.pdKey,
    });
    return { removed: sha256 };
  });
}

/** The PDs of the meetings holding these files (evidence-access.ts). */
export const pdKeysHoldingLampiran = (db: Db, sha256s: string[]) => repo.pdKeysHoldingLampiran(db, sha256s);
