// The road map as a plain, serialisable document: the shape shared by the seed, the database
// repositories, the Excel import/export, the validator, the diff and the browser. Keeping one
// document type lets every feature work on the same model without touching storage.

/** A value measured on an indicator's scale: a number (numeric/currency/count) or an ordinal level code. */
export type IndicatorValue = { kind: 'number'; value: number } | { kind: 'level'; code: string };

export type Polarity = 'higher_is_better' | 'lower_is_better' | 'target_band' | 'ordinal';

export type ScaleKind = 'numeric' | 'currency' | 'count' | 'ordinal';

/** A named band of a numeric scale (e.g. SAKIP 50–60 = CC "Cukup"). */
export interface ScaleBand {
  code: string;
  label: string;
  min: number;
  max: number;
  minInclusive: boolean;
  maxInclusive: boolean;
}

/** An ordinal level; `rank` grows with quality (1 = worst). */
export interface ScaleLevel {
  code: string;
  label: string;
  rank: number;
}

interface ScaleBase {
  /** Stable identifier, e.g. `indeks_spbe`, `opini_bpk`, `persen`. */
  code: string;
  name: string;
  /** Who defines the scale (regulation), for the indicator detail page. */
  source?: string;
}

export interface NumericScale extends ScaleBase {
  kind: 'numeric';
  min: number | null;
  max: number | null;
  decimals: number;
  /** Unit label as users say it: "persen", "poin", "skor". */
  unitLabel: string;
  bands?: ScaleBand[];
}

export interface CurrencyScale extends ScaleBase {
  kind: 'currency';
  currency: 'IDR';
  min: number | null;
  max: number | null;
  decimals: 0;
  unitLabel: string;
}

export interface CountScale extends ScaleBase {
  kind: 'count';
  min: number | null;
  max: number | null;
  decimals: 0;
  unitLabel: string;
}

export interface OrdinalScale extends ScaleBase {
  kind: 'ordinal';
  levels: ScaleLevel[];
}

export type Scale = NumericScale | CurrencyScale | CountScale | OrdinalScale;

/** Baseline: a measured value for a year, or explicitly not available with a reason. */
export type Baseline =
  | { year: number; status: 'value'; value: IndicatorValue; note?: string }
  | { year: number; status: 'not_available'; reason: string };

/** A yearly target: a point value (number or level) or a numeric band. */
/**
 * A target of one year. `baseline`: the baseline of that target year (the value measured the year
 * before), as Portal RB keeps it per target year since July 2025; without it the indicator's own
 * baseline applies. Year features see it through documentForYear.
 */
export type Target =
  | { year: number; type: 'point'; value: IndicatorValue; note?: string; baseline?: IndicatorValue }
  | { year: number; type: 'band'; min: number; max: number; note?: string; baseline?: IndicatorValue };

export type ResponsibilityRole = 'lead' | 'supporting';

export interface Responsibility {
  pdKey: string;
  role: ResponsibilityRole;
  /**
   * The name the regulation printed when it is not the PD's own (Kupang's stunting row prints "Dinas
   * Pendidikan" for Dinas Pendidikan dan Kebudayaan): kept as printed and flagged PD_NAME_DIFFERS.
   */
  printedName?: string;
}

export interface Indikator {
  /** Stable across versions of the road map: the diff matches on it. */
  key: string;
  name: string;
  scaleCode: string;
  /** Unit as printed in the regulation ("Persen", "Poin", "Rp."). */
  unit: string;
  polarity: Polarity;
  /** Agency that publishes the official value (KemenPANRB, KPK, BPK, BPS…). */
  sourceAgency?: string;
  baseline: Baseline;
  targets: Target[];
  responsible: Responsibility[];
  /** Code of the national mandatory kegiatan utama indicator, when the indicator is one of them. */
  nationalIndicatorCode?: string;
  note?: string;
  /** Set when the baseline was not printed but carried over: the last realisasi of the previous road map. */
  baselineOrigin?: BaselineOrigin;
  /**
   * Re-basings onto another scale from a year on (Indeks SPBE → Indeks Pemdi from 2026), oldest
   * first: years before the first change stay on `scaleCode`, so history keeps its own scale
   * (docs/scales.md).
   */
  scaleChanges?: ScaleChange[];
}

/** The origin of a carried-over baseline: which road map and period its value was realised in. */
export interface BaselineOrigin {
  kind: 'carried_realisasi';
  /** The road map the value was measured under, e.g. "Road Map RB 2020–2024". */
  fromRoadMap: string;
  /** The period of the realisasi, e.g. "S2 2024". */
  periode: string;
}

/** From `fromYear` on the indicator is measured on `scaleCode` (and named `name`, if given). */
export interface ScaleChange {
  fromYear: number;
  scaleCode: string;
  name?: string;
  unit?: string;
  /** How values of the old scale convert (for the record); identity when both ranges agree. */
  mapping: ScaleMapping;
}

/** A conversion between two numeric ranges; `identity` only where the ranges are equal. */
export type ScaleMapping =
  { kind: 'identity' } | { kind: 'linear'; fromMin: number; fromMax: number; toMin: number; toMax: number };

export type NodeKind =
  'tujuan' | 'sasaran_strategis' | 'sasaran_general' | 'kegiatan_utama' | 'tema' | 'sasaran_tematik';

export type Element = 'hard' | 'soft';

export interface ResultNode {
  key: string;
  kind: NodeKind;
  /** null for roots (tujuan, sasaran_general, tema). */
  parentKey: string | null;
  /** Number as printed ("1", "12"); empty when the table does not number the row. */
  number: string;
  order: number;
  name: string;
  /** Only for sasaran_strategis. */
  element?: Element;
  /** Text before the 2024 sharpening (tujuan and sasaran strategis). */
  formerName?: string;
  /** Code from the national mandatory kegiatan utama catalogue (kegiatan_utama only). */
  nationalKegiatanCode?: string;
  /** Code of one of the nine digital-bureaucracy policies (sasaran_general only). */
  digitalPolicyCode?: string;
  /** Tema only: the first and last year the theme applies (themes are year-scoped since 2025). */
  validFrom?: number;
  validTo?: number;
}

export type TableCode = 'tabel1' | 'tabel2' | 'tabel3';

/** An indicator placed in a table row under a node. One indicator may be placed several times. */
export interface Placement {
  tableCode: TableCode;
  nodeKey: string;
  indicatorKey: string;
  order: number;
  /** What the table printed when it differs from the indicator (name, baseline, target): kept for fidelity and flagged by validation. */
  printedName?: string;
  /** The unit this table printed when it differs from the indicator's (BerAKHLAK: "Persen" in Tabel 2, "Angka" in Tabel 1). */
  printedUnit?: string;
  printedBaseline?: Baseline;
  printedTargets?: Target[];
}

export type PdKind = 'sekretariat' | 'bagian' | 'dinas' | 'badan' | 'inspektorat' | 'kecamatan' | 'lainnya';

export interface PerangkatDaerah {
  key: string;
  name: string;
  shortName: string;
  kind: PdKind;
  validFrom?: string; // ISO date
  validTo?: string; // ISO date
  predecessorKey?: string;
}

export type RegulasiType =
  'perbup' | 'perwali' | 'pergub' | 'perda' | 'permenpanrb' | 'kepmenpanrb' | 'perpres' | 'pp' | 'uu' | 'lainnya';

export interface Regulasi {
  key: string;
  type: RegulasiType;
  number: string;
  year: number;
  title: string;
  enactedAt?: string; // ISO date (ditetapkan)
  promulgatedAt?: string; // ISO date (diundangkan)
  place?: string;
  gazette?: string; // Berita Daerah / Lembaran Negara reference
  amendsKey?: string;
  replacesKey?: string;
}

export type InstansiKind = 'kabupaten' | 'kota' | 'provinsi' | 'kementerian_lembaga';

export interface Instansi {
  code: string;
  name: string;
  kind: InstansiKind;
  region: string;
}

export type RoadMapStatus = 'draft' | 'active' | 'superseded';

export interface NarrativeSection {
  key: string;
  title: string;
  body: string;
  order: number;
}

export interface RoadMapHeader {
  title: string;
  periodStart: number;
  periodEnd: number;
  /** The regulation that set this version. */
  regulasiKey: string;
  status: RoadMapStatus;
  /** Human label of the version, e.g. "Perbup 17/2024". */
  versionLabel: string;
}

export interface RoadMapDocument {
  schemaVersion: 1;
  instansi: Instansi;
  roadMap: RoadMapHeader;
  /** Regulations referenced by the road map: the one that set it, what it amends, its legal basis. */
  regulasi: Regulasi[];
  /** Legal basis (Mengingat) as regulasi keys, in order. */
  legalBasis: string[];
  perangkatDaerah: PerangkatDaerah[];
  /** Scales used by the indicators (copied from the registry so a document is self-contained). */
  scales: Scale[];
  nodes: ResultNode[];
  indicators: Indikator[];
  placements: Placement[];
  narrative: NarrativeSection[];
}

export type FindingSeverity = 'error' | 'warning';

/** Bilingual text: the UI picks the language; Indonesian first. */
export interface LocalizedText {
  id: string;
  en: string;
}

/** A problem found by the road-map check: what, where, why and how to fix it. */
export interface Finding {
  /** Stable machine code, e.g. VALUE_OUT_OF_SCALE. */
  code: string;
  severity: FindingSeverity;
  entityType: 'indicator' | 'node' | 'placement' | 'perangkat_daerah' | 'road_map';
  entityKey: string;
  /** Field inside the entity, e.g. `targets[2024]`, `baseline`, `unit`. */
  field?: string;
  /** Human location, e.g. "Tabel 2 › Sasaran 9 › Indeks kelola pengadaan". */
  where: LocalizedText;
  why: LocalizedText;
  fix: LocalizedText;
}
