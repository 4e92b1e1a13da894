// The years a road-map version's year-bound screens offer (Pemantauan, Rencana aksi, Periode): its
// own period and the transition years it still governs after it (GET /api/road-maps/years, the rule
// of decision 0013), so Kupang's 2020–2024 road map serves 2025 and 2026 until the next one is
// enacted. The default is the current year (WITA) when offered, else the nearest offered year.
import { useMemo } from 'react';
import { todayWita } from '../../domain/periods/periods.ts';
import { useYearGovernance } from '../api/endpoints.ts';
import { useVersionView } from './version-context.tsx';

export function governedYears(
  period: { periodStart: number; periodEnd: number },
  governance: readonly { year: number; roadMapId: string | null }[],
  roadMapId: string,
): number[] {
  const years = new Set<number>();
  for (let y = period.periodStart; y <= period.periodEnd; y++) years.add(y);
  for (const g of governance) if (g.roadMapId === roadMapId) years.add(g.year);
  return [...years].sort((a, b) => a - b);
}

export function defaultYearOf(years: readonly number[], now: Date = new Date()): number {
  const current = Number(todayWita(now).slice(0, 4));
  if (years.includes(current)) return current;
  return years.reduce((best, y) => (Math.abs(y - current) < Math.abs(best - current) ? y : best), years[0] ?? current);
}

/** The years of the version in view and the default one (the period alone until governance loads). */
export function useGovernedYears(): { years: number[]; defaultYear: number } {
  const { doc, version } = useVersionView();
  const gov = useYearGovernance();
  return useMemo(() => {
    const years = governedYears(doc.roadMap, gov.data ?? [], version.roadMapId);
    return { years, defaultYear: defaultYearOf(years) };
  }, [doc.roadMap, gov.data, version.roadMapId]);
}
