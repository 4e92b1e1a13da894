// The cell texts of the Lampiran PDF tables (Kupang seed) and the row heights of spanning cells.
import { describe, expect, it } from 'vitest';
import { kupang2024 } from '../../seed/kupang-2024.ts';
import { numberId, pdfTable, spanHeights, type PdfRow } from './roadmap-pdf.table.ts';

describe('pdfTable', () => {
  const doc = kupang2024();

  it('prints the column groups of Tabel 2 as the Lampiran does', () => {
    const t = pdfTable(doc, 'tabel2');
    expect(t.caption).toBe('TABEL 2');
    expect(t.title).toBe('Kegiatan Utama Pelaksanaan Reformasi Birokrasi General Kabupaten Kupang');
    expect(t.columns).toEqual([
      'No',
      'Sasaran',
      'Kegiatan Utama',
      'Indikator',
      'Satuan',
      'Baseline 2023',
      '2024',
      'Perangkat Daerah Penanggungjawab',
    ]);
    expect(t.targetYears).toEqual([2024]);
    expect(t.rows[0]!.cells[0]).toBe('1');
    expect(t.rows.every((r) => r.cells.length === t.columns.length)).toBe(true);
  });

  it('writes numbers the Indonesian way and Tabel 3 baseline in parentheses', () => {
    const t = pdfTable(doc, 'tabel3');
    expect(t.columns[5]).toBe('Baseline (2023)');
    const poverty = t.rows.find((r) => r.cells[3] === 'Persentase Penduduk Miskin')!;
    expect(poverty.cells.slice(5, 7)).toEqual(['21,78', '19,37']);
    expect(numberId(527562744023)).toBe('527.562.744.023');
  });
});

describe('spanHeights', () => {
  const row = (first1: boolean, first2: boolean): PdfRow => ({
    cells: ['1', 'a', 'b', 'x'],
    firstOfLevel1: first1,
    firstOfLevel2: first2,
  });

  it('grows the last row of a group whose spanning text is taller than its rows', () => {
    const rows = [row(true, true), row(false, false), row(true, true)];
    const measure = (col: number) => (col === 1 ? 50 : 10);
    expect(spanHeights(rows, [15, 15, 15], measure)).toEqual([15, 35, 50]);
  });

  it('leaves rows alone when the spanning text fits', () => {
    expect(spanHeights([row(true, true), row(false, true)], [20, 20], () => 12)).toEqual([20, 20]);
  });
});
