// The LKE (Lembar Kerja Evaluasi) configuration as data: a tree of components and scored lines
// with weights, score ranges, multiplier lines, the koefisien line and the predikat bands. It is
// versioned per year and instansi kind because KemenPANRB changes weights and lines every year;
// the scoring engine (lke-score.ts) never hard-codes a line.

export type LkeSection = 'general' | 'tematik';

/** A raw value picked from named levels (e.g. Opini BPK WTP = 1) instead of typed as a number. */
export interface LkeLevelOption {
  code: string;
  label: string;
  value: number;
}

export interface LkeLine {
  kind: 'line';
  code: string;
  name: string;
  /** Points the line is worth in the index when its raw value is at max. */
  weight: number;
  /** Range of the raw value as the meso/national evaluator publishes it. */
  min: number;
  max: number;
  /** Code of the line whose score fraction (score / weight) multiplies this line's score. */
  multiplier?: string;
  /** Who produces the raw value (Evaluator Nasional, BPKP, KemenPANRB, …). */
  evaluator?: string;
  /** Raw values are levels rather than numbers (Opini BPK). */
  levels?: LkeLevelOption[];
  /** National indicator codes (catalogue KUnn-m) whose verified realisasi pre-fills the raw value. */
  nationalIndicatorCodes?: string[];
  /**
   * How the raw value can be derived from data the app holds: the quality of the rencana aksi
   * (graded A–E), the average capaian of rencana aksi outputs, or nothing (entered).
   */
  derivedFrom?: 'renaksi_quality' | 'renaksi_implementation';
  /** RB Tematik theme the line belongs to. */
  theme?: string;
  /** The national "good" target (portal 2024 predikat rule A vs A-). */
  targetBaik?: number;
  /** False when the line does not apply to this instansi kind by default. */
  applicable?: boolean;
}

export interface LkeComponent {
  kind: 'component';
  code: string;
  name: string;
  weight: number;
  children: LkeNode[];
}

export type LkeNode = LkeComponent | LkeLine;

export interface LkeKoefisien {
  code: string;
  name: string;
  /** Points added to (or, when negative, taken from) RB General before the adjustment. */
  min: number;
  max: number;
}

export interface PredikatBand {
  code: string;
  label: string;
  min: number;
  max: number;
  minInclusive: boolean;
  maxInclusive: boolean;
  /** Portal 2024 rule: A needs every line with a target baik to meet it, otherwise A-. */
  condition?: 'all_target_baik_met' | 'not_all_target_baik_met';
}

export interface RenaksiCriterion {
  code: string;
  group: 'kegiatan_utama' | 'rencana_aksi';
  name: string;
  /** Percentage graded A–E by the national bands, or a YA/TIDAK statement. */
  kind: 'percent' | 'yes_no';
  /** Share of the rencana aksi quality score; the weights of a configuration sum to 1. */
  weight: number;
}

export interface LkeTheme {
  code: string;
  name: string;
  /**
   * Lower-case words that find the theme's sasaran tematik in a road map (by the sasaran's or its
   * tema's name): a kabupaten may group PDN and inflation under one tema, the LKE scores them apart.
   */
  keywords?: string[];
}

export interface LkeConfig {
  year: number;
  instansiKind: 'kabupaten_kota' | 'provinsi' | 'kementerian_lembaga';
  label: string;
  /** RB General: its lines are rescaled by the bobot penyesuaian when some do not apply. */
  general: LkeComponent;
  koefisien: LkeKoefisien;
  /** RB Tematik: added to the adjusted RB General. */
  tematik: LkeComponent;
  themes: LkeTheme[];
  predikatRule: 'bands_2023' | 'portal_2024';
  bands: PredikatBand[];
  renaksiCriteria: RenaksiCriterion[];
}

/** A raw value as entered or pre-filled: a number, a level code, or nothing yet. */
export type LkeRaw = { kind: 'number'; value: number } | { kind: 'level'; code: string } | null;

export interface LkeLineInput {
  raw: LkeRaw;
  /** Overrides the line's default applicability for this instansi and year. */
  applicable?: boolean;
}

export interface LkeInputs {
  lines: Record<string, LkeLineInput | undefined>;
  koefisien: number | null;
}
