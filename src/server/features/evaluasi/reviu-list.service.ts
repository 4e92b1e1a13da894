// The review list of a year and stage: every subject with what the reviewer looks at (the plan, or
// the indicator with the PD's realisasi, kendala and solusi of the period), its review and sanggah,
// what the reader may do with it, and the % Sesuai per dimension per PD. A PD's staff see their own
// PD's subjects in detail; the summary covers every PD (aggregates only).
import type { Db } from '../../../db/client.ts';
import type { ReviuList, ReviuRow } from '../../../domain/contracts/reviu.ts';
import { judgeRefusal, reviuSummary, type StatusReviu, type TahapReviu } from '../../../domain/evaluasi/reviu.ts';
import { sanggahRefusal } from '../../../domain/evaluasi/sanggah.ts';
import { formatTarget } from '../../../domain/format/value.ts';
import { formatNumber } from '../../../domain/format/number.ts';
import { INSTANSI_PD_KEY, reportingPdKey } from '../../../domain/monitoring/reporting.ts';
import { can, seesPdDetail } from '../../../domain/permissions.ts';
import { periodLabelOf, todayWita } from '../../../domain/periods/periods.ts';
import { nodeByKey } from '../../../domain/roadmap/locate.ts';
import { roadMapForYear } from '../monitoring/monitoring-context.ts';
import { listPeriodes } from '../monitoring/periode.service.ts';
import { evidenceOfRealisasi, listRealisasiOfPeriodes, presentRow } from '../monitoring/realisasi.service.ts';
import { listRencanaAksiRows } from '../rencana-aksi/rencana-aksi.service.ts';
import { dimensiOfYear, sasaranAbove, sasaranOfIndicator, teamOfYear, type ReviuActor } from './reviu-context.ts';
import * as repo from './reviu.repository.ts';
import { presentReviu } from './reviu.service.ts';
import { presentSanggah } from './sanggah.service.ts';

type Subject = Omit<
  ReviuRow,
  'reviu' | 'sanggah' | 'judgeRefusal' | 'mayActForPd' | 'mayRespond' | 'maySanggah' | 'mayAnswer'
> & {
  sasaranKeys: string[];
};

export async function listReviu(
  db: Db,
  actor: ReviuActor,
  instansiId: string,
  q: { year: number; tahap: TahapReviu; periodeId?: string; pdKey?: string },
): Promise<ReviuList> {
  const [rm, periods, team, { dimensi }] = await Promise.all([
    roadMapForYear(db, instansiId, q.year),
    listPeriodes(db, instansiId, q.year),
    teamOfYear(db, instansiId, q.year),
    dimensiOfYear(db, instansiId, q.year),
  ]);
  const doc = rm.document;
  // The on-going review looks at a period: the one asked for, else the latest closed one.
  const periode =
    q.tahap === 'ex_ante'
      ? null
      : q.periodeId
        ? (periods.find((p) => p.id === q.periodeId) ?? null)
        : ([...periods].reverse().find((p) => p.state === 'terkunci') ?? periods[0] ?? null);
  const sasaranName = (keys: string[]) => {
    const n = keys.length ? nodeByKey(doc, keys[0]!) : undefined;
    return n ? `${n.number ? `${n.number}. ` : ''}${n.name}` : null;
  };
  const plans = await listRencanaAksiRows(db, { roadMapId: rm.roadMapId, year: q.year });
  const subjects: Subject[] = plans.map((p) => {
    const sasaranKeys = sasaranAbove(doc, p.nodeKey);
    return {
      subjectType: 'rencana_aksi',
      subjectKey: p.id,
      pdKey: p.pelaksanaPdKey,
      label: p.rincianKegiatan,
      detail: p.indikatorOutput,
      sasaran: sasaranName(sasaranKeys),
      sasaranKeys,
      planRowVersion: p.rowVersion,
      target: `${formatNumber(Number(p.targetTotal), 'id')} ${p.satuan}`,
      realisasi: null,
    };
  });
  if (q.tahap === 'on_going')
    for (const ind of doc.indicators) {
      const t = ind.targets.find((x) => x.year === q.year);
      if (!t) continue;
      const sasaranKeys = sasaranOfIndicator(doc, ind.key);
      subjects.push({
        subjectType: 'indikator',
        subjectKey: ind.key,
        pdKey: reportingPdKey(ind),
        label: ind.name,
        detail: ind.unit,
        sasaran: sasaranName(sasaranKeys),
        sasaranKeys,
        planRowVersion: null,
        target: formatTarget(
          t,
          doc.scales.find((s) => s.code === ind.scaleCode),
          'id',
          ind.unit,
        ),
        realisasi: null,
      });
    }
  if (periode) {
    const realisasi = await listRealisasiOfPeriodes(db, [periode.id]);
    const evidence = await evidenceOfRealisasi(
      db,
      realisasi.map((r) => r.id),
    );
    const files = new Map<string, number>();
    for (const e of evidence) files.set(e.realisasiId, (files.get(e.realisasiId) ?? 0) + 1);
    const by = new Map(realisasi.map((r) => [`${r.subjectType}:${r.subjectKey}:${r.pdKey}`, r]));
    for (const s of subjects) {
      const r = by.get(`${s.subjectType}:${s.subjectKey}:${s.pdKey}`);
      if (!r) continue;
      const row = presentRow(r);
      s.realisasi = {
        id: row.id,
        value: row.value,
        status: row.status,
        narrative: row.narrative,
        kendala: row.kendala,
        solusi: row.solusi,
        evidence: files.get(r.id) ?? 0,
      };
    }
  }
  const reviews =
    q.tahap === 'on_going' && !periode
      ? []
      : await repo.listReviu(db, instansiId, q.year, q.tahap, periode?.id ?? null);
  const sanggah = await repo.sanggahOfReviu(
    db,
    reviews.map((r) => r.id),
  );
  const bukti = await repo.buktiOf(
    db,
    sanggah.map((s) => s.id),
  );
  const reviewOf = new Map(reviews.map((r) => [`${r.subjectType}:${r.subjectKey}`, r]));
  const evaluator = actor.roles.some((r) => r.role === 'evaluator_apip');
  const today = todayWita(new Date());
  const visible = subjects.filter(
    (s) =>
      seesPdDetail(actor.roles, 'evaluasi:read', s.pdKey === INSTANSI_PD_KEY ? null : s.pdKey) &&
      (!q.pdKey || s.pdKey === q.pdKey),
  );
  const rows: ReviuRow[] = visible.map(({ sasaranKeys, ...s }) => {
    const r = reviewOf.get(`${s.subjectType}:${s.subjectKey}`) ?? null;
    const own = r ? sanggah.filter((x) => x.reviuId === r.id) : [];
    const pending = own.some((x) => x.status === 'diajukan');
    const refusal = !evaluator
      ? 'NOT_EVALUATOR'
      : !team.exists
        ? 'NOT_IN_TEAM'
        : judgeRefusal(team, team.known, actor.userId, { pdKey: s.pdKey, sasaranKeys });
    const pd = can(actor.roles, 'reviu:respond', [s.pdKey]);
    const finalDay = r?.finalAt ? todayWita(r.finalAt) : null;
    return {
      ...s,
      reviu: r && presentReviu(r, team.names),
      sanggah: own.map((x) => presentSanggah(x, bukti)),
      judgeRefusal: refusal,
      mayActForPd: pd,
      mayRespond: pd && r?.status === 'dikembalikan',
      maySanggah: pd && !!r && sanggahRefusal({ status: r.status, finalDay }, pending, today) === null,
      mayAnswer: pending && refusal === null,
    };
  });
  const first = periods[0];
  return {
    year: q.year,
    tahap: q.tahap,
    periode: periode && {
      id: periode.id,
      code: periode.code,
      label: periodLabelOf(q.year, periode.code).id,
      closed: periode.state === 'terkunci',
    },
    timAda: team.exists,
    dimensi,
    rows,
    ringkasan: reviuSummary(
      reviews.map((r) => ({ pdKey: r.pdKey, status: r.status as StatusReviu, penilaian: r.penilaian })),
      dimensi,
    ),
    exAnteSampai: first ? first.deadline : null,
  };
}
