// Report assembly: the summary counts and averages only what was computed (no capaian is counted as
// 0), budget absorption only against a ceiling, a pokja's scope reaches beneath its nodes, and the
// narrative's draft names only the summary's numbers.
import { describe, expect, it } from 'vitest';
import { outputCapaian, ringkasan, type LaporanData } from './laporan.ts';
import { draftNarasi } from './narasi.ts';
import { indicatorsUnder } from './scope.ts';

const data: LaporanData = {
  indikator: [
    {
      key: 'a',
      name: 'A',
      pdKey: 'bkpsdm',
      target: '80%',
      realisasi: '72%',
      capaian: 90,
      status: 'on_track',
      earlyWarning: null,
    },
    {
      key: 'b',
      name: 'B',
      pdKey: 'bkpsdm',
      target: '3',
      realisasi: '1',
      capaian: 33.33,
      status: 'berisiko',
      earlyWarning: 'Proyeksi 2',
    },
    {
      key: 'c',
      name: 'C',
      pdKey: 'bp4d',
      target: null,
      realisasi: null,
      capaian: null,
      status: 'tidak_dinilai',
      earlyWarning: null,
    },
  ],
  rencanaAksi: [
    {
      id: 'r1',
      rincianKegiatan: 'Penyusunan peta jabatan',
      indikatorOutput: 'Dokumen',
      satuan: 'dokumen',
      pdKey: 'bkpsdm',
      target: 2,
      realisasi: 1,
      ...outputCapaian(2, 1),
      pagu: 50_000_000,
      anggaranRealisasi: 20_000_000,
    },
  ],
  rapat: [
    {
      id: 'm',
      judul: 'Rapat pokja',
      tanggal: '2024-05-02',
      jenis: 'pokja',
      keputusan: { jumlah: 2, terbuka: 1, selesai: 0, terverifikasi: 1, terlambat: 1 },
    },
  ],
  pengaduan: { diterima: 25, ditindaklanjuti: 17, tingkat: 68, terlambat: 2 },
  rekomendasi: [
    { id: 'x', body: 'Perbaiki SOP', pdKey: 'bkpsdm', dueDate: '2024-09-30', status: 'open', overdue: false },
    { id: 'y', body: 'Sudah', pdKey: 'bkpsdm', dueDate: '2024-03-30', status: 'done', overdue: false },
  ],
  bagian: [],
};

describe('progress report assembly', () => {
  it('summarises only computed capaian and absorbs budget against the ceiling', () => {
    const r = ringkasan(data);
    expect(r.indikator).toEqual({ jumlah: 3, terisi: 2, dinilai: 2, rataCapaian: 61.67, peringatanDini: 1 });
    expect(r.statusIndikator).toMatchObject({ on_track: 1, berisiko: 1, tidak_dinilai: 1 });
    expect(r.rencanaAksi).toEqual({
      jumlah: 1,
      terisi: 1,
      tertinggal: 1,
      pagu: 50_000_000,
      anggaranRealisasi: 20_000_000,
      serapan: 40,
    });
    expect(r.rapat).toEqual({ jumlah: 1, keputusan: 2, terbuka: 1, terlambat: 1, terverifikasi: 1 });
    expect(r.rekomendasiTerbuka).toBe(1);
  });

  it('marks an output without realisasi as behind, and one without target as not assessed', () => {
    expect(outputCapaian(4, null)).toEqual({ capaian: null, tertinggal: true });
    expect(outputCapaian(null, 3)).toEqual({ capaian: null, tertinggal: false });
    expect(outputCapaian(4, 4)).toEqual({ capaian: 100, tertinggal: false });
  });

  it('drafts a narrative naming only the computed numbers', () => {
    const text = draftNarasi(ringkasan(data), 'Pokja Manajemen ASN', 'Semester I 2024');
    expect(text).toContain(
      'memantau 3 indikator; 2 telah dilaporkan realisasinya dan 2 dapat dinilai dengan rata-rata capaian 61,67%.',
    );
    expect(text).toContain('Realisasi anggaran Rp20.000.000 dari pagu Rp50.000.000 (40%).');
    expect(text).toContain(
      'Diterima 25 pengaduan masyarakat; 17 telah ditindaklanjuti (68%) dan 2 melewati batas waktu layanan.',
    );
    // Every number in the draft is one of the summary's (or the period's year).
    const allowed = new Set(['2024', '3', '2', '61,67', '1', '0', '40', '20.000.000', '50.000.000', '25', '17', '68']);
    for (const n of text.match(/\d[\d.,]*\d|\d/g) ?? []) expect(allowed.has(n), n).toBe(true);
  });

  it('reaches the indicators beneath a pokja’s nodes', () => {
    const nodes = [
      { key: 'sg', parentKey: null },
      { key: 'ku', parentKey: 'sg' },
      { key: 'other', parentKey: null },
    ];
    const placements = [
      { nodeKey: 'ku', indicatorKey: 'i1' },
      { nodeKey: 'sg', indicatorKey: 'i2' },
      { nodeKey: 'other', indicatorKey: 'i3' },
      { nodeKey: 'ku', indicatorKey: 'i1' },
    ];
    expect(indicatorsUnder(nodes, placements, ['sg'])).toEqual(['i1', 'i2']);
  });
});
