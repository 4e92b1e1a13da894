// Test fixture: hand-written zip archives that lie about themselves, to prove the upload guard judges
// what an archive really inflates to. A "zip bomb" is a long run of zeros deflated (~1000:1) under a
// central directory that declares a tiny uncompressed size, optionally in the Zip64 layout.
import zlib from 'node:zlib';

export interface HandEntry {
  name: string;
  /** The bytes as stored (already deflated when method is 8). */
  data: Buffer;
  method: 0 | 8;
  /** What the headers claim the entry inflates to. */
  declaredSize: number;
}

/** `bytes` zeros, deflated raw, streamed so the test never holds the inflated run. */
export async function deflatedZeros(bytes: number): Promise<Buffer> {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const zeros = Buffer.alloc(1 << 20);
  for (let left = bytes; left > 0; left -= zeros.length) {
    const ok = deflate.write(left >= zeros.length ? zeros : zeros.subarray(0, left));
    if (!ok) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return Buffer.concat(chunks);
}

/** An entry given as plain content, deflated and declared truthfully. */
export function honestEntry(name: string, content: string): HandEntry {
  const raw = Buffer.from(content, 'utf8');
  return { name, data: zlib.deflateRawSync(raw), method: 8, declaredSize: raw.length };
}

export function handZip(entries: readonly HandEntry[], opts: { zip64?: boolean } = {}): Buffer {
  const zip64 = opts.zip64 ?? false;
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(zip64 ? 45 : 20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(zip64 ? 45 : 20, 4);
    cd.writeUInt16LE(zip64 ? 45 : 20, 6);
    cd.writeUInt16LE(e.method, 10);
    cd.writeUInt16LE(name.length, 28);
    let extra = Buffer.alloc(0);
    if (zip64) {
      // Every size and the offset moved into the Zip64 extra field (id 1).
      cd.writeUInt32LE(0xffffffff, 20);
      cd.writeUInt32LE(0xffffffff, 24);
      cd.writeUInt32LE(0xffffffff, 42);
      extra = Buffer.alloc(4 + 24);
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(e.declaredSize), 4);
      extra.writeBigUInt64LE(BigInt(e.data.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
      cd.writeUInt16LE(extra.length, 30);
    } else {
      cd.writeUInt32LE(e.data.length, 20);
      cd.writeUInt32LE(e.declaredSize, 24);
      cd.writeUInt32LE(offset, 42);
    }
    out.push(local, name, e.data);
    central.push(cd, name, extra);
    offset += 30 + name.length + e.data.length;
  }
  const cdStart = offset;
  const cdSize = central.reduce((s, b) => s + b.length, 0);
  out.push(...central);
  if (zip64) {
    const rec = Buffer.alloc(56);
    rec.writeUInt32LE(0x06064b50, 0);
    rec.writeBigUInt64LE(44n, 4);
    rec.writeUInt16LE(45, 12);
    rec.writeUInt16LE(45, 14);
    rec.writeBigUInt64LE(BigInt(entries.length), 24);
    rec.writeBigUInt64LE(BigInt(entries.length), 32);
    rec.writeBigUInt64LE(BigInt(cdSize), 40);
    rec.writeBigUInt64LE(BigInt(cdStart), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(cdStart + cdSize), 8);
    locator.writeUInt32LE(1, 16);
    out.push(rec, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 10);
  end.writeUInt32LE(zip64 ? 0xffffffff : cdSize, 12);
  end.writeUInt32LE(zip64 ? 0xffffffff : cdStart, 16);
  out.push(end);
  return Buffer.concat(out);
}

const WORKBOOK_XML =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>';

/** A workbook-looking archive whose sheet1.xml inflates to `bytes` zeros but declares 1000 bytes. */
export async function xlsxBomb(bytes: number, opts: { zip64?: boolean } = {}): Promise<Buffer> {
  return handZip(
    [
      honestEntry('[Content_Types].xml', '<?xml version="1.0"?><Types/>'),
      honestEntry('xl/workbook.xml', WORKBOOK_XML),
      { name: 'xl/worksheets/sheet1.xml', data: await deflatedZeros(bytes), method: 8, declaredSize: 1000 },
    ],
    opts,
  );
}
