// Reading complaint rows from a sheet (a SP4N-LAPOR! export as CSV or XLSX, read by the server into
// a grid): headers to fields, cells to typed values, PDs by name, and every row checked by the same
// rules as the form. Each problem names the row, the column letter and its header; one tracking
// number appears once per file.
import { closestName } from '../text/closest-name.ts';
import { colLetter } from '../text/column-letter.ts';
import { pengaduanProblems, type PengaduanFacts } from './check.ts';
import { dayFromCell, kanalFromText, mapHeaders, norm, statusFromText, type ImportField } from './lapor-columns.ts';

export type Cell = string | Date | null;

export interface SheetGrid {
  /** Row number of the header row as the sheet shows it (1-based). */
  headerRow: number;
  headers: string[];
  rows: { row: number; cells: Cell[] }[];
}

export interface ImportPd {
  key: string;
  name: string;
  shortName: string;
}

export interface ImportedComplaint extends PengaduanFacts {
  row: number;
  nomorTiket: string;
  kategori: string | null;
  ringkasan: string;
  pdKey: string;
}

export interface ImportProblem {
  row: number | null;
  column: string | null;
  header: string | null;
  code: string;
  message: string;
  severity: 'error';
}

const text = (c: Cell | undefined): string =>
  c === null || c === undefined ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : c.trim();

/** Matches a PD by its name, short name or key, without case or punctuation. */
function pdIndex(pds: readonly ImportPd[]) {
  const byName = new Map<string, string>();
  for (const p of pds) for (const n of [p.name, p.shortName, p.key]) byName.set(norm(n), p.key);
  return (name: string) => byName.get(norm(name)) ?? null;
}

export function readComplaintRows(
  grid: SheetGrid,
  pds: readonly ImportPd[],
  today: string,
): { complaints: ImportedComplaint[]; problems: ImportProblem[] } {
  const { columns, missing } = mapHeaders(grid.headers);
  if (missing.length)
    return {
      complaints: [],
      problems: missing.map((h) => ({
        row: grid.headerRow,
        column: null,
        header: h,
        code: 'MISSING_COLUMN',
        message: `Kolom "${h}" tidak ditemukan pada baris judul (baris ${grid.headerRow}).`,
        severity: 'error' as const,
      })),
    };
  const colOf = new Map<ImportField, number>([...columns].map(([c, f]) => [f, c]));
  const pdKeyOf = pdIndex(pds);
  const complaints: ImportedComplaint[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of grid.rows) {
    const get = (f: ImportField) => {
      const c = colOf.get(f);
      return c === undefined ? null : (cells[c - 1] ?? null);
    };
    const rowProblems: ImportProblem[] = [];
    const problem = (f: ImportField, code: string, message: string) => {
      const c = colOf.get(f) ?? null;
      rowProblems.push({
        row,
        column: c === null ? null : colLetter(c),
        header: c === null ? null : (grid.headers[c - 1] ?? null),
        code,
        message,
        severity: 'error',
      });
    };
    const nomorTiket = text(get('nomorTiket'));
    if (!nomorTiket) problem('nomorTiket', 'REQUIRED', 'Nomor tracking wajib diisi.');
    else if (seen.has(nomorTiket))
      problem(
        'nomorTiket',
        'DUPLICATE_TRACKING',
        `Nomor tracking ${nomorTiket} sudah ada di baris ${seen.get(nomorTiket)}.`,
      );
    else seen.set(nomorTiket, row);
    const received = dayFromCell(get('tanggalDiterima'));
    if (!received)
      problem(
        'tanggalDiterima',
        'INVALID_DATE',
        `Tanggal "${text(get('tanggalDiterima'))}" tidak dikenali (pakai DD/MM/YYYY atau YYYY-MM-DD).`,
      );
    const responseCell = text(get('tanggalTanggapan'));
    const responded = responseCell ? dayFromCell(get('tanggalTanggapan')) : null;
    if (responseCell && !responded)
      problem(
        'tanggalTanggapan',
        'INVALID_DATE',
        `Tanggal "${responseCell}" tidak dikenali (pakai DD/MM/YYYY atau YYYY-MM-DD).`,
      );
    const isi = text(get('ringkasan'));
    const judul = text(get('judul'));
    const ringkasan = judul && isi && !isi.startsWith(judul) ? `${judul}: ${isi}` : isi || judul;
    if (!ringkasan) problem('ringkasan', 'REQUIRED', 'Isi laporan wajib diisi.');
    const pdName = text(get('pd'));
    const pdKey = pdName ? pdKeyOf(pdName) : null;
    if (!pdName) problem('pd', 'REQUIRED', 'Perangkat daerah tujuan wajib diisi.');
    else if (!pdKey) {
      const near = closestName(
        pdName,
        pds.map((p) => p.name),
      );
      problem(
        'pd',
        'UNKNOWN_PD',
        `Perangkat daerah "${pdName}" tidak dikenal.${near ? ` Maksud Anda "${near}"?` : ''}`,
      );
    }
    const statusText = text(get('status'));
    const status = statusFromText(statusText);
    if (!status) problem('status', 'UNKNOWN_STATUS', `Status "${statusText}" tidak dikenal.`);
    const kanalText = text(get('kanal'));
    const kanal = kanalText ? kanalFromText(kanalText) : 'lapor';
    if (!kanal)
      problem(
        'kanal',
        'UNKNOWN_CHANNEL',
        `Kanal "${kanalText}" tidak dikenal (SP4N-LAPOR!, datang langsung, telepon, media sosial, surat).`,
      );
    if (rowProblems.length === 0) {
      const c: ImportedComplaint = {
        row,
        kanal: kanal!,
        nomorTiket,
        tanggalDiterima: received!,
        kategori: text(get('kategori')) || null,
        ringkasan: ringkasan.slice(0, 4000),
        pdKey: pdKey!,
        status: status!,
        alasanStatus: text(get('alasanStatus')) || null,
        tanggalTanggapan: responded,
        tanggapan: text(get('tanggapan')) || null,
      };
      for (const p of pengaduanProblems(c, today)) problem(p.field as ImportField, p.code, p.message);
      if (rowProblems.length === 0) complaints.push(c);
    }
    problems.push(...rowProblems);
  }
  if (grid.rows.length === 0)
    problems.push({
      row: null,
      column: null,
      header: null,
      code: 'EMPTY_FILE',
      message: 'Berkas tidak berisi baris pengaduan di bawah baris judul.',
      severity: 'error',
    });
  return { complaints, problems };
}
