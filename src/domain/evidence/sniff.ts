// Tells an evidence file's type from its content, never from its name: PDF, PNG, JPEG, WebP, and
// Office xlsx/docx (zip archives recognised by their entries). Executables, scripts, macro-enabled
// Office files and anything unrecognised are rejected. Pure byte inspection, bounded loops.
import type { LocalizedText } from '../roadmap/types.ts';

export type SniffedKind = 'pdf' | 'png' | 'jpeg' | 'webp' | 'xlsx' | 'docx';

export type SniffResult =
  | { kind: SniffedKind; mime: string; ext: string }
  | { kind: 'rejected'; code: 'EXECUTABLE' | 'UNKNOWN_TYPE' | 'EMPTY' | 'ZIP_NOT_OFFICE'; reason: LocalizedText };

const MIME: Record<SniffedKind, [string, string]> = {
  pdf: ['application/pdf', 'pdf'],
  png: ['image/png', 'png'],
  jpeg: ['image/jpeg', 'jpg'],
  webp: ['image/webp', 'webp'],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
};

/** The file picker's `accept` for evidence: the kinds this module recognises (the content decides; the
 * picker only offers them first). JPEG is also named ".jpeg", as cameras and phones save it. */
export const EVIDENCE_ACCEPT = Object.values(MIME)
  .flatMap(([, ext]) => (ext === 'jpg' ? ['.jpg', '.jpeg'] : [`.${ext}`]))
  .join(',');

const ok = (kind: SniffedKind): SniffResult => ({ kind, mime: MIME[kind][0], ext: MIME[kind][1] });

function startsWith(b: Uint8Array, sig: readonly number[], offset = 0): boolean {
  if (b.length < offset + sig.length) return false;
  return sig.every((v, i) => b[offset + i] === v);
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const EXECUTABLE_REASON: LocalizedText = {
  id: 'Berkas program atau skrip tidak boleh diunggah sebagai bukti.',
  en: 'Programs and scripts cannot be uploaded as evidence.',
};

/** Entry names of a zip archive from its central directory; null when the archive is unreadable. */
export function zipEntryNames(b: Uint8Array, maxEntries = 10_000): string[] | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65535 bytes.
  const minPos = Math.max(0, b.length - 22 - 65_535);
  let eocd = -1;
  for (let i = b.length - 22; i >= minPos; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let pos = view.getUint32(eocd + 16, true);
  if (count > maxEntries) return null;
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (pos + 46 > b.length || view.getUint32(pos, true) !== 0x02014b50) return null;
    const nameLen = view.getUint16(pos + 28, true);
    const extraLen = view.getUint16(pos + 30, true);
    const commentLen = view.getUint16(pos + 32, true);
    if (pos + 46 + nameLen > b.length) return null;
    names.push(decoder.decode(b.subarray(pos + 46, pos + 46 + nameLen)));
    pos += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

export function sniffFileType(bytes: Uint8Array): SniffResult {
  if (bytes.length === 0)
    return { kind: 'rejected', code: 'EMPTY', reason: { id: 'Berkas kosong.', en: 'The file is empty.' } };
  // Programs: Windows (MZ), Linux (ELF), macOS (Mach-O), and scripts with a shebang.
  if (
    startsWith(bytes, ascii('MZ')) ||
    startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46]) ||
    startsWith(bytes, [0xcf, 0xfa, 0xed, 0xfe]) ||
    startsWith(bytes, [0xfe, 0xed, 0xfa, 0xcf]) ||
    startsWith(bytes, [0xca, 0xfe, 0xba, 0xbe]) ||
    startsWith(bytes, ascii('#!'))
  ) {
    return { kind: 'rejected', code: 'EXECUTABLE', reason: EXECUTABLE_REASON };
  }
  if (startsWith(bytes, ascii('%PDF-'))) return ok('pdf');
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return ok('png');
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return ok('jpeg');
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return ok('webp');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntryNames(bytes);
    if (!names)
      return {
        kind: 'rejected',
        code: 'ZIP_NOT_OFFICE',
        reason: { id: 'Arsip zip rusak atau tidak dapat dibaca.', en: 'The zip archive is damaged or unreadable.' },
      };
    const lower = names.map((n) => n.toLowerCase());
    if (lower.some((n) => /\.(exe|dll|js|vbs|bat|cmd|ps1|sh|jar|scr|msi)$/.test(n) || n.endsWith('vbaproject.bin'))) {
      return {
        kind: 'rejected',
        code: 'EXECUTABLE',
        reason: {
          id: 'Berkas berisi program atau makro dan tidak boleh diunggah.',
          en: 'The file contains programs or macros.',
        },
      };
    }
    const typed = lower.includes('[content_types].xml');
    if (typed && lower.includes('xl/workbook.xml')) return ok('xlsx');
    if (typed && lower.includes('word/document.xml')) return ok('docx');
    return {
      kind: 'rejected',
      code: 'ZIP_NOT_OFFICE',
      reason: {
        id: 'Arsip zip yang bukan berkas Excel (.xlsx) atau Word (.docx) tidak diterima.',
        en: 'Zip archives other than .xlsx or .docx are not accepted.',
      },
    };
  }
  return {
    kind: 'rejected',
    code: 'UNKNOWN_TYPE',
    reason: {
      id: 'Jenis berkas tidak dikenali. Unggah PDF, gambar (PNG/JPEG/WebP), Excel (.xlsx) atau Word (.docx).',
      en: 'Unrecognised file type. Upload PDF, PNG/JPEG/WebP, .xlsx or .docx.',
    },
  };
}
