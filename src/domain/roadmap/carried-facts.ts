// What an indicator keeps of its history when its visible fields are edited — in the form, through
// the API or in an Excel workbook: its scale history changes only through a re-basing, and a carried
// baseline keeps its origin only while the baseline is still the carried value (a typed-over baseline
// is no longer "the last realisasi of the previous road map"). One rule for both edit paths.
import type { Indikator } from './types.ts';

export function withCarriedFacts(before: Indikator, edited: Omit<Indikator, 'key'>, key: string): Indikator {
  const { scaleChanges: _changes, baselineOrigin: _origin, ...rest } = edited;
  const next: Indikator = { ...rest, key };
  if (before.scaleChanges?.length) next.scaleChanges = before.scaleChanges;
  if (before.baselineOrigin && JSON.stringify(before.baseline) === JSON.stringify(next.baseline)) {
    next.baselineOrigin = before.baselineOrigin;
  }
  return next;
}
