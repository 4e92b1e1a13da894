// The Tim Evaluasi Internal of a year, saved whole in one transaction and one audit event: members
// (instansi accounts with an evaluator's role) with their role and home PD, and who evaluates which
// PD or sasaran — checked by timProblems, so nobody is assigned a PD they belong to.
import type { Db, Tx } from '../../../db/client.ts';
import type { Tim, TimBody } from '../../../domain/contracts/tim-evaluasi.ts';
import { timProblems, type JenisTugas, type PeranTim } from '../../../domain/evaluasi/tim.ts';
import { insertAuditEvent, type AuditContext } from '../../audit-trail.repository.ts';
import { invalidData, staleWrite } from '../../errors.ts';
import { roadMapForYear } from '../monitoring/monitoring-context.ts';
import { listPerangkatDaerahOf } from '../roadmap/roadmap.service.ts';
import { listAccounts } from '../users/users.service.ts';
import * as repo from './tim.repository.ts';

/** Accounts that may sit in the team: active, with the APIP evaluator's role. */
async function evaluatorAccounts(db: Db | Tx, instansiId: string) {
  // Accounts are read outside the save's transaction as well: listAccounts takes the database.
  return (await listAccounts(db as Db, instansiId))
    .filter((a) => !a.disabled && a.roles.some((r) => r.role === 'evaluator_apip'))
    .map((a) => ({
      id: a.id,
      displayName: a.displayName,
      pdKeys: [...new Set(a.roles.map((r) => r.pdKey).filter((k): k is string => !!k))],
    }));
}

async function choices(db: Db | Tx, instansiId: string, year: number): Promise<Tim['pilihan']> {
  const [akun, pds, rm] = await Promise.all([
    evaluatorAccounts(db, instansiId),
    listPerangkatDaerahOf(db, instansiId),
    roadMapForYear(db, instansiId, year).catch(() => null),
  ]);
  return {
    akun,
    pd: pds.map((p) => ({ key: p.key, name: p.shortName })),
    sasaran: (rm?.document.nodes ?? [])
      .filter((n) => n.kind === 'sasaran_general' || n.kind === 'sasaran_tematik')
      // RB General's sasaran in their printed order, then RB Tematik's.
      .sort((a, b) => Number(a.kind !== 'sasaran_general') - Number(b.kind !== 'sasaran_general') || a.order - b.order)
      .map((n) => ({ key: n.key, name: `${n.number ? `${n.number}. ` : ''}${n.name}` })),
  };
}

/**
 * The year's members and assignments with the evaluator accounts' names and PDs — what the reviews
 * need to apply the judge rule — without the road map and PD choices the team form offers.
 */
export async function teamMembers(db: Db | Tx, instansiId: string, year: number) {
  const [t, akun] = await Promise.all([repo.findTim(db, instansiId, year), evaluatorAccounts(db, instansiId)]);
  const [anggota, tugas] = t ? await Promise.all([repo.anggotaOf(db, t.id), repo.tugasOf(db, t.id)]) : [[], []];
  return {
    exists: !!t,
    skNomor: t?.skNomor ?? null,
    anggota: anggota.map((a) => ({ userId: a.userId, peran: a.peran as PeranTim, pdKey: a.pdKey })),
    tugas: tugas.map((g) => ({ userId: g.userId, jenis: g.jenis as JenisTugas, key: g.key })),
    akun,
  };
}

export async function getTim(db: Db | Tx, instansiId: string, year: number): Promise<Tim> {
  const pilihan = await choices(db, instansiId, year);
  const t = await repo.findTim(db, instansiId, year);
  if (!t) return { year, exists: false, skNomor: null, anggota: [], tugas: [], rowVersion: 0, pilihan };
  const [anggota, tugas] = await Promise.all([repo.anggotaOf(db, t.id), repo.tugasOf(db, t.id)]);
  const name = new Map(pilihan.akun.map((a) => [a.id, a.displayName]));
  return {
    year,
    exists: true,
    skNomor: t.skNomor,
    anggota: anggota.map((a) => ({
      userId: a.userId,
      displayName: name.get(a.userId) ?? a.userId,
      peran: a.peran as PeranTim,
      pdKey: a.pdKey,
    })),
    tugas: tugas.map((g) => ({ userId: g.userId, jenis: g.jenis as JenisTugas, key: g.key })),
    rowVersion: t.rowVersion,
    pilihan,
  };
}

const audited = ({ pilihan: _p, ...t }: Tim) => t;

export async function saveTim(db: Db, audit: AuditContext, instansiId: string, year: number, body: TimBody) {
  const pilihan = await choices(db, instansiId, year);
  const problems = timProblems(body, {
    users: new Map(pilihan.akun.map((a) => [a.id, { pdKeys: a.pdKeys }])),
    pdKeys: new Set(pilihan.pd.map((p) => p.key)),
    sasaranKeys: new Set(pilihan.sasaran.map((s) => s.key)),
  });
  if (problems.length) throw invalidData(problems);
  return db.transaction(async (tx) => {
    const before = await getTim(tx, instansiId, year);
    if (before.rowVersion !== body.rowVersion) throw staleWrite({ tim: audited(before) });
    const existing = await repo.findTim(tx, instansiId, year);
    const t = existing
      ? await repo.updateTim(tx, existing.id, body.skNomor, body.rowVersion)
      : await repo.insertTim(tx, { instansiId, year, skNomor: body.skNomor });
    if (!t) throw staleWrite({ tim: audited(before) });
    await repo.replaceMembers(tx, t.id, instansiId, body.anggota, body.tugas);
    const after = await getTim(tx, instansiId, year);
    await insertAuditEvent(tx, audit, {
      instansiId,
      action: 'tim_evaluasi.save',
      entityType: 'tim_evaluasi',
      entityId: t.id,
      before: before.exists ? audited(before) : null,
      after: audited(after),
    });
    return after;
  });
}
