// Opens an uploaded zip archive (an .xlsx) without trusting anything it says about itself: every
// entry is really inflated under one shared byte budget, aborting as soon as the output passes it, so
// a "zip bomb" costs at most the budget in memory and milliseconds of CPU whatever its directory
// claims (the declared uncompressed sizes, Zip64 fields included, are never used for the decision).
// The entries that passed are then repacked uncompressed (storedZip), so a reader such as exceljs
// sees exactly the bytes that were counted and never inflates anything itself.
import zlib from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

export type UnzipResult =
  | { ok: true; entries: ZipEntry[]; totalBytes: number }
  | { ok: false; reason: 'not_zip' | 'corrupt' | 'too_large' | 'too_many_entries' | 'unsupported' };

export interface UnzipLimits {
  /** Total inflated bytes of all entries together. */
  maxTotalBytes: number;
  maxEntries: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const U32_MAX = 0xffffffff;

class Corrupt extends Error {}

interface Directory {
  count: number;
  offset: number;
}

function findDirectory(view: DataView, length: number): Directory {
  // The end-of-central-directory record sits in the last 22 bytes plus an optional comment (≤ 64 KiB).
  let eocd = -1;
  for (let i = length - 22; i >= Math.max(0, length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Corrupt();
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count !== 0xffff && offset !== U32_MAX) return { count, offset };
  // Zip64: the real values are in the Zip64 end record, found through the locator just before.
  const loc = eocd - 20;
  if (loc < 0 || view.getUint32(loc, true) !== ZIP64_LOCATOR) throw new Corrupt();
  const rec = safeNumber(view.getBigUint64(loc + 8, true));
  if (rec + 56 > length || view.getUint32(rec, true) !== ZIP64_EOCD) throw new Corrupt();
  return {
    count: safeNumber(view.getBigUint64(rec + 32, true)),
    offset: safeNumber(view.getBigUint64(rec + 48, true)),
  };
}

function safeNumber(n: bigint): number {
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new Corrupt();
  return Number(n);
}

interface CentralEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
  next: number;
}

/** Compressed size and local header offset, taking the Zip64 extra field (id 1) when they overflow. */
function zip64Fields(view: DataView, extra: number, extraLen: number, e: { size: number; usize: number; off: number }) {
  const end = extra + extraLen;
  for (let p = extra; p + 4 <= end;) {
    const id = view.getUint16(p, true);
    const len = view.getUint16(p + 2, true);
    if (id === 1) {
      // Fields appear only for the values that overflowed, in this order.
      let q = p + 4;
      const take = () => {
        if (q + 8 > p + 4 + len) throw new Corrupt();
        const v = safeNumber(view.getBigUint64(q, true));
        q += 8;
        return v;
      };
      if (e.usize === U32_MAX) e.usize = take();
      if (e.size === U32_MAX) e.size = take();
      if (e.off === U32_MAX) e.off = take();
      return;
    }
    p += 4 + len;
  }
  if (e.size === U32_MAX || e.off === U32_MAX) throw new Corrupt();
}

function readCentral(view: DataView, bytes: Uint8Array, p: number): CentralEntry {
  if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) throw new Corrupt();
  const nameLen = view.getUint16(p + 28, true);
  const extraLen = view.getUint16(p + 30, true);
  const commentLen = view.getUint16(p + 32, true);
  if (p + 46 + nameLen + extraLen > bytes.length) throw new Corrupt();
  const sizes = {
    size: view.getUint32(p + 20, true),
    usize: view.getUint32(p + 24, true),
    off: view.getUint32(p + 42, true),
  };
  zip64Fields(view, p + 46 + nameLen, extraLen, sizes);
  return {
    name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen)),
    flags: view.getUint16(p + 8, true),
    method: view.getUint16(p + 10, true),
    compressedSize: sizes.size,
    localOffset: sizes.off,
    next: p + 46 + nameLen + extraLen + commentLen,
  };
}

/** The entry's compressed bytes, located through its local header. */
function compressedData(view: DataView, bytes: Uint8Array, e: CentralEntry): Uint8Array {
  const p = e.localOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== LOCAL) throw new Corrupt();
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  if (start + e.compressedSize > bytes.length) throw new Corrupt();
  return bytes.subarray(start, start + e.compressedSize);
}

class TooLarge extends Error {}

function inflateEntry(e: CentralEntry, data: Uint8Array, budget: number): Buffer {
  if (e.method === 0) {
    if (data.length > budget) throw new TooLarge();
    return Buffer.from(data);
  }
  try {
    // maxOutputLength makes zlib stop with a RangeError as soon as the output passes the budget,
    // instead of inflating a 2 GB sheet first and measuring it afterwards.
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
  } catch (err) {
    if (err instanceof RangeError || (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new TooLarge();
    }
    throw new Corrupt();
  }
}

export function safeUnzip(bytes: Uint8Array, limits: UnzipLimits): UnzipResult {
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, reason: 'not_zip' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const dir = findDirectory(view, bytes.length);
    if (dir.count > limits.maxEntries) return { ok: false, reason: 'too_many_entries' };
    const entries: ZipEntry[] = [];
    let total = 0;
    let p = dir.offset;
    for (let n = 0; n < dir.count; n++) {
      const e = readCentral(view, bytes, p);
      p = e.next;
      if (e.name.endsWith('/')) continue;
      // Encrypted entries, and methods other than stored/deflate, are not workbooks we can read.
      if (e.flags & 1 || (e.method !== 0 && e.method !== 8)) return { ok: false, reason: 'unsupported' };
      const data = inflateEntry(e, compressedData(view, bytes, e), limits.maxTotalBytes - total);
      total += data.length;
      if (total > limits.maxTotalBytes) return { ok: false, reason: 'too_large' };
      entries.push({ name: e.name, data });
    }
    return { ok: true, entries, totalBytes: total };
  } catch (err) {
    if (err instanceof TooLarge) return { ok: false, reason: 'too_large' };
    if (err instanceof Corrupt || err instanceof RangeError) return { ok: false, reason: 'corrupt' };
    throw err;
  }
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = U32_MAX;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ U32_MAX) >>> 0;
}

/** A zip of the given entries without compression (method 0), for readers that must not inflate. */
export function storedZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const cdSize = centrals.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
