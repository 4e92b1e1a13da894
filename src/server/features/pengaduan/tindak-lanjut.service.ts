// "Tingkat tindak lanjut pengaduan" of a period computed from the register (rule in
// src/domain/pengaduan/tindak-lanjut.ts), the indicators an instansi fills from it, the list behind
// the number as an .xlsx download, and that list attached as evidence to the indicator's realisasi.
import type { Db, Tx } from '../../../db/client.ts';
import type { TindakLanjut } from '../../../domain/contracts/pengaduan.ts';
import { formatDate } from '../../../domain/format/date.ts';
import { formatNumber } from '../../../domain/format/number.ts';
import { KANAL_LABELS, STATUS_LABELS, type Kanal, type StatusPengaduan } from '../../../domain/pengaduan/status.ts';
import { tingkatTindakLanjut } from '../../../domain/pengaduan/tindak-lanjut.ts';
import { isPdScopedOnly, ownPdKeys, type RoleAssignment } from '../../../domain/permissions.ts';
import { reportingPdOf } from '../../../domain/monitoring/reporting.ts';
import { insertAuditEvent } from '../../audit-trail.repository.ts';
import { appError, invalidData, notFound } from '../../errors.ts';
import { loadExcel } from '../../lazy-libs.ts';
import { getPeriode } from '../monitoring/periode.service.ts';
import { activeVersionForYear } from '../monitoring/monitoring-context.ts';
import { attachEvidence, findRealisasi } from '../monitoring/realisasi.service.ts';
import type { EvidenceStore } from '../monitoring/evidence.store.ts';
import { getIndicatorWithScale } from '../roadmap/roadmap.service.ts';
import * as repo from './pengaduan.repository.ts';
import { today, type Actor } from './pengaduan.service.ts';

async function registerIndicators(db: Db, instansiId: string, year: number) {
  const keys = await repo.indikatorKeys(db, instansiId);
  if (!keys.length) return [];
  let versionId: string;
  try {
    versionId = (await activeVersionForYear(db, instansiId, year)).versionId;
  } catch {
    return [];
  }
  const out: TindakLanjut['indikator'] = [];
  for (const key of keys) {
    const found = await getIndicatorWithScale(db, versionId, key, year);
    if (found) out.push({ key, name: found.indicator.name, pdKey: reportingPdOf(found.indicator) });
  }
  return out;
}

export async function tindakLanjut(db: Db, roles: readonly RoleAssignment[], periodeId: string): Promise<TindakLanjut> {
  const p = await getPeriode(db, periodeId);
  const complaints = await repo.listPengaduan(db, { instansiId: p.instansiId, from: p.startDate, to: p.endDate });
  const rate = tingkatTindakLanjut(
    complaints.map((c) => ({ ...c, status: c.status as StatusPengaduan })),
    { start: p.startDate, end: p.endDate },
  );
  // The figures are the instansi's; a PD's reader sees the list of its own complaints only.
  const own = isPdScopedOnly(roles) ? new Set(ownPdKeys(roles)) : null;
  const [from, to] = [formatDate(p.startDate, 'id'), formatDate(p.endDate, 'id')];
  const value = rate.value === null ? 'tidak ada nilai' : `${formatNumber(rate.value, 'id', { maxDecimals: 2 })} %`;
  return {
    periode: { id: p.id, code: p.code, year: p.year, start: p.startDate, end: p.endDate },
    numerator: rate.numerator,
    denominator: rate.denominator,
    value: rate.value,
    indikator: await registerIndicators(db, p.instansiId, p.year),
    narasi:
      rate.denominator === 0
        ? `Dihitung dari register pengaduan: tidak ada pengaduan yang diterima ${from} s.d. ${to} (selain yang ditolak atau bukan kewenangan), sehingga tidak ada nilai.`
        : `Dihitung dari register pengaduan: ${rate.numerator} dari ${rate.denominator} pengaduan yang diterima ${from} s.d. ${to} telah ditindaklanjuti dengan tanggapan paling lambat ${to} (${value}). Pengaduan yang ditolak atau bukan kewenangan tidak dihitung.`,
    rows: rate.rows
      .filter((r) => !own || own.has(r.complaint.pdKey))
      .map(({ complaint: c, counted }) => ({
        id: c.id,
        nomorTiket: c.nomorTiket,
        tanggalDiterima: c.tanggalDiterima,
        pdKey: c.pdKey,
        status: c.status as StatusPengaduan,
        tanggalTanggapan: c.tanggalTanggapan,
        counted,
      })),
  };
}

/** The list behind the number as a workbook: figures on top, one row per complaint counted. */
export async function tindakLanjutXlsx(db: Db, roles: readonly RoleAssignment[], periodeId: string) {
  const t = await tindakLanjut(db, roles, periodeId);
  const complaints = new Map(
    (
      await repo.listPengaduan(db, {
        instansiId: (await getPeriode(db, periodeId)).instansiId,
        from: t.periode.start,
        to: t.periode.end,
      })
    ).map((c) => [c.id, c]),
  );
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tindak lanjut pengaduan');
  ws.addRow([`Tingkat tindak lanjut pengaduan ${t.periode.code} ${t.periode.year}`]).font = { bold: true, size: 13 };
  ws.addRow(['Pengaduan diterima (penyebut)', t.denominator]);
  ws.addRow(['Ditindaklanjuti sampai akhir periode (pembilang)', t.numerator]);
  const valueRow = ws.addRow(['Tingkat tindak lanjut (%)', t.value]);
  valueRow.getCell(2).numFmt = '0.00';
  ws.addRow([t.narasi]);
  ws.addRow([]);
  const header = ws.addRow([
    'No',
    'Nomor tracking',
    'Tanggal diterima',
    'Kanal',
    'Kategori',
    'Perangkat daerah',
    'Status',
    'Tanggal tanggapan',
    'Dihitung ditindaklanjuti',
  ]);
  header.font = { bold: true };
  const asDate = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);
  t.rows.forEach((r, i) => {
    const c = complaints.get(r.id);
    const row = ws.addRow([
      i + 1,
      r.nomorTiket ?? '',
      asDate(r.tanggalDiterima),
      c ? KANAL_LABELS[c.kanal as Kanal].id : '',
      c?.kategori ?? '',
      r.pdKey,
      STATUS_LABELS[r.status].id,
      asDate(r.tanggalTanggapan),
      r.counted ? 'Ya' : 'Tidak',
    ]);
    row.getCell(3).numFmt = 'dd/mm/yyyy';
    row.getCell(8).numFmt = 'dd/mm/yyyy';
  });
  [5, 18, 14, 16, 22, 24, 16, 16, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getColumn(1).width = 48;
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return { buf, fileName: `tindak-lanjut-pengaduan-${t.periode.year}-${t.periode.code}.xlsx` };
}

/** Attaches the list to the realisasi of an indicator that comes from the register. */
export async function attachBukti(db: Db, store: EvidenceStore, actor: Actor, realisasiId: string) {
  const r = await findRealisasi(db, realisasiId);
  if (!r) throw notFound({ id: 'Realisasi', en: 'Realisation' }, realisasiId);
  const keys = await repo.indikatorKeys(db, r.instansiId);
  if (r.subjectType !== 'indikator' || !keys.includes(r.subjectKey)) throw appError('INDIKATOR_NOT_FROM_REGISTER');
  const { buf, fileName } = await tindakLanjutXlsx(db, actor.roles, r.periodeId);
  const out = await attachEvidence(db, store, actor, realisasiId, fileName, buf);
  return { sha256: out.sha256, fileName, alreadyAttached: out.alreadyAttached };
}

/** Which indicators of the road map in force this year are filled from the register. */
export async function setIndikator(db: Db, actor: Actor, instansiId: string, keys: readonly string[]) {
  const year = Number(today().slice(0, 4));
  const unique = [...new Set(keys)].sort();
  const { versionId } = await activeVersionForYear(db, instansiId, year);
  const unknown: string[] = [];
  for (const key of unique) if (!(await getIndicatorWithScale(db, versionId, key, year))) unknown.push(key);
  if (unknown.length)
    throw invalidData(
      unknown.map((k) => ({
        field: 'keys',
        code: 'UNKNOWN_INDICATOR',
        message: `Indikator "${k}" tidak ada di road map yang berlaku.`,
      })),
    );
  return db.transaction(async (tx) => {
    const before = await repo.indikatorKeys(tx, instansiId);
    await repo.replaceIndikatorKeys(tx, instansiId, unique);
    await insertAuditEvent(tx, actor.audit, {
      instansiId,
      action: 'pengaduan.indikator',
      entityType: 'pengaduan_indikator',
      entityId: instansiId,
      before: { keys: before },
      after: { keys: unique },
    });
    return { keys: unique };
  });
}

/** The seed's setting: the road map's LAPOR indicator comes from the register (no check; audited). */
export async function seedIndikatorTx(tx: Tx, audit: Actor['audit'], instansiId: string, keys: readonly string[]) {
  await repo.replaceIndikatorKeys(tx, instansiId, keys);
  await insertAuditEvent(tx, audit, {
    instansiId,
    action: 'pengaduan.indikator',
    entityType: 'pengaduan_indikator',
    entityId: instansiId,
    before: null,
    after: { keys },
  });
}
