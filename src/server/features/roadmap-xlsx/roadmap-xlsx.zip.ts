// A look at an upload's zip directory before exceljs inflates it: tells a workbook from random
// bytes or a Word/PowerPoint file, and refuses archives whose content would blow up in memory.

export type ZipInspection =
  { ok: true; entries: string[]; uncompressedBytes: number | null } | { ok: false; reason: 'not_zip' | 'corrupt' };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

export function inspectZip(bytes: Uint8Array): ZipInspection {
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, reason: 'not_zip' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 bytes plus an optional comment (≤ 64 KiB).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: 'corrupt' };
  const count = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  // Zip64 archives keep the real values elsewhere; exceljs will judge those itself.
  const zip64 = count === 0xffff || cdOffset === 0xffffffff;
  if (zip64) return { ok: true, entries: [], uncompressedBytes: null };
  const entries: string[] = [];
  let total = 0;
  let p = cdOffset;
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) return { ok: false, reason: 'corrupt' };
    total += view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (p + 46 + nameLen > bytes.length) return { ok: false, reason: 'corrupt' };
    entries.push(decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { ok: true, entries, uncompressedBytes: total };
}
