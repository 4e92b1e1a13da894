// Meetings of the semester round: recording one (kind, date WITA, place or link, agenda), its
// attendance (a non-member is a guest), minutes and decisions (each a follow-up item with owner and
// due date), finalising (read-only after: 409 RAPAT_FINAL) and correcting by addendum. Every command
// is one transaction with its audit event.
import type { Db, Tx } from '../../../db/client.ts';
import type { CreateRapatBody, RapatDetail, RapatSummary, UpdateRapatBody } from '../../../domain/contracts/rapat.ts';
import {
  attendanceProblems,
  isOverdue,
  keputusanProblems,
  meetingMembers,
  movesAllowed,
  normalizeAttendance,
  type JenisRapat,
  type Kehadiran,
  type StatusTindakLanjutRapat,
  type TautanJenis,
} from '../../../domain/rapat/rapat.ts';
import { todayWita } from '../../../domain/periods/periods.ts';
import { insertAuditEvent, type AuditContext } from '../../audit-trail.repository.ts';
import { appError, forbidden, invalidData, notFound, staleWrite, type FieldError } from '../../errors.ts';
import { listPerangkatDaerahOf } from '../roadmap/roadmap.service.ts';
import { findPokja, getStruktur } from '../stu/stu.service.ts';
import * as repo from './rapat.repository.ts';
import { mayManageRapat, ownsFollowUp, seesRapat, type RapatActor } from './rapat-rights.ts';
import { tautanOptions } from './rapat-tautan.ts';
import type { RoleAssignment } from '../../../domain/permissions.ts';

const RAPAT = { id: 'Rapat', en: 'Meeting' };

export interface Actor extends RapatActor {
  audit: AuditContext;
}

function summary(r: repo.RapatRow, hadir: number, keputusan: repo.KeputusanRow[]): RapatSummary {
  return {
    id: r.id,
    jenis: r.jenis as JenisRapat,
    pokjaId: r.pokjaId,
    pokjaNama: r.pokjaNama,
    pdKey: r.pdKey,
    judul: r.judul,
    tanggal: r.tanggal,
    status: r.status as 'draf' | 'final',
    hadir,
    keputusan: keputusan.length,
    terbuka: keputusan.filter((k) => k.status === 'terbuka').length,
  };
}

export function presentKeputusan(
  k: repo.KeputusanRow,
  bukti: { keputusanId: string; sha256: string; fileName: string }[],
  viewer: { roles: readonly RoleAssignment[]; manager: boolean } = { roles: [], manager: false },
) {
  const status = k.status as StatusTindakLanjutRapat;
  const owner = ownsFollowUp(viewer.roles, k, viewer.manager);
  return {
    id: k.id,
    rapatId: k.rapatId,
    uraian: k.uraian,
    pemilikPdKey: k.pemilikPdKey,
    pemilikNama: k.pemilikNama,
    tenggat: k.tenggat,
    tautanJenis: k.tautanJenis as TautanJenis | null,
    tautanId: k.tautanId,
    status,
    catatan: k.catatan,
    overdue: isOverdue({ status, tenggat: k.tenggat }, todayWita(new Date())),
    bukti: bukti.filter((b) => b.keputusanId === k.id).map((b) => ({ sha256: b.sha256, fileName: b.fileName })),
    moves: movesAllowed(status, { owner, manager: viewer.manager }),
    mayAttach: status !== 'terverifikasi' && (owner || viewer.manager),
    rowVersion: k.rowVersion,
  };
}

export async function detail(
  tx: Db | Tx,
  r: repo.RapatRow,
  mayManage: boolean,
  roles: readonly RoleAssignment[] = [],
): Promise<RapatDetail> {
  const [hadir, addendum, keputusan, lampiran] = await Promise.all([
    repo.hadirOf(tx, r.id),
    repo.addendumOf(tx, r.id),
    repo.keputusanOf(tx, [r.id]),
    repo.lampiranOf(tx, r.id),
  ]);
  const bukti = await repo.buktiOf(
    tx,
    keputusan.map((k) => k.id),
  );
  return {
    rapat: {
      ...summary(r, hadir.length, keputusan),
      waktu: r.waktu,
      tempat: r.tempat,
      tautanDaring: r.tautanDaring,
      agenda: r.agenda,
      notulen: r.notulen,
      finalizedBy: r.finalizedBy,
      finalizedAt: r.finalizedAt?.toISOString() ?? null,
      rowVersion: r.rowVersion,
    },
    hadir: hadir.map((h) => ({
      orangId: h.orangId,
      nama: h.nama,
      jabatan: h.jabatan,
      status: h.status as Kehadiran,
      alasan: h.alasan,
    })),
    addendum: addendum.map((a) => ({ isi: a.isi, actor: a.actor, at: a.at.toISOString() })),
    lampiran,
    keputusan: keputusan.map((k) => presentKeputusan(k, bukti, { roles, manager: mayManage })),
    mayManage,
  };
}

/** The audited picture: what the meeting says, not who reads it. */
const audited = async (tx: Tx, r: repo.RapatRow) => {
  const { mayManage: _m, keputusan, ...rest } = await detail(tx, r, false);
  return { ...rest, keputusan: keputusan.map(({ moves: _v, mayAttach: _a, ...k }) => k) };
};

export async function list(db: Db, roles: RapatActor['roles'], instansiId: string, year: number) {
  const rows = (await repo.listRapat(db, instansiId, year)).filter((r) => seesRapat(roles, r));
  const keputusan = await repo.keputusanOf(
    db,
    rows.map((r) => r.id),
  );
  const out: RapatSummary[] = [];
  for (const r of rows)
    out.push(
      summary(
        r,
        (await repo.hadirOf(db, r.id)).length,
        keputusan.filter((k) => k.rapatId === r.id),
      ),
    );
  return out;
}

/** The meetings held between two days (inclusive) with their decisions, for progress reports. */
export async function meetingsBetween(db: Db, instansiId: string, start: string, end: string) {
  const years = new Set([Number(start.slice(0, 4)), Number(end.slice(0, 4))]);
  const rows = (await Promise.all([...years].map((y) => repo.listRapat(db, instansiId, y))))
    .flat()
    .filter((r) => r.tanggal >= start && r.tanggal <= end);
  const keputusan = await repo.keputusanOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ rapat: r, keputusan: keputusan.filter((k) => k.rapatId === r.id) }));
}

/** The pleno meetings of a year (a progress report is linked to the one where it was presented). */
export async function plenoOf(db: Db, instansiId: string, year: number) {
  return (await repo.listRapat(db, instansiId, year)).filter((r) => r.jenis === 'pleno');
}

export async function loadVisible(db: Db, roles: RapatActor['roles'], id: string) {
  const r = await repo.findRapat(db, id);
  if (!r) throw notFound(RAPAT, id);
  if (!seesRapat(roles, r)) throw forbidden();
  return r;
}

export async function get(db: Db, actor: RapatActor, id: string) {
  const r = await loadVisible(db, actor.roles, id);
  return detail(db, r, await mayManageRapat(db, actor, r), actor.roles);
}

export async function create(db: Db, actor: Actor, instansiId: string, body: CreateRapatBody) {
  const fields: FieldError[] = [];
  let pokjaNama: string | null = null;
  if (body.jenis === 'pokja') {
    const p = body.pokjaId ? await findPokja(db, body.pokjaId) : null;
    if (!p || p.instansiId !== instansiId)
      fields.push({ field: 'pokjaId', code: 'POKJA_REQUIRED', message: 'Pilih pokja yang mengadakan rapat.' });
    else pokjaNama = p.nama;
  }
  if (body.jenis === 'internal_pd') {
    const pds = await listPerangkatDaerahOf(db, instansiId);
    if (!body.pdKey || !pds.some((p) => p.key === body.pdKey))
      fields.push({ field: 'pdKey', code: 'PD_REQUIRED', message: 'Pilih perangkat daerah yang mengadakan rapat.' });
  }
  if (fields.length) throw invalidData(fields);
  const scope = {
    jenis: body.jenis,
    pokjaId: body.jenis === 'pokja' ? body.pokjaId : null,
    pdKey: body.jenis === 'internal_pd' ? body.pdKey : null,
  };
  if (!(await mayManageRapat(db, actor, scope))) throw forbidden();
  return db.transaction(async (tx) => {
    const { jenis: _j, pokjaId: _p, pdKey: _d, ...header } = body;
    const r = await repo.insertRapat(tx, { instansiId, ...scope, pokjaNama, ...header, createdBy: actor.audit.actor });
    await insertAuditEvent(tx, actor.audit, {
      instansiId,
      action: 'rapat.create',
      entityType: 'rapat',
      entityId: r.id,
      before: null,
      after: await audited(tx, r),
      pdKey: r.pdKey,
    });
    return detail(tx, r, true, actor.roles);
  });
}

/** The people of the meeting's body: the pokja's members, every STU person (pleno), the PD's people. */
async function memberIds(db: Db, r: repo.RapatRow): Promise<Set<string>> {
  const s = await getStruktur(db, r.instansiId, Number(r.tanggal.slice(0, 4)));
  const scope = { jenis: r.jenis as JenisRapat, pokjaId: r.pokjaId, pdKey: r.pdKey };
  // A pokja meeting dated outside its structure's year still has that pokja's members.
  if (r.jenis === 'pokja' && r.pokjaId && !s.pokja.some((p) => p.ref === r.pokjaId))
    return new Set((await findPokja(db, r.pokjaId))?.anggotaIds ?? []);
  return new Set(meetingMembers(s, scope));
}

export async function loadManaged(db: Db, actor: Actor, id: string) {
  const r = await loadVisible(db, actor.roles, id);
  if (!(await mayManageRapat(db, actor, r))) throw forbidden();
  return r;
}

export async function update(db: Db, actor: Actor, id: string, body: UpdateRapatBody) {
  const r = await loadManaged(db, actor, id);
  if (r.status === 'final') throw appError('RAPAT_FINAL');
  const hadir = normalizeAttendance(body.hadir, await memberIds(db, r));
  const pdKeys = new Set((await listPerangkatDaerahOf(db, r.instansiId)).map((p) => p.key));
  const fields: FieldError[] = [...attendanceProblems(hadir)];
  body.keputusan.forEach((k, i) => {
    fields.push(...keputusanProblems(k, `keputusan.${i}.`));
    if (k.pemilikPdKey && !pdKeys.has(k.pemilikPdKey))
      fields.push({
        field: `keputusan.${i}.pemilikPdKey`,
        code: 'UNKNOWN_PD',
        message: 'Perangkat daerah tidak dikenal.',
      });
  });
  if (body.keputusan.some((k) => k.tautanJenis && k.tautanId)) {
    const options = await tautanOptions(db, r.instansiId, Number(r.tanggal.slice(0, 4)));
    body.keputusan.forEach((k, i) => {
      if (k.tautanJenis && k.tautanId && !options[k.tautanJenis].some((o) => o.id === k.tautanId))
        fields.push({
          field: `keputusan.${i}.tautanId`,
          code: 'UNKNOWN_LINK',
          message: 'Yang ditautkan tidak ditemukan: pilih indikator, rencana aksi, atau rekomendasi dari daftar.',
        });
    });
  }
  if (fields.length) throw invalidData(fields);
  return db.transaction(async (tx) => {
    const before = await audited(tx, r);
    const { hadir: _h, keputusan, rowVersion, ...header } = body;
    const row = await repo.updateRapat(tx, id, header, rowVersion);
    if (!row) throw staleWrite({ rapat: before });
    await repo.replaceHadir(
      tx,
      id,
      hadir.map((h, i) => ({ rapatId: id, instansiId: r.instansiId, ...h, sortOrder: i })),
    );
    const stored = new Set((await repo.keputusanOf(tx, [id])).map((k) => k.id));
    const kept = new Set<string>();
    for (const [i, k] of keputusan.entries()) {
      const { id: kid, ...cols } = k;
      const values = { ...cols, tenggat: cols.tenggat!, sortOrder: i };
      if (kid && stored.has(kid)) {
        await repo.updateKeputusan(tx, kid, values);
        kept.add(kid);
      } else await repo.insertKeputusan(tx, { rapatId: id, instansiId: r.instansiId, ...values });
    }
    await repo.deleteKeputusan(
      tx,
      [...stored].filter((k) => !kept.has(k)),
    );
    await insertAuditEvent(tx, actor.audit, {
      instansiId: r.instansiId,
      action: 'rapat.update',
      entityType: 'rapat',
      entityId: id,
      before,
      after: await audited(tx, row),
      pdKey: r.pdKey,
    });
    return detail(tx, row, true, actor.roles);
  });
}

export async function finalize(db: Db, actor: Actor, id: string, rowVersion: number) {
  const r = await loadManaged(db, actor, id);
  if (r.status === 'final') throw appError('RAPAT_FINAL');
  if (!r.notulen.trim())
    throw invalidData([
      { field: 'notulen', code: 'NOTULEN_REQUIRED', message: 'Notulen belum diisi: isi dan simpan dulu.' },
    ]);
  if ((await repo.hadirOf(db, id)).length === 0)
    throw invalidData([{ field: 'hadir', code: 'ATTENDANCE_REQUIRED', message: 'Daftar hadir belum diisi.' }]);
  return db.transaction(async (tx) => {
    const row = await repo.updateRapat(
      tx,
      id,
      { status: 'final', finalizedBy: actor.audit.actor, finalizedAt: new Date() },
      rowVersion,
    );
    if (!row) throw staleWrite({ rapat: await audited(tx, r) });
    await insertAuditEvent(tx, actor.audit, {
      instansiId: r.instansiId,
      action: 'rapat.finalize',
      entityType: 'rapat',
      entityId: id,
      before: { status: 'draf' },
      after: { status: 'final', finalizedBy: actor.audit.actor },
      pdKey: r.pdKey,
    });
    return detail(tx, row, true, actor.roles);
  });
}

export async function addendum(db: Db, actor: Actor, id: string, isi: string) {
  const r = await loadManaged(db, actor, id);
  if (r.status !== 'final') throw appError('RAPAT_NOT_FINAL');
  return db.transaction(async (tx) => {
    await repo.insertAddendum(tx, { rapatId: id, instansiId: r.instansiId, isi, actor: actor.audit.actor });
    await insertAuditEvent(tx, actor.audit, {
      instansiId: r.instansiId,
      action: 'rapat.addendum',
      entityType: 'rapat',
      entityId: id,
      before: null,
      after: { isi },
      pdKey: r.pdKey,
    });
    return detail(tx, r, true, actor.roles);
  });
}
