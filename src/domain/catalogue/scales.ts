// The project's registry of measurement scales: every national index a road-map indicator can be
// measured on (with its predicate bands where they are published), the ordinal scales users pick
// values from, and generic numeric/currency/count scales. Indicators refer to a scale by `code`;
// the validator, the capaian calculator and the UI read ranges, bands and levels from here, so a
// value such as Indeks SPBE 5.05 can be recognised as impossible instead of being stored blindly.
//
// Facts come from shared/domain/scales.json and reference.md §4 (with their confidence notes);
// codes, labels and structure are ours. Where a published band list has integer gaps (e.g. SKM
// 64.99 / 65.00, merit 174 / 175) we close the gap with half-open intervals so that every value
// falls in exactly one band; at the published precision the result is identical.

import type { OrdinalScale, Scale, ScaleBand, ScaleLevel } from '../roadmap/types.ts';

/** Half-open band [min, max) — the default shape of published "x sampai < y" limits. */
function from(code: string, label: string, min: number, max: number): ScaleBand {
  return { code, label, min, max, minInclusive: true, maxInclusive: false };
}

/** Band (min, max] — the shape of "> x s.d. y" limits (Indeks RB, SAKIP, IRH). */
function above(code: string, label: string, min: number, max: number): ScaleBand {
  return { code, label, min, max, minInclusive: false, maxInclusive: true };
}

/** Closed band [min, max] — used for the first or last band of a range. */
function closed(code: string, label: string, min: number, max: number): ScaleBand {
  return { code, label, min, max, minInclusive: true, maxInclusive: true };
}

/** Levels listed worst first; rank follows the list position so "higher rank = better" holds. */
function levels(...items: Array<[code: string, label: string]>): ScaleLevel[] {
  return items.map(([code, label], i) => ({ code, label, rank: i + 1 }));
}

/**
 * The seven-step AA…D predicate ladder shared by Indeks RB, SAKIP and (with other labels) IRH.
 * `top` lets Indeks RB keep its AA band open up to 120 because RB Tematik can add 20 points.
 */
function aaToD(labels: Record<'D' | 'C' | 'CC' | 'B' | 'BB' | 'A' | 'AA', string>, top = 100): ScaleBand[] {
  return [
    closed('D', labels.D, 0, 30),
    above('C', labels.C, 30, 50),
    above('CC', labels.CC, 50, 60),
    above('B', labels.B, 60, 70),
    above('BB', labels.BB, 70, 80),
    above('A', labels.A, 80, 90),
    above('AA', labels.AA, 90, top),
  ];
}

const SAKIP_LABELS = {
  D: 'Sangat Kurang',
  C: 'Kurang',
  CC: 'Cukup (Memadai)',
  B: 'Baik',
  BB: 'Sangat Baik',
  A: 'Memuaskan',
  AA: 'Sangat Memuaskan',
} as const;

const IRH_LABELS = {
  D: 'Sangat Buruk',
  C: 'Buruk',
  CC: 'Cukup',
  B: 'Cukup Baik',
  BB: 'Baik',
  A: 'Sangat Baik',
  AA: 'Istimewa',
} as const;

/** SPBE and BPS statistics share the same five maturity predicates on a 1–5 index. */
function maturity15(): ScaleBand[] {
  return [
    from('KURANG', 'Kurang', 1, 1.8),
    from('CUKUP', 'Cukup', 1.8, 2.6),
    from('BAIK', 'Baik', 2.6, 3.5),
    from('SANGAT_BAIK', 'Sangat Baik', 3.5, 4.2),
    closed('MEMUASKAN', 'Memuaskan', 4.2, 5),
  ];
}

const PREDIKAT_AKIP: OrdinalScale = {
  code: 'predikat_akip',
  name: 'Predikat Akuntabilitas Kinerja (SAKIP)',
  kind: 'ordinal',
  source: 'PermenPANRB 88/2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah',
  levels: levels(
    ['D', SAKIP_LABELS.D],
    ['C', SAKIP_LABELS.C],
    ['CC', SAKIP_LABELS.CC],
    ['B', SAKIP_LABELS.B],
    ['BB', SAKIP_LABELS.BB],
    ['A', SAKIP_LABELS.A],
    ['AA', SAKIP_LABELS.AA],
  ),
};

export const SCALES: readonly Scale[] = [
  // ——— National indices (evaluator meso) ———
  {
    code: 'indeks_rb_2023',
    name: 'Indeks Reformasi Birokrasi (metode evaluasi 2023/2024)',
    kind: 'numeric',
    source: 'PermenPANRB 9/2023 tentang Evaluasi Reformasi Birokrasi; KepMenPANRB 739/2023 (LKE RB 2023)',
    min: 0,
    max: 120,
    decimals: 2,
    unitLabel: 'indeks',
    // Published rule is "AA > 90"; RB Tematik (20) can push the index above 100, still AA.
    bands: aaToD({ ...SAKIP_LABELS, CC: 'Cukup' }, 120),
  },
  {
    code: 'indeks_rb_portal_2024',
    name: 'Indeks Reformasi Birokrasi (predikat Portal RB, evaluasi 2024+)',
    kind: 'numeric',
    source: 'KemenPANRB, aplikasi Portal RB (aturan predikat dalam kode aplikasi, bukan teks peraturan)',
    min: 0,
    max: 120,
    decimals: 2,
    unitLabel: 'indeks',
    // Between 80 and 100 the portal prints "A" only when every target baik is met, otherwise
    // "A-". That condition is not a function of the index, so one band carries both readings.
    bands: [
      closed('D', 'Sangat Kurang', 0, 30),
      above('C', 'Kurang', 30, 50),
      above('CC', 'Cukup', 50, 60),
      above('B', 'Baik', 60, 70),
      above('BB', 'Sangat Baik', 70, 80),
      {
        code: 'A',
        label: 'Memuaskan (A bila semua target baik tercapai, A- bila belum)',
        min: 80,
        max: 100,
        minInclusive: false,
        maxInclusive: false,
      },
      closed('AA', 'Sangat Memuaskan', 100, 120),
    ],
  },
  {
    code: 'sakip_predikat',
    name: 'Nilai SAKIP / Evaluasi AKIP',
    kind: 'numeric',
    source: 'PermenPANRB 88/2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah',
    min: 0,
    max: 100,
    decimals: 2,
    unitLabel: 'nilai',
    bands: aaToD(SAKIP_LABELS),
  },
  {
    code: 'opini_bpk',
    name: 'Opini BPK atas Laporan Keuangan Pemerintah Daerah',
    kind: 'ordinal',
    source: 'UU 15/2004 tentang Pemeriksaan Pengelolaan dan Tanggung Jawab Keuangan Negara (jenis opini BPK)',
    levels: levels(
      ['TMP', 'Tidak Menyatakan Pendapat (disclaimer)'],
      ['TW', 'Tidak Wajar'],
      ['WDP', 'Wajar Dengan Pengecualian'],
      ['WTP', 'Wajar Tanpa Pengecualian'],
    ),
  },
  {
    code: 'ombudsman_kepatuhan',
    name: 'Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik (Ombudsman RI)',
    kind: 'numeric',
    source: 'Ombudsman RI, Penilaian Kepatuhan Standar Pelayanan Publik (UU 25/2009 tentang Pelayanan Publik)',
    min: 0,
    max: 100,
    decimals: 2,
    unitLabel: 'nilai',
    // Zone names are firm (merah/kuning/hijau); the numeric limits are only partly confirmed
    // (C 56–78 medium confidence, the others low). Kab. Kupang 2023 76.04 = zona kuning.
    bands: [
      closed('E', 'Kualitas Terendah (zona merah)', 0, 44),
      above('D', 'Kualitas Rendah (zona merah)', 44, 56),
      above('C', 'Kualitas Sedang (zona kuning)', 56, 78),
      above('B', 'Kualitas Tinggi (zona hijau)', 78, 88),
      above('A', 'Kualitas Tertinggi (zona hijau)', 88, 100),
    ],
  },
  {
    code: 'ipp',
    name: 'Indeks Pelayanan Publik (PEKPPP)',
    kind: 'numeric',
    source: 'PermenPANRB 29/2022 tentang Pemantauan dan Evaluasi Kinerja Penyelenggaraan Pelayanan Publik',
    min: 1,
    max: 5,
    decimals: 2,
    unitLabel: 'indeks',
    // Grade limits are low-medium confidence; Kab. Kupang 2.99 = "C" is the only local check.
    bands: [
      closed('E', 'Gagal', 1, 1.5),
      above('D', 'Sangat Buruk', 1.5, 2),
      above('C-', 'Buruk', 2, 2.5),
      above('C', 'Cukup', 2.5, 3),
      above('B-', 'Baik (dengan catatan)', 3, 3.5),
      above('B', 'Baik', 3.5, 4),
      above('A-', 'Sangat Baik', 4, 4.5),
      above('A', 'Pelayanan Prima', 4.5, 5),
    ],
  },
  {
    code: 'indeks_spbe',
    name: 'Indeks SPBE',
    kind: 'numeric',
    source: 'PermenPANRB 59/2020 tentang Pemantauan dan Evaluasi Sistem Pemerintahan Berbasis Elektronik',
    min: 1,
    max: 5,
    decimals: 2,
    unitLabel: 'indeks',
    bands: maturity15(),
  },
  {
    code: 'indeks_pemdi',
    name: 'Indeks Pemerintah Digital (Pemdi)',
    kind: 'numeric',
    source:
      'PermenPANRB 8/2026 tentang Evaluasi Kinerja Pemerintah Digital (ditetapkan 1 Juni 2026, mencabut PermenPANRB 59/2020); rentang predikat sebagaimana dilaporkan ringkasan publik regulasi tersebut',
    min: 1,
    max: 5,
    decimals: 2,
    unitLabel: 'indeks',
    bands: [
      from('KURANG', 'Kurang', 1, 1.5),
      from('CUKUP', 'Cukup', 1.5, 2.5),
      from('BAIK', 'Baik', 2.5, 3.5),
      from('SANGAT_BAIK', 'Sangat Baik', 3.5, 4),
      closed('MEMUASKAN', 'Memuaskan', 4, 5),
    ],
  },
  {
    code: 'arsitektur_spbe_implementasi',
    name: 'Tingkat Implementasi Kebijakan Arsitektur SPBE',
    kind: 'numeric',
    source: 'KepMenPANRB 739/2023 (LKE RB 2023, rentang 0–5); Perpres 95/2018 tentang SPBE',
    min: 0,
    max: 5,
    decimals: 2,
    unitLabel: 'tingkat',
  },
  {
    code: 'ips_epss_statistik',
    name: 'Tingkat Kematangan Penyelenggaraan Statistik Sektoral (EPSS) / Indeks Pembangunan Statistik',
    kind: 'numeric',
    source: 'Peraturan BPS 3/2022 tentang Evaluasi Penyelenggaraan Statistik Sektoral',
    min: 1,
    max: 5,
    decimals: 2,
    unitLabel: 'indeks',
    bands: maturity15(),
  },
  {
    code: 'spip_maturitas',
    name: 'Tingkat Maturitas SPIP Terintegrasi',
    kind: 'numeric',
    source: 'Peraturan BPKP 5/2021 tentang Penilaian Maturitas Penyelenggaraan SPIP Terintegrasi; PP 60/2008',
    min: 0,
    max: 5,
    decimals: 2,
    unitLabel: 'level',
    bands: [
      from('0', 'Belum Ada', 0, 1),
      from('1', 'Rintisan', 1, 2),
      from('2', 'Berkembang', 2, 3),
      from('3', 'Terdefinisi', 3, 4),
      from('4', 'Terkelola dan Terukur', 4, 4.5),
      closed('5', 'Optimum', 4.5, 5),
    ],
  },
  {
    code: 'sistem_merit_kasn',
    name: 'Indeks Sistem Merit (KASN, sampai 2024)',
    kind: 'numeric',
    source: 'Peraturan KASN 9/2019 tentang Penilaian Penerapan Sistem Merit',
    min: 100,
    max: 400,
    decimals: 2,
    unitLabel: 'skor',
    bands: [
      from('I', 'Buruk', 100, 175),
      from('II', 'Kurang', 175, 250),
      from('III', 'Baik', 250, 325),
      closed('IV', 'Sangat Baik', 325, 400),
    ],
  },
  {
    code: 'sistem_merit_2025',
    name: 'Indeks Sistem Merit (KemenPANRB, sejak 2025)',
    kind: 'numeric',
    source: 'KemenPANRB, penilaian sistem merit pasca pembubaran KASN (2025)',
    min: 0,
    max: null,
    decimals: 2,
    unitLabel: 'indeks',
    // "Maju" (> 1.00) has no upper limit; a band needs a finite max to stay JSON-serialisable,
    // so values above 1.00 are simply "above the last band" and the UI labels them Maju.
    bands: [
      closed('DASAR', 'Dasar', 0, 0.4),
      above('LANJUTAN', 'Lanjutan', 0.4, 0.6),
      above('MENENGAH', 'Menengah', 0.6, 0.8),
      above('TINGGI', 'Tinggi', 0.8, 1),
    ],
  },
  {
    code: 'skm_ikm',
    name: 'Survei Kepuasan Masyarakat / Indeks Kepuasan Masyarakat',
    kind: 'numeric',
    source: 'PermenPANRB 14/2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat',
    min: 25,
    max: 100,
    decimals: 2,
    unitLabel: 'nilai',
    bands: [
      from('D', 'Tidak Baik', 25, 65),
      from('C', 'Kurang Baik', 65, 76.61),
      from('B', 'Baik', 76.61, 88.31),
      closed('A', 'Sangat Baik', 88.31, 100),
    ],
  },
  {
    code: 'spi_kpk',
    name: 'Survei Penilaian Integritas (SPI)',
    kind: 'numeric',
    source: 'KPK, Survei Penilaian Integritas',
    min: 0,
    max: 100,
    decimals: 2,
    unitLabel: 'skor',
    // Categories Rentan < Waspada < Terjaga exist, but KPK resets their limits every survey
    // year, so fixed bands here would mislabel values; they belong to a per-year table.
  },
  {
    code: 'indeks_berakhlak',
    name: 'Indeks BerAKHLAK',
    kind: 'numeric',
    source: 'KemenPANRB, survei internal ASN atas core values BerAKHLAK',
    min: 0,
    max: 100,
    decimals: 2,
    unitLabel: 'indeks',
    // Only "Cukup Sehat" (≈ 61.7–64.5) is evidenced; a five-level "sehat" ladder is a guess,
    // so no bands are recorded.
  },
  {
    code: 'irh',
    name: 'Indeks Reformasi Hukum',
    kind: 'numeric',
    source: 'Permenkumham 17/2022 tentang Indeks Reformasi Hukum',
    min: 0,
    max: 100,
    decimals: 2,
    unitLabel: 'indeks',
    // Labels are confirmed; the 10-point limits are inferred from observed values.
    bands: aaToD(IRH_LABELS),
  },
  {
    code: 'ikk_lan',
    name: 'Indeks Kualitas Kebijakan (IKK)',
    kind: 'numeric',
    source: 'Lembaga Administrasi Negara (LAN), pengukuran Indeks Kualitas Kebijakan',
    min: 0,
    max: 100,
    decimals: 2,
    unitLabel: 'indeks',
    // Predicates Kurang < Cukup < Baik < Sangat Baik < Unggul are confirmed, limits are not.
  },
  {
    code: 'itkp_lkpp',
    name: 'Indeks Tata Kelola Pengadaan (ITKP)',
    kind: 'numeric',
    source: 'LKPP, Indeks Tata Kelola Pengadaan Barang/Jasa Pemerintah',
    min: 0,
    max: 100,
    decimals: 2,
    unitLabel: 'indeks',
    // The only AA…D band set found belongs to the 2026–2029 ITKP and contradicts the 2023
    // labels (67.99 "Cukup", 71.97 "Baik"), so it is not applied to 2023–2024 values.
  },
  {
    code: 'digitalisasi_arsip',
    name: 'Tingkat Digitalisasi Arsip',
    kind: 'numeric',
    source: 'ANRI (LKE RB 2023, rentang 0–100)',
    min: 0,
    max: 100,
    decimals: 2,
    unitLabel: 'persen',
  },
  {
    code: 'penyederhanaan_struktur',
    name: 'Persentase Penyederhanaan Struktur Organisasi',
    kind: 'numeric',
    source:
      'PermenPANRB 25/2021 tentang Penyederhanaan Struktur Organisasi pada Instansi Pemerintah untuk Penyederhanaan Birokrasi',
    min: 0,
    max: 100,
    decimals: 2,
    unitLabel: 'persen',
  },
  {
    code: 'sistem_kerja_penyederhanaan',
    name: 'Tingkat Capaian Sistem Kerja untuk Penyederhanaan Birokrasi',
    kind: 'numeric',
    source:
      'PermenPANRB 7/2022 tentang Sistem Kerja pada Instansi Pemerintah untuk Penyederhanaan Birokrasi (LKE RB 2023, rentang 0–5)',
    min: 0,
    max: 5,
    decimals: 2,
    unitLabel: 'tingkat',
  },
  {
    code: 'zona_integritas_lke',
    name: 'Tingkat Keberhasilan Pembangunan Zona Integritas (nilai LKE)',
    kind: 'numeric',
    source:
      'PermenPANRB 90/2021 tentang Pembangunan dan Evaluasi Zona Integritas; KepMenPANRB 739/2023 (LKE kab/kota, rentang 0–3,5)',
    min: 0,
    max: 3.5,
    decimals: 2,
    unitLabel: 'nilai',
  },
  {
    code: 'sp4n_lapor_tindak_lanjut',
    name: 'Tingkat Tindak Lanjut Pengaduan Masyarakat SP4N-LAPOR! (level LKE)',
    kind: 'numeric',
    source:
      'Perpres 76/2013 tentang Pengelolaan Pengaduan Pelayanan Publik; KepMenPANRB 739/2023 (LKE RB 2023, rentang 1–5)',
    min: 1,
    max: 5,
    decimals: 2,
    unitLabel: 'level',
  },
  {
    code: 'capaian_iki_skp',
    name: 'Capaian Indikator Kinerja Individu (SKP)',
    kind: 'numeric',
    source: 'PermenPANRB 6/2022 tentang Pengelolaan Kinerja Pegawai Aparatur Sipil Negara',
    min: 0,
    max: null,
    decimals: 2,
    unitLabel: 'persen',
    // The regulation lists whole percentages (0–59, 60–79, …); the bands are made contiguous so
    // a capaian like 79.5 % still has a category. Above 110 % the nilai is capped at 120.
    bands: [
      from('SANGAT_KURANG', 'Sangat Kurang', 0, 60),
      from('KURANG', 'Kurang', 60, 80),
      from('CUKUP', 'Cukup', 80, 100),
      closed('BAIK', 'Baik', 100, 100),
      above('SANGAT_BAIK', 'Sangat Baik', 100, 110),
    ],
  },
  {
    code: 'indeks_perencanaan_pembangunan',
    name: 'Indeks Perencanaan Pembangunan',
    kind: 'numeric',
    source: 'Bappenas (evaluator meso; LKE RB 2023 provinsi dan K/L, rentang 0–100)',
    min: 0,
    max: 100,
    decimals: 2,
    unitLabel: 'indeks',
  },

  // ——— Ordinal scales users pick a level from ———
  PREDIKAT_AKIP,
  {
    code: 'kategori_irh',
    name: 'Kategori Indeks Reformasi Hukum',
    kind: 'ordinal',
    source: 'Permenkumham 17/2022 tentang Indeks Reformasi Hukum',
    levels: levels(
      ['D', IRH_LABELS.D],
      ['C', IRH_LABELS.C],
      ['CC', IRH_LABELS.CC],
      ['B', IRH_LABELS.B],
      ['BB', IRH_LABELS.BB],
      ['A', IRH_LABELS.A],
      ['AA', IRH_LABELS.AA],
    ),
  },
  {
    code: 'level_spip',
    name: 'Level Maturitas SPIP',
    kind: 'ordinal',
    source: 'Peraturan BPKP 5/2021 tentang Penilaian Maturitas Penyelenggaraan SPIP Terintegrasi',
    // Codes are the level numbers users write ("Level 2"); rank is position (level 0 = rank 1).
    levels: levels(
      ['0', 'Level 0 – Belum Ada'],
      ['1', 'Level 1 – Rintisan'],
      ['2', 'Level 2 – Berkembang'],
      ['3', 'Level 3 – Terdefinisi'],
      ['4', 'Level 4 – Terkelola dan Terukur'],
      ['5', 'Level 5 – Optimum'],
    ),
  },

  // ——— Generic scales for locally defined indicators ———
  {
    code: 'persen',
    name: 'Persentase (0–100)',
    kind: 'numeric',
    source: 'Skala umum Peta RB (tanpa peraturan penerbit)',
    min: 0,
    max: 100,
    decimals: 2,
    unitLabel: 'persen',
  },
  {
    code: 'persen_bebas',
    name: 'Persentase tanpa batas atas (pertumbuhan, rasio)',
    kind: 'numeric',
    source: 'Skala umum Peta RB (tanpa peraturan penerbit)',
    min: 0,
    max: null,
    decimals: 2,
    unitLabel: 'persen',
  },
  {
    code: 'angka',
    name: 'Angka',
    kind: 'numeric',
    source: 'Skala umum Peta RB (tanpa peraturan penerbit)',
    min: null,
    max: null,
    decimals: 2,
    unitLabel: 'angka',
  },
  {
    code: 'poin',
    name: 'Poin',
    kind: 'numeric',
    source: 'Skala umum Peta RB (tanpa peraturan penerbit)',
    min: 0,
    max: null,
    decimals: 2,
    unitLabel: 'poin',
  },
  {
    code: 'skor',
    name: 'Skor',
    kind: 'numeric',
    source: 'Skala umum Peta RB (tanpa peraturan penerbit)',
    min: 0,
    max: null,
    decimals: 2,
    unitLabel: 'skor',
  },
  {
    code: 'rupiah',
    name: 'Rupiah',
    kind: 'currency',
    currency: 'IDR',
    source: 'Skala umum Peta RB (tanpa peraturan penerbit)',
    min: 0,
    max: null,
    decimals: 0,
    unitLabel: 'Rp',
  },
  {
    code: 'jumlah_unit_kerja',
    name: 'Jumlah unit kerja',
    kind: 'count',
    source: 'Skala umum Peta RB (tanpa peraturan penerbit)',
    min: 0,
    max: null,
    decimals: 0,
    unitLabel: 'unit kerja',
  },
  {
    code: 'jumlah',
    name: 'Jumlah',
    kind: 'count',
    source: 'Skala umum Peta RB (tanpa peraturan penerbit)',
    min: 0,
    max: null,
    decimals: 0,
    unitLabel: 'jumlah',
  },
];

const BY_CODE: ReadonlyMap<string, Scale> = new Map(SCALES.map((s) => [s.code, s]));

export function findScale(code: string): Scale | undefined {
  return BY_CODE.get(code);
}
