// The follow-up items that meeting decisions become: listed across a year's meetings (overdue ones
// flagged), moved open → done by their owner (with a note or evidence) and done → verified or back to
// open by the meeting's manager, and their evidence attached through the shared evidence store.
import type { Db } from '../../../db/client.ts';
import { tindakLanjutMove, type StatusTindakLanjutRapat } from '../../../domain/rapat/rapat.ts';
import { insertAuditEvent } from '../../audit-trail.repository.ts';
import { attachEvidence } from '../../evidence-attach.ts';
import { forbidden, invalidData, notFound, staleWrite } from '../../errors.ts';
import type { EvidenceStore } from '../monitoring/evidence.store.ts';
import * as repo from './rapat.repository.ts';
import { mayManageRapat, ownsFollowUp, seesRapat, type RapatActor } from './rapat-rights.ts';
import { presentKeputusan, type Actor } from './rapat.service.ts';

const KEPUTUSAN = { id: 'Tindak lanjut rapat', en: 'Meeting follow-up' };

export async function listKeputusan(
  db: Db,
  actor: RapatActor,
  instansiId: string,
  year: number,
  status?: StatusTindakLanjutRapat,
) {
  const meetings = (await repo.listRapat(db, instansiId, year)).filter((r) => seesRapat(actor.roles, r));
  const byId = new Map(meetings.map((r) => [r.id, r]));
  const manages = new Map<string, boolean>();
  for (const r of meetings) manages.set(r.id, await mayManageRapat(db, actor, r));
  const items = (await repo.keputusanOf(db, [...byId.keys()])).filter((k) => !status || k.status === status);
  const bukti = await repo.buktiOf(
    db,
    items.map((k) => k.id),
  );
  return items
    .map((k) => ({
      ...presentKeputusan(k, bukti, { roles: actor.roles, manager: manages.get(k.rapatId)! }),
      rapatJudul: byId.get(k.rapatId)!.judul,
      rapatTanggal: byId.get(k.rapatId)!.tanggal,
    }))
    .sort((a, b) => a.tenggat.localeCompare(b.tenggat));
}

/** Every follow-up still open after its due day that the reader may see, oldest due first. */
export async function overdue(db: Db, roles: RapatActor['roles'], instansiId: string, today: string) {
  return (await repo.overdueKeputusan(db, instansiId, today))
    .filter(({ r }) => seesRapat(roles, r))
    .map(({ k, r }) => ({
      id: k.id,
      rapatId: r.id,
      rapatJudul: r.judul,
      uraian: k.uraian,
      pemilikPdKey: k.pemilikPdKey,
      pemilikNama: k.pemilikNama,
      tenggat: k.tenggat,
    }));
}

/** The item, its meeting, and whether the actor owns it and/or manages its meeting. */
async function load(db: Db, actor: RapatActor, id: string) {
  const k = await repo.findKeputusan(db, id);
  if (!k) throw notFound(KEPUTUSAN, id);
  const r = (await repo.findRapat(db, k.rapatId))!;
  if (!seesRapat(actor.roles, r)) throw forbidden();
  const manager = await mayManageRapat(db, actor, r);
  const owner = ownsFollowUp(actor.roles, k, manager);
  return { k, r, manager, owner };
}

export async function move(
  db: Db,
  actor: Actor,
  id: string,
  input: { status: StatusTindakLanjutRapat; catatan: string | null; rowVersion: number },
) {
  const { k, r, manager, owner } = await load(db, actor, id);
  const from = k.status as StatusTindakLanjutRapat;
  const who = tindakLanjutMove(from, input.status);
  if (!who)
    throw invalidData([
      {
        field: 'status',
        code: 'STATUS_MOVE_NOT_ALLOWED',
        message: `Status tidak dapat diubah dari ${from} menjadi ${input.status}.`,
      },
    ]);
  if (who === 'owner' ? !owner : !manager) throw forbidden();
  if (input.status === 'selesai' && !input.catatan && (await repo.buktiOf(db, [id])).length === 0)
    throw invalidData([
      {
        field: 'catatan',
        code: 'EVIDENCE_OR_NOTE_REQUIRED',
        message: 'Tuliskan apa yang sudah dilakukan atau lampirkan bukti.',
      },
    ]);
  return db.transaction(async (tx) => {
    const row = await repo.updateKeputusan(
      tx,
      id,
      { status: input.status, catatan: input.catatan ?? k.catatan },
      input.rowVersion,
    );
    if (!row) throw staleWrite({ keputusan: presentKeputusan(k, []) });
    await insertAuditEvent(tx, actor.audit, {
      instansiId: k.instansiId,
      action: 'keputusan.update',
      entityType: 'keputusan_rapat',
      entityId: id,
      before: { status: from, catatan: k.catatan },
      after: { status: row.status, catatan: row.catatan },
      pdKey: k.pemilikPdKey ?? r.pdKey,
    });
    return presentKeputusan(row, await repo.buktiOf(tx, [id]), { roles: actor.roles, manager });
  });
}

export async function attachBukti(
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
        const { owner, manager } = await load(d, actor, id);
        if (!owner && !manager) throw forbidden();
      },
      load: async (tx) => {
        const k = await repo.findKeputusan(tx, id);
        if (!k) throw notFound(KEPUTUSAN, id);
        if (k.status === 'terverifikasi')
          throw invalidData([
            { field: 'file', code: 'FOLLOW_UP_VERIFIED', message: 'Tindak lanjut sudah terverifikasi.' },
          ]);
        return k;
      },
      link: (tx, k, file) =>
        repo.linkBukti(tx, {
          keputusanId: id,
          sha256: file.sha256,
          instansiId: k.instansiId,
          fileName: file.fileName,
          uploadedBy: actor.audit.actor,
        }),
      audit: (k, file) => ({
        instansiId: k.instansiId,
        action: 'keputusan.evidence_add',
        entityType: 'keputusan_rapat',
        entityId: id,
        pdKey: k.pemilikPdKey,
        after: { sha256: file.sha256, fileName: file.fileName, mime: file.mime, sizeBytes: file.sizeBytes },
      }),
    },
  );
  return { sha256: out.sha256, fileName: out.fileName, alreadyAttached: out.alreadyAttached };
}

/** Owner PDs of the follow-ups holding these files (evidence-access.ts). */
export const pdKeysHoldingEvidence = (db: Db, sha256s: string[]) => repo.pdKeysHoldingBukti(db, sha256s);
