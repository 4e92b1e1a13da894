import { describe, expect, it } from 'vitest';
import { initialPengaduanTexts, pengaduanBody, pengaduanFormProblems } from './pengaduan-form-state.ts';

const TODAY = '2024-06-01';
const base = { ...initialPengaduanTexts(null, TODAY, 'bkpsdm'), ringkasan: 'Antrean lama' };

describe('the complaint form', () => {
  it('sends blank optional texts as null and trims the rest', () => {
    expect(pengaduanBody({ ...base, kategori: '  ', ringkasan: ' Antrean lama ' })).toMatchObject({
      kategori: null,
      nomorTiket: null,
      ringkasan: 'Antrean lama',
      tanggalDiterima: TODAY,
    });
  });

  it('shows what the server would refuse, by field, before saving', () => {
    expect(pengaduanFormProblems(base, TODAY).size).toBe(0);
    const wrong = pengaduanFormProblems(
      { ...base, status: 'ditindaklanjuti', tanggalDiterima: '2024-05-10', tanggalTanggapan: '2024-05-01' },
      TODAY,
    );
    expect([...wrong.keys()]).toEqual(['tanggalTanggapan', 'tanggapan']);
    expect(wrong.get('tanggalTanggapan')).toContain('tidak boleh sebelum');
    expect([...pengaduanFormProblems({ ...base, ringkasan: '', pdKey: '' }, TODAY).keys()]).toEqual([
      'ringkasan',
      'pdKey',
    ]);
    expect(pengaduanFormProblems({ ...base, status: 'ditolak' }, TODAY).get('alasanStatus')).toContain('alasan');
  });
});
