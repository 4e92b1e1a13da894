// Facts of a road map that depend on the year: which themes apply (themes are year-scoped since
// 2025: a new theme can start in 2026), and which scale an indicator is measured on (Indeks SPBE
// became Indeks Pemdi from 2026). `documentForYear` gives every year-bound feature — rencana aksi,
// monitoring, evaluation — the road map as it stands in that year, so the rule lives here once.
import type { FieldError } from '../contracts/http.ts';
import type { Indikator, ResultNode, RoadMapDocument } from './types.ts';

/** Whether a node applies in `year`: only themes carry years; everything else applies throughout. */
export function nodeAppliesIn(node: Pick<ResultNode, 'validFrom' | 'validTo'>, year: number): boolean {
  return (
    (node.validFrom === undefined || node.validFrom <= year) && (node.validTo === undefined || year <= node.validTo)
  );
}

/** Problems of a node's validity years against its road map period (field codes are stable). */
export function nodeYearProblems(
  node: Pick<ResultNode, 'kind' | 'validFrom' | 'validTo'>,
  period: { periodStart: number; periodEnd: number },
): FieldError[] {
  const out: FieldError[] = [];
  const range = `${period.periodStart}–${period.periodEnd}`;
  if ((node.validFrom !== undefined || node.validTo !== undefined) && node.kind !== 'tema') {
    out.push({
      field: 'validFrom',
      code: 'YEARS_ONLY_FOR_THEME',
      message: 'Tahun berlaku hanya untuk tema RB Tematik.',
    });
    return out;
  }
  for (const field of ['validFrom', 'validTo'] as const) {
    const y = node[field];
    if (y !== undefined && (y < period.periodStart || y > period.periodEnd)) {
      out.push({
        field,
        code: 'THEME_YEAR_OUTSIDE_PERIOD',
        message: `Tahun ${y} di luar periode road map (${range}).`,
      });
    }
  }
  if (node.validFrom !== undefined && node.validTo !== undefined && node.validFrom > node.validTo) {
    out.push({
      field: 'validTo',
      code: 'THEME_YEARS_INVERTED',
      message: 'Tahun akhir berlaku tidak boleh sebelum tahun mulai berlaku.',
    });
  }
  return out;
}

/** The indicator as measured in `year`: the scale (and name, unit) of its last re-basing up to that year. */
export function indicatorInYear(ind: Indikator, year: number): Indikator {
  const change = (ind.scaleChanges ?? []).filter((c) => c.fromYear <= year).at(-1);
  const yearBaseline = ind.targets.find((t) => t.year === year)?.baseline;
  if (!change && !yearBaseline) return ind;
  return {
    ...ind,
    ...(change
      ? {
          scaleCode: change.scaleCode,
          ...(change.name !== undefined ? { name: change.name } : {}),
          ...(change.unit !== undefined ? { unit: change.unit } : {}),
        }
      : {}),
    // The target year's own baseline (measured the year before) stands for the indicator's in that year.
    ...(yearBaseline
      ? {
          baseline: {
            year: year - 1,
            status: 'value' as const,
            value: yearBaseline,
            note: `Baseline tahun target ${year}`,
          },
        }
      : {}),
  };
}

/** The scale code an indicator's value of `year` is on. */
export const scaleCodeInYear = (ind: Indikator, year: number): string => indicatorInYear(ind, year).scaleCode;

/**
 * The document as it applies in `year`: themes outside their years are left out with everything
 * under them and their placements; indicators carry the scale of that year, and the baseline of
 * that target year where one is kept.
 */
export function documentForYear(doc: RoadMapDocument, year: number): RoadMapDocument {
  const dropped = new Set<string>();
  // Parents come before children in a document, but do not rely on it: repeat until stable.
  let changed = true;
  while (changed) {
    changed = false;
    for (const n of doc.nodes) {
      if (dropped.has(n.key)) continue;
      if (!nodeAppliesIn(n, year) || (n.parentKey !== null && dropped.has(n.parentKey))) {
        dropped.add(n.key);
        changed = true;
      }
    }
  }
  const rebased = doc.indicators.some(
    (i) => i.scaleChanges?.length || i.targets.some((t) => t.year === year && t.baseline),
  );
  if (dropped.size === 0 && !rebased) return doc;
  return {
    ...doc,
    nodes: doc.nodes.filter((n) => !dropped.has(n.key)),
    placements: doc.placements.filter((p) => !dropped.has(p.nodeKey)),
    indicators: rebased ? doc.indicators.map((i) => indicatorInYear(i, year)) : doc.indicators,
  };
}
