// The rules of the province's comparison table (issue #10), shared by the server that computes a
// row and the browser that sorts them: which Indeks RB of a year stands for it, how reporting adds
// up over perangkat daerah, what "capaian of the mandatory indicators" counts, and the sort order.
import { averageCapaian, type CapaianResult } from '../capaian/capaian.ts';

export type IndeksSource = 'regulasi' | 'nasional' | 'internal';

/** Which figure stands for a year when several are recorded: the national result is the official one. */
const SOURCE_RANK: Record<IndeksSource, number> = { nasional: 0, regulasi: 1, internal: 2 };

export interface IndeksPoint {
  year: number;
  indeks: number;
  predikat: string;
  source: IndeksSource;
}

/** One Indeks RB per year, newest first: the national result, else the regulation's, else the internal one. */
export function indeksSeries(history: readonly IndeksPoint[]): IndeksPoint[] {
  const best = new Map<number, IndeksPoint>();
  for (const h of history) {
    const at = best.get(h.year);
    if (!at || SOURCE_RANK[h.source] < SOURCE_RANK[at.source]) best.set(h.year, h);
  }
  return [...best.values()].sort((a, b) => b.year - a.year);
}

export interface Reporting {
  expected: number;
  entered: number;
  submitted: number;
  verified: number;
  returned: number;
}

/** Reporting of the whole instansi: the sum over its perangkat daerah. */
export function reportingTotal(rows: readonly Reporting[]): Reporting {
  const sum = (k: keyof Reporting) => rows.reduce((a, r) => a + r[k], 0);
  return {
    expected: sum('expected'),
    entered: sum('entered'),
    submitted: sum('submitted'),
    verified: sum('verified'),
    returned: sum('returned'),
  };
}

/** Share of expected entries that are verified, in percent (null when nothing is expected). */
export function verifiedShare(r: Reporting): number | null {
  return r.expected === 0 ? null : Math.round((r.verified / r.expected) * 10000) / 100;
}

export interface ComparedIndicator {
  mandatory: boolean;
  capaian: CapaianResult;
  verified: boolean;
}

/**
 * Capaian of the mandatory national indicators (those a road-map indicator adopts by national
 * code) and of all indicators: averages over verified values only; an unverified or unassessable
 * value is excluded, never counted as 0.
 */
export function capaianSummary(indicators: readonly ComparedIndicator[]) {
  const verifiedOf = (list: readonly ComparedIndicator[]) => list.filter((i) => i.verified).map((i) => i.capaian);
  const mandatory = indicators.filter((i) => i.mandatory);
  return {
    mandatory: { total: mandatory.length, capaian: averageCapaian(verifiedOf(mandatory)) },
    capaian: averageCapaian(verifiedOf(indicators)),
  };
}

export const COMPARISON_SORTS = ['name', 'indeks', 'mandatory', 'capaian', 'verified', 'earlyWarnings'] as const;
export type ComparisonSort = (typeof COMPARISON_SORTS)[number];

export interface SortableRow {
  name: string;
  indeks: readonly { indeks: number }[];
  mandatory: { capaian: { percent: number | null } };
  capaian: { percent: number | null };
  reporting: Reporting;
  earlyWarnings: number;
}

function sortValue(r: SortableRow, key: ComparisonSort): number | string | null {
  switch (key) {
    case 'name':
      return r.name;
    case 'indeks':
      return r.indeks[0]?.indeks ?? null;
    case 'mandatory':
      return r.mandatory.capaian.percent;
    case 'capaian':
      return r.capaian.percent;
    case 'verified':
      return verifiedShare(r.reporting);
    case 'earlyWarnings':
      return r.earlyWarnings;
  }
}

/** Rows sorted by a column; rows without a value go last in either direction, ties by name. */
export function sortComparison<R extends SortableRow>(
  rows: readonly R[],
  key: ComparisonSort,
  dir: 'asc' | 'desc',
): R[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    if (va === null && vb !== null) return 1;
    if (vb === null && va !== null) return -1;
    if (va !== null && vb !== null && va !== vb)
      return sign * (typeof va === 'string' ? va.localeCompare(String(vb), 'id') : va - (vb as number));
    return a.name.localeCompare(b.name, 'id');
  });
}

export interface PeriodeChoice {
  code: string;
  startDate: string;
}

/**
 * The period a comparison reads: the asked code, else the latest one that has begun by `today`
 * (WITA calendar day), else the year's first; null when the year has no periods.
 */
export function periodeToRead<P extends PeriodeChoice>(
  periodes: readonly P[],
  code: string | undefined,
  today: string,
): P | null {
  if (code) return periodes.find((p) => p.code === code) ?? null;
  const sorted = [...periodes].sort((a, b) => a.startDate.localeCompare(b.startDate));
  return sorted.filter((p) => p.startDate <= today).at(-1) ?? sorted[0] ?? null;
}
