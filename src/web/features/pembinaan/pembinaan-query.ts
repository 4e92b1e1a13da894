// The address of a pembinaan screen (?tahun=2026&periode=S2&urut=capaian&arah=desc), read into a
// typed query with safe defaults, so a link to the comparison names exactly what it shows.
import { COMPARISON_SORTS, type ComparisonSort } from '../../../domain/pembinaan/comparison.ts';
import { PERIOD_CODES, todayWita, type PeriodCode } from '../../../domain/periods/periods.ts';

export interface PembinaanView {
  year: number;
  periode: PeriodCode | undefined;
  sort: ComparisonSort;
  dir: 'asc' | 'desc';
}

/** The current year in WITA: the default year of the comparison. */
export const currentYear = (now: Date = new Date()) => Number(todayWita(now).slice(0, 4));

/** The years offered: from the first RB road-map period (2010) to next year, newest first. */
export function yearOptions(now: Date = new Date()): number[] {
  const out: number[] = [];
  for (let y = currentYear(now) + 1; y >= 2010; y--) out.push(y);
  return out;
}

export function readView(params: URLSearchParams, now: Date = new Date()): PembinaanView {
  const year = Number(params.get('tahun'));
  const periode = params.get('periode');
  const sort = params.get('urut');
  return {
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : currentYear(now),
    periode: (PERIOD_CODES as readonly string[]).includes(periode ?? '') ? (periode as PeriodCode) : undefined,
    sort: (COMPARISON_SORTS as readonly string[]).includes(sort ?? '') ? (sort as ComparisonSort) : 'name',
    dir: params.get('arah') === 'desc' ? 'desc' : 'asc',
  };
}

export function writeView(v: PembinaanView): URLSearchParams {
  const p = new URLSearchParams({ tahun: String(v.year) });
  if (v.periode) p.set('periode', v.periode);
  if (v.sort !== 'name') p.set('urut', v.sort);
  if (v.dir === 'desc') p.set('arah', 'desc');
  return p;
}
