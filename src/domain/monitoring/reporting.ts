// Who reports what in monitoring, and how an entry is typed: the PD that reports an indicator (server
// entry and dashboard, web entry list and dashboard), and whether an indicator is a percentage (which
// offers numerator/denominator in the form). Pure rules, shared by server and browser.
import type { Indikator, Scale } from '../roadmap/types.ts';
import { classifyUnit, normaliseUnit } from '../roadmap/units.ts';

/** Pseudo PD key under which the STU reports the instansi-wide indicators no PD answers for. */
export const INSTANSI_PD_KEY = '_instansi';

/** The PD that reports an indicator: its lead, else its first responsible PD, else none (STU reports it). */
export function reportingPdOf(ind: Pick<Indikator, 'responsible'>): string | null {
  return (ind.responsible.find((r) => r.role === 'lead') ?? ind.responsible[0])?.pdKey ?? null;
}

/** As reportingPdOf, with the STU's pseudo PD for indicators no PD answers for. */
export const reportingPdKey = (ind: Pick<Indikator, 'responsible'>): string => reportingPdOf(ind) ?? INSTANSI_PD_KEY;

/**
 * A percentage indicator: its scale is the percent scale, or its printed unit (or the unit's first
 * word, as in "Persen (%)") is a percent word of the unit table (src/domain/roadmap/units.ts).
 */
export function isPercentIndicator(unit: string, scale?: Pick<Scale, 'code'>): boolean {
  if (scale?.code === 'persen') return true;
  const first = normaliseUnit(unit).split(' ')[0] ?? '';
  return classifyUnit(unit) === 'percent' || classifyUnit(first) === 'percent';
}
