// Opens an uploaded .xlsx for exceljs through the safe inflater: the archive is inflated under a
// byte budget (src/server/safe-unzip.ts), must contain a workbook, and exceljs reads an uncompressed
// copy of exactly what was counted. Both spreadsheet imports (road map, rencana aksi) come here.
import type ExcelJS from 'exceljs';
import { loadExcel } from './lazy-libs.ts';
import { safeUnzip, storedZip } from './safe-unzip.ts';

/** Inflated bytes an upload may unpack to: a national road map is ~4.3 MB, and exceljs needs ~15× that in heap. */
export const MAX_XLSX_INFLATED_BYTES = 8 * 1024 * 1024;
/** An exported workbook has ~20 parts; a thousand means something else. */
export const MAX_XLSX_ENTRIES = 1000;

export type OpenedXlsx =
  | { ok: true; workbook: ExcelJS.Workbook }
  | { ok: false; reason: 'not_zip' | 'corrupt' | 'too_large' }
  | { ok: false; reason: 'not_workbook'; kind: 'word' | 'powerpoint' | 'other' }
  | { ok: false; reason: 'unreadable'; why: string };

export async function openXlsx(bytes: Uint8Array): Promise<OpenedXlsx> {
  const zip = safeUnzip(bytes, { maxTotalBytes: MAX_XLSX_INFLATED_BYTES, maxEntries: MAX_XLSX_ENTRIES });
  if (!zip.ok) {
    if (zip.reason === 'not_zip' || zip.reason === 'corrupt') return { ok: false, reason: zip.reason };
    if (zip.reason === 'unsupported')
      return { ok: false, reason: 'unreadable', why: 'encrypted or unknown compression' };
    return { ok: false, reason: 'too_large' };
  }
  const names = zip.entries.map((e) => e.name.replace(/^\//, ''));
  if (!names.includes('xl/workbook.xml')) {
    const kind = names.some((n) => n.startsWith('word/'))
      ? 'word'
      : names.some((n) => n.startsWith('ppt/'))
        ? 'powerpoint'
        : 'other';
    return { ok: false, reason: 'not_workbook', kind };
  }
  try {
    const workbook = new (await loadExcel()).Workbook();
    await workbook.xlsx.load(storedZip(zip.entries) as unknown as ArrayBuffer);
    return { ok: true, workbook };
  } catch (e) {
    return { ok: false, reason: 'unreadable', why: e instanceof Error ? e.message : String(e) };
  }
}

/** Why an upload is not a readable workbook, as an import problem states it (code and Indonesian message). */
export function openFailure(opened: Exclude<OpenedXlsx, { ok: true }>): {
  code: 'XLSX_UNREADABLE' | 'FILE_TOO_LARGE';
  message: string;
} {
  switch (opened.reason) {
    case 'not_zip':
      return { code: 'XLSX_UNREADABLE', message: 'Berkas bukan berkas Excel .xlsx (bukan arsip zip).' };
    case 'corrupt':
      return { code: 'XLSX_UNREADABLE', message: 'Berkas .xlsx rusak (arsip zip tidak lengkap).' };
    case 'not_workbook':
      return { code: 'XLSX_UNREADABLE', message: 'Berkas ini bukan buku kerja Excel .xlsx.' };
    case 'too_large':
      return {
        code: 'FILE_TOO_LARGE',
        message: `Isi berkas setelah dibuka melebihi batas ${MAX_XLSX_INFLATED_BYTES} byte.`,
      };
    case 'unreadable':
      return { code: 'XLSX_UNREADABLE', message: `Berkas .xlsx tidak dapat dibaca: ${opened.why}` };
  }
}
