// Semester progress reports: listed per period with the scopes still to start; started from the
// data (the narrative drafted from the computed figures); the narrative edited while a draft;
// submitted (the compiled content then kept as presented), reopened by the STU, and linked to the
// pleno where it was presented. Every command is one transaction with its audit event.
import type { Db, Tx } from '../../../db/client.ts';
import type { LaporanDetail, LaporanList, LaporanSummary } from '../../../domain/contracts/laporan.ts';
import {
  ringkasan,
  type BagianPokja,
  type JenisLaporan,
  type LaporanData,
  type StatusLaporan,
} from '../../../domain/laporan/laporan.ts';
import { draftNarasi } from '../../../domain/laporan/narasi.ts';
import { periodLabelOf } from '../../../domain/periods/periods.ts';
import { insertAuditEvent, type AuditContext } from '../../audit-trail.repository.ts';
import { appError, forbidden, invalidData, notFound, staleWrite } from '../../errors.ts';
import { getPeriode } from '../monitoring/periode.service.ts';
import { plenoOf } from '../rapat/rapat.service.ts';
import { isStu, type RapatActor } from '../rapat/rapat-rights.ts';
import { findInstansi, listPerangkatDaerahOf } from '../roadmap/roadmap.service.ts';
import { getStruktur } from '../stu/stu.service.ts';
import { compileLaporan, type Scope } from './laporan-data.ts';
import { mayManageLaporan, seesLaporan } from './laporan-rights.ts';
import * as repo from './laporan.repository.ts';

const LAPORAN = { id: 'Laporan kemajuan', en: 'Progress report' };

export interface Actor extends RapatActor {
  audit: AuditContext;
}

const lingkupKey = (s: Scope) =>
  s.jenis === 'instansi' ? 'instansi' : s.jenis === 'pokja' ? `pokja:${s.pokjaId}` : `pd:${s.pdKey}`;
const scopeOf = (r: repo.LaporanRow): Scope => ({ jenis: r.jenis as JenisLaporan, pokjaId: r.pokjaId, pdKey: r.pdKey });

export const periodLabel = (p: { year: number; code: string }) => periodLabelOf(p.year, p.code).id;

function summary(r: repo.LaporanRow): LaporanSummary {
  return {
    id: r.id,
    periodeId: r.periodeId,
    jenis: r.jenis as JenisLaporan,
    pokjaId: r.pokjaId,
    pdKey: r.pdKey,
    lingkupNama: r.lingkupNama,
    status: r.status as StatusLaporan,
    rapatId: r.rapatId,
    submittedBy: r.submittedBy,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    rowVersion: r.rowVersion,
  };
}

/** Every scope of the period: the instansi, each pokja of the year's structure, each PD. */
async function scopesOf(db: Db | Tx, instansiId: string, year: number) {
  const [s, pds, inst] = await Promise.all([
    getStruktur(db, instansiId, year),
    listPerangkatDaerahOf(db, instansiId),
    findInstansi(db, instansiId),
  ]);
  return [
    { jenis: 'instansi' as const, pokjaId: null, pdKey: null, nama: inst?.name ?? 'Instansi' },
    ...s.pokja.map((p) => ({ jenis: 'pokja' as const, pokjaId: p.ref, pdKey: null, nama: p.nama })),
    ...pds.map((p) => ({ jenis: 'pd' as const, pokjaId: null, pdKey: p.key, nama: p.shortName })),
  ];
}

export async function list(db: Db, actor: RapatActor, periodeId: string): Promise<LaporanList> {
  const p = await getPeriode(db, periodeId);
  const rows = await repo.listOfPeriode(db, periodeId);
  const items: LaporanSummary[] = [];
  for (const r of rows) if (await seesLaporan(db, actor, scopeOf(r))) items.push(summary(r));
  const taken = new Set(rows.map((r) => r.lingkupKey));
  const available = [];
  for (const s of await scopesOf(db, p.instansiId, p.year))
    if (!taken.has(lingkupKey(s)) && (await mayManageLaporan(db, actor, s))) available.push(s);
  return { items, available };
}

/** The pokja reports of the period as the instansi-wide report lists them (not started ones too). */
async function bagianOf(db: Db | Tx, p: { id: string; instansiId: string; year: number }): Promise<BagianPokja[]> {
  const rows = await repo.listOfPeriode(db, p.id);
  const s = await getStruktur(db, p.instansiId, p.year);
  return s.pokja.map((k) => {
    const r = rows.find((x) => x.lingkupKey === `pokja:${k.ref}`);
    return { nama: k.nama, status: (r?.status as StatusLaporan | undefined) ?? 'belum', narasi: r?.narasi ?? '' };
  });
}

async function dataOf(db: Db, r: repo.LaporanRow, p: Awaited<ReturnType<typeof getPeriode>>): Promise<LaporanData> {
  // A submitted report shows what was submitted; a draft is compiled from today's data.
  if (r.status === 'diajukan' && r.isi) return r.isi as LaporanData;
  return compileLaporan(db, p, scopeOf(r), r.jenis === 'instansi' ? await bagianOf(db, p) : []);
}

export async function detail(db: Db, actor: RapatActor, r: repo.LaporanRow): Promise<LaporanDetail> {
  const p = await getPeriode(db, r.periodeId);
  const isi = await dataOf(db, r, p);
  const sum = ringkasan(isi);
  return {
    laporan: { ...summary(r), narasi: r.narasi },
    periode: { code: p.code, year: p.year, start: p.startDate, end: p.endDate },
    isi,
    ringkasan: sum,
    draftNarasi: draftNarasi(sum, r.lingkupNama, periodLabel(p)),
    mayManage: r.status === 'draf' && (await mayManageLaporan(db, actor, scopeOf(r))),
    mayReopen: isStu(actor.roles),
    pdNames: Object.fromEntries((await listPerangkatDaerahOf(db, p.instansiId)).map((x) => [x.key, x.shortName])),
    plenoOptions: (await plenoOf(db, p.instansiId, p.year)).map((m) => ({
      id: m.id,
      judul: m.judul,
      tanggal: m.tanggal,
    })),
  };
}

export async function loadVisible(db: Db, actor: RapatActor, id: string) {
  const r = await repo.findLaporan(db, id);
  if (!r) throw notFound(LAPORAN, id);
  if (!(await seesLaporan(db, actor, scopeOf(r)))) throw forbidden();
  return r;
}

export async function get(db: Db, actor: RapatActor, id: string) {
  return detail(db, actor, await loadVisible(db, actor, id));
}

export async function create(
  db: Db,
  actor: Actor,
  input: { periodeId: string; jenis: JenisLaporan; pokjaId: string | null; pdKey: string | null },
) {
  const p = await getPeriode(db, input.periodeId);
  const scope: Scope = {
    jenis: input.jenis,
    pokjaId: input.jenis === 'pokja' ? input.pokjaId : null,
    pdKey: input.jenis === 'pd' ? input.pdKey : null,
  };
  const known = (await scopesOf(db, p.instansiId, p.year)).find((s) => lingkupKey(s) === lingkupKey(scope));
  if (!known)
    throw invalidData([
      input.jenis === 'pokja'
        ? { field: 'pokjaId', code: 'POKJA_REQUIRED', message: `Pilih pokja dari struktur STU tahun ${p.year}.` }
        : { field: 'pdKey', code: 'PD_REQUIRED', message: 'Pilih perangkat daerah yang menyusun laporan.' },
    ]);
  if (!(await mayManageLaporan(db, actor, scope))) throw forbidden();
  if (await repo.findByLingkup(db, p.id, lingkupKey(scope))) throw appError('LAPORAN_EXISTS');
  const isi = await compileLaporan(db, p, scope, scope.jenis === 'instansi' ? await bagianOf(db, p) : []);
  return db.transaction(async (tx) => {
    const r = await repo.insertLaporan(tx, {
      instansiId: p.instansiId,
      periodeId: p.id,
      ...scope,
      lingkupKey: lingkupKey(scope),
      lingkupNama: known.nama,
      narasi: draftNarasi(ringkasan(isi), known.nama, periodLabel(p)),
      createdBy: actor.audit.actor,
    });
    await insertAuditEvent(tx, actor.audit, {
      instansiId: p.instansiId,
      action: 'laporan.create',
      entityType: 'laporan_kemajuan',
      entityId: r.id,
      before: null,
      after: { ...summary(r), narasi: r.narasi },
      pdKey: r.pdKey,
    });
    return r;
  });
}

/** One change of a report: loaded, checked, written at its row version, audited before and after. */
async function change(
  db: Db,
  actor: Actor,
  id: string,
  rowVersion: number,
  action: string,
  check: (r: repo.LaporanRow) => Promise<void>,
  patch: (r: repo.LaporanRow) => Promise<Partial<repo.LaporanRow>>,
) {
  const r = await loadVisible(db, actor, id);
  await check(r);
  const values = await patch(r);
  return db.transaction(async (tx) => {
    const row = await repo.updateLaporan(tx, id, values, rowVersion);
    if (!row) throw staleWrite({ laporan: summary(r) });
    await insertAuditEvent(tx, actor.audit, {
      instansiId: r.instansiId,
      action,
      entityType: 'laporan_kemajuan',
      entityId: id,
      before: { ...summary(r), narasi: r.narasi },
      after: { ...summary(row), narasi: row.narasi },
      pdKey: r.pdKey,
    });
    return row;
  });
}

const mayEditDraft = (db: Db, actor: Actor) => async (r: repo.LaporanRow) => {
  if (!(await mayManageLaporan(db, actor, scopeOf(r)))) throw forbidden();
  if (r.status !== 'draf') throw appError('LAPORAN_DIAJUKAN');
};

export const updateNarasi = (db: Db, actor: Actor, id: string, narasi: string, rowVersion: number) =>
  change(db, actor, id, rowVersion, 'laporan.update', mayEditDraft(db, actor), async () => ({ narasi }));

export const submit = (db: Db, actor: Actor, id: string, rowVersion: number) =>
  change(db, actor, id, rowVersion, 'laporan.submit', mayEditDraft(db, actor), async (r) => ({
    status: 'diajukan',
    isi: await dataOf(db, r, await getPeriode(db, r.periodeId)),
    submittedBy: actor.audit.actor,
    submittedAt: new Date(),
  }));

const stuOnly = (actor: Actor) => async () => {
  if (!isStu(actor.roles)) throw forbidden();
};

export const reopen = (db: Db, actor: Actor, id: string, rowVersion: number) =>
  change(db, actor, id, rowVersion, 'laporan.reopen', stuOnly(actor), async () => ({
    status: 'draf',
    isi: null,
    submittedBy: null,
    submittedAt: null,
  }));

export const setPleno = (db: Db, actor: Actor, id: string, rapatId: string | null, rowVersion: number) =>
  change(
    db,
    actor,
    id,
    rowVersion,
    'laporan.pleno',
    async (r) => {
      await stuOnly(actor)();
      const p = await getPeriode(db, r.periodeId);
      if (rapatId && !(await plenoOf(db, p.instansiId, p.year)).some((m) => m.id === rapatId))
        throw invalidData([{ field: 'rapatId', code: 'NOT_A_PLENO', message: `Pilih rapat pleno tahun ${p.year}.` }]);
    },
    async () => ({ rapatId }),
  );
