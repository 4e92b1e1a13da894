// Pure layout rules of the Lampiran PDF: heading and signature texts, column widths, page breaks
// (rows fill pages; the signature never sits alone on a page).
import { describe, expect, it } from 'vitest';
import { kupang2024 } from '../../seed/kupang-2024.ts';
import {
  USABLE_WIDTH,
  columnWidths,
  headTitle,
  lampiranHeading,
  pageLabel,
  paginate,
  regionName,
  signatureBlock,
} from './roadmap-pdf.layout.ts';

describe('Lampiran heading and signature', () => {
  const doc = kupang2024();

  it('names the regulation as the Perbup prints it', () => {
    expect(regionName('Kabupaten Kupang')).toBe('KUPANG');
    expect(regionName('Kota Kupang')).toBe('KUPANG');
    expect(headTitle(doc)).toBe('BUPATI KUPANG');
    const lines = lampiranHeading(doc, 'active');
    expect(lines.slice(0, 3)).toEqual(['LAMPIRAN', 'PERATURAN BUPATI KUPANG', 'NOMOR 17 TAHUN 2024']);
    expect(lines[3]).toMatch(/^TENTANG PERUBAHAN ATAS PERATURAN BUPATI KUPANG NOMOR 20 TAHUN 2023/);
  });

  it('leaves the number of a draft open and gives it no signature', () => {
    expect(lampiranHeading(doc, 'draft')[2]).toBe('NOMOR ..... TAHUN .....');
    expect(signatureBlock(doc, 'draft')).toBeNull();
  });

  it('signs with place, date and the title of the Bupati', () => {
    expect(signatureBlock(doc, 'active')!.lines).toEqual([
      'Ditetapkan di Oelamasi',
      'pada tanggal 8 Mei 2024',
      'BUPATI KUPANG,',
    ]);
    expect(signatureBlock(doc, 'superseded')).not.toBeNull();
    expect(pageLabel(2, 5)).toBe('Halaman 2 dari 5');
  });
});

describe('column widths', () => {
  it('fill the usable width of an A4 landscape page', () => {
    for (const [years, pd] of [
      [1, true],
      [1, false],
      [5, true],
    ] as const) {
      const w = columnWidths(years, pd);
      expect(w).toHaveLength(6 + years + (pd ? 1 : 0));
      expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(USABLE_WIDTH, 6);
      expect(Math.min(...w)).toBeGreaterThan(20);
    }
  });
});

describe('paginate', () => {
  const space = { first: 100, other: 150, signature: 0 };

  it('fills each page and starts a new one when a row does not fit', () => {
    expect(paginate([40, 40, 40, 40, 40, 40], space)).toEqual([[0, 1], [2, 3, 4], [5]]);
  });

  it('gives a row taller than a page a page of its own', () => {
    expect(paginate([200, 10], space)).toEqual([[0], [1]]);
  });

  it('keeps the signature with the last rows when it does not fit under them', () => {
    // 3 rows fill page 2 (120 of 150): the 60-point signature does not fit; two rows move with it.
    const pages = paginate([40, 40, 40, 40, 40], { ...space, signature: 60 });
    expect(pages).toEqual([[0, 1], [2], [3, 4]]);
    expect(pages.every((p) => p.length > 0)).toBe(true);
  });

  it('leaves pages alone when the signature fits', () => {
    expect(paginate([40, 40, 40], { ...space, signature: 20 })).toEqual([[0, 1], [2]]);
  });

  it('moves one row only when two would not fit with the signature', () => {
    expect(paginate([40, 40, 100, 40], { first: 100, other: 150, signature: 100 })).toEqual([[0, 1], [2], [3]]);
  });
});
