// The STU and its pokja for a year, saved whole in one transaction: people are matched by their id
// (so attendance and pokja keep pointing at the same person), new ones created, the ones left out
// removed (attendance keeps their name and jabatan as recorded). Checked by strukturProblems against
// the PDs and the road map in force for the year; audited as one event with before and after.
import type { Db, Tx } from '../../../db/client.ts';
import type { AkunStu, LingkupOption, Struktur, StrukturBody } from '../../../domain/contracts/stu.ts';
import { strukturProblems, type PeranStu } from '../../../domain/stu/structure.ts';
import { insertAuditEvent, type AuditContext } from '../../audit-trail.repository.ts';
import { invalidData, staleWrite } from '../../errors.ts';
import { activeVersionForYear } from '../monitoring/monitoring-context.ts';
import { getVersion, listPerangkatDaerahOf } from '../roadmap/roadmap.service.ts';
import { listAccounts } from '../users/users.service.ts';
import * as repo from './stu.repository.ts';

const SCOPE_KINDS = new Set(['sasaran_general', 'kegiatan_utama', 'tema', 'sasaran_tematik']);

export async function getStruktur(tx: Db | Tx, instansiId: string, year: number): Promise<Struktur> {
  const s = await repo.findStruktur(tx, instansiId, year);
  if (!s) return { year, exists: false, skNomor: null, skTanggal: null, orang: [], pokja: [], rowVersion: 0 };
  const [orang, pokja] = await Promise.all([repo.orangOf(tx, s.id), repo.pokjaOf(tx, s.id)]);
  return {
    year,
    exists: true,
    skNomor: s.skNomor,
    skTanggal: s.skTanggal,
    orang: orang.map((o) => ({
      ref: o.id,
      nama: o.nama,
      jabatan: o.jabatan,
      pdKey: o.pdKey,
      userId: o.userId,
      peranStu: o.peranStu as PeranStu | null,
    })),
    pokja: pokja.map((p) => ({
      ref: p.id,
      nama: p.nama,
      ketuaRef: p.ketuaId,
      anggotaRefs: p.anggotaIds,
      lingkup: p.lingkup,
    })),
    rowVersion: s.rowVersion,
  };
}

async function scopeNodes(db: Db, instansiId: string, year: number) {
  const { versionId } = await activeVersionForYear(db, instansiId, year);
  const v = await getVersion(db, versionId);
  return v.document.nodes.filter((n) => SCOPE_KINDS.has(n.kind));
}

const scopeKeys = async (db: Db, instansiId: string, year: number) =>
  new Set((await scopeNodes(db, instansiId, year)).map((n) => n.key));

/** Active accounts of the instansi, as the structure's "linked account" picker offers them. */
export async function akunOptions(db: Db, instansiId: string): Promise<AkunStu[]> {
  return (await listAccounts(db, instansiId))
    .filter((a) => !a.disabled)
    .map((a) => ({
      id: a.id,
      username: a.username,
      displayName: a.displayName,
      pdKey: a.roles.find((r) => r.pdKey)?.pdKey ?? null,
    }));
}

/** RB General's sasaran, then RB Tematik's themes, each followed by what lies under it, in printed order. */
function treeOrder<T extends { key: string; kind: string; parentKey: string | null; order: number }>(nodes: T[]): T[] {
  const keys = new Set(nodes.map((n) => n.key));
  const rank = (n: T) => (n.kind === 'sasaran_general' ? 0 : 1);
  const byOrder = (a: T, b: T) => rank(a) - rank(b) || a.order - b.order;
  const out: T[] = [];
  const visit = (parent: string | null) => {
    for (const n of nodes
      .filter((m) => (parent === null ? !m.parentKey || !keys.has(m.parentKey) : m.parentKey === parent))
      .sort(byOrder)) {
      out.push(n);
      visit(n.key);
    }
  };
  visit(null);
  return out;
}

/** The nodes a pokja may answer for in the year, in the road map's order. */
export async function lingkupOptions(db: Db, instansiId: string, year: number): Promise<LingkupOption[]> {
  return treeOrder(await scopeNodes(db, instansiId, year)).map((n) => ({
    key: n.key,
    kind: n.kind,
    number: n.number,
    name: n.name,
    parentKey: n.parentKey,
  }));
}

export async function saveStruktur(db: Db, audit: AuditContext, instansiId: string, body: StrukturBody) {
  const pdKeys = new Set((await listPerangkatDaerahOf(db, instansiId)).map((p) => p.key));
  const problems = strukturProblems(body, { pdKeys, nodeKeys: await scopeKeys(db, instansiId, body.year) });
  if (problems.length) throw invalidData(problems);
  return db.transaction(async (tx) => {
    const before = await getStruktur(tx, instansiId, body.year);
    if (before.rowVersion !== body.rowVersion) throw staleWrite({ struktur: before });
    const head = { skNomor: body.skNomor, skTanggal: body.skTanggal };
    const s = before.exists
      ? await repo.updateStruktur(tx, (await repo.findStruktur(tx, instansiId, body.year))!.id, head, body.rowVersion)
      : await repo.insertStruktur(tx, { instansiId, year: body.year, ...head });
    if (!s) throw staleWrite({ struktur: before });
    await writeMembers(tx, instansiId, s.id, before, body);
    const after = await getStruktur(tx, instansiId, body.year);
    await insertAuditEvent(tx, audit, {
      instansiId,
      action: 'stu.save',
      entityType: 'stu_struktur',
      entityId: s.id,
      before: before.exists ? before : null,
      after,
    });
    return after;
  });
}

/** People first (new refs get ids), then pokja pointing at them; whoever is left out goes. */
async function writeMembers(
  tx: Tx,
  instansiId: string,
  strukturId: string,
  before: Struktur,
  body: Pick<StrukturBody, 'orang' | 'pokja'>,
) {
  const stored = new Set(before.orang.map((o) => o.ref));
  const idOf = new Map<string, string>();
  for (const [i, o] of body.orang.entries()) {
    const cols = {
      nama: o.nama,
      jabatan: o.jabatan,
      pdKey: o.pdKey,
      userId: o.userId,
      peranStu: o.peranStu,
      sortOrder: i,
    };
    if (stored.has(o.ref)) {
      await repo.updateOrang(tx, o.ref, cols);
      idOf.set(o.ref, o.ref);
    } else idOf.set(o.ref, (await repo.insertOrang(tx, { strukturId, instansiId, ...cols })).id);
  }
  const storedPokja = new Set(before.pokja.map((p) => p.ref));
  const keptPokja = new Set<string>();
  for (const [i, p] of body.pokja.entries()) {
    const anggota = [...new Set([...(p.ketuaRef ? [p.ketuaRef] : []), ...p.anggotaRefs])].map((r) => idOf.get(r)!);
    const cols = {
      nama: p.nama,
      ketuaId: p.ketuaRef ? idOf.get(p.ketuaRef)! : null,
      anggotaIds: anggota,
      lingkup: p.lingkup,
      sortOrder: i,
    };
    if (storedPokja.has(p.ref)) {
      await repo.updatePokja(tx, p.ref, cols);
      keptPokja.add(p.ref);
    } else await repo.insertPokja(tx, { strukturId, instansiId, ...cols });
  }
  await repo.deletePokja(
    tx,
    [...storedPokja].filter((r) => !keptPokja.has(r)),
  );
  await repo.deleteOrang(
    tx,
    [...stored].filter((r) => !idOf.has(r)),
  );
}

/** Starts a year's structure from another year's (the people and pokja carried, new ids). */
export async function copyStruktur(db: Db, audit: AuditContext, instansiId: string, fromYear: number, toYear: number) {
  const from = await getStruktur(db, instansiId, fromYear);
  const fields = [];
  if (!from.exists)
    fields.push({ field: 'fromYear', code: 'NO_STRUCTURE', message: `Belum ada struktur STU tahun ${fromYear}.` });
  if ((await getStruktur(db, instansiId, toYear)).exists)
    fields.push({ field: 'toYear', code: 'YEAR_HAS_STRUCTURE', message: `Struktur STU tahun ${toYear} sudah ada.` });
  if (fields.length) throw invalidData(fields);
  // Scope keys of the old road map may not exist in the new year's: keep only those that do.
  const keys = await scopeKeys(db, instansiId, toYear);
  const rename = (r: string) => `salin-${r}`;
  return saveStruktur(db, audit, instansiId, {
    year: toYear,
    skNomor: null,
    skTanggal: null,
    rowVersion: 0,
    orang: from.orang.map((o) => ({ ...o, ref: rename(o.ref) })),
    pokja: from.pokja.map((p) => ({
      ref: rename(p.ref),
      nama: p.nama,
      ketuaRef: p.ketuaRef ? rename(p.ketuaRef) : null,
      anggotaRefs: p.anggotaRefs.map(rename),
      lingkup: p.lingkup.filter((k) => keys.has(k)),
    })),
  });
}

/** The pokja (row) by id, and the person ids that are its members (meetings use it). */
export const findPokja = (tx: Db | Tx, id: string) => repo.findPokja(tx, id);
export const findOrang = (tx: Db | Tx, ids: string[]) => repo.findOrangByIds(tx, ids);
