// Reads an uploaded complaint export (SP4N-LAPOR! CSV or XLSX) into a grid of cells without judging
// the content: the file kind by its bytes (an xlsx is a zip), a CSV's encoding (UTF-8, with or
// without BOM, or UTF-16 with BOM; anything else is refused with how to fix it) and delimiter
// (comma, semicolon as Excel writes it in Indonesian settings, or tab), and the header row as the
// first row naming a tracking-number column.
import { parse } from 'csv-parse/sync';
import type { ImportProblemOut } from '../../../domain/contracts/import-problem.ts';
import { mapHeaders } from '../../../domain/pengaduan/lapor-columns.ts';
import type { Cell, SheetGrid } from '../../../domain/pengaduan/lapor-import.ts';
import { xlsxImportGate } from '../../import-gate.ts';
import { openFailure, openXlsx } from '../../xlsx-open.ts';
import { cellRaw } from '../roadmap-xlsx/roadmap-xlsx.cells.ts';

/** A LAPOR export of a regency's year is a few thousand rows; more is not a register. */
export const MAX_COMPLAINT_ROWS = 20_000;
const HEADER_SEARCH_ROWS = 15;

const fileProblem = (code: string, message: string): ImportProblemOut => ({
  row: null,
  column: null,
  header: null,
  code,
  message,
  severity: 'error',
});

export type GridRead = { ok: true; grid: SheetGrid; source: 'csv' | 'xlsx' } | { ok: false; problem: ImportProblemOut };

const isZip = (b: Buffer) => b.length >= 4 && b.readUInt32LE(0) === 0x04034b50;

export function readComplaintGrid(bytes: Buffer): Promise<GridRead> {
  if (isZip(bytes)) return xlsxImportGate.run(() => readXlsx(bytes));
  return Promise.resolve(readCsv(bytes));
}

/** The grid from rows of text: the header is the first row among the first ones naming the tracking column. */
function toGrid(rows: { row: number; cells: Cell[] }[]): GridRead {
  const header = rows.slice(0, HEADER_SEARCH_ROWS).find((r) => {
    const { columns } = mapHeaders(r.cells.map((c) => (typeof c === 'string' ? c : '')));
    return [...columns.values()].includes('nomorTiket');
  });
  if (!header)
    return {
      ok: false,
      problem: fileProblem(
        'MISSING_COLUMN',
        `Baris judul dengan kolom "Nomor Tracking" tidak ditemukan pada ${HEADER_SEARCH_ROWS} baris pertama.`,
      ),
    };
  const data = rows.filter((r) => r.row > header.row && r.cells.some((c) => c !== null && c !== ''));
  if (data.length > MAX_COMPLAINT_ROWS)
    return {
      ok: false,
      problem: fileProblem('TOO_MANY_ROWS', `Berkas berisi ${data.length} baris; batasnya ${MAX_COMPLAINT_ROWS}.`),
    };
  return {
    ok: true,
    source: 'csv',
    grid: {
      headerRow: header.row,
      headers: header.cells.map((c) => (typeof c === 'string' ? c.trim() : '')),
      rows: data,
    },
  };
}

function decode(bytes: Buffer): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

function readCsv(bytes: Buffer): GridRead {
  const text = decode(bytes);
  if (text === null)
    return {
      ok: false,
      problem: fileProblem(
        'FILE_ENCODING',
        'Berkas CSV bukan UTF-8 (misalnya disimpan sebagai ANSI/Windows-1252). Di Excel pilih "Simpan Sebagai" → "CSV UTF-8 (dipisahkan koma)", lalu unggah kembali.',
      ),
    };
  if (text.includes('\u0000'))
    return { ok: false, problem: fileProblem('FILE_TYPE_NOT_ALLOWED', 'Berkas bukan CSV atau .xlsx.') };
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (ch: string) => firstLine.split(ch).length - 1;
  const delimiter = [';', '\t', ','].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      bom: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    return {
      ok: false,
      problem: fileProblem('CSV_UNREADABLE', `Berkas CSV tidak dapat dibaca: ${(e as Error).message.slice(0, 200)}`),
    };
  }
  // info.lines is the line the record ends on: the row number Excel shows for a one-line record.
  return toGrid(records.map((r) => ({ row: r.info.lines, cells: r.record.map((c) => c.trim() || null) })));
}

async function readXlsx(bytes: Buffer): Promise<GridRead> {
  const opened = await openXlsx(bytes);
  if (!opened.ok) {
    const why = openFailure(opened);
    return { ok: false, problem: fileProblem(why.code, why.message) };
  }
  const ws = opened.workbook.worksheets[0];
  if (!ws) return { ok: false, problem: fileProblem('EMPTY_FILE', 'Buku kerja tidak berisi lembar.') };
  const rows: { row: number; cells: Cell[] }[] = [];
  const last = Math.min(ws.rowCount, MAX_COMPLAINT_ROWS + HEADER_SEARCH_ROWS + 1);
  for (let r = 1; r <= last; r++) {
    const row = ws.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= Math.min(row.cellCount, 60); c++) {
      const v = cellRaw(row.getCell(c));
      cells.push(v === null ? null : String(v).trim());
    }
    rows.push({ row: r, cells });
  }
  const read = toGrid(rows);
  return read.ok ? { ...read, source: 'xlsx' } : read;
}
