// The content of a progress report compiled from the data of its period and scope: the governing
// road map's indicators (capaian, status, early warning from the period dashboard), rencana aksi
// outputs against their period target with budget realised, meetings held in the period with their
// decisions' follow-up, complaint figures (the register's rule) and open recommendations; for the
// instansi-wide report also the pokja reports. Read as the STU reads: the report's own readers are
// checked by the service.
import type { Db } from '../../../db/client.ts';
import { formatNumber } from '../../../domain/format/number.ts';
import { formatValueWithUnit } from '../../../domain/format/value.ts';
import {
  outputCapaian,
  type BagianPokja,
  type JenisLaporan,
  type LaporanData,
  type RapatBaris,
} from '../../../domain/laporan/laporan.ts';
import { indicatorsUnder, nodesUnder } from '../../../domain/laporan/scope.ts';
import { todayWita } from '../../../domain/periods/periods.ts';
import { isOverdue, type StatusTindakLanjutRapat } from '../../../domain/rapat/rapat.ts';
import { periodDashboard, WHOLE_INSTANSI } from '../monitoring/dashboard.service.ts';
import { roadMapForYear } from '../monitoring/monitoring-context.ts';
import { listRealisasiOfPeriodes, presentRow } from '../monitoring/realisasi.service.ts';
import * as pengaduan from '../pengaduan/pengaduan.service.ts';
import { meetingsBetween } from '../rapat/rapat.service.ts';
import * as rekomendasi from '../evaluasi/rekomendasi.service.ts';
import * as rencanaAksi from '../rencana-aksi/rencana-aksi.service.ts';
import { getStruktur } from '../stu/stu.service.ts';

export interface Scope {
  jenis: JenisLaporan;
  pokjaId: string | null;
  pdKey: string | null;
}

interface Period {
  id: string;
  instansiId: string;
  year: number;
  code: string;
  startDate: string;
  endDate: string;
}

export async function compileLaporan(
  db: Db,
  p: Period,
  scope: Scope,
  bagian: BagianPokja[] = [],
  now: Date = new Date(),
): Promise<LaporanData> {
  const today = todayWita(now);
  const rm = await roadMapForYear(db, p.instansiId, p.year);
  const doc = rm.document;
  const struktur = await getStruktur(db, p.instansiId, p.year);
  const pokja = scope.pokjaId ? struktur.pokja.find((x) => x.ref === scope.pokjaId) : undefined;
  const lingkup = pokja?.lingkup ?? [];

  const dash = await periodDashboard(db, WHOLE_INSTANSI, p.id, now);
  const pokjaIndicators = new Set(indicatorsUnder(doc.nodes, doc.placements, lingkup));
  const indicators = dash.indicators.filter((i) =>
    scope.jenis === 'instansi' ? true : scope.jenis === 'pd' ? i.pdKey === scope.pdKey : pokjaIndicators.has(i.key),
  );
  // PDs in scope: the PD itself; for a pokja its members' PDs and the PDs reporting its indicators.
  const pdKeys =
    scope.jenis === 'instansi'
      ? null
      : scope.jenis === 'pd'
        ? [scope.pdKey!]
        : [
            ...new Set([
              ...struktur.orang.filter((o) => pokja?.anggotaRefs.includes(o.ref) && o.pdKey).map((o) => o.pdKey!),
              ...indicators.map((i) => i.pdKey).filter((k): k is string => k !== null),
            ]),
          ];
  const scaleOf = new Map(doc.scales.map((s) => [s.code, s]));
  const unitOf = new Map(doc.indicators.map((i) => [i.key, i.unit]));

  const nodes = nodesUnder(doc.nodes, lingkup);
  const plans = (await rencanaAksi.list(db, p.instansiId, { year: p.year })).filter((r) =>
    scope.jenis === 'instansi' ? true : scope.jenis === 'pd' ? r.pelaksanaPdKey === scope.pdKey : nodes.has(r.nodeKey),
  );
  const planRows = (await listRealisasiOfPeriodes(db, [p.id]))
    .filter((r) => r.subjectType === 'rencana_aksi')
    .map(presentRow);

  const meetings = (await meetingsBetween(db, p.instansiId, p.startDate, p.endDate))
    .map(({ rapat: r, keputusan }) => {
      const own =
        scope.jenis === 'instansi' ||
        (scope.jenis === 'pokja' && r.pokjaId === scope.pokjaId) ||
        (scope.jenis === 'pd' && r.jenis === 'internal_pd' && r.pdKey === scope.pdKey);
      // A PD's report also counts the decisions it owns from other meetings (pokja, pleno).
      const counted = own
        ? keputusan
        : scope.jenis === 'pd'
          ? keputusan.filter((k) => k.pemilikPdKey === scope.pdKey)
          : [];
      return { r, own, counted };
    })
    .filter((m) => m.own || m.counted.length > 0);
  const rapat: RapatBaris[] = meetings.map(({ r, counted }) => {
    const by = (s: StatusTindakLanjutRapat) => counted.filter((k) => k.status === s).length;
    return {
      id: r.id,
      judul: r.judul,
      tanggal: r.tanggal,
      jenis: r.jenis,
      keputusan: {
        jumlah: counted.length,
        terbuka: by('terbuka'),
        selesai: by('selesai'),
        terverifikasi: by('terverifikasi'),
        terlambat: counted.filter((k) =>
          isOverdue({ status: k.status as StatusTindakLanjutRapat, tenggat: k.tenggat }, today),
        ).length,
      },
    };
  });

  const recs = (await rekomendasi.list(db, p.instansiId, WHOLE_INSTANSI, {})).filter(
    (r) => (r.status === 'open' || r.status === 'in_progress') && (pdKeys === null || pdKeys.includes(r.pdKey)),
  );

  return {
    indikator: indicators.map((i) => {
      const scale = scaleOf.get(i.scaleCode);
      const unit = unitOf.get(i.key) ?? i.unit;
      const t = i.target;
      const target = !t
        ? null
        : t.type === 'point'
          ? formatValueWithUnit(t.value, unit, scale)
          : `${formatNumber(t.min)}–${formatValueWithUnit({ kind: 'number', value: t.max }, unit, scale)}`;
      return {
        key: i.key,
        name: i.name,
        pdKey: i.pdKey,
        target,
        realisasi: i.realisasi?.value ? formatValueWithUnit(i.realisasi.value, unit, scale) : null,
        capaian: i.capaian?.kind === 'dinilai' ? i.capaian.percent : null,
        status: i.status,
        earlyWarning: i.earlyWarning ? i.earlyWarning.id : null,
      };
    }),
    rencanaAksi: plans.map((r) => {
      const row = planRows.find((x) => x.subjectKey === r.id);
      const target = r.targets.find((t) => t.periodCode === p.code)?.target ?? null;
      const realisasi = row?.value?.kind === 'number' ? row.value.value : null;
      return {
        id: r.id,
        rincianKegiatan: r.rincianKegiatan,
        indikatorOutput: r.indikatorOutput,
        satuan: r.satuan,
        pdKey: r.pelaksanaPdKey,
        target,
        realisasi,
        ...outputCapaian(target, realisasi),
        pagu: r.pagu,
        anggaranRealisasi: row?.anggaranRealisasi ?? null,
      };
    }),
    rapat,
    pengaduan: await pengaduan.figuresOf(db, p.instansiId, { start: p.startDate, end: p.endDate }, pdKeys, today),
    rekomendasi: recs.map((r) => ({
      id: r.id,
      body: r.body,
      pdKey: r.pdKey,
      dueDate: r.dueDate,
      status: r.status,
      overdue: r.overdue,
    })),
    bagian,
  };
}
