// Reads one Lampiran table sheet into plain rows: finds and checks the (one- or two-row) header,
// then collects each data row's cells with their Excel locations. No domain decisions here.
import type ExcelJS from 'exceljs';
import { cellRaw, cellText, problem, type RawCell } from './roadmap-xlsx.cells.ts';
import { LABELS, MAX_SHEET_ROWS, colLetter, type TableLayout, type XlsxProblem } from './roadmap-xlsx.layout.ts';

export interface TableCellRef {
  raw: RawCell;
  column: string;
}

export interface TableRow {
  row: number;
  no: string;
  rootName: string;
  childName: string;
  indicatorName: string;
  unit: string;
  baseline: TableCellRef;
  /** One entry per target column of the header, by year. */
  targets: { year: number; cell: TableCellRef }[];
  /** Null when the table has no PD column. */
  pd: TableCellRef | null;
  /** Keys written by the exporter in the hidden column: [nodeKey] or [nodeKey, indicatorKey]. */
  key: string[] | null;
}

export interface TableSheet {
  layout: TableLayout;
  title: string;
  baselineYear: number;
  targetYears: number[];
  rows: TableRow[];
}

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.:]+$/, '')
    .trim();
const isLabel = (found: string, label: { id: string; en: string }): boolean =>
  norm(found) === norm(label.id) || norm(found) === norm(label.en);
const PD_LABELS = [
  'perangkat daerah penanggungjawab',
  'perangkat daerah penanggung jawab',
  'pd penanggungjawab',
  'pd penanggung jawab',
  'opd penanggungjawab',
  'responsible unit',
];

function parseKey(text: string): string[] | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as unknown;
    return Array.isArray(v) && v.length >= 1 && v.length <= 2 && v.every((x) => typeof x === 'string')
      ? (v as string[])
      : null;
  } catch {
    return null;
  }
}

export function readTableSheet(
  ws: ExcelJS.Worksheet,
  layout: TableLayout,
): { table: TableSheet | null; problems: XlsxProblem[] } {
  const problems: XlsxProblem[] = [];
  const sheet = layout.sheet;
  const mismatch = (row: number | null, col: number, expected: string, found: string): void => {
    problems.push(
      problem(
        sheet,
        row,
        colLetter(col),
        'HEADER_MISMATCH',
        'error',
        `Judul kolom ${colLetter(col)} seharusnya "${expected}", ditemukan "${found}".`,
        `Header of column ${colLetter(col)} should be "${expected}", found "${found}".`,
      ),
    );
  };
  if (ws.rowCount > MAX_SHEET_ROWS) {
    problems.push(
      problem(
        sheet,
        null,
        null,
        'SHEET_TOO_LARGE',
        'error',
        `Lembar berisi ${ws.rowCount} baris; paling banyak ${MAX_SHEET_ROWS}.`,
        `The sheet has ${ws.rowCount} rows; at most ${MAX_SHEET_ROWS} are accepted.`,
      ),
    );
    return { table: null, problems };
  }

  // Header: the first row (of the top 15) whose column A says "No".
  let h1 = 0;
  for (let r = 1; r <= Math.min(15, ws.rowCount); r++) {
    if (['no', 'no.', 'nomor'].includes(cellText(ws.getCell(r, 1)).toLowerCase())) {
      h1 = r;
      break;
    }
  }
  if (h1 === 0) {
    mismatch(null, 1, LABELS.no.id, '');
    return { table: null, problems };
  }
  const top = (c: number): string => cellText(ws.getCell(h1, c));
  const below = (c: number): string => cellText(ws.getCell(h1 + 1, c));
  // A second header row either repeats the first (vertical merges) or is blank except for years.
  const twoRows = [1, 4].every((c) => below(c) === '' || below(c) === top(c));
  const sub = (c: number): string => (twoRows && below(c) !== top(c) ? below(c) : '');
  const title = [1, 2, 3]
    .map((r) => (r < h1 ? cellText(ws.getCell(r, 1)) : ''))
    .filter(Boolean)
    .join(' ');

  const fixed: [number, { id: string; en: string }][] = [
    [1, LABELS.no],
    [2, layout.rootLabel],
    [3, layout.childLabel],
    [4, LABELS.indicator],
    [5, LABELS.unit],
  ];
  for (const [c, label] of fixed) if (!isLabel(top(c), label)) mismatch(h1, c, label.id, top(c));

  const yearIn = (s: string): number | null => {
    const m = /\b(\d{4})\b/.exec(s);
    return m ? Number(m[1]) : null;
  };
  let baselineYear: number | null = null;
  if (!/^baseline\b/i.test(top(6))) mismatch(h1, 6, `${LABELS.baseline.id} 2023`, top(6));
  else {
    baselineYear = yearIn(top(6)) ?? yearIn(sub(6));
    if (baselineYear === null) mismatch(h1, 6, `${LABELS.baseline.id} 2023`, top(6));
  }

  const targets: { year: number; col: number }[] = [];
  let c = 7;
  for (; c <= ws.columnCount && /^target\b/i.test(top(c)); c++) {
    const year = yearIn(top(c)) ?? yearIn(sub(c));
    if (year === null) mismatch(h1 + 1, c, '2024', sub(c));
    else if (targets.some((t) => t.year === year)) {
      problems.push(
        problem(
          sheet,
          h1,
          colLetter(c),
          'DUPLICATE_COLUMN',
          'warning',
          `Kolom target ${year} muncul dua kali; kolom ${colLetter(c)} diabaikan.`,
          `Target column ${year} appears twice; column ${colLetter(c)} is ignored.`,
        ),
      );
    } else targets.push({ year, col: c });
  }
  if (c === 7) mismatch(h1, 7, LABELS.target.id, top(7));
  let pdCol = 0;
  if (layout.hasPd) {
    if (PD_LABELS.includes(norm(top(c)))) pdCol = c++;
    else mismatch(h1, c, LABELS.pd.id, top(c));
  }
  const keyCol = isLabel(top(c), LABELS.key) ? c : 0;
  if (problems.some((p) => p.severity === 'error') || baselineYear === null) return { table: null, problems };

  const rows: TableRow[] = [];
  const ref = (r: number, col: number): TableCellRef => ({ raw: cellRaw(ws.getCell(r, col)), column: colLetter(col) });
  const years = new Set(targets.map((t) => String(t.year)));
  for (let r = h1 + (twoRows ? 2 : 1); r <= ws.rowCount; r++) {
    const text = (col: number): string => cellText(ws.getCell(r, col));
    const texts = [1, 2, 3, 4, 5, 6].map(text);
    const targetTexts = targets.map((t) => text(t.col));
    const pdText = pdCol ? text(pdCol) : '';
    if ([...texts, ...targetTexts, pdText].every((t) => t === '')) continue;
    // Page-break repeats of the header (common in tables pasted from the PDF) and footnotes.
    if (['no', 'no.', 'nomor'].includes(texts[0]!.toLowerCase()) && isLabel(texts[3]!, LABELS.indicator)) continue;
    if (texts.every((t) => t === '') && !pdText && targetTexts.every((t) => t === '' || years.has(t))) continue;
    if (/^(\*|sumber\b|keterangan\b|catatan\b|ket\.)/i.test(texts[0]!) && texts.slice(1).every((t) => t === ''))
      continue;
    rows.push({
      row: r,
      no: texts[0]!,
      rootName: texts[1]!,
      childName: texts[2]!,
      indicatorName: texts[3]!,
      unit: texts[4]!,
      baseline: ref(r, 6),
      targets: targets.map((t) => ({ year: t.year, cell: ref(r, t.col) })),
      pd: pdCol ? ref(r, pdCol) : null,
      key: keyCol ? parseKey(text(keyCol)) : null,
    });
  }
  return {
    table: { layout, title, baselineYear, targetYears: targets.map((t) => t.year), rows },
    problems,
  };
}
