// Reads an uploaded action-plan workbook into raw rows without judging their content: checks the file
// (size, zip, really a workbook), finds the plan sheet and its header row by the header texts (so
// columns may be reordered), checks the year in the title, and returns each non-empty row's cells.
import type ExcelJS from 'exceljs';
import { loadExcel } from '../../lazy-libs.ts';
import { cellRaw, type RawCell } from '../roadmap-xlsx/roadmap-xlsx.cells.ts';
import { openFailure, openXlsx } from '../../xlsx-open.ts';
import { xlsxImportGate } from '../../import-gate.ts';
import {
  ALL_COLUMNS,
  HEADER_SEARCH_ROWS,
  MAX_PLAN_ROWS,
  MAX_XLSX_BYTES,
  PLAN_SHEET,
  colLetter,
  headerKey,
  type ColumnDef,
  type ColumnKey,
  type PlanImportProblem,
} from './rencana-aksi-xlsx.layout.ts';

export interface SheetRow {
  row: number;
  cells: Partial<Record<ColumnKey, RawCell>>;
}

export interface SheetRead {
  problems: PlanImportProblem[];
  /** Column number of each recognised column. */
  columns: Map<ColumnKey, number>;
  rows: SheetRow[];
}

const fileProblem = (code: string, message: string): PlanImportProblem => ({
  row: null,
  column: null,
  header: null,
  code,
  message,
  severity: 'error',
});

const failed = (code: string, message: string): SheetRead => ({
  problems: [fileProblem(code, message)],
  columns: new Map(),
  rows: [],
});

async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook | SheetRead> {
  if (bytes.byteLength > MAX_XLSX_BYTES)
    return failed('FILE_TOO_LARGE', `Berkas berukuran ${bytes.byteLength} byte; batasnya ${MAX_XLSX_BYTES} byte.`);
  const opened = await openXlsx(bytes);
  if (opened.ok) return opened.workbook;
  const why = openFailure(opened);
  return failed(why.code, why.message);
}

const text = (v: RawCell) => (v === null ? '' : String(v).replace(/\s+/g, ' ').trim());

function columnOfHeader(label: string): ColumnDef | undefined {
  const k = headerKey(label);
  if (!k) return undefined;
  return ALL_COLUMNS.find((c) => headerKey(c.header) === k || (c.aliases ?? []).some((a) => headerKey(a) === k));
}

/** The sheet and row holding the header: "Rincian Kegiatan" marks it (the plan sheet is tried first). */
function findHeader(wb: ExcelJS.Workbook): { ws: ExcelJS.Worksheet; row: number } | null {
  const sheets = [...wb.worksheets].sort((a, b) => Number(b.name === PLAN_SHEET) - Number(a.name === PLAN_SHEET));
  for (const ws of sheets) {
    for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, ws.rowCount); r++) {
      const row = ws.getRow(r);
      for (let c = 1; c <= Math.min(row.cellCount, 60); c++) {
        if (columnOfHeader(text(cellRaw(row.getCell(c))))?.key === 'rincian') return { ws, row: r };
      }
    }
  }
  return null;
}

/** One import at a time per process (xlsxImportGate): SERVER_BUSY (503) when too many are waiting. */
export function readPlanSheet(bytes: Buffer, year: number): Promise<SheetRead> {
  return xlsxImportGate.run(() => readNow(bytes, year));
}

async function readNow(bytes: Buffer, year: number): Promise<SheetRead> {
  const loaded = await loadWorkbook(bytes);
  if (!(loaded instanceof (await loadExcel()).Workbook)) return loaded;
  const found = findHeader(loaded);
  if (!found)
    return failed(
      'NO_PLAN_SHEET',
      `Tidak ada lembar rencana aksi: baris judul kolom dengan "Rincian Kegiatan" tidak ditemukan. Gunakan berkas hasil ekspor.`,
    );
  const { ws, row: headerRow } = found;
  const problems: PlanImportProblem[] = [];
  const columns = new Map<ColumnKey, number>();
  const header = ws.getRow(headerRow);
  for (let c = 1; c <= header.cellCount; c++) {
    const label = text(cellRaw(header.getCell(c)));
    const def = columnOfHeader(label);
    if (!def) continue;
    if (columns.has(def.key)) {
      problems.push({
        row: headerRow,
        column: colLetter(c),
        header: label,
        code: 'DUPLICATE_COLUMN',
        message: `Kolom "${def.header}" muncul dua kali (juga di kolom ${colLetter(columns.get(def.key)!)}).`,
        severity: 'error',
      });
      continue;
    }
    columns.set(def.key, c);
  }
  for (const def of ALL_COLUMNS.filter((d) => d.required && !columns.has(d.key))) {
    problems.push({
      row: headerRow,
      column: null,
      header: def.header,
      code: 'MISSING_COLUMN',
      message: `Kolom wajib "${def.header}" tidak ada di baris judul ${headerRow}.`,
      severity: 'error',
    });
  }

  // The export prints "Tahun 2024" above the header; a file of another year is a wrong upload.
  for (let r = 1; r < headerRow; r++) {
    const m = /\btahun\s+(\d{4})\b/i.exec(text(cellRaw(ws.getCell(r, 1))));
    if (m && Number(m[1]) !== year) {
      problems.push({
        row: r,
        column: 'A',
        header: null,
        code: 'YEAR_MISMATCH',
        message: `Berkas ini untuk tahun ${m[1]}, sedangkan impor untuk tahun ${year}. Pilih tahun yang sesuai.`,
        severity: 'error',
      });
      break;
    }
  }

  const editable = [...columns.entries()].filter(([k]) => !ALL_COLUMNS.find((d) => d.key === k)?.readOnly);
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r <= headerRow) return;
    const cells: Partial<Record<ColumnKey, RawCell>> = {};
    for (const [key, c] of columns) cells[key] = cellRaw(row.getCell(c));
    // Numbering, formats and drop-down lists alone do not make a plan.
    if (editable.some(([k]) => cells[k] !== null && cells[k] !== undefined && text(cells[k]!) !== ''))
      rows.push({ row: r, cells });
  });
  if (rows.length > MAX_PLAN_ROWS) {
    return {
      problems: [
        ...problems,
        fileProblem('TOO_MANY_ROWS', `Lembar berisi ${rows.length} rencana aksi; paling banyak ${MAX_PLAN_ROWS}.`),
      ],
      columns,
      rows: [],
    };
  }
  return { problems, columns, rows };
}
