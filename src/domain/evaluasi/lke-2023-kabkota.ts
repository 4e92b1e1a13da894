// The LKE RB 2023 for pemerintah kabupaten/kota (KepMenPANRB 739/2023 as stored in Portal RB:
// lke_parameter set 13, test 7): RB General 100 + RB Tematik 20, the exact weights and ranges of
// shared/domain/reference.md §3.2, the koefisien line, the 2023 predikat bands and the rencana
// aksi criteria of §3.4. Shipped as the starting configuration; an admin clones it for a new year.
import type { LkeComponent, LkeConfig, LkeLine, LkeNode, LkeTheme, PredikatBand } from './lke-types.ts';

function line(
  code: string,
  name: string,
  weight: number,
  min: number,
  max: number,
  extra: Partial<LkeLine> = {},
): LkeLine {
  return { kind: 'line', code, name, weight, min, max, ...extra };
}

function component(code: string, name: string, weight: number, children: LkeNode[]): LkeComponent {
  return { kind: 'component', code, name, weight, children };
}

export const THEMES_2023: LkeTheme[] = [
  { code: 'T1', name: 'Pengentasan Kemiskinan', keywords: ['kemiskinan'] },
  { code: 'T2', name: 'Peningkatan Investasi', keywords: ['investasi'] },
  {
    code: 'T3',
    name: 'Digitalisasi Administrasi Pemerintahan (Penanganan Stunting)',
    keywords: ['stunting', 'digitalisasi administrasi'],
  },
  { code: 'T4', name: 'Penggunaan Produk Dalam Negeri', keywords: ['produk dalam negeri'] },
  { code: 'T5', name: 'Pengendalian Inflasi', keywords: ['inflasi'] },
];

export const OPINI_BPK_LEVELS = [
  { code: 'TMP', label: 'Tidak Menyatakan Pendapat', value: 0 },
  { code: 'TW', label: 'Tidak Wajar', value: 1 / 3 },
  { code: 'WDP', label: 'Wajar Dengan Pengecualian', value: 2 / 3 },
  { code: 'WTP', label: 'Wajar Tanpa Pengecualian', value: 1 },
];

const NASIONAL = 'Evaluator Nasional (KemenPANRB)';

const general = component('RBG', 'RB General', 100, [
  component('1A', 'Strategi Pelaksanaan RB General', 10, [
    line('1A1', 'Rencana Aksi Pembangunan RB General', 3, 0, 3, {
      evaluator: NASIONAL,
      derivedFrom: 'renaksi_quality',
    }),
    line('1A2', 'Tingkat Implementasi Rencana Aksi RB General', 7, 0, 100, {
      evaluator: NASIONAL,
      multiplier: '1A1',
      derivedFrom: 'renaksi_implementation',
    }),
  ]),
  component('1B', 'Capaian Pelaksanaan Kebijakan RB', 40, [
    component('1B1', 'Hard Element (Sasaran 1)', 33, [
      line('1B1a', 'Persentase Penyederhanaan Struktur Organisasi', 2, 0, 100, {
        evaluator: 'KemenPANRB',
        nationalIndicatorCodes: ['KU01-1'],
      }),
      line('1B1b', 'Tingkat Capaian Sistem Kerja untuk Penyederhanaan Birokrasi', 2, 0, 5, {
        evaluator: 'KemenPANRB',
        nationalIndicatorCodes: ['KU02-1'],
      }),
      line('1B1c', 'Tingkat Maturitas SPIP', 4, 1, 5, { evaluator: 'BPKP', nationalIndicatorCodes: ['KU07-1'] }),
      line('1B1d', 'Tingkat Keberhasilan Pembangunan Zona Integritas', 3.5, 0, 3.5, {
        evaluator: 'KemenPANRB',
        nationalIndicatorCodes: ['KU06-1'],
      }),
      line('1B1e', 'Nilai SAKIP', 4, 0, 100, { evaluator: 'KemenPANRB', nationalIndicatorCodes: ['KU04-2'] }),
      line('1B1f', 'Tingkat Implementasi Kebijakan Arsitektur SPBE', 2.5, 0, 5, {
        evaluator: 'KemenPANRB / Kominfo',
        nationalIndicatorCodes: ['KU03-2'],
      }),
      line('1B1g', 'Tingkat Digitalisasi Arsip', 2.5, 0, 100, {
        evaluator: 'ANRI',
        nationalIndicatorCodes: ['KU12-1'],
      }),
      line('1B1h', 'Tingkat Tindak Lanjut Pengaduan (SP4N-LAPOR) yang sudah diselesaikan', 2.5, 1, 5, {
        evaluator: 'KemenPANRB',
        nationalIndicatorCodes: ['KU08-1'],
      }),
      line('1B1i', 'Indeks Kualitas Kebijakan', 2.5, 0, 100, { evaluator: 'LAN', nationalIndicatorCodes: ['KU10-1'] }),
      line('1B1j', 'Indeks Reformasi Hukum', 2.5, 0, 100, {
        evaluator: 'Kemenkumham',
        nationalIndicatorCodes: ['KU11-1'],
      }),
      line('1B1k', 'Tingkat Kematangan Penyelenggaraan Statistik Sektoral (EPSS)', 2.5, 1, 5, {
        evaluator: 'BPS',
        nationalIndicatorCodes: ['KU13-1'],
      }),
      line('1B1l', 'Indeks Tata Kelola Pengadaan (ITKP)', 2.5, 0, 100, {
        evaluator: 'LKPP',
        nationalIndicatorCodes: ['KU14-1'],
      }),
    ]),
    component('1B2', 'Soft Element (Sasaran 2)', 7, [
      // The portal stores 410 as the maximum of the 100–400 merit scale; kept as published.
      line('1B2a', 'Indeks Sistem Merit', 4, 0, 410, {
        evaluator: 'KASN',
        nationalIndicatorCodes: ['KU19-1', 'KU16-1', 'KU17-1', 'KU18-1'],
      }),
      line('1B2b', 'Indeks Pelayanan Publik', 1.5, 0, 5, {
        evaluator: 'KemenPANRB',
        nationalIndicatorCodes: ['KU21-2'],
      }),
      line('1B2c', 'Tingkat Kepatuhan Standar Pelayanan Publik', 1.5, 0, 100, {
        evaluator: 'Ombudsman RI',
        nationalIndicatorCodes: ['KU21-3'],
      }),
    ]),
  ]),
  component('1C', 'Capaian Sasaran Strategis', 50, [
    component('1C1', 'Hard Element', 28, [
      line('1C1a', 'Indeks SPBE', 9, 0, 5, { evaluator: 'KemenPANRB', nationalIndicatorCodes: ['KU03-1'] }),
      line('1C1b', 'Capaian Akuntabilitas Kinerja — Capaian IKU Makro', 2, 0, 100, {
        evaluator: 'KemenPANRB',
        nationalIndicatorCodes: ['KU04-4'],
      }),
      line('1C1c', 'Capaian Akuntabilitas Kinerja — Capaian IKU Non Makro', 8, 0, 100, {
        evaluator: 'KemenPANRB',
        multiplier: '1B1e',
        nationalIndicatorCodes: ['KU04-5'],
      }),
      line('1C1d', 'Tingkat Akuntabilitas Keuangan — Opini BPK', 5, 0, 1, {
        evaluator: 'BPK',
        levels: OPINI_BPK_LEVELS,
        nationalIndicatorCodes: ['KU15-1'],
      }),
      line('1C1e', 'Tingkat Akuntabilitas Keuangan — Tindak Lanjut Rekomendasi BPK', 4, 0, 100, {
        evaluator: 'BPK',
        nationalIndicatorCodes: ['KU15-2'],
      }),
    ]),
    component('1C2', 'Soft Element', 22, [
      line('1C2a', 'Indeks BerAKHLAK', 4, 0, 100, { evaluator: 'KemenPANRB', nationalIndicatorCodes: ['KU20-1'] }),
      line('1C2b', 'Survei Penilaian Integritas (SPI)', 10, 0, 100, {
        evaluator: 'KPK',
        nationalIndicatorCodes: ['KU09-1'],
      }),
      line('1C2c', 'Survei Kepuasan Masyarakat (SKM)', 8, 0, 100, {
        evaluator: 'KemenPANRB',
        nationalIndicatorCodes: ['KU21-1'],
      }),
    ]),
  ]),
]);

function tematik(themes: LkeTheme[]): LkeComponent {
  return component('RBT', 'RB Tematik', 20, [
    component(
      '2A',
      'Strategi Pelaksanaan RB Tematik',
      5,
      themes.flatMap((t) => [
        line(`2A1-${t.code}`, `Rencana Aksi Pembangunan RB Tematik — ${t.name}`, 0.4, 0, 0.4, {
          evaluator: NASIONAL,
          theme: t.code,
        }),
        line(`2A2-${t.code}`, `Capaian Output Rencana Aksi RB Tematik — ${t.name}`, 0.6, 0, 100, {
          evaluator: NASIONAL,
          theme: t.code,
          multiplier: `2A1-${t.code}`,
          derivedFrom: 'renaksi_implementation',
        }),
      ]),
    ),
    component(
      '2B',
      'Capaian Indikator Dampak RB Tematik',
      15,
      themes.map((t) =>
        line(`2B-${t.code}`, `Capaian Indikator Dampak — ${t.name}`, 3, 0, 3, { evaluator: NASIONAL, theme: t.code }),
      ),
    ),
  ]);
}

// Published bands run to 100; the index can reach 120 with RB Tematik, so AA is open to the top.
export const BANDS_2023: PredikatBand[] = [
  { code: 'D', label: 'Sangat Kurang', min: 0, max: 30, minInclusive: true, maxInclusive: true },
  { code: 'C', label: 'Kurang', min: 30, max: 50, minInclusive: false, maxInclusive: true },
  { code: 'CC', label: 'Cukup', min: 50, max: 60, minInclusive: false, maxInclusive: true },
  { code: 'B', label: 'Baik', min: 60, max: 70, minInclusive: false, maxInclusive: true },
  { code: 'BB', label: 'Sangat Baik', min: 70, max: 80, minInclusive: false, maxInclusive: true },
  { code: 'A', label: 'Memuaskan', min: 80, max: 90, minInclusive: false, maxInclusive: true },
  { code: 'AA', label: 'Sangat Memuaskan', min: 90, max: 120, minInclusive: false, maxInclusive: true },
];

/** The portal's 2024+ rule: "A-" when not every target baik is met, AA from 100. */
export const BANDS_PORTAL_2024: PredikatBand[] = [
  ...BANDS_2023.slice(0, 5),
  {
    code: 'A-',
    label: 'Memuaskan (belum semua target baik tercapai)',
    min: 80,
    max: 100,
    minInclusive: false,
    maxInclusive: false,
    condition: 'not_all_target_baik_met',
  },
  {
    code: 'A',
    label: 'Memuaskan',
    min: 80,
    max: 100,
    minInclusive: false,
    maxInclusive: false,
    condition: 'all_target_baik_met',
  },
  { code: 'AA', label: 'Sangat Memuaskan', min: 100, max: 120, minInclusive: true, maxInclusive: true },
];

export const RENAKSI_CRITERIA_2024 = [
  {
    code: 'KU_ADOPSI',
    group: 'kegiatan_utama',
    name: 'Penetapan kegiatan utama (persentase kegiatan utama wajib nasional yang diadopsi)',
    kind: 'percent',
    weight: 1 / 6,
  },
  {
    code: 'KU_TARGET',
    group: 'kegiatan_utama',
    name: 'Penetapan target indikator kegiatan utama (persentase target yang logis dan meningkat)',
    kind: 'percent',
    weight: 1 / 6,
  },
  {
    code: 'KEABSAHAN',
    group: 'kegiatan_utama',
    name: 'Keabsahan rencana aksi (pernyataan keabsahan ditandatangani Sekda/Inspektur)',
    kind: 'yes_no',
    weight: 1 / 6,
  },
  { code: 'KELOGISAN', group: 'rencana_aksi', name: 'Kelogisan rencana aksi', kind: 'percent', weight: 1 / 8 },
  {
    code: 'RELEVANSI_OUTPUT',
    group: 'rencana_aksi',
    name: 'Relevansi dan kecukupan indikator output',
    kind: 'percent',
    weight: 1 / 8,
  },
  {
    code: 'KETEPATAN_TARGET',
    group: 'rencana_aksi',
    name: 'Ketepatan target indikator output',
    kind: 'percent',
    weight: 1 / 8,
  },
  { code: 'ANGGARAN', group: 'rencana_aksi', name: 'Dukungan anggaran rencana aksi', kind: 'percent', weight: 1 / 8 },
] as const satisfies LkeConfig['renaksiCriteria'];

export function lke2023KabKota(): LkeConfig {
  return {
    year: 2023,
    instansiKind: 'kabupaten_kota',
    label: 'LKE RB 2023 Pemerintah Kabupaten/Kota (KepMenPANRB 739/2023)',
    general: structuredClone(general),
    koefisien: { code: 'KOEF', name: 'Koefisien', min: -10, max: 1 },
    tematik: tematik(THEMES_2023),
    themes: THEMES_2023,
    predikatRule: 'bands_2023',
    bands: BANDS_2023,
    renaksiCriteria: RENAKSI_CRITERIA_2024.map((c) => ({ ...c })),
  };
}
