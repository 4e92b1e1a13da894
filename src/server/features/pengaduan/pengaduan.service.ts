// The complaint register (pengaduan): recording a complaint from any channel, changing its status
// along the allowed moves, answering it, forwarding it to another PD, each in one transaction with
// its history row and audit event. Deadlines are working days from the day the status began.
import type { Db, Tx } from '../../../db/client.ts';
import type { Pengaduan, PengaduanBody } from '../../../domain/contracts/pengaduan.ts';
import { pengaduanProblems } from '../../../domain/pengaduan/check.ts';
import { SLA_HARI_KERJA, slaState } from '../../../domain/pengaduan/sla.ts';
import { tingkatTindakLanjut } from '../../../domain/pengaduan/tindak-lanjut.ts';
import {
  canMove,
  NEEDS_RESPONSE,
  STATUS_LABELS,
  STATUS_PENGADUAN,
  type StatusPengaduan,
} from '../../../domain/pengaduan/status.ts';
import { can, seesPdDetail, type RoleAssignment } from '../../../domain/permissions.ts';
import { todayWita } from '../../../domain/periods/periods.ts';
import { insertAuditEvent, type AuditContext } from '../../audit-trail.repository.ts';
import { forbidden, invalidData, notFound, staleWrite, type FieldError } from '../../errors.ts';
import { listPerangkatDaerahOf } from '../roadmap/roadmap.service.ts';
import * as repo from './pengaduan.repository.ts';

const PENGADUAN = { id: 'Pengaduan', en: 'Complaint' };

export interface Actor {
  audit: AuditContext;
  roles: readonly RoleAssignment[];
}

export const today = () => todayWita(new Date());

export function present(r: repo.PengaduanRow, day: string = today()): Pengaduan {
  const status = r.status as StatusPengaduan;
  return {
    id: r.id,
    nomorTiket: r.nomorTiket,
    kanal: r.kanal as Pengaduan['kanal'],
    tanggalDiterima: r.tanggalDiterima,
    kategori: r.kategori,
    ringkasan: r.ringkasan,
    pdKey: r.pdKey,
    status,
    statusSejak: r.statusSejak,
    alasanStatus: r.alasanStatus,
    tanggalTanggapan: r.tanggalTanggapan,
    tanggapan: r.tanggapan,
    sla: slaState(status, r.statusSejak, day),
    rowVersion: r.rowVersion,
  };
}

/** The audited picture of a complaint: what it says, without the deadline computed for today. */
const audited = (r: repo.PengaduanRow) => {
  const { sla: _sla, ...rest } = present(r);
  return rest;
};

/**
 * The day a new status begins: an answer on the day it was given; a complaint recorded as received
 * on its received day; any other change on the day it is recorded.
 */
export function statusStart(
  status: StatusPengaduan,
  facts: { tanggalDiterima: string; tanggalTanggapan: string | null },
  day: string,
  isNew: boolean,
): string {
  if (NEEDS_RESPONSE.has(status) && facts.tanggalTanggapan) return facts.tanggalTanggapan;
  if (isNew && status === 'diterima') return facts.tanggalDiterima;
  return day;
}

async function knownPd(db: Db | Tx, instansiId: string, pdKey: string, field: string): Promise<FieldError | null> {
  const pds = await listPerangkatDaerahOf(db, instansiId);
  return pds.some((p) => p.key === pdKey)
    ? null
    : { field, code: 'UNKNOWN_PD', message: `Perangkat daerah "${pdKey}" tidak dikenal.` };
}

function checkFacts(body: Omit<PengaduanBody, 'pdKey'>, extra: FieldError[] = []) {
  const fields: FieldError[] = [...extra, ...pengaduanProblems(body, today())];
  if (fields.length) throw invalidData(fields);
}

export async function list(
  db: Db,
  roles: readonly RoleAssignment[],
  instansiId: string,
  q: { year: number; pdKey?: string; status?: StatusPengaduan },
): Promise<Pengaduan[]> {
  const rows = await repo.listPengaduan(db, {
    instansiId,
    from: `${q.year}-01-01`,
    to: `${q.year}-12-31`,
    ...(q.pdKey ? { pdKeys: [q.pdKey] } : {}),
    ...(q.status ? { status: q.status } : {}),
  });
  const day = today();
  // A PD reads its own register only: a complaint names a citizen's matter.
  return rows.filter((r) => seesPdDetail(roles, 'pengaduan:read', r.pdKey)).map((r) => present(r, day));
}

/**
 * Complaints past their working-day deadline: counted per PD for every reader (aggregates), listed
 * only where the reader reads the register (own PD, or instansi-wide).
 */
export async function overdue(db: Db, roles: readonly RoleAssignment[], instansiId: string, day: string) {
  const open = STATUS_PENGADUAN.filter((s) => SLA_HARI_KERJA[s] !== null);
  const late = (await repo.pengaduanInStatus(db, instansiId, open))
    .map((r) => present(r, day))
    .filter((p) => p.sla.overdue);
  const perPd = new Map<string, number>();
  for (const p of late) perPd.set(p.pdKey, (perPd.get(p.pdKey) ?? 0) + 1);
  return {
    perPd: [...perPd].sort(([a], [b]) => a.localeCompare(b)).map(([pdKey, count]) => ({ pdKey, count })),
    items: late.filter((p) => seesPdDetail(roles, 'pengaduan:read', p.pdKey)),
  };
}

/** A period's complaint figures for some PDs (null: all), as a progress report gives them. */
export async function figuresOf(
  db: Db,
  instansiId: string,
  period: { start: string; end: string },
  pdKeys: readonly string[] | null,
  day: string,
) {
  const inScope = (pd: string) => pdKeys === null || pdKeys.includes(pd);
  const received = (await repo.listPengaduan(db, { instansiId, from: period.start, to: period.end })).filter((c) =>
    inScope(c.pdKey),
  );
  const rate = tingkatTindakLanjut(
    received.map((c) => ({ ...c, status: c.status as StatusPengaduan })),
    period,
  );
  const late = (await overdue(db, [{ role: 'koordinator_stu', pdKey: null }], instansiId, day)).items.filter((p) =>
    inScope(p.pdKey),
  );
  return { diterima: rate.denominator, ditindaklanjuti: rate.numerator, tingkat: rate.value, terlambat: late.length };
}

export async function get(db: Db, roles: readonly RoleAssignment[], id: string) {
  const row = await repo.findPengaduan(db, id);
  if (!row) throw notFound(PENGADUAN, id);
  if (!seesPdDetail(roles, 'pengaduan:read', row.pdKey)) throw forbidden();
  const riwayat = await repo.listRiwayat(db, id);
  return {
    pengaduan: present(row),
    riwayat: riwayat.map((h) => ({
      kind: h.kind as 'status' | 'disposisi',
      fromValue: h.fromValue,
      toValue: h.toValue,
      note: h.note,
      actor: h.actor,
      at: h.at.toISOString(),
    })),
  };
}

export async function create(db: Db, actor: Actor, instansiId: string, body: PengaduanBody): Promise<Pengaduan> {
  const pd = await knownPd(db, instansiId, body.pdKey, 'pdKey');
  checkFacts(body, pd ? [pd] : []);
  if (!can(actor.roles, 'pengaduan:manage', [body.pdKey])) throw forbidden();
  return db.transaction(async (tx) => {
    await assertTiketFree(tx, instansiId, body.nomorTiket, null);
    const row = await repo.insertPengaduan(tx, {
      instansiId,
      ...body,
      statusSejak: statusStart(body.status, body, today(), true),
      createdBy: actor.audit.actor,
      updatedBy: actor.audit.actor,
    });
    await repo.insertRiwayat(tx, [
      {
        pengaduanId: row.id,
        instansiId,
        kind: 'status',
        fromValue: null,
        toValue: row.status,
        actor: actor.audit.actor,
      },
    ]);
    await insertAuditEvent(tx, actor.audit, {
      instansiId,
      action: 'pengaduan.create',
      entityType: 'pengaduan',
      entityId: row.id,
      before: null,
      after: audited(row),
      pdKey: row.pdKey,
    });
    return present(row);
  });
}

export async function assertTiketFree(tx: Tx, instansiId: string, nomorTiket: string | null, ownId: string | null) {
  if (!nomorTiket) return;
  const [other] = await repo.findByTiket(tx, instansiId, [nomorTiket]);
  if (other && other.id !== ownId)
    throw invalidData([
      {
        field: 'nomorTiket',
        code: 'DUPLICATE_TRACKING',
        message: `Nomor tracking ${nomorTiket} sudah tercatat (diterima ${other.tanggalDiterima}).`,
      },
    ]);
}

function moveProblem(from: StatusPengaduan, to: StatusPengaduan): FieldError | null {
  return canMove(from, to)
    ? null
    : {
        field: 'status',
        code: 'STATUS_MOVE_NOT_ALLOWED',
        message: `Status tidak dapat diubah dari "${STATUS_LABELS[from].id}" menjadi "${STATUS_LABELS[to].id}".`,
      };
}

export async function update(
  db: Db,
  actor: Actor,
  id: string,
  body: Omit<PengaduanBody, 'pdKey'>,
  rowVersion: number,
): Promise<Pengaduan> {
  const current = await repo.findPengaduan(db, id);
  if (!current) throw notFound(PENGADUAN, id);
  if (!can(actor.roles, 'pengaduan:manage', [current.pdKey])) throw forbidden();
  const move = moveProblem(current.status as StatusPengaduan, body.status);
  checkFacts(body, move ? [move] : []);
  return db.transaction(async (tx) => {
    await assertTiketFree(tx, current.instansiId, body.nomorTiket, id);
    const changed = body.status !== current.status;
    const row = await repo.updatePengaduan(
      tx,
      id,
      {
        ...body,
        ...(changed ? { statusSejak: statusStart(body.status, body, today(), false) } : {}),
        updatedBy: actor.audit.actor,
      },
      rowVersion,
    );
    if (!row) throw staleWrite({ pengaduan: present(current) });
    if (changed)
      await repo.insertRiwayat(tx, [
        {
          pengaduanId: id,
          instansiId: row.instansiId,
          kind: 'status',
          fromValue: current.status,
          toValue: row.status,
          note: row.alasanStatus,
          actor: actor.audit.actor,
        },
      ]);
    await insertAuditEvent(tx, actor.audit, {
      instansiId: row.instansiId,
      action: 'pengaduan.update',
      entityType: 'pengaduan',
      entityId: id,
      before: audited(current),
      after: audited(row),
      pdKey: row.pdKey,
    });
    return present(row);
  });
}

/** Forwards a complaint to the PD that answers for it; the sending PD needs the right over it. */
export async function disposisi(
  db: Db,
  actor: Actor,
  id: string,
  input: { kePdKey: string; catatan: string; rowVersion: number },
): Promise<Pengaduan> {
  const current = await repo.findPengaduan(db, id);
  if (!current) throw notFound(PENGADUAN, id);
  if (!can(actor.roles, 'pengaduan:manage', [current.pdKey])) throw forbidden();
  const fields: FieldError[] = [];
  const pd = await knownPd(db, current.instansiId, input.kePdKey, 'kePdKey');
  if (pd) fields.push(pd);
  if (input.kePdKey === current.pdKey)
    fields.push({ field: 'kePdKey', code: 'SAME_PD', message: 'Pengaduan sudah berada di perangkat daerah ini.' });
  if (fields.length) throw invalidData(fields);
  return db.transaction(async (tx) => {
    // A forwarded complaint is received anew by the other PD: its first deadline starts again.
    const row = await repo.updatePengaduan(
      tx,
      id,
      {
        pdKey: input.kePdKey,
        ...(current.status === 'diterima' ? { statusSejak: today() } : {}),
        updatedBy: actor.audit.actor,
      },
      input.rowVersion,
    );
    if (!row) throw staleWrite({ pengaduan: present(current) });
    await repo.insertRiwayat(tx, [
      {
        pengaduanId: id,
        instansiId: row.instansiId,
        kind: 'disposisi',
        fromValue: current.pdKey,
        toValue: input.kePdKey,
        note: input.catatan,
        actor: actor.audit.actor,
      },
    ]);
    await insertAuditEvent(tx, actor.audit, {
      instansiId: row.instansiId,
      action: 'pengaduan.disposisi',
      entityType: 'pengaduan',
      entityId: id,
      before: { pdKey: current.pdKey },
      after: { pdKey: input.kePdKey, catatan: input.catatan },
      pdKey: input.kePdKey,
    });
    return present(row);
  });
}

export { audited as auditedPengaduan };
