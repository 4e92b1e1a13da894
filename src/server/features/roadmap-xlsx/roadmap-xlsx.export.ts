// Writes a road map as an .xlsx in the Lampiran layout of the regulation (Tabel 1–3, one sheet
// each, printable on A4 landscape) plus a "Metadata" sheet that makes re-import lossless.
import type ExcelJS from 'exceljs';
import { loadExcel } from '../../lazy-libs.ts';
import type { Worksheet } from 'exceljs';
import { tableRows, type TableRow } from '../../../domain/roadmap/locate.ts';
import type { RoadMapDocument, Scale, TableCode } from '../../../domain/roadmap/types.ts';
import {
  FIRST_DATA_ROW,
  HEADER_ROW,
  LABELS,
  SUBTITLE_ROW,
  TABLES,
  TITLE_ROW,
  colLetter,
  type TableLayout,
  type XlsxLocale,
} from './roadmap-xlsx.layout.ts';
import { writeMetadataSheet } from './roadmap-xlsx.metadata.ts';
import {
  baselineCell,
  joinPdNames,
  numberFormatFor,
  printedPdName,
  targetCell,
  type CellContent,
} from './roadmap-xlsx.values.ts';

export interface XlsxExportOptions {
  tables?: TableCode[];
  locale?: XlsxLocale;
}

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFD9D9D9' } };

/** The most common baseline year of the table: the header prints one year for all rows. */
export function tableBaselineYear(rows: TableRow[], doc: RoadMapDocument): number {
  const count = new Map<number, number>();
  for (const r of rows) if (r.baseline) count.set(r.baseline.year, (count.get(r.baseline.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of count)
    if (best === null || n > (count.get(best) ?? 0) || (n === count.get(best) && year < best)) best = year;
  return best ?? doc.roadMap.periodEnd - 1;
}

/** Target columns: every year targeted in the table, or the period's final year when none. */
function targetYears(rows: TableRow[], doc: RoadMapDocument): number[] {
  const years = new Set<number>();
  for (const r of rows) for (const t of r.targets) years.add(t.year);
  if (years.size === 0) years.add(doc.roadMap.periodEnd);
  return [...years].sort((a, b) => a - b);
}

function setCell(ws: Worksheet, row: number, col: number, value: CellContent, scale?: Scale): void {
  const cell = ws.getCell(row, col);
  cell.value = value;
  if (typeof value === 'number') {
    cell.numFmt = numberFormatFor(value, scale);
    cell.alignment = { vertical: 'top', horizontal: 'right', wrapText: true };
  } else {
    cell.alignment = { vertical: 'top', horizontal: col === 1 ? 'center' : 'left', wrapText: true };
  }
}

/** Writes one table sheet; returns the baseline year printed in its header (kept in the metadata). */
function writeTable(wb: ExcelJS.Workbook, doc: RoadMapDocument, layout: TableLayout, locale: XlsxLocale): number {
  const rows = tableRows(doc, layout.code);
  const years = targetYears(rows, doc);
  const bYear = tableBaselineYear(rows, doc);
  const ws = wb.addWorksheet(layout.sheet);

  const targetCol = 7;
  const pdCol = layout.hasPd ? targetCol + years.length : 0;
  const lastVisible = layout.hasPd ? pdCol : targetCol + years.length - 1;
  const keyCol = lastVisible + 1;

  // Title rows: "Tabel N" and the title with the instansi name, as printed above the table.
  ws.mergeCells(TITLE_ROW, 1, TITLE_ROW, lastVisible);
  ws.mergeCells(SUBTITLE_ROW, 1, SUBTITLE_ROW, lastVisible);
  const tableWord = locale === 'en' ? 'Table' : 'Tabel';
  ws.getCell(TITLE_ROW, 1).value = `${tableWord} ${layout.number}`;
  ws.getCell(SUBTITLE_ROW, 1).value = `${layout.title[locale]} ${doc.instansi.name}`;
  for (const r of [TITLE_ROW, SUBTITLE_ROW]) {
    ws.getCell(r, 1).font = { bold: true, size: 12 };
    ws.getCell(r, 1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
  ws.getRow(SUBTITLE_ROW).height = 30;

  // Two-row header: single labels merged vertically, "Target" merged over its years.
  const h1 = HEADER_ROW;
  const h2 = HEADER_ROW + 1;
  const baselineLabel = layout.baselineInParens
    ? `${LABELS.baseline[locale]} (${bYear})`
    : `${LABELS.baseline[locale]} ${bYear}`;
  const single: [number, string][] = [
    [1, LABELS.no[locale]],
    [2, layout.rootLabel[locale]],
    [3, layout.childLabel[locale]],
    [4, LABELS.indicator[locale]],
    [5, LABELS.unit[locale]],
    [6, baselineLabel],
  ];
  if (layout.hasPd) single.push([pdCol, LABELS.pd[locale]]);
  single.push([keyCol, LABELS.key[locale]]);
  for (const [col, label] of single) {
    ws.mergeCells(h1, col, h2, col);
    ws.getCell(h1, col).value = label;
  }
  if (years.length > 1) ws.mergeCells(h1, targetCol, h1, targetCol + years.length - 1);
  ws.getCell(h1, targetCol).value = LABELS.target[locale];
  years.forEach((y, i) => (ws.getCell(h2, targetCol + i).value = y));
  for (const r of [h1, h2]) {
    for (let c = 1; c <= keyCol; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = BORDER;
      cell.fill = HEADER_FILL;
    }
  }

  // Data rows.
  rows.forEach((r, i) => {
    const row = FIRST_DATA_ROW + i;
    const number = r.number.trim();
    setCell(ws, row, 1, /^[1-9]\d{0,8}$/.test(number) ? Number(number) : number || null);
    setCell(ws, row, 2, r.level1.name);
    setCell(ws, row, 3, r.level2?.name ?? null);
    const shown = r.indicator !== null;
    setCell(ws, row, 4, shown ? r.indicatorName : null);
    setCell(ws, row, 5, shown ? r.unit : null);
    setCell(ws, row, 6, r.baseline ? baselineCell(r.baseline) : null, r.scale);
    years.forEach((y, k) => {
      const t = r.targets.find((x) => x.year === y);
      setCell(ws, row, targetCol + k, t ? targetCell(t) : null, r.scale);
    });
    if (layout.hasPd) {
      const names = r.responsible.map((x) => (x.pd ? printedPdName(x.pd) : x.pdKey));
      setCell(ws, row, pdCol, names.length > 0 ? joinPdNames(names) : null);
    }
    const key = r.placement ? [r.placement.nodeKey, r.placement.indicatorKey] : [(r.level2 ?? r.level1).key];
    setCell(ws, row, keyCol, JSON.stringify(key));
    for (let c = 1; c <= keyCol; c++) ws.getCell(row, c).border = BORDER;
  });

  // Merge the repeated No / root / child cells over the rows they span, as the printed table does.
  const mergeRuns = (cols: number[], keyOf: (r: TableRow) => string | null): void => {
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      const prev = keyOf(rows[start]!);
      const cur = i < rows.length ? keyOf(rows[i]!) : null;
      if (cur === null || cur !== prev) {
        if (prev !== null && i - 1 > start) {
          for (const c of cols) ws.mergeCells(FIRST_DATA_ROW + start, c, FIRST_DATA_ROW + i - 1, c);
        }
        start = i;
      }
    }
  };
  if (rows.length > 0) {
    mergeRuns([1, 2], (r) => r.level1.key);
    mergeRuns([3], (r) => (r.level2 ? `${r.level1.key}\u0000${r.level2.key}` : null));
  }

  // Widths, hidden key column, printing and frozen header.
  const widths = [6, 32, 36, 36, 11, 13];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  years.forEach((_, k) => (ws.getColumn(targetCol + k).width = 12));
  if (layout.hasPd) ws.getColumn(pdCol).width = 38;
  ws.getColumn(keyCol).width = 24;
  ws.getColumn(keyCol).hidden = true;
  ws.views = [
    { state: 'frozen', xSplit: 0, ySplit: h2, topLeftCell: `A${FIRST_DATA_ROW}`, activeCell: `A${FIRST_DATA_ROW}` },
  ];
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${h1}:${h2}`,
    printArea: `A1:${colLetter(lastVisible)}${Math.max(FIRST_DATA_ROW + rows.length - 1, h2)}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  const page = locale === 'en' ? 'Page &P of &N' : 'Halaman &P dari &N';
  ws.headerFooter = { oddFooter: `&L${layout.sheet}&R${page}` };
  return bYear;
}

/** Builds the workbook; resolves to the .xlsx bytes. */
export async function exportRoadMapXlsx(doc: RoadMapDocument, opts: XlsxExportOptions = {}): Promise<Buffer> {
  const locale = opts.locale ?? 'id';
  const wanted = opts.tables ?? TABLES.map((t) => t.code);
  const tables = TABLES.filter((t) => wanted.includes(t.code));
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Peta RB';
  wb.title = doc.roadMap.title;
  const baselineYears: Partial<Record<TableCode, number>> = {};
  for (const layout of tables) baselineYears[layout.code] = writeTable(wb, doc, layout, locale);
  writeMetadataSheet(wb, doc, { tables: tables.map((t) => t.code), baselineYears }, locale);
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
