// A minimal POSIX ustar archive: the backup's container. The writer appends regular-file entries to
// a stream; the reader indexes the entries of an archive file and reads them by offset, so neither
// needs the whole archive in memory. Only what Peta RB writes is supported (short names, files).
import fs from 'node:fs';
import type { Writable } from 'node:stream';

const BLOCK = 512;

function header(name: string, size: number): Buffer {
  if (Buffer.byteLength(name) > 99) throw new Error(`Nama entri terlalu panjang: ${name}`);
  const h = Buffer.alloc(BLOCK);
  h.write(name, 0, 'utf8');
  h.write('0000644\0', 100);
  h.write('0000000\0', 108);
  h.write('0000000\0', 116);
  h.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
  h.write(
    `${Math.floor(Date.now() / 1000)
      .toString(8)
      .padStart(11, '0')}\0`,
    136,
  );
  h.write('        ', 148); // checksum field counts as spaces while summing
  h.write('0', 156);
  h.write('ustar\0', 257);
  h.write('00', 263);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return h;
}

function write(out: Writable, chunk: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    out.write(chunk, (err) => (err ? reject(err) : resolve()));
  });
}

export class TarWriter {
  constructor(private readonly out: Writable) {}

  async add(name: string, content: Buffer): Promise<void> {
    await write(this.out, header(name, content.length));
    await write(this.out, content);
    await this.pad(content.length);
  }

  /** Streams a file of known size into the archive; the chunks are passed to onChunk (hashing). */
  async addFile(name: string, file: string, size: number, onChunk: (b: Buffer) => void): Promise<void> {
    await write(this.out, header(name, size));
    let written = 0;
    for await (const chunk of fs.createReadStream(file)) {
      const b = chunk as Buffer;
      written += b.length;
      if (written > size) throw new Error(`Berkas ${file} berubah selama pencadangan.`);
      onChunk(b);
      await write(this.out, b);
    }
    if (written !== size) throw new Error(`Berkas ${file} berubah selama pencadangan.`);
    await this.pad(size);
  }

  async finish(): Promise<void> {
    await write(this.out, Buffer.alloc(BLOCK * 2));
    await new Promise<void>((resolve, reject) => {
      this.out.once('error', reject);
      this.out.end(() => resolve());
    });
  }

  private async pad(size: number) {
    const rest = size % BLOCK;
    if (rest) await write(this.out, Buffer.alloc(BLOCK - rest));
  }
}

export interface TarEntry {
  name: string;
  size: number;
  offset: number;
}

export class TarReader {
  readonly entries = new Map<string, TarEntry>();
  private constructor(private readonly fd: number) {}

  static open(file: string): TarReader {
    const reader = new TarReader(fs.openSync(file, 'r'));
    reader.index(fs.fstatSync(reader.fd).size);
    return reader;
  }

  private index(total: number) {
    const h = Buffer.alloc(BLOCK);
    let pos = 0;
    while (pos + BLOCK <= total) {
      fs.readSync(this.fd, h, 0, BLOCK, pos);
      if (h.every((b) => b === 0)) return;
      const name = h.toString('utf8', 0, 100).replace(/\0.*$/s, '');
      const size = Number.parseInt(h.toString('ascii', 124, 136).replace(/\0.*$/s, '').trim(), 8);
      if (h.toString('ascii', 257, 262) !== 'ustar' || !Number.isFinite(size)) {
        throw new Error('Berkas cadangan rusak atau bukan arsip Peta RB.');
      }
      this.entries.set(name, { name, size, offset: pos + BLOCK });
      pos += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    }
    throw new Error('Berkas cadangan terpotong (akhir arsip tidak ditemukan).');
  }

  read(name: string): Buffer {
    const e = this.entries.get(name);
    if (!e) throw new Error(`Entri ${name} tidak ada dalam cadangan.`);
    const buf = Buffer.alloc(e.size);
    fs.readSync(this.fd, buf, 0, e.size, e.offset);
    return buf;
  }

  close() {
    fs.closeSync(this.fd);
  }
}
