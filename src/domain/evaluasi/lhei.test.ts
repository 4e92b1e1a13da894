import { describe, expect, it } from 'vitest';
import {
  draftNarasiLhei,
  LHEI_LEGAL_NUMBERS,
  lheiFigures,
  readIndonesianNumber,
  uncitedNumbers,
  type LheiData,
} from './lhei.ts';

const data: LheiData = {
  year: 2024,
  instansi: 'Kabupaten Contoh',
  tim: { skNomor: '700/1/2024', anggota: [{ nama: 'Evaluator', peran: 'Ketua tim' }], ketua: 'Evaluator' },
  periode: 'Semester I 2024',
  sasaran: [
    {
      kind: 'general',
      key: 'sg-1',
      name: '1. Manajemen ASN',
      indikator: 3,
      dinilai: 2,
      tercapai: 1,
      rataCapaian: 87.5,
    },
    { kind: 'tematik', key: 't-1', name: 'Kemiskinan', indikator: 1, dinilai: 1, tercapai: 0, rataCapaian: 42.13 },
  ],
  indikator: [],
  efektivitas: [
    {
      tahap: 'ex_ante',
      periode: null,
      reviu: 3,
      final: 3,
      dimensi: [
        { code: 'ketepatan', label: 'Ketepatan', sesuai: 3, dinilai: 3, persen: 100 },
        { code: 'kualitas', label: 'Kualitas', sesuai: 2, dinilai: 3, persen: 66.67 },
      ],
      total: { sesuai: 5, dinilai: 6, persen: 83.33 },
      perPd: [{ pdKey: 'bkpsdm', persen: 83.33, dinilai: 6 }],
    },
  ],
  indeks: { nilai: 61.25, predikat: 'B', rbGeneral: 45.5, rbTematik: 15.75, status: 'open' },
  temuan: [{ subjek: 'Penilaian', pdKey: 'bkpsdm', tahap: 'Ex-ante', dimensi: 'Kualitas', catatan: 'x' }],
  rekomendasi: [],
  sanggah: { diajukan: 1, diterima: 1, ditolak: 0 },
  rencanaAksi: 3,
};

describe('LHEI narrative', () => {
  it('reads numbers the Indonesian way', () => {
    expect(readIndonesianNumber('1.234,5')).toBe(1234.5);
    expect(readIndonesianNumber('87,5')).toBe(87.5);
    expect(readIndonesianNumber('2024')).toBe(2024);
  });

  it('drafts a narrative whose every number is a figure of the report', () => {
    const text = draftNarasiLhei(data);
    expect(text).toContain('Indeks RB hasil lembar kerja evaluasi adalah 61,25 dengan predikat B');
    expect(text).toContain('dimensi terlemah adalah Kualitas (66,67%)');
    expect(text).toContain('1 sanggah: 1 diterima dan 0 ditolak');
    expect(uncitedNumbers(text, lheiFigures(data), LHEI_LEGAL_NUMBERS)).toEqual([]);
    const none = draftNarasiLhei({
      ...data,
      sasaran: data.sasaran.map((s) => ({ ...s, dinilai: 0, tercapai: 0, rataCapaian: null })),
      efektivitas: data.efektivitas.map((e) => ({ ...e, dimensi: e.dimensi.map((x) => ({ ...x, persen: 100 })) })),
    });
    expect(none).toContain('Sampai Semester I 2024 belum ada indikator dengan realisasi yang dapat dinilai');
    expect(none).not.toContain('terlemah');
  });

  it('names the numbers an edited narrative invents, accepting a figure rounded as written', () => {
    const figures = lheiFigures(data);
    expect(uncitedNumbers('Capaian rata-rata 87,5% dan kualitas 66,7%.', figures)).toEqual([]);
    expect(uncitedNumbers('Indeks naik menjadi 75,2 dan 1.500 ASN dilatih.', figures)).toEqual(['75,2', '1.500']);
    expect(uncitedNumbers('Sesuai PermenPANRB 9/2023.', figures, LHEI_LEGAL_NUMBERS)).toEqual([]);
  });
});
