// Sanggah (issue #12 item 5): the PD contests a final review — the whole line or one dimension —
// within its window, with a reason and evidence; the team answers: accepted, changing the judgement
// in the same transaction, or rejected with a reason. Everything is kept (the sanggah row with the
// judgement before and after, and the audit trail) and shown with the review.
import type { Db } from '../../../db/client.ts';
import type { Sanggah } from '../../../domain/contracts/reviu.ts';
import { penilaianProblems, unjudged, type Penilaian } from '../../../domain/evaluasi/reviu.ts';
import { acceptanceProblem, sanggahRefusal, type StatusSanggah } from '../../../domain/evaluasi/sanggah.ts';
import { returnReasonProblem } from '../../../domain/monitoring/verification.ts';
import { can } from '../../../domain/permissions.ts';
import { todayWita } from '../../../domain/periods/periods.ts';
import { insertAuditEvent } from '../../audit-trail.repository.ts';
import { attachEvidence } from '../../evidence-attach.ts';
import { appError, forbidden, invalidData, notFound, staleWrite } from '../../errors.ts';
import type { EvidenceStore } from '../monitoring/evidence.store.ts';
import { dimensiOfYear, judgeOfReviu, notifyPd, type ReviuActor } from './reviu-context.ts';
import * as repo from './reviu.repository.ts';
import { normalise, presentReviu } from './reviu.service.ts';

const SANGGAH = { id: 'Sanggah', en: 'Appeal' };
const REVIU = { id: 'Reviu', en: 'Review' };

export function presentSanggah(
  s: repo.SanggahDbRow,
  bukti: readonly { sanggahId: string; sha256: string; fileName: string }[],
): Sanggah {
  return {
    id: s.id,
    reviuId: s.reviuId,
    pdKey: s.pdKey,
    dimensi: s.dimensi,
    alasan: s.alasan,
    status: s.status as StatusSanggah,
    jawaban: s.jawaban,
    penilaianSebelum: (s.penilaianSebelum as Penilaian[] | null) ?? null,
    penilaianSesudah: (s.penilaianSesudah as Penilaian[] | null) ?? null,
    diajukanOleh: s.diajukanOleh,
    diajukanAt: s.diajukanAt.toISOString(),
    dijawabOleh: s.dijawabOleh,
    dijawabAt: s.dijawabAt?.toISOString() ?? null,
    bukti: bukti.filter((b) => b.sanggahId === s.id).map((b) => ({ sha256: b.sha256, fileName: b.fileName })),
    rowVersion: s.rowVersion,
  };
}

export async function file(
  db: Db,
  actor: ReviuActor,
  instansiId: string,
  reviuId: string,
  body: { dimensi: string | null; alasan: string },
) {
  const r = await repo.findReviu(db, reviuId);
  if (!r || r.instansiId !== instansiId) throw notFound(REVIU, reviuId);
  if (!can(actor.roles, 'reviu:respond', [r.pdKey])) throw forbidden();
  if (body.dimensi && !r.penilaian.some((p) => p.dimensi === body.dimensi))
    throw invalidData([
      { field: 'dimensi', code: 'UNKNOWN_DIMENSI', message: `Dimensi "${body.dimensi}" tidak dinilai pada reviu ini.` },
    ]);
  return db.transaction(async (tx) => {
    const current = (await repo.findReviu(tx, reviuId))!;
    const pending = (await repo.sanggahOfReviu(tx, [reviuId])).some((s) => s.status === 'diajukan');
    const refusal = sanggahRefusal(
      { status: current.status, finalDay: current.finalAt ? todayWita(current.finalAt) : null },
      pending,
      todayWita(new Date()),
    );
    if (refusal) throw appError(refusal);
    const s = await repo.insertSanggah(tx, {
      instansiId,
      reviuId,
      pdKey: r.pdKey,
      dimensi: body.dimensi,
      alasan: body.alasan,
      diajukanOleh: actor.audit.actor,
    });
    const out = presentSanggah(s, []);
    await insertAuditEvent(tx, actor.audit, {
      instansiId,
      action: 'sanggah.file',
      entityType: 'sanggah',
      entityId: s.id,
      before: null,
      after: out,
      pdKey: r.pdKey,
    });
    return out;
  });
}

export async function answer(
  db: Db,
  actor: ReviuActor,
  instansiId: string,
  id: string,
  body: { diterima: boolean; jawaban: string; penilaian: Penilaian[] | null; rowVersion: number },
) {
  const s = await repo.findSanggah(db, id);
  if (!s || s.instansiId !== instansiId) throw notFound(SANGGAH, id);
  const r = (await repo.findReviu(db, s.reviuId))!;
  const { team, label } = await judgeOfReviu(db, actor, instansiId, r);
  if (s.status !== 'diajukan') throw appError('SANGGAH_ANSWERED');
  const { dimensi } = await dimensiOfYear(db, instansiId, r.year);
  let changed: Penilaian[] | null = null;
  if (body.diterima) {
    if (!body.penilaian)
      throw invalidData([
        { field: 'penilaian', code: 'REQUIRED', message: 'Sanggah yang diterima memerlukan penilaian baru.' },
      ]);
    const problems = penilaianProblems(body.penilaian, dimensi);
    if (problems.length) throw invalidData(problems);
    changed = normalise(body.penilaian, dimensi);
    const open = unjudged(changed, dimensi);
    if (open.length)
      throw invalidData([
        {
          field: 'penilaian',
          code: 'DIMENSI_BELUM_DINILAI',
          message: `Nilai semua dimensi (belum: ${open.join(', ')}).`,
        },
      ]);
    const problem = acceptanceProblem(s.dimensi, r.penilaian, changed);
    if (problem) throw invalidData([problem]);
  } else {
    const problem = returnReasonProblem(body.jawaban);
    if (problem) throw invalidData([{ field: 'jawaban', code: problem.code, message: problem.message }]);
  }
  return db.transaction(async (tx) => {
    const current = await repo.findSanggah(tx, id);
    if (!current || current.rowVersion !== body.rowVersion)
      throw staleWrite({ sanggah: current && presentSanggah(current, await repo.buktiOf(tx, [id])) });
    if (current.status !== 'diajukan') throw appError('SANGGAH_ANSWERED');
    if (changed) {
      const review = (await repo.findReviu(tx, r.id))!;
      const updated = await repo.updateReviu(
        tx,
        r.id,
        { penilaian: changed, updatedBy: actor.audit.actor },
        review.rowVersion,
      );
      if (!updated) throw staleWrite({ reviu: presentReviu(review, team.names) });
      await insertAuditEvent(tx, actor.audit, {
        instansiId,
        action: 'reviu.sanggah_accepted',
        entityType: 'reviu',
        entityId: r.id,
        before: presentReviu(review, team.names),
        after: presentReviu(updated, team.names),
        pdKey: r.pdKey,
      });
    }
    const answered = await repo.updateSanggah(
      tx,
      id,
      {
        status: body.diterima ? 'diterima' : 'ditolak',
        jawaban: body.jawaban,
        penilaianSebelum: changed ? r.penilaian : null,
        penilaianSesudah: changed,
        dijawabOleh: actor.audit.actor,
        dijawabAt: new Date(),
      },
      body.rowVersion,
    );
    if (!answered) throw staleWrite({ sanggah: null });
    await notifyPd(tx, r, {
      kind: body.diterima ? 'sanggah_accepted' : 'sanggah_rejected',
      title: `Sanggah ${body.diterima ? 'diterima' : 'ditolak'}: ${label}`,
      body: `${label} — ${body.jawaban}`,
    });
    const bukti = await repo.buktiOf(tx, [id]);
    await insertAuditEvent(tx, actor.audit, {
      instansiId,
      action: 'sanggah.answer',
      entityType: 'sanggah',
      entityId: id,
      before: presentSanggah(current, bukti),
      after: presentSanggah(answered, bukti),
      pdKey: s.pdKey,
    });
    return presentSanggah(answered, bukti);
  });
}

async function loadOwn(db: Db, actor: ReviuActor, instansiId: string, id: string) {
  const s = await repo.findSanggah(db, id);
  if (!s || s.instansiId !== instansiId) throw notFound(SANGGAH, id);
  if (!can(actor.roles, 'reviu:respond', [s.pdKey])) throw forbidden();
  if (s.status !== 'diajukan') throw appError('SANGGAH_ANSWERED');
  return s;
}

/** A file backing the sanggah, while it waits for the answer. */
export async function attachBukti(
  db: Db,
  store: EvidenceStore,
  actor: ReviuActor,
  instansiId: string,
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
      precheck: async (d) => void (await loadOwn(d, actor, instansiId, id)),
      load: async (tx) => {
        const s = await repo.findSanggah(tx, id);
        if (!s) throw notFound(SANGGAH, id);
        if (s.status !== 'diajukan') throw appError('SANGGAH_ANSWERED');
        return s;
      },
      link: (tx, s, f) =>
        repo.linkBukti(tx, {
          sanggahId: id,
          sha256: f.sha256,
          instansiId: s.instansiId,
          fileName: f.fileName,
          uploadedBy: actor.audit.actor,
        }),
      audit: (s, f) => ({
        instansiId: s.instansiId,
        action: 'sanggah.evidence_add',
        entityType: 'sanggah',
        entityId: id,
        pdKey: s.pdKey,
        after: { sha256: f.sha256, fileName: f.fileName, mime: f.mime, sizeBytes: f.sizeBytes },
      }),
    },
  );
  return { sha256: out.sha256, fileName: out.fileName, alreadyAttached: out.alreadyAttached };
}

export async function removeBukti(db: Db, actor: ReviuActor, instansiId: string, id: string, sha256: string) {
  const s = await loadOwn(db, actor, instansiId, id);
  return db.transaction(async (tx) => {
    if (!(await repo.unlinkBukti(tx, id, sha256))) throw notFound({ id: 'Bukti', en: 'Evidence' }, sha256);
    await insertAuditEvent(tx, actor.audit, {
      instansiId,
      action: 'sanggah.evidence_remove',
      entityType: 'sanggah',
      entityId: id,
      before: { sha256 },
      after: null,
      pdKey: s.pdKey,
    });
    return { removed: sha256 };
  });
}

/** The PDs whose sanggah hold these files (evidence-access.ts). */
export const pdKeysHoldingBukti = (db: Db, sha256s: string[]) => repo.pdKeysHoldingBukti(db, sha256s);
