// The content of a year's LHEI compiled from the data: the team; the capaian of every indicator of
// the governing road map at the year's last started period (the period dashboard's rule), grouped
// by sasaran of RB General and by theme of RB Tematik; the rencana aksi effectiveness from the final
// reviews, per stage and period and per dimension; the Indeks RB and predikat of the worksheet; the
// findings ("Tidak sesuai" judgements of final reviews); the year's recommendations; the sanggah.
import type { Db } from '../../../db/client.ts';
import { reviuSummary, type StatusReviu } from '../../../domain/evaluasi/reviu.ts';
import type { LheiData, TahapEfektivitas } from '../../../domain/evaluasi/lhei.ts';
import { PERAN_TIM_LABELS } from '../../../domain/evaluasi/tim.ts';
import { formatNumber } from '../../../domain/format/number.ts';
import { formatValueWithUnit } from '../../../domain/format/value.ts';
import { periodLabelOf, todayWita } from '../../../domain/periods/periods.ts';
import { nodePath } from '../../../domain/roadmap/locate.ts';
import type { RoadMapDocument } from '../../../domain/roadmap/types.ts';
import { periodDashboard, WHOLE_INSTANSI } from '../monitoring/dashboard.service.ts';
import { roadMapForYear } from '../monitoring/monitoring-context.ts';
import { listPeriodes } from '../monitoring/periode.service.ts';
import { listRencanaAksiRows } from '../rencana-aksi/rencana-aksi.service.ts';
import { findInstansi } from '../roadmap/roadmap.service.ts';
import { yearResult } from './evaluasi.service.ts';
import * as rekomendasi from './rekomendasi.service.ts';
import { dimensiOfYear, teamOfYear } from './reviu-context.ts';
import * as repo from './reviu.repository.ts';

/** The sasaran (RB General) or theme (RB Tematik) an indicator is reported under, each once. */
function groupsOf(doc: RoadMapDocument, indicatorKey: string) {
  const out = new Map<string, { kind: 'general' | 'tematik'; key: string; name: string; order: number }>();
  for (const p of doc.placements.filter((x) => x.indicatorKey === indicatorKey && x.tableCode !== 'tabel1'))
    for (const n of nodePath(doc, p.nodeKey))
      if (n.kind === 'sasaran_general' || n.kind === 'tema')
        out.set(n.key, {
          kind: n.kind === 'tema' ? 'tematik' : 'general',
          key: n.key,
          name: `${n.number ? `${n.number}. ` : ''}${n.name}`,
          order: n.order,
        });
  return [...out.values()];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export async function compileLhei(db: Db, instansiId: string, year: number, now: Date = new Date()): Promise<LheiData> {
  const [inst, tim, rm, periods, { dimensi }, score] = await Promise.all([
    findInstansi(db, instansiId),
    teamOfYear(db, instansiId, year),
    roadMapForYear(db, instansiId, year),
    listPeriodes(db, instansiId, year),
    dimensiOfYear(db, instansiId, year),
    yearResult(db, instansiId, year),
  ]);
  const doc = rm.document;
  const today = todayWita(now);
  // The targets are measured at the last period that has begun (its dashboard counts the earlier ones).
  const measured = [...periods].reverse().find((p) => p.opensAt <= today || p.startDate <= today) ?? null;
  const dash = measured ? await periodDashboard(db, WHOLE_INSTANSI, measured.id, now) : null;
  const scaleOf = new Map(doc.scales.map((s) => [s.code, s]));

  const groups = new Map<string, LheiData['sasaran'][number] & { order: number; sum: number }>();
  const indikator: LheiData['indikator'] = [];
  for (const i of dash?.indicators ?? []) {
    const capaian = i.capaian?.kind === 'dinilai' ? round2(i.capaian.percent) : null;
    const scale = scaleOf.get(i.scaleCode);
    for (const g of groupsOf(doc, i.key)) {
      const row = groups.get(g.key) ?? { ...g, indikator: 0, dinilai: 0, tercapai: 0, rataCapaian: null, sum: 0 };
      row.indikator += 1;
      if (capaian !== null) {
        row.dinilai += 1;
        row.sum += capaian;
      }
      if (i.status === 'tercapai') row.tercapai += 1;
      groups.set(g.key, row);
      indikator.push({
        sasaranKey: g.key,
        name: i.name,
        pdKey: i.pdKey,
        target: !i.target
          ? null
          : i.target.type === 'point'
            ? formatValueWithUnit(i.target.value, i.unit, scale)
            : `${formatNumber(i.target.min)}–${formatValueWithUnit({ kind: 'number', value: i.target.max }, i.unit, scale)}`,
        realisasi: i.realisasi?.value ? formatValueWithUnit(i.realisasi.value, i.unit, scale) : null,
        capaian,
        status: i.status,
      });
    }
  }
  const sasaran = [...groups.values()]
    .sort((a, b) => Number(a.kind === 'tematik') - Number(b.kind === 'tematik') || a.order - b.order)
    .map(({ order: _o, sum, ...g }) => ({ ...g, rataCapaian: g.dinilai ? round2(sum / g.dinilai) : null }));

  const plans = await listRencanaAksiRows(db, { roadMapId: rm.roadMapId, year });
  const planName = new Map(plans.map((p) => [p.id, p.rincianKegiatan]));
  const indName = new Map(doc.indicators.map((i) => [i.key, i.name]));
  const stages: { tahap: 'ex_ante' | 'on_going'; periodeId: string | null; periode: string | null }[] = [
    { tahap: 'ex_ante', periodeId: null, periode: null },
    ...periods.map((p) => ({ tahap: 'on_going' as const, periodeId: p.id, periode: periodLabelOf(year, p.code).id })),
  ];
  const efektivitas: TahapEfektivitas[] = [];
  const temuan: LheiData['temuan'] = [];
  const allReviews: repo.ReviuDbRow[] = [];
  const label = new Map(dimensi.map((d) => [d.code, d.label]));
  for (const s of stages) {
    const reviews = await repo.listReviu(db, instansiId, year, s.tahap, s.periodeId);
    if (s.tahap === 'on_going' && reviews.length === 0) continue;
    allReviews.push(...reviews);
    const sum = reviuSummary(
      reviews.map((r) => ({ pdKey: r.pdKey, status: r.status as StatusReviu, penilaian: r.penilaian })),
      dimensi,
    );
    efektivitas.push({
      tahap: s.tahap,
      periode: s.periode,
      reviu: reviews.length,
      final: reviews.filter((r) => r.status === 'final').length,
      dimensi: dimensi.map((d) => ({ code: d.code, label: d.label, ...sum.total.perDimensi[d.code]! })),
      total: sum.total.total,
      perPd: sum.perPd.map((p) => ({ pdKey: p.pdKey, persen: p.total.persen, dinilai: p.total.dinilai })),
    });
    for (const r of reviews.filter((x) => x.status === 'final'))
      for (const p of r.penilaian.filter((x) => x.sesuai === false))
        temuan.push({
          subjek:
            (r.subjectType === 'rencana_aksi' ? planName.get(r.subjectKey) : indName.get(r.subjectKey)) ?? r.subjectKey,
          pdKey: r.pdKey,
          tahap: s.tahap === 'ex_ante' ? 'Ex-ante' : (s.periode ?? ''),
          dimensi: label.get(p.dimensi) ?? p.dimensi,
          catatan: p.catatan,
        });
  }
  const sanggah = await repo.sanggahOfReviu(
    db,
    allReviews.map((r) => r.id),
  );
  const recs = await rekomendasi.list(db, instansiId, WHOLE_INSTANSI, { year });
  const ketua = tim.anggota.find((a) => a.peran === 'ketua');
  const nameOf = (userId: string) => tim.names.get(userId) ?? userId;
  return {
    year,
    instansi: inst?.name ?? '',
    tim: {
      skNomor: tim.skNomor,
      ketua: ketua ? nameOf(ketua.userId) : null,
      anggota: tim.anggota.map((a) => ({ nama: nameOf(a.userId), peran: PERAN_TIM_LABELS[a.peran].id })),
    },
    periode: measured ? periodLabelOf(year, measured.code).id : null,
    sasaran,
    indikator,
    efektivitas,
    indeks: score
      ? {
          nilai: round2(score.result.indeks),
          predikat: score.result.predikat?.code ?? null,
          rbGeneral: round2(score.result.rbGeneral),
          rbTematik: round2(score.result.rbTematik),
          status: score.status,
        }
      : null,
    temuan,
    rekomendasi: recs.map((r) => ({ body: r.body, pdKey: r.pdKey, dueDate: r.dueDate, status: r.status })),
    sanggah: {
      diajukan: sanggah.length,
      diterima: sanggah.filter((s) => s.status === 'diterima').length,
      ditolak: sanggah.filter((s) => s.status === 'ditolak').length,
    },
    rencanaAksi: plans.length,
  };
}
