// PDF checks for download tests through Debian's poppler-utils (/usr/bin/pdftotext, pdftoppm,
// pdfinfo): page count, text of one page, and a page rendered to a PNG whose pixels
// are decoded here (no image library needed) to tell a drawn page from a blank one.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

export const hasPoppler = (): boolean => fs.existsSync('/usr/bin/pdftotext') && fs.existsSync('/usr/bin/pdftoppm');

/** Writes the PDF to a temporary file; every check below reads that file. */
export function pdfFile(buf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peta-rb-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  fs.writeFileSync(file, buf);
  return file;
}

export function pageCount(file: string): number {
  const info = execFileSync('/usr/bin/pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** Text of one page (1-based), in reading layout. */
export function pageText(file: string, page: number): string {
  return execFileSync('/usr/bin/pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  });
}

export interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
  png: Buffer;
}

const paeth = (a: number, b: number, c: number) => {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** Decodes a non-interlaced 8-bit grey or RGB PNG (what `pdftoppm -png` writes) to grey levels. */
export function decodeGreyPng(png: Buffer): GreyImage {
  if (png.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  let off = 8;
  let width = 0;
  let height = 0;
  let bpp = 1;
  const idat: Buffer[] = [];
  while (off < png.length) {
    const len = png.readUInt32BE(off);
    const type = png.subarray(off + 4, off + 8).toString('latin1');
    const data = png.subarray(off + 8, off + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      bpp = data[9] === 2 ? 3 : 1;
      if (data[8] !== 8 || (data[9] !== 0 && data[9] !== 2) || data[12] !== 0)
        throw new Error('expected 8-bit grey or RGB, not interlaced');
    } else if (type === 'IDAT') idat.push(data);
    off += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const bytes = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= bpp ? bytes[y * stride + x - bpp]! : 0;
      const b = y > 0 ? bytes[(y - 1) * stride + x]! : 0;
      const c = x >= bpp && y > 0 ? bytes[(y - 1) * stride + x - bpp]! : 0;
      const pred = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter] ?? 0;
      bytes[y * stride + x] = (v + pred) & 0xff;
    }
  }
  const pixels = new Uint8Array(width * height);
  for (let i = 0; i < pixels.length; i++) {
    let sum = 0;
    for (let k = 0; k < bpp; k++) sum += bytes[i * bpp + k]!;
    pixels[i] = Math.round(sum / bpp);
  }
  return { width, height, pixels, png };
}

/** Renders one page (1-based) at `dpi` as a grey PNG and decodes it. */
export function renderPage(file: string, page: number, dpi = 40): GreyImage {
  const out = path.join(path.dirname(file), `page-${page}`);
  execFileSync('/usr/bin/pdftoppm', [
    '-png',
    '-gray',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    file,
    out,
  ]);
  return decodeGreyPng(fs.readFileSync(`${out}.png`));
}

/** Share of pixels darker than mid-grey: 0 for a blank page. */
export function inkRatio(img: GreyImage): number {
  let dark = 0;
  for (const p of img.pixels) if (p < 128) dark++;
  return dark / img.pixels.length;
}
