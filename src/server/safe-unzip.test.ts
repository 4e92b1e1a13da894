// The safe inflater: honest archives open (also in the Zip64 layout), and an archive whose sheet
// inflates far past the budget is refused quickly, whatever its central directory declares.
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { crc32, safeUnzip, storedZip } from './safe-unzip.ts';
import { deflatedZeros, handZip, honestEntry } from './zip-fixture.ts';

const limits = { maxTotalBytes: 8 * 1024 * 1024, maxEntries: 100 };
let bombData: Buffer;

beforeAll(async () => {
  bombData = await deflatedZeros(256 * 1024 * 1024);
});

const bomb = (zip64: boolean) =>
  handZip(
    [
      honestEntry('xl/workbook.xml', '<workbook/>'),
      { name: 'xl/worksheets/sheet1.xml', data: bombData, method: 8, declaredSize: 1000 },
    ],
    { zip64 },
  );

describe('safeUnzip', () => {
  it.each([false, true])('opens an honest archive (zip64: %s) with its real contents', (zip64) => {
    const zip = handZip(
      [honestEntry('a.xml', '<a>halo</a>'), { name: 'b.bin', data: Buffer.from('plain'), method: 0, declaredSize: 5 }],
      { zip64 },
    );
    const got = safeUnzip(zip, limits);
    expect(got.ok && got.entries.map((e) => [e.name, e.data.toString()])).toEqual([
      ['a.xml', '<a>halo</a>'],
      ['b.bin', 'plain'],
    ]);
  });

  it.each([false, true])('refuses a bomb with a lying directory quickly (zip64: %s)', (zip64) => {
    const started = performance.now();
    expect(safeUnzip(bomb(zip64), limits)).toEqual({ ok: false, reason: 'too_large' });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('counts the budget across entries, and stored entries too', () => {
    const half = Buffer.alloc(5 * 1024 * 1024, 0x61);
    const two = handZip([
      { name: 'x', data: half, method: 0, declaredSize: 1 },
      { name: 'y', data: half, method: 0, declaredSize: 1 },
    ]);
    expect(safeUnzip(two, limits)).toEqual({ ok: false, reason: 'too_large' });
    expect(safeUnzip(two, { ...limits, maxTotalBytes: 11 * 1024 * 1024 }).ok).toBe(true);
  });

  it('tells random bytes, truncated archives and too many entries apart', () => {
    expect(safeUnzip(Buffer.from('%PDF-1.4 not a zip at all'), limits)).toEqual({ ok: false, reason: 'not_zip' });
    const zip = handZip([honestEntry('a.xml', '<a/>')]);
    expect(safeUnzip(zip.subarray(0, zip.length - 30), limits)).toEqual({ ok: false, reason: 'corrupt' });
    const many = handZip(Array.from({ length: 5 }, (_, i) => honestEntry(`e${i}`, 'x')));
    expect(safeUnzip(many, { ...limits, maxEntries: 4 })).toEqual({ ok: false, reason: 'too_many_entries' });
  });

  it('repacks entries uncompressed so another reader sees exactly the counted bytes', async () => {
    const entries = [
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'ünïcode.txt', data: Buffer.from('isi') },
    ];
    const packed = storedZip(entries);
    const again = safeUnzip(packed, limits);
    expect(again.ok && again.entries).toEqual(entries);
    const jszip = await JSZip.loadAsync(packed, { checkCRC32: true });
    expect(await jszip.file('ünïcode.txt')!.async('string')).toBe('isi');
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});
