// Realisasi: entering a value (typed by the indicator's scale, Indonesian decimal comma accepted)
// with narrative and evidence for one period, the workflow draft → submitted (kepala PD) → verified
// or returned (STU, with a reason), comments, and bulk verification. Each command is one
// transaction with its audit events; entries are refused outside the period's entry window.
import { notify as sendNotification } from '../email/notify.ts';
import type { Db, Tx } from '../../../db/client.ts';
import { can, isPdScopedOnly, ownPdKeys, type RoleAssignment } from '../../../domain/permissions.ts';
import {
  checkIndicatorEntry,
  checkPlanOutput,
  mayVerifyRealisasi,
  readEntryNumber,
} from '../../../domain/monitoring/entry.ts';
import type { IndicatorValue } from '../../../domain/roadmap/types.ts';
import { AppError, notFound, staleWrite, invalidData, type FieldError } from '../../errors.ts';
import { appError, forbidden } from '../../errors.ts';
import { insertAuditEvent, type AuditContext } from '../../audit-trail.repository.ts';
import { entryWindowStatus } from '../../../domain/periods/periods.ts';
import { INSTANSI_PD_KEY, reportingPdOf } from '../../../domain/monitoring/reporting.ts';
import type { RealisasiComment, RealisasiDetail, RealisasiRow } from '../../../domain/contracts/monitoring.ts';
import { findRencanaAksiRow } from '../rencana-aksi/rencana-aksi.service.ts';
import * as repo from './realisasi.repository.ts';
import { flagsOfRows } from './verification-flags.service.ts';
import { returnReasonProblem, riskSample, SAMPLE_RATE } from '../../../domain/monitoring/verification.ts';
import { getPeriode, presentPeriode } from './periode.service.ts';
import { activeVersionForYear } from './monitoring-context.ts';
import { getIndicatorWithScale } from '../roadmap/roadmap.service.ts';
import type { EvidenceStore } from './evidence.store.ts';
import { attachEvidence as attachUpload } from '../../evidence-attach.ts';

const REALISASI = { id: 'Realisasi', en: 'Realisation' };
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

export interface Actor {
  audit: AuditContext;
  roles: readonly RoleAssignment[];
}

function assertOpen(p: Awaited<ReturnType<typeof getPeriode>>) {
  const status = entryWindowStatus(presentPeriode(p).state);
  if (status === 'locked')
    throw new AppError(
      'PERIODE_LOCKED',
      `Periode ${p.code} ${p.year} sudah terkunci sejak batas akhir ${p.deadline}. Minta koordinator STU membukanya kembali.`,
      'The period is locked.',
    );
  if (status === 'not_yet_open')
    throw new AppError(
      'PERIODE_NOT_OPEN',
      `Periode ${p.code} ${p.year} belum dibuka untuk pengisian (dibuka ${p.opensAt}).`,
      'The period is not open yet.',
    );
}

function requireFor(roles: readonly RoleAssignment[], action: 'realisasi:enter' | 'realisasi:submit', pdKey: string) {
  // Instansi-wide indicators (no PD) are reported by instansi-wide roles only.
  const ok = pdKey === INSTANSI_PD_KEY ? roles.some((r) => r.role === 'koordinator_stu') : can(roles, action, [pdKey]);
  if (!ok) throw forbidden();
}

export interface EntryInput {
  periodeId: string;
  subjectType: 'indikator' | 'rencana_aksi';
  subjectKey: string;
  value: string | number | null;
  numerator?: string | number | null;
  denominator?: string | number | null;
  anggaranRealisasi?: string | number | null;
  narrative: string;
  kendala?: string;
  solusi?: string;
  rowVersion: number;
}

/**
 * Everything an entry needs, read and checked before its transaction opens: the period, the
 * subject (only the one indicator and its scale, never the whole road map, so the cost does not
 * grow with the road map), the typed value and the permission. The transaction then holds its
 * connection only for the writes.
 */
async function checkEntry(db: Db, actor: Actor, input: EntryInput) {
  const p = await getPeriode(db, input.periodeId);
  assertOpen(p);
  const rm = await activeVersionForYear(db, p.instansiId, p.year);
  let value: IndicatorValue;
  let pdKey: string;
  let numerator = input.numerator;
  let denominator = input.denominator;
  if (input.subjectType === 'indikator') {
    const found = await getIndicatorWithScale(db, rm.versionId, input.subjectKey, p.year);
    if (!found) throw notFound({ id: 'Indikator', en: 'Indicator' }, input.subjectKey);
    pdKey = reportingPdOf(found.indicator) ?? INSTANSI_PD_KEY;
    const checked = checkIndicatorEntry(input, found.scale!);
    if (!checked.ok) throw invalidData(checked.fields);
    value = checked.value;
    numerator = checked.numerator;
    denominator = checked.denominator;
  } else {
    const ra = await findRencanaAksiRow(db, input.subjectKey);
    if (!ra || ra.roadMapId !== rm.roadMapId || ra.year !== p.year)
      throw notFound({ id: 'Rencana aksi', en: 'Action plan' }, input.subjectKey);
    pdKey = ra.pelaksanaPdKey;
    const checked = checkPlanOutput(input.value);
    if (!checked.ok) throw invalidData(checked.fields);
    value = { kind: 'number', value: checked.value };
  }
  const fields: FieldError[] = [];
  const anggaran = readEntryNumber('anggaranRealisasi', input.anggaranRealisasi, fields, { min: 0 });
  if (fields.length) throw invalidData(fields);
  requireFor(actor.roles, 'realisasi:enter', pdKey);
  const columns = {
    valueNumber: value.kind === 'number' ? String(value.value) : null,
    valueLevel: value.kind === 'level' ? value.code : null,
    numerator: numerator === null || numerator === undefined ? null : String(numerator),
    denominator: denominator === null || denominator === undefined ? null : String(denominator),
    anggaranRealisasi: anggaran === null ? null : String(anggaran),
    narrative: input.narrative,
    kendala: input.kendala ?? '',
    solusi: input.solusi ?? '',
    updatedBy: actor.audit.actor,
    enteredBy: actor.audit.actor,
  };
  return { p, roadMapId: rm.roadMapId, pdKey, columns };
}

/** Enters (or corrects) a value: creates the draft or updates a draft/returned one. */
export async function enter(db: Db, actor: Actor, input: EntryInput) {
  const { p, roadMapId, pdKey, columns } = await checkEntry(db, actor, input);
  return db.transaction(async (tx) => {
    // The window may have closed since the check: read the period again under the transaction.
    assertOpen(await getPeriode(tx, p.id));
    const existing = await repo.findBySubject(tx, p.id, input.subjectType, input.subjectKey, pdKey);
    let row: repo.RealisasiRow;
    if (!existing) {
      if (input.rowVersion !== 0) throw staleWrite({ realisasi: null });
      row = await repo.insertRealisasi(tx, {
        instansiId: p.instansiId,
        periodeId: p.id,
        roadMapId,
        subjectType: input.subjectType,
        subjectKey: input.subjectKey,
        pdKey,
        status: 'draft',
        ...columns,
      });
    } else {
      if (existing.status === 'submitted' || existing.status === 'verified') {
        throw new AppError(
          'REALISASI_LOCKED',
          existing.status === 'verified'
            ? 'Realisasi sudah diverifikasi dan tidak dapat diubah.'
            : 'Realisasi sedang menunggu verifikasi; tunggu dikembalikan untuk mengubahnya.',
          'The realisation is submitted or verified.',
        );
      }
      if (existing.rowVersion !== input.rowVersion) throw staleWrite({ realisasi: presentRow(existing) });
      const updated = await repo.updateRealisasi(tx, existing.id, { ...columns, status: 'draft' }, input.rowVersion);
      if (!updated) throw staleWrite({ realisasi: presentRow(existing) });
      row = updated;
    }
    await insertAuditEvent(tx, actor.audit, {
      instansiId: p.instansiId,
      action: existing ? 'realisasi.update' : 'realisasi.create',
      entityType: 'realisasi',
      entityId: row.id,
      before: existing ? presentRow(existing) : null,
      after: presentRow(row),
      pdKey: pdKey === INSTANSI_PD_KEY ? null : pdKey,
    });
    return presentRow(row);
  });
}

export function presentRow(r: repo.RealisasiRow): RealisasiRow {
  return {
    id: r.id,
    periodeId: r.periodeId,
    subjectType: r.subjectType as 'indikator' | 'rencana_aksi',
    subjectKey: r.subjectKey,
    pdKey: r.pdKey,
    value: (r.valueLevel !== null
      ? { kind: 'level', code: r.valueLevel }
      : r.valueNumber !== null
        ? { kind: 'number', value: Number(r.valueNumber) }
        : null) as IndicatorValue | null,
    numerator: r.numerator === null ? null : Number(r.numerator),
    denominator: r.denominator === null ? null : Number(r.denominator),
    anggaranRealisasi: r.anggaranRealisasi === null ? null : Number(r.anggaranRealisasi),
    narrative: r.narrative,
    kendala: r.kendala,
    solusi: r.solusi,
    status: r.status as RealisasiRow['status'],
    returnReason: r.returnReason,
    updatedBy: r.updatedBy,
    enteredBy: r.enteredBy,
    submittedBy: r.submittedBy,
    updatedAt: r.updatedAt.toISOString(),
    rowVersion: r.rowVersion,
  };
}

const presentComment = (c: { id: string; author: string; body: string; createdAt: Date }): RealisasiComment => ({
  id: c.id,
  author: c.author,
  body: c.body,
  createdAt: c.createdAt.toISOString(),
});

/** A period's realisasi with comments and evidence; PD-scoped users see only their own PD's. */
export async function listDetails(
  db: Db,
  roles: readonly RoleAssignment[],
  periodeId: string,
  pdKey?: string,
): Promise<RealisasiDetail[]> {
  let rows = await repo.listByPeriode(db, [periodeId]);
  if (pdKey) rows = rows.filter((r) => r.pdKey === pdKey);
  if (isPdScopedOnly(roles)) rows = rows.filter((r) => ownPdKeys(roles).includes(r.pdKey));
  const ids = rows.map((r) => r.id);
  const comments = await repo.listComments(db, ids);
  const evidence = await repo.listEvidence(db, ids);
  const flags = await flagsOfRows(db, rows);
  return rows.map((r) => ({
    flags: flags.get(r.id) ?? [],
    ...presentRow(r),
    comments: comments.filter((c) => c.realisasiId === r.id).map(presentComment),
    evidence: evidence
      .filter((e) => e.realisasiId === r.id)
      .map((e) => ({
        sha256: e.sha256,
        fileName: e.fileName,
        mime: e.mime,
        sizeBytes: e.sizeBytes,
        uploadedBy: e.uploadedBy,
        createdAt: e.createdAt.toISOString(),
      })),
  }));
}

/** The evaluator's risk-based sample of the period's verified realisasi (rule: riskSample). */
export async function sampleForReview(db: Db, roles: readonly RoleAssignment[], periodeId: string) {
  const details = await listDetails(db, roles, periodeId);
  const sample = riskSample(details);
  return {
    periodeId,
    rate: SAMPLE_RATE,
    verified: details.filter((d) => d.status === 'verified').length,
    rows: sample.map((s) => ({ reason: s.reason, verifiedBy: s.row.updatedBy, realisasi: s.row })),
  };
}

/** A stored evidence file to download (its bytes are in the evidence store), or null. */
export const findEvidenceFile = (db: Db, sha256: string) => repo.findEvidenceFile(db, sha256);

async function loadForTransition(tx: Tx | Db, id: string) {
  const row = await repo.findById(tx, id);
  if (!row) throw notFound(REALISASI, id);
  return row;
}

function wrongStatus(row: repo.RealisasiRow, expected: string) {
  return new AppError(
    'WRONG_STATUS',
    `Realisasi berstatus "${row.status}"; tindakan ini hanya untuk status "${expected}".`,
    `The realisation is ${row.status}; expected ${expected}.`,
  );
}

async function transition(
  tx: Tx,
  actor: Actor,
  row: repo.RealisasiRow,
  next: 'submitted' | 'verified' | 'returned',
  reason: string | null,
) {
  const updated = await repo.updateRealisasi(
    tx,
    row.id,
    {
      status: next,
      returnReason: next === 'returned' ? reason : null,
      updatedBy: actor.audit.actor,
      ...(next === 'submitted' ? { submittedBy: actor.audit.actor } : {}),
    },
    row.rowVersion,
  );
  if (!updated) throw staleWrite({ realisasi: presentRow(row) });
  await insertAuditEvent(tx, actor.audit, {
    instansiId: row.instansiId,
    action: `realisasi.${next === 'submitted' ? 'submit' : next === 'verified' ? 'verify' : 'return'}`,
    entityType: 'realisasi',
    entityId: row.id,
    before: { status: row.status },
    after: { status: next, ...(reason ? { reason } : {}) },
    pdKey: row.pdKey === INSTANSI_PD_KEY ? null : row.pdKey,
  });
  const notify =
    next === 'returned'
      ? { pdKey: row.pdKey, kind: 'realisasi_returned', title: 'Realisasi dikembalikan', body: reason ?? '' }
      : next === 'submitted'
        ? {
            pdKey: null,
            kind: 'realisasi_submitted',
            title: 'Realisasi diajukan untuk verifikasi',
            body: `${row.subjectKey} (${row.pdKey})`,
          }
        : null;
  if (notify)
    await sendNotification(tx, {
      instansiId: row.instansiId,
      userId: null,
      ...notify,
      link: `/monitoring?periode=${row.periodeId}`,
    });
  return presentRow(updated);
}

// Submit and verify read and check before their transaction; the update inside is guarded by the
// row version, so a row changed in between is refused as a stale write, never overwritten.
export async function submit(db: Db, actor: Actor, id: string) {
  const row = await loadForTransition(db, id);
  requireFor(actor.roles, 'realisasi:submit', row.pdKey);
  if (row.status !== 'draft' && row.status !== 'returned') throw wrongStatus(row, 'draft');
  assertOpen(await getPeriode(db, row.periodeId));
  return db.transaction(async (tx) => {
    assertOpen(await getPeriode(tx, row.periodeId));
    return transition(tx, actor, row, 'submitted', null);
  });
}

export async function verify(db: Db, actor: Actor, ids: string[]) {
  const found = new Map((await repo.findByIds(db, ids)).map((r) => [r.id, r]));
  const rows = ids.map((id) => {
    const row = found.get(id);
    if (!row) throw notFound(REALISASI, id);
    return row;
  });
  assertNotOwnEntry(actor, rows);
  const wrong = rows.filter((r) => r.status !== 'submitted');
  if (wrong.length) {
    throw new AppError(
      'WRONG_STATUS',
      `${wrong.length} realisasi belum diajukan atau sudah diproses; tidak ada yang diverifikasi.`,
      'Some realisations are not submitted; nothing was verified.',
      undefined,
      { ids: wrong.map((r) => r.id) },
    );
  }
  // A flagged row is looked at on its own: bulk verification refuses it (all or nothing).
  if (rows.length > 1) {
    const flags = await flagsOfRows(db, rows);
    const flagged = rows.filter((r) => (flags.get(r.id) ?? []).length > 0);
    if (flagged.length)
      throw appError('VERIFICATION_FLAGGED', {
        details: {
          ids: flagged.map((r) => r.id),
          flags: Object.fromEntries(flagged.map((r) => [r.id, flags.get(r.id)])),
        },
      });
  }
  return db.transaction(async (tx) => {
    const out = [];
    for (const r of rows) out.push(await transition(tx, actor, r, 'verified', null));
    return out;
  });
}

export async function returnToPd(db: Db, actor: Actor, id: string, reason: string) {
  const problem = returnReasonProblem(reason);
  if (problem) throw invalidData([{ field: 'reason', ...problem }]);
  return db.transaction(async (tx) => {
    const row = await loadForTransition(tx, id);
    if (row.status !== 'submitted') throw wrongStatus(row, 'submitted');
    assertNotOwnEntry(actor, [row]);
    return transition(tx, actor, row, 'returned', reason);
  });
}

export async function comment(db: Db, actor: Actor, id: string, body: string) {
  return db.transaction(async (tx) => {
    const row = await loadForTransition(tx, id);
    const c = await repo.insertComment(tx, {
      instansiId: row.instansiId,
      realisasiId: id,
      author: actor.audit.actor,
      body,
    });
    await insertAuditEvent(tx, actor.audit, {
      instansiId: row.instansiId,
      action: 'realisasi.comment',
      entityType: 'realisasi',
      entityId: id,
      before: null,
      after: { body },
      pdKey: row.pdKey === INSTANSI_PD_KEY ? null : row.pdKey,
    });
    return presentComment(c);
  });
}

/** Deletes a draft/returned entry; its evidence files stay until no entry refers to them. */
export async function remove(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const row = await loadForTransition(tx, id);
    requireFor(actor.roles, 'realisasi:enter', row.pdKey);
    if (row.status === 'submitted' || row.status === 'verified') throw wrongStatus(row, 'draft');
    assertOpen(await getPeriode(tx, row.periodeId));
    await repo.deleteRealisasi(tx, id);
    await insertAuditEvent(tx, actor.audit, {
      instansiId: row.instansiId,
      action: 'realisasi.delete',
      entityType: 'realisasi',
      entityId: id,
      before: presentRow(row),
      after: null,
      pdKey: row.pdKey === INSTANSI_PD_KEY ? null : row.pdKey,
    });
    return { deleted: id };
  });
}

/** Attaches an evidence file: type checked by content, stored once by sha256 before any row points to it. */
export async function attachEvidence(
  db: Db,
  store: EvidenceStore,
  actor: Actor,
  id: string,
  fileName: string,
  bytes: Uint8Array,
) {
  const out = await attachUpload(
    db,
    store,
    actor.audit,
    { fileName, bytes },
    {
      precheck: async (d) => {
        const pre = await repo.findById(d, id);
        if (!pre) throw notFound(REALISASI, id);
        requireFor(actor.roles, 'realisasi:enter', pre.pdKey);
      },
      load: async (tx) => {
        const row = await loadForTransition(tx, id);
        if (row.status === 'submitted' || row.status === 'verified') throw wrongStatus(row, 'draft');
        assertOpen(await getPeriode(tx, row.periodeId));
        return row;
      },
      link: (tx, row, file) =>
        repo.linkEvidence(tx, {
          realisasiId: id,
          sha256: file.sha256,
          instansiId: row.instansiId,
          fileName: file.fileName,
          uploadedBy: actor.audit.actor,
        }),
      audit: (row, file) => ({
        instansiId: row.instansiId,
        action: 'realisasi.evidence_add',
        entityType: 'realisasi',
        entityId: id,
        pdKey: row.pdKey === INSTANSI_PD_KEY ? null : row.pdKey,
        after: { sha256: file.sha256, fileName, mime: file.mime, sizeBytes: file.sizeBytes },
      }),
    },
  );
  return {
    sha256: out.sha256,
    mime: out.mime,
    kind: out.kind,
    sizeBytes: out.sizeBytes,
    alreadyAttached: out.alreadyAttached,
  };
}

export async function detachEvidence(db: Db, actor: Actor, id: string, sha256: string) {
  return db.transaction(async (tx) => {
    const row = await loadForTransition(tx, id);
    requireFor(actor.roles, 'realisasi:enter', row.pdKey);
    if (row.status === 'submitted' || row.status === 'verified') throw wrongStatus(row, 'draft');
    if (!(await repo.unlinkEvidence(tx, id, sha256))) throw notFound({ id: 'Bukti', en: 'Evidence' }, sha256);
    await insertAuditEvent(tx, actor.audit, {
      instansiId: row.instansiId,
      action: 'realisasi.evidence_remove',
      entityType: 'realisasi',
      entityId: id,
      before: { sha256 },
      after: null,
      pdKey: row.pdKey === INSTANSI_PD_KEY ? null : row.pdKey,
    });
    return { removed: sha256 };
  });
}

export { sweepEvidence } from './evidence-sweep.service.ts';

// ——— Reads for other features (rencana aksi), which may not import this repository ———

/** The realisasi of the given periods, by subject. */
export function listRealisasiOfPeriodes(db: Db | Tx, periodeIds: string[]) {
  return repo.listByPeriode(db, periodeIds);
}

/** How many realisasi are recorded against one subject (e.g. a rencana aksi). */
export function countRealisasiOfSubject(db: Db | Tx, subjectType: string, subjectKey: string) {
  return repo.countRealisasiOf(db, subjectType, subjectKey);
}

export type { RealisasiRow } from './realisasi.repository.ts';

/** The evidence files attached to these realisasi rows. */
export const evidenceOfRealisasi = (tx: Tx | Db, realisasiIds: string[]) => repo.listEvidence(tx, realisasiIds);

/** The PD of every realisasi each of these files is attached to (src/server/evidence-access.ts). */
export const pdKeysHoldingEvidence = (db: Db | Tx, sha256s: string[]) => repo.pdKeysHoldingEvidence(db, sha256s);

function assertNotOwnEntry(actor: Actor, rows: repo.RealisasiRow[]) {
  const own = rows.filter((r) => !mayVerifyRealisasi(actor.audit.actor, r));
  if (own.length) throw appError('SELF_VERIFICATION', { details: { ids: own.map((r) => r.id) } });
}

/** The last verified value of each indicator (by key) of a road map: a new period's carried baseline. */
export async function lastVerifiedValues(db: Db | Tx, roadMapId: string, keys: string[]) {
  const rows = await repo.verifiedIndicatorValues(db, roadMapId, keys);
  const out = new Map<string, { year: number; periode: string; value: IndicatorValue }>();
  for (const r of rows) {
    if (out.has(r.subjectKey)) continue;
    const value: IndicatorValue =
      r.valueLevel !== null ? { kind: 'level', code: r.valueLevel } : { kind: 'number', value: Number(r.valueNumber) };
    if (value.kind === 'number' && !Number.isFinite(value.value)) continue;
    out.set(r.subjectKey, { year: r.year, periode: `${r.code} ${r.year}`, value });
  }
  return out;
}

/** One realisasi row, or null (for features that attach computed evidence to it). */
export const findRealisasi = (tx: Tx | Db, id: string) => repo.findById(tx, id);
