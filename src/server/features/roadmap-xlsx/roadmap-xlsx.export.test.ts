// The exported workbook itself: Lampiran layout (titles, merged two-row header, merged node cells),
// real numeric cells with Indonesian-looking formats, print setup, and a visible Metadata sheet last.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { kupang2024 } from '../../seed/kupang-2024.ts';
import { exportRoadMapXlsx } from './roadmap-xlsx.export.ts';
import { handBuiltRoadMap } from './roadmap-xlsx.fixture.ts';

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

describe('exported Kupang workbook', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await load(await exportRoadMapXlsx(kupang2024()));
  });

  it('has one sheet per table and the Metadata sheet last, all visible', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tabel 1', 'Tabel 2', 'Tabel 3', 'Metadata']);
    expect(wb.worksheets.every((w) => w.state === 'visible')).toBe(true);
    const meta = wb.getWorksheet('Metadata')!;
    expect(String(meta.getCell('A1').value)).toMatch(/impor\w* kembali tanpa kehilangan data/);
  });

  it('prints the title rows and the merged two-row header of Tabel 2', () => {
    const ws = wb.getWorksheet('Tabel 2')!;
    expect(ws.getCell('A1').value).toBe('Tabel 2');
    expect(ws.getCell('A2').value).toBe('Kegiatan Utama Pelaksanaan Reformasi Birokrasi General Kabupaten Kupang');
    const merges = ws.model.merges;
    for (const range of ['A1:H1', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5', 'F4:F5', 'H4:H5'])
      expect(merges).toContain(range);
    expect(ws.getCell('A5').isMerged).toBe(true);
    expect(ws.getCell('A5').master.address).toBe('A4');
    expect(['A4', 'B4', 'C4', 'D4', 'E4', 'F4', 'G4', 'H4'].map((a) => ws.getCell(a).value)).toEqual([
      'No',
      'Sasaran',
      'Kegiatan Utama',
      'Indikator',
      'Satuan',
      'Baseline 2023',
      'Target',
      'Perangkat Daerah Penanggungjawab',
    ]);
    expect(ws.getCell('G5').value).toBe(2024);
    expect(ws.getCell('G5').isMerged).toBe(false);
    expect(wb.getWorksheet('Tabel 3')!.getCell('F4').value).toBe('Baseline (2023)');
  });

  it('merges the No and Sasaran cells over the rows of one sasaran, as printed', () => {
    const ws = wb.getWorksheet('Tabel 2')!;
    // Sasaran 6 "Meningkatnya kualitas pengawasan" spans four kegiatan rows.
    const row = [...Array(ws.rowCount).keys()].map((i) => i + 1).find((r) => ws.getCell(r, 1).value === 6)!;
    expect(ws.model.merges).toContain(`A${row}:A${row + 3}`);
    expect(ws.model.merges).toContain(`B${row}:B${row + 3}`);
    expect(ws.getCell(row + 2, 2).value).toBe('Meningkatnya kualitas pengawasan');
  });

  it('writes numbers as numeric cells with Indonesian-looking formats, levels and N/A as text', () => {
    const t3 = wb.getWorksheet('Tabel 3')!;
    expect(t3.getCell('E6').value).toBe('Persen');
    expect(t3.getCell('F6').value).toBe(21.78);
    expect(t3.getCell('F6').numFmt).toBe('#,##0.00');
    expect(t3.getCell('E7').value).toBe('Rp.');
    expect(t3.getCell('F7').value).toBe(527562744023);
    expect(t3.getCell('F7').numFmt).toBe('#,##0');
    expect(t3.getCell('H7').value).toBe('DPMPTSP dan BPKAD');
    expect(t3.getCell('F9').value).toBe('N/A');
    const t1 = wb.getWorksheet('Tabel 1')!;
    const byIndicator = (name: string) =>
      [...Array(t1.rowCount).keys()].map((i) => i + 1).find((r) => t1.getCell(r, 4).value === name)!;
    const sakip = byIndicator('Capaian Akuntabilitas Kinerja');
    expect([t1.getCell(sakip, 6).value, t1.getCell(sakip, 7).value]).toEqual(['CC', 'A']);
    const spbe = byIndicator('Indeks SPBE');
    expect(typeof t1.getCell(spbe, 6).value).toBe('number');
    expect(t1.getCell(spbe, 7).value).toBe(5.05);
  });

  it('joins responsible PDs as the Lampiran does', () => {
    const t2 = wb.getWorksheet('Tabel 2')!;
    const values = [...Array(t2.rowCount).keys()].map((i) => t2.getCell(i + 1, 8).value);
    expect(values).toContain('BP4D, Inspektorat Daerah dan Bagian Organisasi Sekretariat Daerah');
  });

  it('is set up for A4 landscape printing with repeated, frozen header rows and a hidden key column', () => {
    const ws = wb.getWorksheet('Tabel 2')!;
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.printTitlesRow).toBe('4:5');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(ws.getColumn(4).width).toBeGreaterThan(20);
    expect(ws.getCell('D6').alignment?.wrapText).toBe(true);
    expect(ws.getCell('D6').border?.top?.style).toBe('thin');
    expect(ws.getColumn(9).hidden).toBe(true);
    expect(ws.getCell('I4').value).toBe('Kunci');
  });
});

describe('exported hand-built workbook', () => {
  it('spreads "Target" over one column per target year and writes bands as text', async () => {
    const wb = await load(await exportRoadMapXlsx(handBuiltRoadMap()));
    const t1 = wb.getWorksheet('Tabel 1')!;
    expect(t1.model.merges).toContain('G4:K4');
    expect(['G5', 'H5', 'I5', 'J5', 'K5'].map((a) => t1.getCell(a).value)).toEqual([2025, 2026, 2027, 2028, 2029]);
    const row = [...Array(t1.rowCount).keys()]
      .map((i) => i + 1)
      .find((r) => t1.getCell(r, 4).value === 'Persentase Penduduk Miskin')!;
    expect(t1.getCell(row, 9).value).toBe('18,25 – 19');
    expect(t1.getCell(row, 11).value).toBe(0.125);
    expect(t1.getCell(row, 11).numFmt).toBe('#,##0.000');
  });

  it('exports only the requested tables, in English when asked', async () => {
    const wb = await load(await exportRoadMapXlsx(handBuiltRoadMap(), { tables: ['tabel3'], locale: 'en' }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tabel 3', 'Metadata']);
    expect(wb.getWorksheet('Tabel 3')!.getCell('B4').value).toBe('Theme');
  });
});
