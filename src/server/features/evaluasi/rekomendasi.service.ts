// Recommendations of the internal evaluation and their follow-up: the evaluator issues them per
// worksheet line or in general, for one PD with a due date; the PD records follow-up actions with
// evidence and marks them done; the evaluator closes them or sends them back with a reason; a
// recommendation can be carried into the next year's action plan. Status moves follow the domain
// rules in src/domain/evaluasi/rekomendasi.ts.
import type { Db, Tx } from '../../../db/client.ts';
import { linesOf } from '../../../domain/evaluasi/lke-tree.ts';
import type { LkeConfig } from '../../../domain/evaluasi/lke-types.ts';
import {
  applyMove,
  isOverdue,
  MOVE_ACTOR,
  type RekomendasiMove,
  type RekomendasiStatus,
} from '../../../domain/evaluasi/rekomendasi.ts';
import { todayWita } from '../../../domain/periods/periods.ts';
import { can, isPdScopedOnly, ownPdKeys, type RoleAssignment } from '../../../domain/permissions.ts';
import { AppError, notFound, staleWrite, invalidData, type FieldError } from '../../errors.ts';
import { forbidden } from '../../errors.ts';
import { insertAuditEvent, type AuditContext } from '../../audit-trail.repository.ts';
import type { EvidenceStore } from '../monitoring/evidence.store.ts';
import { attachEvidence } from '../../evidence-attach.ts';
import { findRencanaAksiRow } from '../rencana-aksi/rencana-aksi.service.ts';
import { perangkatDaerahOf } from '../roadmap/roadmap.service.ts';
import { notify } from '../email/notify.ts';
import * as evalRepo from './evaluasi.repository.ts';
import * as repo from './rekomendasi.repository.ts';
import type { z } from 'zod';
import type {
  createRekomendasi,
  Rekomendasi,
  RekomendasiRecord,
  TindakLanjut,
} from '../../../domain/contracts/rekomendasi.ts';

const REKOMENDASI = { id: 'Rekomendasi', en: 'Recommendation' };

export interface Actor {
  audit: AuditContext;
  roles: readonly RoleAssignment[];
}

function present(r: repo.RekomendasiRow, year: number, today: string): RekomendasiRecord {
  return {
    id: r.id,
    evaluasiId: r.evaluasiId,
    year,
    lineCode: r.lineCode,
    body: r.body,
    pdKey: r.pdKey,
    dueDate: r.dueDate,
    status: r.status as RekomendasiStatus,
    overdue: isOverdue(r.status as RekomendasiStatus, r.dueDate, today),
    rencanaAksiId: r.rencanaAksiId,
    createdBy: r.createdBy,
    createdAt: r.createdAt.toISOString(),
    rowVersion: r.rowVersion,
  };
}

export async function list(
  db: Db,
  instansiId: string,
  roles: readonly RoleAssignment[],
  filter: { year?: number; overdueOnly?: boolean; pdKey?: string },
): Promise<Rekomendasi[]> {
  const evaluations = await evalRepo.listEvaluasi(db, instansiId);
  const yearOf = new Map(evaluations.map((e) => [e.id, e.year]));
  const evaluasiId = filter.year === undefined ? undefined : evaluations.find((e) => e.year === filter.year)?.id;
  if (filter.year !== undefined && !evaluasiId) return [];
  // PD staff see the recommendations addressed to their PD; instansi-wide roles see all.
  const pdKeys = isPdScopedOnly(roles) ? ownPdKeys(roles) : filter.pdKey ? [filter.pdKey] : undefined;
  const rows = await repo.listRekomendasi(db, instansiId, {
    ...(evaluasiId ? { evaluasiId } : {}),
    ...(pdKeys ? { pdKeys } : {}),
  });
  const today = todayWita(new Date());
  const followUps = await repo.listTindakLanjut(
    db,
    rows.map((r) => r.id),
  );
  const evidence = await repo.listTindakLanjutEvidence(
    db,
    followUps.map((f) => f.id),
  );
  return rows
    .map((r) => ({
      ...present(r, yearOf.get(r.evaluasiId)!, today),
      tindakLanjut: followUps
        .filter((f) => f.rekomendasiId === r.id)
        .map((f) => ({
          id: f.id,
          kind: f.kind as TindakLanjut['kind'],
          body: f.body,
          createdBy: f.createdBy,
          createdAt: f.createdAt.toISOString(),
          evidence: evidence.filter((e) => e.tindakLanjutId === f.id).map(({ tindakLanjutId: _, ...e }) => e),
        })),
    }))
    .filter((r) => !filter.overdueOnly || r.overdue);
}

/** A recommendation as the contract's create body delivers it (defaults applied). */
export type RekomendasiInput = z.output<typeof createRekomendasi.body>;

async function checkInput(tx: Tx, instansiId: string, input: Omit<RekomendasiInput, 'year'>, config: LkeConfig) {
  const fields: FieldError[] = [];
  if (input.lineCode !== null && !linesOf(config).some((x) => x.line.code === input.lineCode))
    fields.push({ field: 'lineCode', code: 'UNKNOWN_LINE', message: `Baris LKE ${input.lineCode} tidak ada.` });
  const pds = new Set((await perangkatDaerahOf(tx, instansiId)).map((p) => p.key));
  if (!pds.has(input.pdKey))
    fields.push({ field: 'pdKey', code: 'UNKNOWN_PD', message: 'Perangkat daerah tujuan tidak dikenal.' });
  if (fields.length) throw invalidData(fields);
}

export async function create(db: Db, actor: Actor, instansiId: string, input: RekomendasiInput) {
  return db.transaction(async (tx) => {
    const e = await evalRepo.findEvaluasi(tx, instansiId, input.year);
    if (!e) throw notFound({ id: 'Evaluasi', en: 'Evaluation' }, String(input.year));
    const config = (await evalRepo.findConfig(tx, e.configId))!.definition as LkeConfig;
    await checkInput(tx, instansiId, input, config);
    const row = await repo.insertRekomendasi(tx, {
      instansiId,
      evaluasiId: e.id,
      lineCode: input.lineCode,
      body: input.body,
      pdKey: input.pdKey,
      dueDate: input.dueDate,
      createdBy: actor.audit.actor,
    });
    const out = present(row, e.year, todayWita(new Date()));
    await notify(tx, {
      instansiId,
      pdKey: row.pdKey,
      kind: 'rekomendasi_created',
      title: `Rekomendasi evaluasi RB ${e.year}`,
      body: `${row.body} (tenggat ${row.dueDate}${row.lineCode ? `, baris LKE ${row.lineCode}` : ''}).`,
      link: `/evaluasi?tahun=${e.year}`,
    });
    await insertAuditEvent(tx, actor.audit, {
      instansiId,
      action: 'rekomendasi.create',
      entityType: 'rekomendasi',
      entityId: row.id,
      before: null,
      after: out,
      pdKey: row.pdKey,
    });
    return out;
  });
}

async function loadFor(tx: Tx, id: string) {
  const r = await repo.findRekomendasi(tx, id);
  if (!r) throw notFound(REKOMENDASI, id);
  const e = (await evalRepo.findEvaluasiById(tx, r.evaluasiId))!;
  return { r, e };
}

export async function update(
  db: Db,
  actor: Actor,
  id: string,
  input: Omit<RekomendasiInput, 'year'> & { rowVersion: number },
) {
  return db.transaction(async (tx) => {
    const { r, e } = await loadFor(tx, id);
    if (r.status === 'closed')
      throw new AppError('REKOMENDASI_STATUS', 'Rekomendasi yang sudah ditutup tidak dapat diubah.', 'Closed.');
    const config = (await evalRepo.findConfig(tx, e.configId))!.definition as LkeConfig;
    await checkInput(tx, r.instansiId, input, config);
    const today = todayWita(new Date());
    const row = await repo.updateRekomendasi(
      tx,
      id,
      { lineCode: input.lineCode, body: input.body, pdKey: input.pdKey, dueDate: input.dueDate },
      input.rowVersion,
    );
    if (!row) throw staleWrite({ rekomendasi: present(r, e.year, today) });
    await insertAuditEvent(tx, actor.audit, {
      instansiId: r.instansiId,
      action: 'rekomendasi.update',
      entityType: 'rekomendasi',
      entityId: id,
      before: present(r, e.year, today),
      after: present(row, e.year, today),
      pdKey: row.pdKey,
    });
    return present(row, e.year, today);
  });
}

/** A follow-up note by the PD (or the STU for it); evidence is uploaded onto it afterwards. */
export async function addFollowUp(db: Db, actor: Actor, id: string, body: string) {
  return db.transaction(async (tx) => {
    const { r } = await loadFor(tx, id);
    if (!can(actor.roles, 'rekomendasi:follow_up', [r.pdKey])) throw forbidden();
    if (r.status === 'closed' || r.status === 'done')
      throw new AppError(
        'REKOMENDASI_STATUS',
        'Rekomendasi ini sudah selesai atau ditutup; tindak lanjut baru tidak dapat ditambahkan.',
        'The recommendation is done or closed.',
      );
    const row = await repo.insertTindakLanjut(tx, {
      instansiId: r.instansiId,
      rekomendasiId: id,
      kind: 'action',
      body,
      createdBy: actor.audit.actor,
    });
    await insertAuditEvent(tx, actor.audit, {
      instansiId: r.instansiId,
      action: 'rekomendasi.follow_up',
      entityType: 'rekomendasi',
      entityId: id,
      before: null,
      after: { tindakLanjutId: row.id, body },
      pdKey: r.pdKey,
    });
    return {
      id: row.id,
      kind: row.kind as TindakLanjut['kind'],
      body: row.body,
      createdBy: row.createdBy,
      createdAt: row.createdAt.toISOString(),
    };
  });
}

export const MAX_FOLLOW_UP_BYTES = 20 * 1024 * 1024;

/** Uploads a follow-up's evidence (the shared upload path of src/server/evidence-attach.ts). */
export async function attachFollowUpEvidence(
  db: Db,
  store: EvidenceStore,
  actor: Actor,
  tindakLanjutId: string,
  fileName: string,
  bytes: Uint8Array,
) {
  let rekomendasiId = '';
  const out = await attachEvidence(
    db,
    store,
    actor.audit,
    { fileName, bytes },
    {
      precheck: async (d) => {
        const pre = await repo.findTindakLanjut(d, tindakLanjutId);
        if (!pre) throw notFound({ id: 'Tindak lanjut', en: 'Follow-up' }, tindakLanjutId);
        const preR = (await repo.findRekomendasi(d, pre.rekomendasiId))!;
        if (!can(actor.roles, 'rekomendasi:follow_up', [preR.pdKey])) throw forbidden();
        rekomendasiId = pre.rekomendasiId;
      },
      load: async (tx) => {
        const { r } = await loadFor(tx, rekomendasiId);
        if (r.status === 'closed' || r.status === 'done')
          throw new AppError('REKOMENDASI_STATUS', 'Rekomendasi ini sudah selesai atau ditutup.', 'Done or closed.');
        return r;
      },
      link: (tx, r, file) =>
        repo.linkTindakLanjutEvidence(tx, {
          tindakLanjutId,
          sha256: file.sha256,
          instansiId: r.instansiId,
          fileName: file.fileName,
          uploadedBy: actor.audit.actor,
        }),
      audit: (r, file) => ({
        instansiId: r.instansiId,
        action: 'rekomendasi.evidence_add',
        entityType: 'rekomendasi',
        entityId: r.id,
        after: { tindakLanjutId, sha256: file.sha256, fileName, mime: file.mime, sizeBytes: file.sizeBytes },
        pdKey: r.pdKey,
      }),
    },
  );
  return { sha256: out.sha256, mime: out.mime, sizeBytes: out.sizeBytes, alreadyAttached: out.alreadyAttached };
}

/** start / complete (PD) or close / reopen (evaluator), with the domain's rules. */
export async function move(
  db: Db,
  actor: Actor,
  id: string,
  m: RekomendasiMove,
  input: { reason: string | null; rowVersion: number },
) {
  return db.transaction(async (tx) => {
    const { r, e } = await loadFor(tx, id);
    const allowed =
      MOVE_ACTOR[m] === 'pd'
        ? can(actor.roles, 'rekomendasi:follow_up', [r.pdKey])
        : can(actor.roles, 'rekomendasi:manage');
    if (!allowed) throw forbidden();
    const followUps = await repo.listTindakLanjut(tx, [id]);
    const withEvidence = new Set(
      (
        await repo.listTindakLanjutEvidence(
          tx,
          followUps.map((f) => f.id),
        )
      ).map((x) => x.tindakLanjutId),
    ).size;
    const result = applyMove(r.status as RekomendasiStatus, m, {
      followUpsWithEvidence: withEvidence,
      reason: input.reason,
    });
    if (!result.ok) {
      const messages = {
        REKOMENDASI_STATUS: `Langkah ini tidak berlaku untuk rekomendasi berstatus "${r.status}".`,
        REKOMENDASI_NEEDS_EVIDENCE: 'Tambahkan tindak lanjut dengan bukti sebelum menandai selesai.',
        REKOMENDASI_NEEDS_REASON: 'Tuliskan alasan mengembalikan tindak lanjut.',
      } as const;
      throw new AppError(result.code, messages[result.code], undefined, [
        {
          field: result.code === 'REKOMENDASI_NEEDS_REASON' ? 'reason' : 'status',
          code: result.code,
          message: messages[result.code],
        },
      ]);
    }
    const today = todayWita(new Date());
    const row = await repo.updateRekomendasi(tx, id, { status: result.to }, input.rowVersion);
    if (!row) throw staleWrite({ rekomendasi: present(r, e.year, today) });
    if (m === 'reopen')
      await notify(tx, {
        instansiId: r.instansiId,
        pdKey: r.pdKey,
        kind: 'rekomendasi_reopened',
        title: 'Tindak lanjut rekomendasi dikembalikan',
        body: `${r.body} — alasan: ${input.reason ?? ''}`,
        link: `/evaluasi?tahun=${e.year}`,
      });
    await repo.insertTindakLanjut(tx, {
      instansiId: r.instansiId,
      rekomendasiId: id,
      kind: m,
      body: input.reason?.trim() || '',
      createdBy: actor.audit.actor,
    });
    await insertAuditEvent(tx, actor.audit, {
      instansiId: r.instansiId,
      action: `rekomendasi.${m}`,
      entityType: 'rekomendasi',
      entityId: id,
      before: present(r, e.year, today),
      after: { ...present(row, e.year, today), reason: input.reason },
      pdKey: r.pdKey,
    });
    return present(row, e.year, today);
  });
}

/** Carries a recommendation into an action plan of the following year. */
export async function carry(db: Db, actor: Actor, id: string, input: { rencanaAksiId: string; rowVersion: number }) {
  return db.transaction(async (tx) => {
    const { r, e } = await loadFor(tx, id);
    if (!can(actor.roles, 'rekomendasi:follow_up', [r.pdKey])) throw forbidden();
    const plan = await findRencanaAksiRow(tx, input.rencanaAksiId);
    const fields: FieldError[] = [];
    if (!plan) fields.push({ field: 'rencanaAksiId', code: 'UNKNOWN_PLAN', message: 'Rencana aksi tidak ditemukan.' });
    else if (plan.year !== e.year + 1)
      fields.push({
        field: 'rencanaAksiId',
        code: 'WRONG_YEAR',
        message: `Rekomendasi evaluasi ${e.year} dibawa ke rencana aksi tahun ${e.year + 1}, bukan ${plan.year}.`,
      });
    if (fields.length) throw invalidData(fields);
    const today = todayWita(new Date());
    const row = await repo.updateRekomendasi(tx, id, { rencanaAksiId: input.rencanaAksiId }, input.rowVersion);
    if (!row) throw staleWrite({ rekomendasi: present(r, e.year, today) });
    await insertAuditEvent(tx, actor.audit, {
      instansiId: r.instansiId,
      action: 'rekomendasi.carry',
      entityType: 'rekomendasi',
      entityId: id,
      before: present(r, e.year, today),
      after: present(row, e.year, today),
      pdKey: r.pdKey,
    });
    return present(row, e.year, today);
  });
}

/** The PD of every recommendation whose follow-up carries one of these files (src/server/evidence-access.ts). */
export const pdKeysHoldingEvidence = (db: Db | Tx, sha256s: string[]) => repo.pdKeysHoldingEvidence(db, sha256s);
