// The text of a Lampiran table as the PDF prints it: header labels (column groups as in the Perbup:
// one "Target" over its years) and one list of cell texts per row, with the spans of the No /
// level-1 / level-2 cells. Pure: no pdfkit, so the rules are unit-tested.
import { tableRows, type TableRow } from '../../../domain/roadmap/locate.ts';
import type { RoadMapDocument, TableCode } from '../../../domain/roadmap/types.ts';
import { tableBaselineYear } from '../roadmap-xlsx/roadmap-xlsx.export.ts';
import { LABELS, TABLES, type TableLayout } from '../roadmap-xlsx/roadmap-xlsx.layout.ts';
import {
  baselineCell,
  decimalsOf,
  joinPdNames,
  printedPdName,
  targetCell,
} from '../roadmap-xlsx/roadmap-xlsx.values.ts';

export interface PdfTable {
  layout: TableLayout;
  /** "Tabel 2" and the title with the instansi name, as printed above the table. */
  caption: string;
  title: string;
  /** Single-row labels, left to right; `targetYears` sit under one "Target" group cell. */
  columns: string[];
  /** Index of the first target column in `columns`. */
  targetCol: number;
  targetYears: number[];
  rows: PdfRow[];
}

export interface PdfRow {
  cells: string[];
  /** First row of its level-1 group (No and level-1 cells start here) and of its level-2 group. */
  firstOfLevel1: boolean;
  firstOfLevel2: boolean;
}

/** "21,78", "527.562.744.023": Indonesian separators, the decimals the value has. */
export function numberId(n: number): string {
  const d = Math.min(decimalsOf(n), 10);
  return n.toLocaleString('id-ID', { minimumFractionDigits: d, maximumFractionDigits: d });
}

const cellText = (v: string | number | null): string => (v === null ? '' : typeof v === 'number' ? numberId(v) : v);

export function targetYearsOf(rows: TableRow[], periodEnd: number): number[] {
  const years = new Set<number>();
  for (const r of rows) for (const t of r.targets) years.add(t.year);
  if (years.size === 0) years.add(periodEnd);
  return [...years].sort((a, b) => a - b);
}

function rowCells(r: TableRow, years: number[], hasPd: boolean): string[] {
  const shown = r.indicator !== null;
  const cells = [
    r.number.trim(),
    r.level1.name,
    r.level2?.name ?? '',
    shown ? r.indicatorName : '',
    shown ? r.unit : '',
    r.baseline ? cellText(baselineCell(r.baseline)) : '',
    ...years.map((y) => {
      const t = r.targets.find((x) => x.year === y);
      return t ? cellText(targetCell(t)) : '';
    }),
  ];
  if (hasPd) cells.push(joinPdNames(r.responsible.map((x) => (x.pd ? printedPdName(x.pd) : x.pdKey))));
  return cells;
}

export function pdfTable(doc: RoadMapDocument, code: TableCode): PdfTable {
  const layout = TABLES.find((t) => t.code === code)!;
  const rows = tableRows(doc, code);
  const years = targetYearsOf(rows, doc.roadMap.periodEnd);
  const bYear = tableBaselineYear(rows, doc);
  const baseline = layout.baselineInParens ? `${LABELS.baseline.id} (${bYear})` : `${LABELS.baseline.id} ${bYear}`;
  const columns = [
    LABELS.no.id,
    layout.rootLabel.id,
    layout.childLabel.id,
    LABELS.indicator.id,
    LABELS.unit.id,
    baseline,
    ...years.map(String),
  ];
  if (layout.hasPd) columns.push(LABELS.pd.id);
  return {
    layout,
    caption: `TABEL ${layout.number}`,
    title: `${layout.title.id} ${doc.instansi.name.replace(/^Pemerintah\s+/i, '')}`,
    columns,
    targetCol: 6,
    targetYears: years,
    rows: rows.map((r) => ({
      cells: rowCells(r, years, layout.hasPd),
      firstOfLevel1: r.firstOfLevel1,
      firstOfLevel2: r.firstOfLevel2,
    })),
  };
}

/**
 * Row heights once the spanning cells are placed: No and level 1 (columns 0–1) span their level-1
 * group, level 2 (column 2) its level-2 group. A spanning text taller than its rows makes the
 * group's last row taller by the difference, so the merged cell holds its text.
 */
export function spanHeights(rows: PdfRow[], own: number[], measure: (col: number, text: string) => number): number[] {
  const heights = [...own];
  const grow = (start: number, end: number, need: number) => {
    let have = 0;
    for (let i = start; i < end; i++) have += heights[i]!;
    if (need > have) heights[end - 1]! += need - have;
  };
  const groups = (first: (r: PdfRow) => boolean) => {
    const starts = rows.flatMap((r, i) => (i === 0 || first(r) ? [i] : []));
    return starts.map((s, k) => [s, starts[k + 1] ?? rows.length] as const);
  };
  for (const [s, e] of groups((r) => r.firstOfLevel1 || r.firstOfLevel2))
    grow(s, e, measure(2, rows[s]!.cells[2] ?? ''));
  for (const [s, e] of groups((r) => r.firstOfLevel1))
    grow(s, e, Math.max(measure(0, rows[s]!.cells[0] ?? ''), measure(1, rows[s]!.cells[1] ?? '')));
  return heights;
}
