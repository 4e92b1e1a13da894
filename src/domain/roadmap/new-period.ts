// Starting the road map of a new period (2025–2029 after 2020–2024) as a draft: its period rules
// (no inverted or overlong range, no overlap with another road map of the instansi) and the draft
// document, built from scratch, from the national catalogue of mandatory kegiatan utama filtered by
// instansi kind, and/or by carrying chosen indicators of the previous road map over with the nodes
// they sit under and their last realisasi as the new baseline (marked as carried).
import type { FieldError } from '../contracts/http.ts';
import { NATIONAL_KEGIATAN_UTAMA, type NationalIndicator } from '../catalogue/national-kegiatan-utama.ts';
import type {
  Baseline,
  Indikator,
  Instansi,
  IndicatorValue,
  InstansiKind,
  PerangkatDaerah,
  Placement,
  Regulasi,
  RegulasiType,
  ResultNode,
  RoadMapDocument,
  Scale,
} from './types.ts';

/** A road map covers at most five years (RPJMN/RPJMD and every national road map period so far). */
export const MAX_PERIOD_YEARS = 5;

export interface PeriodRange {
  periodStart: number;
  periodEnd: number;
}

const overlaps = (a: PeriodRange, b: PeriodRange) => a.periodStart <= b.periodEnd && b.periodStart <= a.periodEnd;

/** Why a period cannot be a new road map of the instansi (empty: it can). Field codes are stable. */
export function periodProblems(
  range: PeriodRange,
  existing: readonly (PeriodRange & { title: string })[],
): FieldError[] {
  if (range.periodEnd < range.periodStart) {
    return [
      {
        field: 'periodEnd',
        code: 'PERIOD_INVERTED',
        message: `Tahun akhir (${range.periodEnd}) sebelum tahun awal (${range.periodStart}).`,
      },
    ];
  }
  const years = range.periodEnd - range.periodStart + 1;
  if (years > MAX_PERIOD_YEARS) {
    return [
      {
        field: 'periodEnd',
        code: 'PERIOD_TOO_LONG',
        message: `Periode ${years} tahun melebihi batas ${MAX_PERIOD_YEARS} tahun.`,
      },
    ];
  }
  const clash = existing.find((e) => overlaps(e, range));
  if (clash) {
    return [
      {
        field: 'periodStart',
        code: 'PERIOD_OVERLAPS',
        message: `Periode ${range.periodStart}–${range.periodEnd} tumpang tindih dengan ${clash.title} (${clash.periodStart}–${clash.periodEnd}).`,
      },
    ];
  }
  return [];
}

/** Whether a national indicator is evaluated for an instansi of this kind. */
export const nationalIndicatorApplies = (ind: NationalIndicator, kind: InstansiKind) =>
  kind === 'provinsi' || kind === 'kementerian_lembaga' || ind.appliesToKabupaten;

/** The regulation type that sets an instansi's road map. */
export function regulasiTypeOf(kind: InstansiKind): RegulasiType {
  return ({ kabupaten: 'perbup', kota: 'perwali', provinsi: 'pergub', kementerian_lembaga: 'lainnya' } as const)[kind];
}

/** The last realisasi of a carried indicator: its value becomes the new baseline. */
export interface LastRealisasi {
  year: number;
  periode: string;
  value: IndicatorValue;
}

export interface NewPeriodInput extends PeriodRange {
  title: string;
  versionLabel: string;
  instansi: Instansi;
  perangkatDaerah: PerangkatDaerah[];
  /** Include the mandatory national kegiatan utama and their indicators. */
  catalogue: boolean;
  /** The previous road map's document and the indicators to carry over from it. */
  carry?: {
    from: RoadMapDocument;
    indicatorKeys: string[];
    lastRealisasi: ReadonlyMap<string, LastRealisasi>;
  };
  /** Scale definitions by code (the registry), for catalogue indicators. */
  scaleOf: (code: string) => Scale | undefined;
}

/** The number a draft regulation carries until the real one is set (the Perbup is not enacted yet). */
export const DRAFT_REGULASI_NUMBER = 'rancangan';

/**
 * Whether a regulation is still the draft a new road map was prepared under: such a version cannot
 * be put into force, because the app would then cite "Nomor rancangan" as the law.
 */
export const isDraftRegulasi = (r: Pick<Regulasi, 'number'>): boolean =>
  r.number.trim().toLowerCase() === DRAFT_REGULASI_NUMBER;

/** The draft regulation a new road map is prepared under until its number is known. */
export function draftRegulasi(
  input: Pick<NewPeriodInput, 'title' | 'periodStart' | 'periodEnd' | 'instansi'>,
): Regulasi {
  return {
    key: `rancangan-road-map-${input.periodStart}-${input.periodEnd}`,
    type: regulasiTypeOf(input.instansi.kind),
    number: DRAFT_REGULASI_NUMBER,
    year: input.periodStart,
    title: `Rancangan ${input.title}`,
  };
}

/** The draft document of the new period; keys of carried items are kept so the diff can follow them. */
export function buildNewPeriodDocument(input: NewPeriodInput): RoadMapDocument {
  const nodes: ResultNode[] = [];
  const indicators: Indikator[] = [];
  const placements: Placement[] = [];
  const scales = new Map<string, Scale>();
  const nodeKeys = new Set<string>();

  if (input.carry) carryOver(input, input.carry, { nodes, indicators, placements, scales, nodeKeys });
  if (input.catalogue) addCatalogue(input, { nodes, indicators, placements, scales, nodeKeys });

  const reg = draftRegulasi(input);
  const basis = input.carry?.from.legalBasis ?? [];
  const basisRegs = (input.carry?.from.regulasi ?? []).filter((r) => basis.includes(r.key));
  return {
    schemaVersion: 1,
    instansi: input.instansi,
    roadMap: {
      title: input.title,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      regulasiKey: reg.key,
      status: 'draft',
      versionLabel: input.versionLabel,
    },
    regulasi: [reg, ...basisRegs],
    legalBasis: basis,
    perangkatDaerah: input.perangkatDaerah,
    scales: [...scales.values()],
    nodes,
    indicators,
    placements,
    narrative: [],
  };
}

interface Parts {
  nodes: ResultNode[];
  indicators: Indikator[];
  placements: Placement[];
  scales: Map<string, Scale>;
  nodeKeys: Set<string>;
}

/** The carried indicator's baseline: its last realisasi, else the old baseline, both said so. */
function carriedBaseline(
  old: Indikator,
  last: LastRealisasi | undefined,
  fromTitle: string,
): Pick<Indikator, 'baseline' | 'baselineOrigin'> {
  if (!last) {
    const baseline: Baseline =
      old.baseline.status === 'value'
        ? { ...old.baseline, note: `Baseline ${fromTitle}: belum ada realisasi terverifikasi untuk dibawa.` }
        : old.baseline;
    return { baseline };
  }
  return {
    baseline: {
      year: last.year,
      status: 'value',
      value: last.value,
      note: `Realisasi terverifikasi ${last.periode} pada ${fromTitle}, dibawa sebagai baseline.`,
    },
    baselineOrigin: { kind: 'carried_realisasi', fromRoadMap: fromTitle, periode: last.periode },
  };
}

function carryOver(input: NewPeriodInput, carry: NonNullable<NewPeriodInput['carry']>, parts: Parts) {
  const from = carry.from;
  const byKey = new Map(from.nodes.map((n) => [n.key, n]));
  const scaleByCode = new Map(from.scales.map((s) => [s.code, s]));
  const wanted = new Set(carry.indicatorKeys);
  const addNode = (key: string) => {
    const chain: ResultNode[] = [];
    for (
      let n = byKey.get(key);
      n && !parts.nodeKeys.has(n.key);
      n = n.parentKey ? byKey.get(n.parentKey) : undefined
    ) {
      chain.unshift(n);
    }
    for (const n of chain) {
      const { validFrom: _from, validTo: _to, ...rest } = n;
      parts.nodes.push(rest);
      parts.nodeKeys.add(n.key);
    }
  };
  for (const old of from.indicators.filter((i) => wanted.has(i.key))) {
    const { scaleChanges: _changes, baselineOrigin: _origin, ...rest } = old;
    const carried: Indikator = {
      ...rest,
      ...carriedBaseline(old, carry.lastRealisasi.get(old.key), from.roadMap.title),
      targets: old.targets.filter((t) => t.year >= input.periodStart && t.year <= input.periodEnd),
      responsible: old.responsible.filter((r) => input.perangkatDaerah.some((pd) => pd.key === r.pdKey)),
    };
    // The scale in force at the start of the new period (a re-based indicator moves on its new scale).
    const current = (old.scaleChanges ?? []).filter((c) => c.fromYear <= input.periodStart).at(-1);
    if (current)
      Object.assign(carried, { scaleCode: current.scaleCode, ...(current.name ? { name: current.name } : {}) });
    parts.indicators.push(carried);
    const scale = scaleByCode.get(carried.scaleCode) ?? input.scaleOf(carried.scaleCode);
    if (scale) parts.scales.set(scale.code, scale);
    for (const p of from.placements.filter((x) => x.indicatorKey === old.key)) {
      addNode(p.nodeKey);
      parts.placements.push({
        tableCode: p.tableCode,
        nodeKey: p.nodeKey,
        indicatorKey: p.indicatorKey,
        order: p.order,
      });
    }
  }
}

function addCatalogue(input: NewPeriodInput, parts: Parts) {
  const covered = new Set(parts.indicators.map((i) => i.nationalIndicatorCode).filter(Boolean));
  const kegiatanNode = new Map(
    parts.nodes
      .filter((n) => n.kind === 'kegiatan_utama' && n.nationalKegiatanCode)
      .map((n) => [n.nationalKegiatanCode!, n]),
  );
  // One indicator per (name, scale): the merit index serves four kegiatan utama but is measured once.
  const shared = new Map<string, Indikator>();
  let order = Math.max(0, ...parts.nodes.filter((n) => n.kind === 'sasaran_general').map((n) => n.order));
  for (const ku of NATIONAL_KEGIATAN_UTAMA) {
    const applicable = ku.indicators.filter((i) => nationalIndicatorApplies(i, input.instansi.kind));
    if (applicable.length === 0) continue;
    let kegiatan = kegiatanNode.get(ku.code);
    if (!kegiatan) {
      order += 1;
      const sasaranKey = `nasional-${ku.code.toLowerCase()}-sasaran`;
      parts.nodes.push({
        key: sasaranKey,
        kind: 'sasaran_general',
        parentKey: null,
        number: String(order),
        order,
        name: ku.name,
      });
      kegiatan = {
        key: `nasional-${ku.code.toLowerCase()}`,
        kind: 'kegiatan_utama',
        parentKey: sasaranKey,
        number: '',
        order: 1,
        name: ku.name,
        nationalKegiatanCode: ku.code,
      };
      parts.nodes.push(kegiatan);
    }
    for (const ni of applicable) {
      if (covered.has(ni.code)) continue;
      const ind = shared.get(`${ni.name}|${ni.scaleCode}`) ?? catalogueIndicator(ni, input, parts);
      shared.set(`${ni.name}|${ni.scaleCode}`, ind);
      const at = parts.placements.filter((p) => p.nodeKey === kegiatan.key).length;
      parts.placements.push({ tableCode: 'tabel2', nodeKey: kegiatan.key, indicatorKey: ind.key, order: at + 1 });
    }
  }
}

function catalogueIndicator(ni: NationalIndicator, input: NewPeriodInput, parts: Parts): Indikator {
  const scale = input.scaleOf(ni.scaleCode);
  if (scale) parts.scales.set(scale.code, scale);
  const ind: Indikator = {
    key: `nasional-${ni.code.toLowerCase()}`,
    name: ni.name,
    scaleCode: ni.scaleCode,
    unit: scale && scale.kind !== 'ordinal' ? scale.unitLabel : '',
    polarity: scale?.kind === 'ordinal' ? 'ordinal' : 'higher_is_better',
    baseline: {
      year: input.periodStart - 1,
      status: 'not_available',
      reason: 'Belum diisi: isi dengan realisasi tahun sebelumnya.',
    },
    targets: [],
    responsible: [],
    nationalIndicatorCode: ni.code,
    ...(ni.note ? { note: ni.note } : {}),
  };
  parts.indicators.push(ind);
  return ind;
}
