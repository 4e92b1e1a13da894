// Every finding code the road-map check can produce, with its severity. Codes are stable API: the
// UI filters on them, tests assert them, and stored reviews refer to them. Errors mean the document
// is wrong or unreadable; warnings mean it is readable but a national evaluator would object.

import type { FindingSeverity } from './types.ts';

export const FINDING_CODES = {
  // header and registries
  PERIOD_INVALID: 'error',
  UNKNOWN_REGULASI: 'error',
  DUPLICATE_KEY: 'error',
  SCALE_INVALID: 'error',
  // results tree and placements
  UNKNOWN_PARENT: 'error',
  WRONG_PARENT_KIND: 'error',
  UNKNOWN_NODE: 'error',
  UNKNOWN_INDICATOR: 'error',
  PLACEMENT_WRONG_TABLE: 'error',
  EMPTY_NODE: 'warning',
  DUPLICATE_NODE_NAME: 'warning',
  INDICATOR_NOT_PLACED: 'warning',
  // indicator values against the scale
  UNKNOWN_SCALE: 'error',
  VALUE_OUT_OF_SCALE: 'error',
  LEVEL_NOT_IN_SCALE: 'error',
  VALUE_KIND_MISMATCH: 'error',
  VALUE_NOT_INTEGER: 'error',
  BAND_INVALID: 'error',
  POLARITY_SCALE_MISMATCH: 'warning',
  UNIT_SCALE_MISMATCH: 'warning',
  // baseline and targets
  BASELINE_NOT_AVAILABLE: 'warning',
  BASELINE_CONFLICT: 'error',
  TARGET_CONFLICT: 'error',
  NAME_CONFLICT: 'warning',
  UNIT_CONFLICT: 'warning',
  DUPLICATE_TARGET_YEAR: 'error',
  MISSING_TARGET: 'warning',
  TARGET_YEAR_OUTSIDE_PERIOD: 'warning',
  TARGET_YEAR_NOT_AFTER_BASELINE: 'warning',
  TARGET_CONTRADICTS_POLARITY: 'warning',
  TARGET_NOT_A_BAND: 'warning',
  TARGET_LEAP: 'warning',
  SCALE_DIFFERS_FROM_NATIONAL: 'warning',
  MANDATORY_INDICATOR_MISSING: 'warning',
  TARGET_NOT_ABOVE_BASELINE: 'warning',
  TARGET_IN_WORST_BAND: 'warning',
  NOT_APPLICABLE_TO_INSTANSI: 'warning',
  DUPLICATE_INDICATOR_NAME: 'warning',
  // reference data over time
  SCALE_SUPERSEDED: 'warning',
  THEME_YEAR_OUTSIDE_PERIOD: 'warning',
  // responsibility
  NO_RESPONSIBLE_PD: 'warning',
  UNKNOWN_PD: 'error',
  MULTIPLE_LEAD_PD: 'warning',
  NO_LEAD_PD: 'warning',
  DUPLICATE_RESPONSIBLE_PD: 'warning',
  PD_NAME_DIFFERS: 'warning',
} as const satisfies Record<string, FindingSeverity>;

export type FindingCode = keyof typeof FINDING_CODES;

/** Codes that mean a key points nowhere or the tree is malformed: a document with any is broken. */
export const REFERENCE_INTEGRITY_CODES: readonly FindingCode[] = [
  'DUPLICATE_KEY',
  'UNKNOWN_REGULASI',
  'UNKNOWN_PARENT',
  'WRONG_PARENT_KIND',
  'UNKNOWN_NODE',
  'UNKNOWN_INDICATOR',
  'PLACEMENT_WRONG_TABLE',
  'UNKNOWN_SCALE',
  'UNKNOWN_PD',
];
