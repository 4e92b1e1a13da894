// The status of an indicator in a period, from its capaian and (mid-year) its year-end projection:
// tercapai / on track / berisiko / tidak tercapai / tidak dinilai. Thresholds are configurable.
import type { LocalizedText } from '../roadmap/types.ts';
import type { CapaianResult } from './capaian.ts';
import type { Projection } from './projection.ts';

/** The statuses in the order screens and summaries list them. */
export const CAPAIAN_STATUSES = ['tercapai', 'on_track', 'berisiko', 'tidak_tercapai', 'tidak_dinilai'] as const;

export type CapaianStatus = (typeof CAPAIAN_STATUSES)[number];

export const STATUS_LABELS: Record<CapaianStatus, LocalizedText> = {
  tercapai: { id: 'Tercapai', en: 'Achieved' },
  on_track: { id: 'Sesuai jalur', en: 'On track' },
  berisiko: { id: 'Berisiko', en: 'At risk' },
  tidak_tercapai: { id: 'Tidak tercapai', en: 'Not achieved' },
  tidak_dinilai: { id: 'Tidak dinilai', en: 'Not assessed' },
};

export interface StatusThresholds {
  /** Mid-year without a projection: capaian at or above this is on track. */
  onTrackPercent: number;
  /** Mid-year: capaian at or above this (but not on track) is at risk rather than failing. */
  atRiskPercent: number;
}

export const DEFAULT_THRESHOLDS: StatusThresholds = { onTrackPercent: 90, atRiskPercent: 75 };

export function statusOf(
  input: { capaian: CapaianResult; isFinalPeriod: boolean; projection?: Projection | null },
  thresholds: StatusThresholds = DEFAULT_THRESHOLDS,
): CapaianStatus {
  const { capaian, isFinalPeriod, projection } = input;
  if (capaian.kind === 'tidak_dinilai') return 'tidak_dinilai';
  if (capaian.percent >= 100) return 'tercapai';
  if (isFinalPeriod) return 'tidak_tercapai';
  if (projection?.meetsTarget) return 'on_track';
  if (!projection && capaian.percent >= thresholds.onTrackPercent) return 'on_track';
  return capaian.percent >= thresholds.atRiskPercent ? 'berisiko' : 'tidak_tercapai';
}
