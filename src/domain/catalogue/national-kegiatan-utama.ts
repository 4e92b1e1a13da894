// The 21 mandatory national kegiatan utama (PermenPANRB 3/2023, Pasal 3A) with their indicators,
// as KemenPANRB implements them in Portal RB. A local road map must adopt these; the evaluator
// scores the share adopted ("penetapan kegiatan utama"), so nodes and indicators of a road map
// point here by code and the validator can tell which mandatory items are missing or measured
// differently. Applicability flags follow the portal: several indicators are for K/L or
// provinsi only, and a kabupaten road map that lists them carries indicators nobody evaluates.

export interface NationalIndicator {
  /** `KUnn-m`: kegiatan code plus position, stable for references from road-map indicators. */
  code: string;
  name: string;
  /** Scale of the official value, from the scale registry. */
  scaleCode: string;
  appliesToKabupaten: boolean;
  note?: string;
}

export interface NationalKegiatanUtama {
  code: string;
  number: number;
  name: string;
  indicators: NationalIndicator[];
}

// The merit index is the one indicator the portal attaches to four kegiatan utama; each copy
// keeps its own code so a road map can say under which kegiatan it measured it.
function merit(code: string): NationalIndicator {
  return {
    code,
    name: 'Indeks Sistem Merit',
    scaleCode: 'sistem_merit_kasn',
    appliesToKabupaten: true,
    note: 'Indikator bersama KU16–KU19 (satu indeks untuk empat kegiatan utama manajemen ASN).',
  };
}

export const NATIONAL_KEGIATAN_UTAMA: readonly NationalKegiatanUtama[] = [
  {
    code: 'KU01',
    number: 1,
    name: 'Penyederhanaan Birokrasi (Penyederhanaan Struktur Organisasi) / Transformasi Organisasi Berbasis Kinerja dan Agile',
    indicators: [
      {
        code: 'KU01-1',
        name: 'Tingkat Implementasi Penyederhanaan Birokrasi',
        scaleCode: 'penyederhanaan_struktur',
        appliesToKabupaten: true,
      },
    ],
  },
  {
    code: 'KU02',
    number: 2,
    name: 'Sistem Kerja Baru dengan Model Fleksibel bagi Pegawai ASN',
    indicators: [
      {
        code: 'KU02-1',
        name: 'Tingkat Implementasi Sistem Kerja Baru dan Fleksibilitas Bekerja Pegawai',
        scaleCode: 'sistem_kerja_penyederhanaan',
        appliesToKabupaten: true,
      },
    ],
  },
  {
    code: 'KU03',
    number: 3,
    name: 'Arsitektur SPBE Nasional',
    indicators: [
      { code: 'KU03-1', name: 'Indeks SPBE', scaleCode: 'indeks_spbe', appliesToKabupaten: true },
      {
        code: 'KU03-2',
        name: 'Tingkat Implementasi Inisiatif Strategi Arsitektur SPBE',
        scaleCode: 'arsitektur_spbe_implementasi',
        appliesToKabupaten: true,
      },
    ],
  },
  {
    code: 'KU04',
    number: 4,
    name: 'Sistem Akuntabilitas Kinerja Instansi Pemerintah yang Terintegrasi',
    indicators: [
      {
        code: 'KU04-1',
        name: 'Indeks Perencanaan Pembangunan',
        scaleCode: 'indeks_perencanaan_pembangunan',
        appliesToKabupaten: false,
        note: 'Hanya K/L dan provinsi (evaluator meso Bappenas).',
      },
      { code: 'KU04-2', name: 'Nilai SAKIP', scaleCode: 'sakip_predikat', appliesToKabupaten: true },
      {
        code: 'KU04-3',
        name: 'Capaian Prioritas Nasional',
        scaleCode: 'persen',
        appliesToKabupaten: false,
        note: 'Hanya K/L.',
      },
      { code: 'KU04-4', name: 'Capaian IKU Makro', scaleCode: 'persen', appliesToKabupaten: true },
      { code: 'KU04-5', name: 'Capaian IKU', scaleCode: 'persen', appliesToKabupaten: true },
    ],
  },
  {
    code: 'KU05',
    number: 5,
    name: 'Pelayanan Publik Digital (khusus Pemerintah Daerah)',
    indicators: [
      {
        code: 'KU05-1',
        name: 'Tingkat Implementasi Kebijakan Transformasi Digital MPP',
        scaleCode: 'persen',
        appliesToKabupaten: false,
        note: 'Ditandai tidak berlaku untuk semua kelompok instansi di Portal RB (indikator tidak dinilai).',
      },
    ],
  },
  {
    code: 'KU06',
    number: 6,
    name: 'Zona Integritas di Unit Kerja',
    indicators: [
      {
        code: 'KU06-1',
        name: 'Tingkat Keberhasilan Pembangunan Zona Integritas',
        scaleCode: 'zona_integritas_lke',
        appliesToKabupaten: true,
      },
    ],
  },
  {
    code: 'KU07',
    number: 7,
    name: 'Implementasi Sistem Pengendalian Intern Pemerintah (SPIP)',
    indicators: [
      { code: 'KU07-1', name: 'Tingkat Maturitas SPIP', scaleCode: 'spip_maturitas', appliesToKabupaten: true },
    ],
  },
  {
    code: 'KU08',
    number: 8,
    name: 'Pengelolaan Pengaduan Masyarakat',
    indicators: [
      {
        code: 'KU08-1',
        name: 'Tingkat Tindak Lanjut Pengaduan Masyarakat (LAPOR)',
        scaleCode: 'sp4n_lapor_tindak_lanjut',
        appliesToKabupaten: true,
      },
    ],
  },
  {
    code: 'KU09',
    number: 9,
    name: 'Upaya Pencegahan Korupsi',
    indicators: [
      { code: 'KU09-1', name: 'Survei Penilaian Integritas (SPI)', scaleCode: 'spi_kpk', appliesToKabupaten: true },
    ],
  },
  {
    code: 'KU10',
    number: 10,
    name: 'Tata Kelola Kebijakan Publik',
    indicators: [{ code: 'KU10-1', name: 'Indeks Kualitas Kebijakan', scaleCode: 'ikk_lan', appliesToKabupaten: true }],
  },
  {
    code: 'KU11',
    number: 11,
    name: 'Pembentukan Peraturan Perundang-undangan',
    indicators: [{ code: 'KU11-1', name: 'Indeks Reformasi Hukum', scaleCode: 'irh', appliesToKabupaten: true }],
  },
  {
    code: 'KU12',
    number: 12,
    name: 'Arsip Digital',
    indicators: [
      {
        code: 'KU12-1',
        name: 'Tingkat Digitalisasi Arsip',
        scaleCode: 'digitalisasi_arsip',
        appliesToKabupaten: true,
      },
    ],
  },
  {
    code: 'KU13',
    number: 13,
    name: 'Data Statistik Sektoral',
    indicators: [
      {
        code: 'KU13-1',
        name: 'Tingkat Kematangan Penyelenggaraan Statistik Sektoral',
        scaleCode: 'ips_epss_statistik',
        appliesToKabupaten: true,
      },
    ],
  },
  {
    code: 'KU14',
    number: 14,
    name: 'Pengadaan Barang dan Jasa Pemerintah',
    indicators: [
      {
        code: 'KU14-1',
        name: 'Indeks Tata Kelola Pengadaan',
        scaleCode: 'itkp_lkpp',
        appliesToKabupaten: true,
      },
    ],
  },
  {
    code: 'KU15',
    number: 15,
    name: 'Pengelolaan Keuangan dan Aset',
    indicators: [
      { code: 'KU15-1', name: 'Opini BPK', scaleCode: 'opini_bpk', appliesToKabupaten: true },
      { code: 'KU15-2', name: 'Tindak Lanjut Rekomendasi BPK', scaleCode: 'persen', appliesToKabupaten: true },
      {
        code: 'KU15-3',
        name: 'Indikator Kinerja Pelaksanaan Anggaran (IKPA)',
        scaleCode: 'skor',
        appliesToKabupaten: false,
        note: 'Hanya K/L.',
      },
      {
        code: 'KU15-4',
        name: 'Indeks Pengelolaan Aset',
        scaleCode: 'skor',
        appliesToKabupaten: false,
        note: 'Hanya K/L.',
      },
    ],
  },
  { code: 'KU16', number: 16, name: 'Jabatan Fungsional', indicators: [merit('KU16-1')] },
  { code: 'KU17', number: 17, name: 'Manajemen Talenta ASN', indicators: [merit('KU17-1')] },
  { code: 'KU18', number: 18, name: 'Kinerja Pegawai ASN', indicators: [merit('KU18-1')] },
  { code: 'KU19', number: 19, name: 'Sistem Merit', indicators: [merit('KU19-1')] },
  {
    code: 'KU20',
    number: 20,
    name: 'Core Values ASN',
    indicators: [
      { code: 'KU20-1', name: 'Indeks BerAKHLAK', scaleCode: 'indeks_berakhlak', appliesToKabupaten: true },
      { code: 'KU20-2', name: 'Employer Branding ASN', scaleCode: 'skor', appliesToKabupaten: true },
    ],
  },
  {
    code: 'KU21',
    number: 21,
    name: 'Pelayanan Publik Prima',
    indicators: [
      { code: 'KU21-1', name: 'Survei Kepuasan Masyarakat (SKM)', scaleCode: 'skm_ikm', appliesToKabupaten: true },
      { code: 'KU21-2', name: 'Indeks Pelayanan Publik', scaleCode: 'ipp', appliesToKabupaten: true },
      {
        code: 'KU21-3',
        name: 'Tingkat Kepatuhan Standar Pelayanan Publik',
        scaleCode: 'ombudsman_kepatuhan',
        appliesToKabupaten: true,
        note: 'Dinilai dalam LKE RB (evaluator meso Ombudsman RI), tidak tercantum dalam katalog indikator Portal RB.',
      },
    ],
  },
];

const KEGIATAN_BY_CODE: ReadonlyMap<string, NationalKegiatanUtama> = new Map(
  NATIONAL_KEGIATAN_UTAMA.map((k) => [k.code, k]),
);

const INDICATOR_BY_CODE: ReadonlyMap<string, { kegiatan: NationalKegiatanUtama; indicator: NationalIndicator }> =
  new Map(NATIONAL_KEGIATAN_UTAMA.flatMap((k) => k.indicators.map((i) => [i.code, { kegiatan: k, indicator: i }])));

export function findNationalKegiatanUtama(code: string): NationalKegiatanUtama | undefined {
  return KEGIATAN_BY_CODE.get(code);
}

/** Finds a national indicator by code together with the kegiatan utama it belongs to. */
export function findNationalIndicator(
  code: string,
): { kegiatan: NationalKegiatanUtama; indicator: NationalIndicator } | undefined {
  return INDICATOR_BY_CODE.get(code);
}
