import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_ACCEPT, sniffFileType } from './sniff.ts';

/** A minimal zip (stored entries) with the given names, built by hand for the tests. */
function zip(names: string[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const data = deflateRawSync(Buffer.from('x'));
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(1, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(1, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(names.length, 8);
  eocd.writeUInt16LE(names.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, eocd]));
}

const bytes = (...xs: number[]) => new Uint8Array([...xs, ...new Array(20).fill(0)]);
const text = (s: string) => new TextEncoder().encode(s);

describe('sniffFileType', () => {
  it('recognises the allowed types by content', () => {
    expect(sniffFileType(text('%PDF-1.7\n...')).kind).toBe('pdf');
    expect(sniffFileType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)).kind).toBe('png');
    expect(sniffFileType(bytes(0xff, 0xd8, 0xff, 0xe0)).kind).toBe('jpeg');
    expect(sniffFileType(text('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ')).kind).toBe('webp');
    expect(sniffFileType(zip(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'])).kind).toBe(
      'xlsx',
    );
    expect(sniffFileType(zip(['[Content_Types].xml', 'word/document.xml'])).kind).toBe('docx');
  });

  it('rejects programs, scripts, macros and unknown content', () => {
    expect(sniffFileType(text('MZ\u0090\u0000'))).toMatchObject({ kind: 'rejected', code: 'EXECUTABLE' });
    expect(sniffFileType(bytes(0x7f, 0x45, 0x4c, 0x46))).toMatchObject({ kind: 'rejected', code: 'EXECUTABLE' });
    expect(sniffFileType(text('#!/bin/sh\nrm -rf /'))).toMatchObject({ kind: 'rejected', code: 'EXECUTABLE' });
    expect(sniffFileType(zip(['[Content_Types].xml', 'xl/workbook.xml', 'xl/vbaProject.bin']))).toMatchObject({
      kind: 'rejected',
      code: 'EXECUTABLE',
    });
    expect(sniffFileType(zip(['setup.exe']))).toMatchObject({ kind: 'rejected', code: 'EXECUTABLE' });
    expect(sniffFileType(zip(['foto.jpg']))).toMatchObject({ kind: 'rejected', code: 'ZIP_NOT_OFFICE' });
    expect(sniffFileType(text('hanya teks'))).toMatchObject({ kind: 'rejected', code: 'UNKNOWN_TYPE' });
    expect(sniffFileType(new Uint8Array())).toMatchObject({ kind: 'rejected', code: 'EMPTY' });
  });

  it('survives truncated or hostile zips', () => {
    const z = zip(['[Content_Types].xml', 'xl/workbook.xml']);
    expect(sniffFileType(z.subarray(0, z.length - 10))).toMatchObject({ kind: 'rejected' });
    const liar = new Uint8Array(z);
    const view = new DataView(liar.buffer);
    view.setUint16(liar.length - 22 + 10, 60_000, true);
    expect(sniffFileType(liar)).toMatchObject({ kind: 'rejected' });
  });
});

describe('EVIDENCE_ACCEPT', () => {
  it('offers in the file picker exactly the kinds the sniffer accepts', () => {
    expect(EVIDENCE_ACCEPT).toBe('.pdf,.png,.jpg,.jpeg,.webp,.xlsx,.docx');
  });
});
