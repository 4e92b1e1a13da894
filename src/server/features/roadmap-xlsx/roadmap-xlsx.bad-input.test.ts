// Bad uploads: each must come back with ok=false and the right problem at the right sheet, row and
// column, without throwing — random bytes, a Word file, a missing sheet, unreadable values, limits.
import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { kupang2024 } from '../../seed/kupang-2024.ts';
import { exportRoadMapXlsx } from './roadmap-xlsx.export.ts';
import { MAX_SHEET_ROWS, MAX_XLSX_BYTES, parseRoadMapXlsx, type XlsxImportResult } from './roadmap-xlsx.import.ts';
import { lampiranWithoutMetadata } from './roadmap-xlsx.fixture.ts';

/** A minimal stored (uncompressed) zip, enough to look like an Office file from the outside. */
function storedZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const nameBuf = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

async function editExport(change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await exportRoadMapXlsx(kupang2024())) as unknown as ArrayBuffer);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function expectProblem(
  r: XlsxImportResult,
  p: { sheet: string; row: number | null; column: string | null; code: string },
) {
  expect(r.ok).toBe(false);
  expect(r.document).toBeUndefined();
  expect(r.problems).toContainEqual(expect.objectContaining({ ...p, severity: 'error' }));
  const found = r.problems.find((x) => x.code === p.code)!;
  expect(found.message.id.length).toBeGreaterThan(10);
  expect(found.message.en.length).toBeGreaterThan(10);
}

const rowOf = (ws: ExcelJS.Worksheet, name: string) =>
  [...Array(ws.rowCount).keys()].map((i) => i + 1).find((r) => ws.getCell(r, 4).value === name)!;

describe('unreadable files', () => {
  it('random bytes', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    expectProblem(await parseRoadMapXlsx(bytes), {
      sheet: '(berkas)',
      row: null,
      column: null,
      code: 'XLSX_UNREADABLE',
    });
  });

  it('a truncated workbook', async () => {
    const buf = await exportRoadMapXlsx(kupang2024());
    expectProblem(await parseRoadMapXlsx(buf.subarray(0, buf.length / 2)), {
      sheet: '(berkas)',
      row: null,
      column: null,
      code: 'XLSX_UNREADABLE',
    });
  });

  it('a .docx-like zip', async () => {
    const docx = storedZip({
      '[Content_Types].xml': '<?xml version="1.0"?><Types/>',
      'word/document.xml': '<?xml version="1.0"?><w:document/>',
    });
    const r = await parseRoadMapXlsx(docx);
    expectProblem(r, { sheet: '(berkas)', row: null, column: null, code: 'XLSX_UNREADABLE' });
    expect(r.problems[0]!.message.en).toContain('Word document');
  });

  it('an ArrayBuffer is accepted like a Buffer', async () => {
    const buf = await exportRoadMapXlsx(kupang2024());
    const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
    expect((await parseRoadMapXlsx(ab)).ok).toBe(true);
  });
});

describe('workbooks with wrong content', () => {
  it('an export missing "Tabel 2"', async () => {
    const buf = await editExport((wb) => wb.removeWorksheet(wb.getWorksheet('Tabel 2')!.id));
    expectProblem(await parseRoadMapXlsx(buf), { sheet: 'Tabel 2', row: null, column: null, code: 'SHEET_MISSING' });
  });

  it('a changed header names the expected one', async () => {
    const buf = await editExport((wb) => (wb.getWorksheet('Tabel 3')!.getCell('E4').value = 'Keterangan'));
    const r = await parseRoadMapXlsx(buf);
    expectProblem(r, { sheet: 'Tabel 3', row: 4, column: 'E', code: 'HEADER_MISMATCH' });
    expect(r.problems.find((p) => p.code === 'HEADER_MISMATCH')!.message.id).toContain('"Satuan"');
  });

  it('"dua puluh" as a baseline, and every other problem of the file at once', async () => {
    let row = 0;
    let sakipRow = 0;
    const buf = await editExport((wb) => {
      const t3 = wb.getWorksheet('Tabel 3')!;
      row = rowOf(t3, 'Persentase Penduduk Miskin');
      t3.getCell(row, 6).value = 'dua puluh';
      const t1 = wb.getWorksheet('Tabel 1')!;
      sakipRow = rowOf(t1, 'Capaian Akuntabilitas Kinerja');
      t1.getCell(sakipRow, 7).value = 'ZZ';
      t1.getCell(sakipRow, 5).value = null;
    });
    const r = await parseRoadMapXlsx(buf);
    expectProblem(r, { sheet: 'Tabel 3', row, column: 'F', code: 'NOT_A_NUMBER' });
    expectProblem(r, { sheet: 'Tabel 1', row: sakipRow, column: 'G', code: 'LEVEL_NOT_IN_SCALE' });
    expectProblem(r, { sheet: 'Tabel 1', row: sakipRow, column: 'E', code: 'CELL_REQUIRED' });
    // Listed by sheet, then row.
    expect(r.problems.map((p) => p.sheet).indexOf('Tabel 3')).toBeGreaterThan(
      r.problems.map((p) => p.sheet).indexOf('Tabel 1'),
    );
  });

  it('an unknown level "ZZ" on a predikat row of a file without Metadata', async () => {
    const buf = await lampiranWithoutMetadata((wb) => (wb.getWorksheet('Tabel 1')!.getCell('F6').value = 'ZZ'));
    const r = await parseRoadMapXlsx(buf);
    expectProblem(r, { sheet: 'Tabel 1', row: 6, column: 'F', code: 'LEVEL_NOT_IN_SCALE' });
    expect(r.problems.find((p) => p.code === 'LEVEL_NOT_IN_SCALE')!.message.id).toContain('CC');
  });

  it('"dua puluh" in a file without Metadata, and an empty indicator name', async () => {
    const buf = await lampiranWithoutMetadata((wb) => {
      const t3 = wb.getWorksheet('Tabel 3')!;
      t3.getCell('F6').value = 'dua puluh';
      t3.getCell('D7').value = null;
    });
    const r = await parseRoadMapXlsx(buf);
    expectProblem(r, { sheet: 'Tabel 3', row: 6, column: 'F', code: 'NOT_A_NUMBER' });
    expectProblem(r, { sheet: 'Tabel 3', row: 7, column: 'D', code: 'CELL_REQUIRED' });
  });

  it('broken Metadata JSON', async () => {
    const buf = await editExport((wb) => {
      const meta = wb.getWorksheet('Metadata')!;
      const r = [...Array(meta.rowCount).keys()]
        .map((i) => i + 1)
        .find((i) => meta.getCell(i, 1).value === 'indicator')!;
      meta.getCell(r, 5).value = '{"key": "indeks-spbe", ';
    });
    const r = await parseRoadMapXlsx(buf);
    expect(r.ok).toBe(false);
    expect(r.problems).toContainEqual(
      expect.objectContaining({ sheet: 'Metadata', column: 'E', code: 'METADATA_INVALID', severity: 'error' }),
    );
  });

  it('Metadata that breaks the document schema points at its row', async () => {
    let metaRow = 0;
    const buf = await editExport((wb) => {
      const meta = wb.getWorksheet('Metadata')!;
      metaRow = [...Array(meta.rowCount).keys()]
        .map((i) => i + 1)
        .find((i) => meta.getCell(i, 1).value === 'regulasi')!;
      const data = JSON.parse(String(meta.getCell(metaRow, 5).value)) as Record<string, unknown>;
      meta.getCell(metaRow, 5).value = JSON.stringify({ ...data, year: 'dua ribu' });
    });
    expectProblem(await parseRoadMapXlsx(buf), {
      sheet: 'Metadata',
      row: metaRow,
      column: 'E',
      code: 'DOCUMENT_INVALID',
    });
  });
});

describe('limits', () => {
  it(`refuses files over ${MAX_XLSX_BYTES} bytes before reading them`, async () => {
    const big = Buffer.alloc(MAX_XLSX_BYTES + 1, 0x50);
    const r = await parseRoadMapXlsx(big);
    expect(r.problems).toEqual([expect.objectContaining({ code: 'FILE_TOO_LARGE', severity: 'error' })]);
    expect(r.ok).toBe(false);
    expect(MAX_XLSX_BYTES).toBe(10 * 1024 * 1024);
  });

  it(`refuses a sheet over ${MAX_SHEET_ROWS} rows`, async () => {
    const buf = await editExport((wb) => (wb.getWorksheet('Tabel 2')!.getCell(MAX_SHEET_ROWS + 1, 4).value = 'x'));
    expectProblem(await parseRoadMapXlsx(buf), { sheet: 'Tabel 2', row: null, column: null, code: 'SHEET_TOO_LARGE' });
  });
});
