// What the app already knows for a worksheet: raw values from verified realisasi of the linked
// road-map indicators (with the evidence the PD attached), the implementation level of the action
// plans from their verified output realisasi, and measurable shares for the rencana aksi quality
// criteria. These are suggestions: the evaluator accepts, corrects or replaces them.
import type { Tx } from '../../../db/client.ts';
import type { LineSuggestion, Prefill } from '../../../domain/contracts/evaluasi.ts';
import { linesOf } from '../../../domain/evaluasi/lke-tree.ts';
import type { LkeConfig, LkeLine, LkeRaw } from '../../../domain/evaluasi/lke-types.ts';
import {
  isTargetLogical,
  kegiatanUtamaAdoption,
  planShares,
  type TargetLogicInput,
} from '../../../domain/evaluasi/renaksi-grade.ts';
import { sasaranTematikOfTheme } from '../../../domain/evaluasi/theme-match.ts';
import type { Indikator, RoadMapDocument, Scale } from '../../../domain/roadmap/types.ts';
import { roadMapForYear, type PeriodRoadMap } from '../monitoring/monitoring-context.ts';
import { listPeriodesOf } from '../monitoring/periode.service.ts';
import { evidenceOfRealisasi, listRealisasiOfPeriodes, type RealisasiRow } from '../monitoring/realisasi.service.ts';
import { listRencanaAksiRows } from '../rencana-aksi/rencana-aksi.service.ts';
import { reviuSummary, type StatusReviu } from '../../../domain/evaluasi/reviu.ts';
import { dimensiOfYear } from './reviu-context.ts';
import { listReviu } from './reviu.repository.ts';

export type { LineSuggestion, Prefill } from '../../../domain/contracts/evaluasi.ts';

/** Measured shares for the rencana aksi quality criteria, by criterion code. */
export type RenaksiSuggestions = Prefill['renaksi'];

const fmt = (n: number) => n.toLocaleString('id-ID', { maximumFractionDigits: 2 });

function rawOf(line: LkeLine, r: RealisasiRow): { raw: LkeRaw; problem?: string } {
  if (r.valueLevel !== null) {
    const level = line.levels?.find((l) => l.code.toUpperCase() === r.valueLevel!.toUpperCase());
    if (!level) return { raw: null, problem: `Tingkat "${r.valueLevel}" tidak dikenal oleh baris ini.` };
    return { raw: { kind: 'level', code: level.code } };
  }
  if (r.valueNumber === null) return { raw: null, problem: 'Realisasi tanpa nilai.' };
  const v = Number(r.valueNumber);
  if (line.levels?.length) return { raw: null, problem: 'Baris ini memerlukan tingkat, bukan angka.' };
  if (v < line.min || v > line.max)
    return {
      raw: null,
      problem: `Nilai realisasi ${fmt(v)} di luar rentang LKE ${fmt(line.min)}–${fmt(line.max)}: skala indikator berbeda, isi manual.`,
    };
  return { raw: { kind: 'number', value: v } };
}

function targetInput(ind: Indikator, year: number, scales: Scale[]): TargetLogicInput {
  const t = ind.targets.find((x) => x.year === year) ?? null;
  const scale = scales.find((s) => s.code === ind.scaleCode);
  const rank = (code: string) =>
    scale?.kind === 'ordinal' ? (scale.levels.find((l) => l.code === code)?.rank ?? null) : null;
  const base = ind.baseline.status === 'value' ? ind.baseline.value : null;
  return {
    polarity: ind.polarity,
    baseline: base?.kind === 'number' ? base.value : null,
    baselineRank: base?.kind === 'level' ? rank(base.code) : null,
    target:
      t === null
        ? null
        : t.type === 'band'
          ? { min: t.min, max: t.max }
          : t.value.kind === 'number'
            ? t.value.value
            : 0,
    targetRank: t && t.type === 'point' && t.value.kind === 'level' ? rank(t.value.code) : null,
  };
}

/** The year's verified realisasi: the latest per subject, its evidence and its period code. */
async function verifiedRealisasi(tx: Tx, instansiId: string, year: number) {
  const periods = (await listPeriodesOf(tx, instansiId, year)).sort((a, b) => b.endDate.localeCompare(a.endDate));
  const rows = (
    await listRealisasiOfPeriodes(
      tx,
      periods.map((p) => p.id),
    )
  ).filter((r) => r.status === 'verified');
  const periodRank = new Map(periods.map((p, i) => [p.id, i]));
  const evidence = await evidenceOfRealisasi(
    tx,
    rows.map((r) => r.id),
  );
  const periodCode = new Map(periods.map((p) => [p.id, p.code]));
  return {
    latest: (subjectType: string, key: string): RealisasiRow | undefined =>
      rows
        .filter((r) => r.subjectType === subjectType && r.subjectKey === key)
        .sort((a, b) => periodRank.get(a.periodeId)! - periodRank.get(b.periodeId)!)[0],
    evidenceOf: (realisasiId: string) =>
      evidence.filter((e) => e.realisasiId === realisasiId).map((e) => ({ sha256: e.sha256, fileName: e.fileName })),
    periodCodeOf: (periodeId: string) => periodCode.get(periodeId) ?? '',
  };
}

type Verified = Awaited<ReturnType<typeof verifiedRealisasi>>;
type Plan = Awaited<ReturnType<typeof listRencanaAksiRows>>[number];

/** Lines linked to national indicators: the latest verified realisasi of the first one found. */
function realisasiSuggestions(config: LkeConfig, doc: RoadMapDocument, v: Verified): LineSuggestion[] {
  const lines: LineSuggestion[] = [];
  for (const { line } of linesOf(config)) {
    for (const code of line.nationalIndicatorCodes ?? []) {
      const ind = doc.indicators.find((i) => i.nationalIndicatorCode === code);
      if (!ind) continue;
      const r = v.latest('indikator', ind.key);
      if (!r) continue;
      const { raw, problem } = rawOf(line, r);
      lines.push({
        lineCode: line.code,
        raw,
        origin: {
          kind: 'realisasi',
          indicatorKey: ind.key,
          indicatorName: ind.name,
          periodCode: v.periodCodeOf(r.periodeId),
          realisasiId: r.id,
        },
        evidence: v.evidenceOf(r.id),
        ...(problem ? { problem } : {}),
      });
      break;
    }
  }
  return lines;
}

/** Lines derived from the action plans' implementation: the average capaian of their outputs. */
function implementationSuggestions(
  config: LkeConfig,
  doc: RoadMapDocument,
  plans: Plan[],
  v: Verified,
  kegiatanKeys: Set<string>,
): LineSuggestion[] {
  const implementation = (nodeKeys: Set<string>) => {
    const chosen = plans.filter((p) => nodeKeys.has(p.nodeKey));
    if (chosen.length === 0) return null;
    let sum = 0;
    let verified = 0;
    for (const p of chosen) {
      const r = v.latest('rencana_aksi', p.id);
      const target = Number(p.targetTotal);
      if (!r || r.valueNumber === null) continue;
      verified++;
      const value = Number(r.valueNumber);
      // A plan without a verified output realisation counts as not implemented (0), never skipped.
      sum += target > 0 ? Math.min(100, (value / target) * 100) : value >= 0 ? 100 : 0;
    }
    return { percent: sum / chosen.length, plans: chosen.length, verified };
  };
  const lines: LineSuggestion[] = [];
  for (const { line } of linesOf(config)) {
    if (line.derivedFrom !== 'renaksi_implementation') continue;
    const theme = line.theme ? config.themes.find((t) => t.code === line.theme) : undefined;
    const keys = theme ? new Set(sasaranTematikOfTheme(theme, doc.nodes)) : kegiatanKeys;
    const imp = implementation(keys);
    if (!imp) continue;
    lines.push({
      lineCode: line.code,
      raw: { kind: 'number', value: Math.round(imp.percent * 100) / 100 },
      origin: { kind: 'renaksi_implementation', plans: imp.plans, withVerifiedOutput: imp.verified },
      evidence: [],
    });
  }
  return lines;
}

/** Measured shares for the rencana aksi quality criteria (KU adoption and targets, outputs, budget). */
function renaksiSuggestions(doc: RoadMapDocument, year: number, generalPlans: Plan[]): RenaksiSuggestions {
  const adopted = new Set(doc.indicators.map((i) => i.nationalIndicatorCode).filter((c): c is string => !!c));
  const adoption = kegiatanUtamaAdoption(adopted);
  const kuIndicators = doc.indicators.filter((i) => i.nationalIndicatorCode);
  const logical = kuIndicators.filter((i) => isTargetLogical(targetInput(i, year, doc.scales))).length;
  const shares = planShares(
    generalPlans.map((p) => ({
      indikatorOutput: p.indikatorOutput,
      targetTotal: Number(p.targetTotal),
      pagu: p.pagu === null ? null : Number(p.pagu),
    })),
  );
  const renaksi: RenaksiSuggestions = {
    KU_ADOPSI: {
      percent: adoption.percent,
      detail: `${adoption.adopted.length} dari ${adoption.adopted.length + adoption.missing.length} kegiatan utama wajib diadopsi${adoption.missing.length ? `; belum: ${adoption.missing.join(', ')}` : ''}.`,
    },
  };
  if (kuIndicators.length)
    renaksi.KU_TARGET = {
      percent: (logical / kuIndicators.length) * 100,
      detail: `${logical} dari ${kuIndicators.length} indikator kegiatan utama memiliki target ${year} yang logis (ada, bukan 0, tidak mundur dari baseline).`,
    };
  if (generalPlans.length) {
    renaksi.RELEVANSI_OUTPUT = {
      percent: shares.outputPercent,
      detail: `${fmt(shares.outputPercent)}% dari ${generalPlans.length} rencana aksi RB General memiliki indikator output dan target.`,
    };
    renaksi.ANGGARAN = {
      percent: shares.budgetPercent,
      detail: `${fmt(shares.budgetPercent)}% dari ${generalPlans.length} rencana aksi RB General memiliki pagu anggaran.`,
    };
  }
  return renaksi;
}

/**
 * The team's ex-ante judgements, where a dimension stands for a quality criterion: the % Sesuai of
 * the final reviews, so the judgement made plan by plan is not typed again as a percentage. It
 * takes the place of a mechanical share of the same criterion.
 */
async function exAnteSuggestions(tx: Tx, instansiId: string, year: number): Promise<RenaksiSuggestions> {
  const [{ dimensi }, reviews] = await Promise.all([
    dimensiOfYear(tx, instansiId, year),
    listReviu(tx, instansiId, year, 'ex_ante', null),
  ]);
  const summary = reviuSummary(
    reviews.map((r) => ({ pdKey: r.pdKey, status: r.status as StatusReviu, penilaian: r.penilaian })),
    dimensi,
  ).total.perDimensi;
  const out: RenaksiSuggestions = {};
  for (const d of dimensi) {
    const s = summary[d.code];
    if (!d.kriteriaLke || !s || s.persen === null) continue;
    out[d.kriteriaLke] = {
      percent: s.persen,
      detail: `Reviu ex-ante Tim Evaluasi Internal: ${s.sesuai} dari ${s.dinilai} rencana aksi sesuai pada dimensi ${d.label}.`,
    };
  }
  return out;
}

export async function computePrefill(tx: Tx, instansiId: string, year: number, config: LkeConfig): Promise<Prefill> {
  let rm: PeriodRoadMap;
  try {
    rm = await roadMapForYear(tx, instansiId, year);
  } catch {
    return { lines: [], renaksi: {}, note: `Tidak ada road map yang berlaku untuk tahun ${year}.` };
  }
  const doc: RoadMapDocument = rm.document;
  const verified = await verifiedRealisasi(tx, instansiId, year);
  const plans = await listRencanaAksiRows(tx, { roadMapId: rm.roadMapId, year });
  const kegiatanKeys = new Set(doc.nodes.filter((n) => n.kind === 'kegiatan_utama').map((n) => n.key));
  return {
    lines: [
      ...realisasiSuggestions(config, doc, verified),
      ...implementationSuggestions(config, doc, plans, verified, kegiatanKeys),
    ],
    renaksi: {
      ...renaksiSuggestions(
        doc,
        year,
        plans.filter((p) => kegiatanKeys.has(p.nodeKey)),
      ),
      ...(await exAnteSuggestions(tx, instansiId, year)),
    },
    note: null,
  };
}
