// The Road Map Reformasi Birokrasi of Kabupaten Kupang 2020–2024 as set by Perbup Kupang 17/2024
// (amending Perbup 20/2023), loaded as one RoadMapDocument. It is the app's first real data: a fresh
// install opens on it, and the validator's tests run against its genuine defects.
//
// The source text came from a PDF whose tables were damaged (rows 8–11 of Tabel 2 shifted, merged
// cells in Tabel 1, a duplicated "Target 2024" column). This module loads what the regulation MEANS;
// every correction and interpretation is listed in docs/data/kupang-2024.md. Numbers the law itself
// gets wrong (Indeks SPBE 5.05 on a 1–5 index, two SKM baselines…) are loaded as printed so the
// validator can report them: fixing them here would hide the regulation's problems from its users.

import type {
  Baseline,
  IndicatorValue,
  Indikator,
  NarrativeSection,
  PerangkatDaerah,
  Placement,
  Regulasi,
  Responsibility,
  ResultNode,
  RoadMapDocument,
  Scale,
  TableCode,
  Target,
} from '../../domain/roadmap/types.ts';
import { findScale } from '../../domain/catalogue/scales.ts';

const BASELINE_YEAR = 2023;
const TARGET_YEAR = 2024;
export const NA_REASON = 'Tertulis N/A dalam Perbup 17/2024';

const num = (value: number): IndicatorValue => ({ kind: 'number', value });
const lvl = (code: string): IndicatorValue => ({ kind: 'level', code });

/** Baseline 2023; `null` is the regulation's "N/A". */
function baseline(value: IndicatorValue | null, note?: string): Baseline {
  if (value === null) return { year: BASELINE_YEAR, status: 'not_available', reason: NA_REASON };
  return note === undefined
    ? { year: BASELINE_YEAR, status: 'value', value }
    : { year: BASELINE_YEAR, status: 'value', value, note };
}

/** The road map runs to 2024 and the amended tables print a single target year. */
function target2024(value: IndicatorValue, note?: string): Target[] {
  return [
    note === undefined
      ? { year: TARGET_YEAR, type: 'point', value }
      : { year: TARGET_YEAR, type: 'point', value, note },
  ];
}

/** The regulation names the coordinating PD first ("BP4D, Inspektorat Daerah dan Bagian Organisasi"). */
function pds(...keys: string[]): Responsibility[] {
  return keys.map((pdKey, i) => ({ pdKey, role: i === 0 ? 'lead' : 'supporting' }));
}

// ————————————————————————————————————————————————————————————————— regulasi

const REG = {
  perbup17_2024: 'perbup-kupang-17-2024',
  perbup20_2023: 'perbup-kupang-20-2023',
  uu69_1958: 'uu-69-1958',
  uu23_2014: 'uu-23-2014',
  uu1_2022: 'uu-1-2022',
  permen25_2020: 'permenpanrb-25-2020',
  permen3_2023: 'permenpanrb-3-2023',
  perda6_2016: 'perda-kupang-6-2016',
  perda6_2020: 'perda-kupang-6-2020',
  permen9_2023: 'permenpanrb-9-2023',
} as const;

function regulasi(): Regulasi[] {
  return [
    {
      key: REG.perbup17_2024,
      type: 'perbup',
      number: '17',
      year: 2024,
      title:
        'Perubahan atas Peraturan Bupati Kupang Nomor 20 Tahun 2023 tentang Road Map Reformasi Birokrasi Pemerintah Kabupaten Kupang Tahun 2020-2024',
      enactedAt: '2024-05-08',
      promulgatedAt: '2024-05-08',
      place: 'Oelamasi',
      amendsKey: REG.perbup20_2023,
    },
    {
      key: REG.perbup20_2023,
      type: 'perbup',
      number: '20',
      year: 2023,
      title: 'Road Map Reformasi Birokrasi Pemerintah Kabupaten Kupang Tahun 2020-2024',
      gazette: 'Berita Daerah Kabupaten Kupang Tahun 2023 Nomor 115',
    },
    {
      key: REG.uu69_1958,
      type: 'uu',
      number: '69',
      year: 1958,
      title:
        'Pembentukan Daerah-daerah Tingkat II dalam Wilayah Daerah-daerah Tingkat I Bali, Nusa Tenggara Barat dan Nusa Tenggara Timur',
      gazette:
        'Lembaran Negara Republik Indonesia Tahun 1958 Nomor 122, Tambahan Lembaran Negara Republik Indonesia Nomor 1655',
    },
    {
      key: REG.uu23_2014,
      type: 'uu',
      number: '23',
      year: 2014,
      title: 'Pemerintahan Daerah',
      gazette:
        'Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587',
    },
    {
      // The Perbup cites it as the last of several amendments of UU 23/2014; the intermediate
      // ones are not named in the text, so the chain goes straight to UU 23/2014.
      key: REG.uu1_2022,
      type: 'uu',
      number: '1',
      year: 2022,
      title: 'Hubungan Keuangan Antara Pemerintah Pusat dan Pemerintahan Daerah',
      gazette:
        'Lembaran Negara Republik Indonesia Tahun 2022 Nomor 41, Tambahan Lembaran Negara Republik Indonesia Nomor 6757',
      amendsKey: REG.uu23_2014,
    },
    {
      key: REG.permen25_2020,
      type: 'permenpanrb',
      number: '25',
      year: 2020,
      title: 'Road Map Reformasi Birokrasi 2020-2024',
    },
    {
      key: REG.permen3_2023,
      type: 'permenpanrb',
      number: '3',
      year: 2023,
      title:
        'Perubahan atas Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 25 Tahun 2020 tentang Road Map Reformasi Birokrasi 2020-2024',
      gazette: 'Berita Negara Republik Indonesia Tahun 2023 Nomor 233',
      amendsKey: REG.permen25_2020,
    },
    {
      key: REG.perda6_2016,
      type: 'perda',
      number: '6',
      year: 2016,
      title: 'Pembentukan dan Susunan Perangkat Daerah Kabupaten Kupang',
      gazette:
        'Lembaran Daerah Kabupaten Kupang Tahun 2016 Nomor 6, Tambahan Lembaran Daerah Kabupaten Kupang Nomor 011',
    },
    {
      // "Perubahan Kedua": the first amendment is not cited by the Perbup, so it is not loaded.
      key: REG.perda6_2020,
      type: 'perda',
      number: '6',
      year: 2020,
      title:
        'Perubahan Kedua atas Peraturan Daerah Kabupaten Kupang Nomor 6 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah Kabupaten Kupang',
      gazette:
        'Lembaran Daerah Kabupaten Kupang Tahun 2020 Nomor 19, Tambahan Lembaran Daerah Kabupaten Kupang Nomor 040',
      amendsKey: REG.perda6_2016,
    },
    {
      key: REG.permen9_2023,
      type: 'permenpanrb',
      number: '9',
      year: 2023,
      title: 'Evaluasi Reformasi Birokrasi',
    },
  ];
}

/** "Mengingat" 1–5 in order; amended acts are followed by the act that amends them, as cited. */
const LEGAL_BASIS = [
  REG.uu69_1958,
  REG.uu23_2014,
  REG.uu1_2022,
  REG.permen3_2023,
  REG.perda6_2016,
  REG.perda6_2020,
  REG.perbup20_2023,
];

// ————————————————————————————————————————————————————————————————— perangkat daerah

const PD = {
  organisasi: 'bagian-organisasi',
  hukum: 'bagian-hukum',
  pbj: 'bagian-pbj',
  kominfo: 'diskominfo',
  bp4d: 'bp4d',
  inspektorat: 'inspektorat',
  dpmptsp: 'dpmptsp',
  arsip: 'dinas-kearsipan-perpustakaan',
  bpkad: 'bpkad',
  bkpsdm: 'bkpsdm',
  kesehatan: 'dinas-kesehatan',
  pendidikan: 'dinas-pendidikan-kebudayaan',
  perindagkop: 'dinas-perindagkop-ukm',
  nakertrans: 'dinas-nakertrans',
  pertanian: 'dinas-pertanian-ketahanan-pangan',
  perikanan: 'dinas-perikanan',
  peternakan: 'dinas-peternakan',
  pariwisata: 'dinas-pariwisata-ekraf',
  pmd: 'dinas-pmd',
  p2kbp3a: 'dinas-p2kbp3a',
  sosial: 'dinas-sosial',
  perkim: 'dinas-perkimtan',
} as const;

function perangkatDaerah(): PerangkatDaerah[] {
  const pd = (key: string, name: string, shortName: string, kind: PerangkatDaerah['kind']): PerangkatDaerah => ({
    key,
    name,
    shortName,
    kind,
  });
  return [
    pd(PD.organisasi, 'Bagian Organisasi Sekretariat Daerah', 'Bagian Organisasi', 'bagian'),
    pd(PD.hukum, 'Bagian Hukum Sekretariat Daerah', 'Bagian Hukum', 'bagian'),
    pd(PD.pbj, 'Bagian Pengadaan Barang dan Jasa Sekretariat Daerah', 'Bagian PBJ', 'bagian'),
    pd(PD.kominfo, 'Dinas Komunikasi dan Informatika', 'Diskominfo', 'dinas'),
    pd(PD.bp4d, 'Badan Perencanaan, Penelitian dan Pengembangan Pembangunan Daerah', 'BP4D', 'badan'),
    pd(PD.inspektorat, 'Inspektorat Daerah', 'Inspektorat', 'inspektorat'),
    pd(PD.dpmptsp, 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DPMPTSP', 'dinas'),
    pd(PD.arsip, 'Dinas Kearsipan dan Perpustakaan Daerah', 'Dinas Kearsipan dan Perpustakaan', 'dinas'),
    pd(PD.bpkad, 'Badan Pengelolaan Keuangan dan Aset Daerah', 'BPKAD', 'badan'),
    pd(PD.bkpsdm, 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'BKPSDM', 'badan'),
    pd(PD.kesehatan, 'Dinas Kesehatan', 'Dinkes', 'dinas'),
    pd(PD.pendidikan, 'Dinas Pendidikan dan Kebudayaan', 'Dinas P dan K', 'dinas'),
    pd(
      PD.perindagkop,
      'Dinas Perindustrian, Perdagangan, Koperasi dan Usaha Kecil Menengah',
      'Dinas Perindagkop UKM',
      'dinas',
    ),
    pd(PD.nakertrans, 'Dinas Tenaga Kerja dan Transmigrasi', 'Dinas Nakertrans', 'dinas'),
    pd(PD.pertanian, 'Dinas Pertanian dan Ketahanan Pangan', 'Distan KP', 'dinas'),
    pd(PD.perikanan, 'Dinas Perikanan', 'Dinas Perikanan', 'dinas'),
    pd(PD.peternakan, 'Dinas Peternakan', 'Dinas Peternakan', 'dinas'),
    pd(PD.pariwisata, 'Dinas Pariwisata dan Ekonomi Kreatif', 'Dinas Pariwisata dan Ekraf', 'dinas'),
    pd(PD.pmd, 'Dinas Pemberdayaan Masyarakat dan Desa', 'Dinas PMD', 'dinas'),
    pd(
      PD.p2kbp3a,
      'Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak',
      'Dinas P2KBP3A',
      'dinas',
    ),
    pd(PD.sosial, 'Dinas Sosial', 'Dinsos', 'dinas'),
    pd(PD.perkim, 'Dinas Perumahan, Kawasan Permukiman dan Pertanahan', 'Dinas Perkimtan', 'dinas'),
  ];
}

// ————————————————————————————————————————————————————————————————— nodes

const N = {
  tujuan: 'tujuan',
  ssHard: 'ss-tata-kelola-digital',
  ssSoft: 'ss-budaya-berakhlak',

  sg01: 'sg-penyederhanaan-birokrasi',
  sg02: 'sg-sistem-kerja-baru',
  sg03: 'sg-arsitektur-spbe',
  sg04: 'sg-akuntabilitas-kinerja',
  sg05: 'sg-pelayanan-publik-digital',
  sg06: 'sg-kualitas-pengawasan',
  sg07: 'sg-kebijakan-regulasi',
  sg08: 'sg-arsip-statistik',
  sg09: 'sg-pbj-keuangan-aset',
  sg10: 'sg-jabatan-fungsional',
  sg11: 'sg-manajemen-talenta',
  sg12: 'sg-rekrutmen-asn',
  sg13: 'sg-kesejahteraan-asn',
  sg14: 'sg-sistem-merit',

  kuPenyederhanaan: 'ku-penyederhanaan-birokrasi',
  kuSistemKerja: 'ku-sistem-kerja-fleksibel',
  kuArsitekturSpbe: 'ku-arsitektur-spbe',
  kuSakip: 'ku-sakip-terintegrasi',
  kuCollaborative: 'ku-perencanaan-penganggaran-ti',
  kuPelayananDigital: 'ku-pelayanan-digital',
  kuZonaIntegritas: 'ku-zona-integritas',
  kuSpip: 'ku-spip',
  kuPengaduan: 'ku-pengaduan-masyarakat',
  kuPencegahanKorupsi: 'ku-pencegahan-korupsi',
  kuKebijakanPublik: 'ku-kebijakan-publik',
  kuPeraturan: 'ku-pembentukan-peraturan',
  kuArsipDigital: 'ku-arsip-digital',
  kuStatistik: 'ku-statistik-sektoral',
  kuPbj: 'ku-pengadaan-barang-jasa',
  kuKeuanganAset: 'ku-keuangan-aset',
  kuJabatanFungsional: 'ku-jabatan-fungsional',
  kuTalenta: 'ku-manajemen-talenta',
  kuCasn: 'ku-pengadaan-casn',
  kuKinerjaAsn: 'ku-kinerja-pegawai',
  kuMerit: 'ku-sistem-merit',
  kuCoreValues: 'ku-core-values',
  kuSkm: 'ku-skm',
  kuEvaluasiPelayanan: 'ku-evaluasi-pelayanan-publik',
  kuStandarPelayanan: 'ku-evaluasi-standar-pelayanan',

  temaKemiskinan: 'tema-kemiskinan',
  temaInvestasi: 'tema-investasi',
  temaDigitalisasi: 'tema-digitalisasi-administrasi',
  temaPrioritasPresiden: 'tema-prioritas-presiden',

  stKemiskinan: 'st-angka-kemiskinan',
  stInvestasi: 'st-nilai-investasi',
  stStunting: 'st-digital-stunting',
  stPdn: 'st-produk-dalam-negeri',
  stInflasi: 'st-inflasi',
} as const;

function nodes(): ResultNode[] {
  const out: ResultNode[] = [
    {
      key: N.tujuan,
      kind: 'tujuan',
      parentKey: null,
      number: '1',
      order: 1,
      name: 'Birokrasi yang bersih, efektif dan berdaya saing serta mendorong pembangunan nasional dan pelayanan publik',
      formerName: 'Pemerintahan yang baik dan bersih',
    },
    {
      key: N.ssHard,
      kind: 'sasaran_strategis',
      parentKey: N.tujuan,
      number: 'a',
      order: 1,
      name: 'Terciptanya tata kelola pemerintahan digital yang efektif, lincah, dan kolaboratif',
      element: 'hard',
    },
    {
      key: N.ssSoft,
      kind: 'sasaran_strategis',
      parentKey: N.tujuan,
      number: 'b',
      order: 2,
      name: 'Terciptanya budaya birokrasi BerAKHLAK dengan ASN yang profesional',
      element: 'soft',
    },
  ];

  // Tabel 2: [key, number, name, digital policy, kegiatan utama [key, name, national code]].
  const general: Array<[string, string, string, string | undefined, Array<[string, string, string | undefined]>]> = [
    [
      N.sg01,
      '1',
      'Terimplementasikannya kebijakan penyederhanaan birokrasi',
      'KBD1',
      [
        [
          N.kuPenyederhanaan,
          'Penyederhanaan birokrasi (Penyederhanaan Struktur Organisasi) / transformasi organisasi berbasis kinerja dan agile',
          'KU01',
        ],
      ],
    ],
    [
      N.sg02,
      '2',
      'Terimplementasikannya kebijakan sistem kerja baru dan fleksibilitas bekerja pegawai ASN',
      'KBD3',
      [[N.kuSistemKerja, 'Pelaksanaan sistem kerja baru dengan model fleksibel bagi Pegawai ASN', 'KU02']],
    ],
    [
      N.sg03,
      '3',
      'Terimplementasinya kebijakan arsitektur SPBE Nasional',
      'KBD4',
      [[N.kuArsitekturSpbe, 'Pelaksanaan arsitektur SPBE nasional', 'KU03']],
    ],
    [
      N.sg04,
      '4',
      'Terimplementasikannya sistem perencanaan, penganggaran dan informasi kinerja yang terintegrasi, berbasis teknologi informasi yang mendorong peningkatan akuntabilitas kinerja pemerintah',
      'KBD6',
      [
        [N.kuSakip, 'Pelaksanaan yang terintegrasi SAKIP', 'KU04'],
        [
          N.kuCollaborative,
          'Pelaksanaan perencanaan, penganggaran, kinerja dan pelaporan (collaborative working) berbasis teknologi informasi',
          'KU04',
        ],
      ],
    ],
    [
      N.sg05,
      '5',
      'Terbangunnya pelayanan publik digital (digital services)',
      'KBD7',
      [[N.kuPelayananDigital, 'Pelaksanaan Pelayanan Digital (digital services)', 'KU05']],
    ],
    [
      N.sg06,
      '6',
      'Meningkatnya kualitas pengawasan',
      'KBD8',
      [
        [N.kuZonaIntegritas, 'Pembangunan zona integritas di unit kerja', 'KU06'],
        [N.kuSpip, 'Penguatan implementasi SPIP', 'KU07'],
        [N.kuPengaduan, 'Penguatan pengelolaan pengaduan masyarakat', 'KU08'],
        [N.kuPencegahanKorupsi, 'Penguatan upaya pencegahan korupsi', 'KU09'],
      ],
    ],
    [
      N.sg07,
      '7',
      'Meningkatnya kualitas kebijakan dan regulasi',
      'KBD9',
      [
        [N.kuKebijakanPublik, 'Pelaksanaan tata kelola kebijakan publik', 'KU10'],
        [N.kuPeraturan, 'Pelaksanaan pembentukan peraturan perundang-undangan', 'KU11'],
      ],
    ],
    [
      N.sg08,
      '8',
      'Meningkatnya kualitas pengelolaan arsip digital dan data statistik sektoral',
      undefined,
      [
        [N.kuArsipDigital, 'Pelaksanaan arsip digital', 'KU12'],
        [N.kuStatistik, 'Pelaksanaan data statistik sektoral', 'KU13'],
      ],
    ],
    [
      N.sg09,
      '9',
      'Meningkatnya kualitas pengadaan barang dan jasa pemerintah, pengelolaan keuangan dan aset',
      undefined,
      [
        [N.kuPbj, 'Penguatan pengadaan barang dan jasa pemerintah', 'KU14'],
        [N.kuKeuanganAset, 'Penguatan pengelolaan keuangan dan aset', 'KU15'],
      ],
    ],
    [
      N.sg10,
      '10',
      'Terwujudnya percepatan transformasi jabatan fungsional',
      'KBD2',
      [[N.kuJabatanFungsional, 'Penataan jabatan fungsional', 'KU16']],
    ],
    [
      N.sg11,
      '11',
      'Terselenggaranya manajemen talenta ASN yang efektif dan efisien',
      'KBD5',
      [[N.kuTalenta, 'Penguatan manajemen talenta ASN', 'KU17']],
    ],
    [
      N.sg12,
      '12',
      'Terwujudnya rekrutmen pegawai ASN yang efektif dan efisien',
      undefined,
      [[N.kuCasn, 'Pelaksanaan perencanaan dan pengadaan CASN yang fleksibel', undefined]],
    ],
    [
      N.sg13,
      '13',
      'Terwujudnya sistem kesejahteraan ASN yang adil, layak, dan berbasis kinerja',
      undefined,
      [[N.kuKinerjaAsn, 'Pengelolaan kinerja pegawai ASN', 'KU18']],
    ],
    [
      N.sg14,
      '14',
      'Meningkatnya kepatuhan terhadap sistem merit dan sistem manajemen ASN',
      undefined,
      [
        [N.kuMerit, 'Penataan sistem merit dan sistem manajemen ASN', 'KU19'],
        [N.kuCoreValues, 'Pelaksanaan core values ASN', 'KU20'],
        [N.kuSkm, 'Pelaksanaan SKM', 'KU21'],
        [N.kuEvaluasiPelayanan, 'Pelaksanaan evaluasi kualitas pelayanan publik', 'KU21'],
        [N.kuStandarPelayanan, 'Pelaksanaan evaluasi standar pelayanan', 'KU21'],
      ],
    ],
  ];

  general.forEach(([key, number, name, policy, kegiatan], i) => {
    const sasaran: ResultNode = { key, kind: 'sasaran_general', parentKey: null, number, order: i + 1, name };
    if (policy !== undefined) sasaran.digitalPolicyCode = policy;
    out.push(sasaran);
    kegiatan.forEach(([kKey, kName, national], j) => {
      const node: ResultNode = {
        key: kKey,
        kind: 'kegiatan_utama',
        parentKey: key,
        number: '',
        order: j + 1,
        name: kName,
      };
      if (national !== undefined) node.nationalKegiatanCode = national;
      out.push(node);
    });
  });

  // Tabel 3: themes are numbered; the fourth theme carries two sasaran on unnumbered rows.
  const tematik: Array<[string, string, string, Array<[string, string]>]> = [
    [N.temaKemiskinan, '1', 'Pengentasan Kemiskinan', [[N.stKemiskinan, 'Menurunnya Angka Kemiskinan']]],
    [N.temaInvestasi, '2', 'Peningkatan Investasi', [[N.stInvestasi, 'Meningkatnya Nilai Investasi']]],
    [
      N.temaDigitalisasi,
      '3',
      'Digitalisasi Administrasi Pemerintahan',
      [[N.stStunting, 'Meningkatnya Implementasi Digital Dalam Penanganan Stunting']],
    ],
    [
      N.temaPrioritasPresiden,
      '4',
      'Percepatan Prioritas Aktual Presiden',
      [
        [N.stPdn, 'Meningkatnya penggunaan produk dalam negeri'],
        [N.stInflasi, 'Terkendalinya Tingkat Inflasi Daerah'],
      ],
    ],
  ];
  tematik.forEach(([key, number, name, sasaran], i) => {
    out.push({ key, kind: 'tema', parentKey: null, number, order: i + 1, name });
    sasaran.forEach(([sKey, sName], j) => {
      out.push({ key: sKey, kind: 'sasaran_tematik', parentKey: key, number: '', order: j + 1, name: sName });
    });
  });

  return out;
}

// ————————————————————————————————————————————————————————————————— indicators

const I = {
  spbe: 'indeks-spbe',
  akuntabilitasKinerja: 'capaian-akuntabilitas-kinerja',
  opiniBpk: 'opini-bpk',
  berakhlak: 'indeks-berakhlak',
  spi: 'nilai-survei-penilaian-integritas',
  skm: 'nilai-survei-kepuasan-masyarakat',

  penyederhanaan: 'persentase-penyederhanaan-struktur-organisasi',
  sistemKerja: 'tingkat-capaian-sistem-kerja',
  arsitekturSpbe: 'tingkat-implementasi-arsitektur-spbe',
  perencanaan: 'indeks-perencanaan-pembangunan',
  mppDigital: 'persentase-implementasi-transformasi-mpp-digital',
  wbkWbbm: 'jumlah-pd-predikat-wbk-wbbm',
  spip: 'maturitas-spip',
  lapor: 'tingkat-tindak-lanjut-pengaduan-lapor',
  ikk: 'indeks-kualitas-kebijakan',
  irh: 'indeks-reformasi-hukum',
  arsip: 'tingkat-digitalisasi-arsip',
  statistik: 'tingkat-kematangan-statistik-sektoral',
  pengadaan: 'indeks-kelola-pengadaan',
  tindakLanjut: 'persentase-tindak-lanjut-hasil-pemeriksaan-keuangan',
  aset: 'indeks-pengelolaan-aset',
  penyetaraanJf: 'persentase-penyetaraan-jabatan-fungsional',
  talenta: 'tingkat-pengelolaan-manajemen-talenta-asn',
  rekrutmen: 'tingkat-kepatuhan-rekrutmen-asn',
  kinerjaAsn: 'persentase-implementasi-pengelolaan-kinerja-asn',
  merit: 'indeks-sistem-merit',
  ipp: 'indeks-pelayanan-publik',
  standarPelayanan: 'tingkat-kepatuhan-standar-pelayanan-publik',

  kemiskinan: 'persentase-penduduk-miskin',
  investasi: 'kebutuhan-investasi',
  stunting: 'prevalensi-stunting',
  pdn: 'tingkat-penggunaan-produk-dalam-negeri',
  inflasi: 'inflasi',
} as const;

/** Tabel 2's LAPOR indicator: its realisasi is computed from the complaint register (issue #11). */
export const LAPOR_INDICATOR_KEY = I.lapor;

/** SKM as Tabel 2 prints it; Tabel 1's 78.9 is canonical (see the indicator note). */
const SKM_TABEL2_BASELINE = 76.49;

function indicators(): Indikator[] {
  return [
    // ——— Tabel 1 (sasaran strategis) ———
    {
      key: I.spbe,
      name: 'Indeks SPBE',
      scaleCode: 'indeks_spbe',
      unit: 'Poin',
      polarity: 'higher_is_better',
      sourceAgency: 'KemenPANRB',
      baseline: baseline(num(1.91)),
      targets: target2024(num(5.05)),
      responsible: [],
      nationalIndicatorCode: 'KU03-1',
      note: 'Target 2024 5,05 melebihi nilai maksimum Indeks SPBE (5) dan dimuat sebagaimana tertulis. Tabel 1 tidak mempunyai kolom perangkat daerah penanggung jawab.',
    },
    {
      key: I.akuntabilitasKinerja,
      name: 'Capaian Akuntabilitas Kinerja',
      scaleCode: 'predikat_akip',
      unit: 'Predikat',
      polarity: 'ordinal',
      sourceAgency: 'KemenPANRB',
      baseline: baseline(lvl('CC'), 'Nilai SAKIP 2023 55,66 dengan predikat Cukup (BAB II.A.1).'),
      targets: target2024(lvl('A')),
      responsible: pds(PD.bp4d, PD.inspektorat, PD.organisasi),
      nationalIndicatorCode: 'KU04-2',
    },
    {
      key: I.opiniBpk,
      name: 'Opini BPK',
      scaleCode: 'opini_bpk',
      unit: 'Opini',
      polarity: 'ordinal',
      sourceAgency: 'BPK',
      baseline: baseline(
        lvl('WTP'),
        'Tabel 1 mencetak "WTP*" tanpa teks catatan kaki; BAB II.A.1 menyebut opini WTP atas LKPD Tahun 2022.',
      ),
      targets: target2024(lvl('WTP')),
      responsible: pds(PD.bpkad),
      nationalIndicatorCode: 'KU15-1',
      note: 'Tabel 1 menamainya "Capaian Akuntabilitas Keuangan" (satuan Opini); Tabel 2 "Opini BPK".',
    },
    {
      key: I.berakhlak,
      name: 'Indeks BerAKHLAK',
      scaleCode: 'indeks_berakhlak',
      unit: 'Angka',
      polarity: 'higher_is_better',
      sourceAgency: 'KemenPANRB',
      baseline: baseline(num(58.6)),
      targets: target2024(num(75)),
      responsible: [],
      nationalIndicatorCode: 'KU20-1',
      note: 'Tabel 1: "Nilai Survei Indeks BerAKHLAK", satuan Angka; Tabel 2: "Indeks BerAKHLAK", satuan Persen. Kolom perangkat daerah penanggung jawab di Tabel 2 kosong.',
    },
    {
      key: I.spi,
      name: 'Nilai Survei Penilaian Integritas',
      scaleCode: 'spi_kpk',
      unit: 'Skor',
      polarity: 'higher_is_better',
      sourceAgency: 'KPK',
      baseline: baseline(num(60.55)),
      targets: target2024(num(85)),
      responsible: pds(PD.inspektorat),
      nationalIndicatorCode: 'KU09-1',
    },
    {
      key: I.skm,
      name: 'Nilai Survei Kepuasan Masyarakat',
      scaleCode: 'skm_ikm',
      unit: 'Angka',
      polarity: 'higher_is_better',
      sourceAgency: 'KemenPANRB',
      baseline: baseline(
        num(78.9),
        'Tabel 1: 78,9; Tabel 2: 76,49. Dipakai 78,9 karena BAB II.A.1 menyatakan hasil SKM "Baik" (76,49 termasuk kategori C "Kurang Baik" menurut PermenPANRB 14/2017).',
      ),
      targets: target2024(num(93)),
      responsible: pds(PD.organisasi),
      nationalIndicatorCode: 'KU21-1',
    },

    // ——— Tabel 2 (RB General) ———
    {
      key: I.penyederhanaan,
      name: 'Persentase penyederhanaan struktur organisasi',
      scaleCode: 'penyederhanaan_struktur',
      unit: 'Persen',
      polarity: 'higher_is_better',
      sourceAgency: 'KemenPANRB',
      baseline: baseline(num(100)),
      targets: target2024(num(100)),
      responsible: pds(PD.organisasi),
      nationalIndicatorCode: 'KU01-1',
    },
    {
      key: I.sistemKerja,
      name: 'Tingkat capaian sistem kerja untuk penyederhanaan birokrasi',
      scaleCode: 'persen',
      unit: 'Persen',
      polarity: 'higher_is_better',
      sourceAgency: 'KemenPANRB',
      baseline: baseline(null),
      targets: target2024(num(100)),
      responsible: pds(PD.organisasi),
      nationalIndicatorCode: 'KU02-1',
      note: 'Dinilai KemenPANRB pada rentang 0–5 (LKE RB); Perbup menetapkan target dalam persen.',
    },
    {
      key: I.arsitekturSpbe,
      name: 'Tingkat implementasi kebijakan arsitektur SPBE',
      scaleCode: 'persen',
      unit: 'Persen',
      polarity: 'higher_is_better',
      sourceAgency: 'KemenPANRB',
      baseline: baseline(null),
      targets: target2024(num(75)),
      responsible: pds(PD.kominfo),
      nationalIndicatorCode: 'KU03-2',
      note: 'Dinilai KemenPANRB pada rentang 0–5 (LKE RB); Perbup menetapkan target dalam persen.',
    },
    {
      key: I.perencanaan,
      name: 'Indeks perencanaan pembangunan',
      scaleCode: 'indeks_perencanaan_pembangunan',
      unit: 'Poin',
      polarity: 'higher_is_better',
      sourceAgency: 'Bappenas',
      baseline: baseline(num(4)),
      targets: target2024(num(8)),
      responsible: pds(PD.bp4d),
      nationalIndicatorCode: 'KU04-1',
      note: 'Dalam katalog nasional indikator ini hanya berlaku untuk K/L dan provinsi, tidak dinilai untuk kabupaten.',
    },
    {
      key: I.mppDigital,
      name: 'Persentase implementasi transformasi MPP digital',
      scaleCode: 'persen',
      unit: 'Persen',
      polarity: 'higher_is_better',
      sourceAgency: 'KemenPANRB',
      baseline: baseline(null),
      targets: target2024(num(100)),
      responsible: pds(PD.dpmptsp, PD.organisasi),
      nationalIndicatorCode: 'KU05-1',
    },
    {
      key: I.wbkWbbm,
      name: 'Jumlah Perangkat Daerah dengan Predikat WBK/WBBM',
      scaleCode: 'jumlah_unit_kerja',
      unit: 'Unit Kerja',
      polarity: 'higher_is_better',
      sourceAgency: 'KemenPANRB',
      baseline: baseline(null),
      targets: target2024(num(2)),
      responsible: pds(PD.inspektorat, PD.organisasi),
      note: 'Indikator nasional kegiatan ini adalah tingkat keberhasilan pembangunan ZI (nilai LKE 0–3,5); Perbup memakai jumlah unit kerja berpredikat.',
    },
    {
      key: I.spip,
      name: 'Maturitas SPIP',
      scaleCode: 'level_spip',
      unit: 'Level',
      polarity: 'ordinal',
      sourceAgency: 'BPKP',
      baseline: baseline(lvl('2')),
      targets: target2024(lvl('5')),
      responsible: pds(PD.inspektorat),
      nationalIndicatorCode: 'KU07-1',
    },
    {
      key: I.lapor,
      name: 'Tingkat tindak lanjut pengaduan masyarakat (LAPOR)',
      scaleCode: 'persen',
      unit: 'Persen',
      polarity: 'higher_is_better',
      sourceAgency: 'KemenPANRB',
      baseline: baseline(num(90)),
      targets: target2024(num(100)),
      responsible: pds(PD.inspektorat),
      nationalIndicatorCode: 'KU08-1',
      note: 'Dinilai KemenPANRB sebagai level 1–5 (LKE RB); Perbup memakai persentase tindak lanjut.',
    },
    {
      key: I.ikk,
      name: 'Indeks kualitas kebijakan',
      scaleCode: 'ikk_lan',
      unit: 'Persen',
      polarity: 'higher_is_better',
      sourceAgency: 'LAN',
      baseline: baseline(num(10)),
      targets: target2024(num(65)),
      responsible: pds(PD.hukum),
      nationalIndicatorCode: 'KU10-1',
      note: 'IKK adalah indeks 0–100, bukan persentase.',
    },
    {
      key: I.irh,
      name: 'Indeks reformasi hukum',
      scaleCode: 'kategori_irh',
      unit: 'Kategori',
      polarity: 'ordinal',
      sourceAgency: 'Kemenkumham',
      baseline: baseline(lvl('C')),
      targets: target2024(lvl('B')),
      responsible: pds(PD.hukum),
      nationalIndicatorCode: 'KU11-1',
    },
    {
      key: I.arsip,
      name: 'Tingkat digitalisasi arsip',
      scaleCode: 'digitalisasi_arsip',
      unit: 'Persen',
      polarity: 'higher_is_better',
      sourceAgency: 'ANRI',
      baseline: baseline(num(3.77)),
      targets: target2024(num(4.25)),
      responsible: pds(PD.arsip),
      nationalIndicatorCode: 'KU12-1',
      note: 'Nilai 3,77→4,25 jauh di bawah nilai evaluasi 2023 kabupaten lain (±86–90 pada skala 0–100); kemungkinan satuan lain.',
    },
    {
      key: I.statistik,
      name: 'Tingkat kematangan penyelenggaraan statistik sektoral',
      scaleCode: 'ips_epss_statistik',
      unit: 'Persen',
      polarity: 'higher_is_better',
      sourceAgency: 'BPS',
      baseline: baseline(num(1.15)),
      targets: target2024(num(1.5)),
      responsible: pds(PD.kominfo),
      nationalIndicatorCode: 'KU13-1',
      note: 'Nilai EPSS/IPS adalah indeks 1–5, bukan persen.',
    },
    {
      key: I.pengadaan,
      name: 'Indeks kelola pengadaan',
      scaleCode: 'itkp_lkpp',
      unit: 'Skor',
      polarity: 'higher_is_better',
      sourceAgency: 'LKPP',
      baseline: baseline(num(69.18)),
      targets: target2024(num(75.5)),
      responsible: pds(PD.pbj),
      nationalIndicatorCode: 'KU14-1',
    },
    {
      key: I.tindakLanjut,
      name: 'Persentase tindak lanjut hasil pemeriksaan keuangan',
      scaleCode: 'persen',
      unit: 'Persen',
      polarity: 'higher_is_better',
      sourceAgency: 'BPK',
      baseline: baseline(num(44.1)),
      targets: target2024(num(65)),
      responsible: pds(PD.inspektorat),
      nationalIndicatorCode: 'KU15-2',
    },
    {
      key: I.aset,
      name: 'Indeks Pengelolaan aset',
      scaleCode: 'skor',
      unit: 'Skala',
      polarity: 'higher_is_better',
      sourceAgency: 'Kemenkeu (DJKN)',
      baseline: baseline(null),
      targets: target2024(num(3)),
      responsible: pds(PD.bpkad),
      nationalIndicatorCode: 'KU15-4',
      note: 'Dalam katalog nasional indikator ini hanya berlaku untuk K/L, tidak dinilai untuk kabupaten. Rentang skalanya tidak disebut dalam Perbup.',
    },
    {
      key: I.penyetaraanJf,
      name: 'Persentase penyetaraan jabatan fungsional',
      scaleCode: 'persen',
      unit: 'Persen',
      polarity: 'higher_is_better',
      sourceAgency: 'KemenPANRB',
      baseline: baseline(num(100)),
      targets: target2024(num(100)),
      responsible: pds(PD.organisasi, PD.bkpsdm),
    },
    {
      key: I.talenta,
      name: 'Tingkat pengelolaan manajemen talenta ASN',
      scaleCode: 'persen',
      unit: 'Persen',
      polarity: 'higher_is_better',
      sourceAgency: 'BKN',
      baseline: baseline(null),
      targets: target2024(num(100)),
      responsible: pds(PD.bkpsdm),
    },
    {
      key: I.rekrutmen,
      name: 'Tingkat kepatuhan rekrutmen pegawai ASN sesuai kebijakan perencanaan dan pengadaan',
      scaleCode: 'persen',
      unit: 'Persen',
      polarity: 'higher_is_better',
      sourceAgency: 'BKN',
      baseline: baseline(null),
      targets: target2024(num(100)),
      responsible: pds(PD.bkpsdm),
    },
    {
      key: I.kinerjaAsn,
      name: 'Persentase implementasi pengelolaan kinerja pegawai ASN',
      scaleCode: 'persen',
      unit: 'Persen',
      polarity: 'higher_is_better',
      sourceAgency: 'BKN',
      baseline: baseline(null),
      targets: target2024(num(100)),
      responsible: pds(PD.bkpsdm),
    },
    {
      key: I.merit,
      name: 'Indeks sistem merit',
      scaleCode: 'sistem_merit_kasn',
      unit: 'Skor',
      polarity: 'higher_is_better',
      sourceAgency: 'KASN',
      baseline: baseline(num(107)),
      targets: target2024(num(125)),
      responsible: pds(PD.bkpsdm),
      nationalIndicatorCode: 'KU19-1',
      note: 'Skala KASN 100–400: 107 dan 125 sama-sama kategori I (Buruk).',
    },
    {
      key: I.ipp,
      name: 'Indeks Pelayanan Publik',
      scaleCode: 'ipp',
      unit: 'Poin',
      polarity: 'higher_is_better',
      sourceAgency: 'KemenPANRB',
      baseline: baseline(num(2.99), 'Nilai persepsi kualitas pelayanan publik 2023 2,99 atau C (BAB II.A.1).'),
      targets: target2024(num(3.75)),
      responsible: pds(PD.organisasi),
      nationalIndicatorCode: 'KU21-2',
    },
    {
      key: I.standarPelayanan,
      name: 'Tingkat Kepatuhan Terhadap Standar Pelayanan Publik',
      scaleCode: 'ombudsman_kepatuhan',
      unit: 'Persen',
      polarity: 'higher_is_better',
      sourceAgency: 'Ombudsman RI',
      baseline: baseline(num(76.04), 'Nilai kepatuhan Ombudsman RI 2023 76,04 atau rapor kuning (BAB II.A.1).'),
      targets: target2024(num(82.25)),
      responsible: pds(PD.organisasi),
      nationalIndicatorCode: 'KU21-3',
    },

    // ——— Tabel 3 (RB Tematik) ———
    {
      key: I.kemiskinan,
      name: 'Persentase Penduduk Miskin',
      scaleCode: 'persen',
      unit: 'Persen',
      polarity: 'lower_is_better',
      sourceAgency: 'BPS',
      baseline: baseline(num(21.78)),
      targets: target2024(num(19.37)),
      responsible: pds(
        PD.kesehatan,
        PD.pendidikan,
        PD.perindagkop,
        PD.nakertrans,
        PD.pertanian,
        PD.perikanan,
        PD.peternakan,
        PD.pariwisata,
        PD.pmd,
        PD.bp4d,
      ),
    },
    {
      key: I.investasi,
      name: 'Kebutuhan Investasi',
      scaleCode: 'rupiah',
      unit: 'Rp.',
      polarity: 'higher_is_better',
      baseline: baseline(num(527_562_744_023)),
      targets: target2024(num(220_000_000_000)),
      responsible: pds(PD.dpmptsp, PD.bpkad),
      note: 'Sasaran "Meningkatnya Nilai Investasi" menuntut nilai yang naik, tetapi target 2024 (Rp220 miliar) lebih rendah dari baseline 2023 (Rp527,56 miliar). Bila "kebutuhan investasi" dibaca sebagai kesenjangan yang harus ditutup, arahnya menurun; Perbup tidak menjelaskan.',
    },
    {
      key: I.stunting,
      name: 'Prevalensi Stunting',
      scaleCode: 'persen',
      unit: 'Persen',
      polarity: 'lower_is_better',
      sourceAgency: 'Kemenkes',
      baseline: baseline(num(12.97)),
      targets: target2024(num(9.3)),
      // The row prints "Dinas Pendidikan" (the poverty row "Dinas Pendidikan dan Kebudayaan", the
      // regency's one education unit): loaded as that PD, the printed name kept and flagged.
      responsible: pds(
        PD.kesehatan,
        PD.pendidikan,
        PD.p2kbp3a,
        PD.pmd,
        PD.sosial,
        PD.pertanian,
        PD.perkim,
        PD.kominfo,
        PD.bp4d,
      ).map((r) => (r.pdKey === PD.pendidikan ? { ...r, printedName: 'Dinas Pendidikan' } : r)),
    },
    {
      key: I.pdn,
      name: 'Tingkat penggunaan produk dalam negeri',
      scaleCode: 'persen',
      unit: 'Persen',
      polarity: 'higher_is_better',
      baseline: baseline(null),
      targets: target2024(num(75)),
      responsible: pds(PD.perindagkop),
    },
    {
      key: I.inflasi,
      name: 'Inflasi',
      // Inflation can be negative (deflation), so it needs a scale without a lower bound.
      scaleCode: 'angka',
      unit: 'Persen',
      polarity: 'target_band',
      sourceAgency: 'BPS',
      baseline: baseline(num(1.9)),
      targets: target2024(
        num(2.04),
        'Target titik sebagaimana tertulis; sasaran inflasi nasional 2024 adalah 2,5±1% (PMK 101/PMK.010/2021), dan 2,04 berada dalam rentang itu.',
      ),
      responsible: pds(PD.pertanian, PD.perikanan, PD.peternakan, PD.perindagkop, PD.pariwisata, PD.bp4d),
      note: 'Inflasi terkendali berarti berada di sekitar sasaran, bukan serendah mungkin: kenaikan dari 1,9 ke 2,04 bukan kemunduran.',
    },
  ];
}

// ————————————————————————————————————————————————————————————————— placements

type Row = [
  nodeKey: string,
  indicatorKey: string,
  printed?: Pick<Placement, 'printedName' | 'printedUnit' | 'printedBaseline' | 'printedTargets'>,
];

function table(tableCode: TableCode, rows: Row[]): Placement[] {
  return rows.map(([nodeKey, indicatorKey, printed], i) => ({
    tableCode,
    nodeKey,
    indicatorKey,
    order: i + 1,
    ...printed,
  }));
}

function placements(): Placement[] {
  return [
    // Tabel 1 merges both sasaran strategis into one cell; the split follows LKE RB 2023
    // (1C1 hard element: SPBE, akuntabilitas kinerja, akuntabilitas keuangan; 1C2 soft element:
    // BerAKHLAK, SPI, SKM).
    ...table('tabel1', [
      [N.ssHard, I.spbe],
      [N.ssHard, I.akuntabilitasKinerja],
      [N.ssHard, I.opiniBpk, { printedName: 'Capaian Akuntabilitas Keuangan' }],
      [N.ssSoft, I.berakhlak, { printedName: 'Nilai Survei Indeks BerAKHLAK' }],
      [N.ssSoft, I.spi],
      [N.ssSoft, I.skm],
    ]),
    ...table('tabel2', [
      [N.kuPenyederhanaan, I.penyederhanaan],
      [N.kuSistemKerja, I.sistemKerja],
      [N.kuArsitekturSpbe, I.arsitekturSpbe],
      [N.kuSakip, I.akuntabilitasKinerja],
      [N.kuCollaborative, I.perencanaan],
      [N.kuPelayananDigital, I.mppDigital],
      [N.kuZonaIntegritas, I.wbkWbbm],
      [N.kuSpip, I.spip],
      [N.kuPengaduan, I.lapor],
      [N.kuPencegahanKorupsi, I.spi],
      [N.kuKebijakanPublik, I.ikk],
      [N.kuPeraturan, I.irh],
      [N.kuArsipDigital, I.arsip],
      [N.kuStatistik, I.statistik],
      [N.kuPbj, I.pengadaan],
      [N.kuKeuanganAset, I.opiniBpk],
      [N.kuKeuanganAset, I.tindakLanjut],
      [N.kuKeuanganAset, I.aset],
      [N.kuJabatanFungsional, I.penyetaraanJf],
      [N.kuTalenta, I.talenta],
      [N.kuCasn, I.rekrutmen],
      [N.kuKinerjaAsn, I.kinerjaAsn],
      [N.kuMerit, I.merit],
      // Tabel 2 prints the unit "Persen" where Tabel 1 prints "Angka": kept as printed, flagged UNIT_CONFLICT.
      [N.kuCoreValues, I.berakhlak, { printedUnit: 'Persen' }],
      [N.kuSkm, I.skm, { printedBaseline: { year: BASELINE_YEAR, status: 'value', value: num(SKM_TABEL2_BASELINE) } }],
      [N.kuEvaluasiPelayanan, I.ipp],
      [N.kuStandarPelayanan, I.standarPelayanan],
    ]),
    ...table('tabel3', [
      [N.stKemiskinan, I.kemiskinan],
      [N.stInvestasi, I.investasi],
      [N.stStunting, I.stunting],
      [N.stPdn, I.pdn, { printedName: 'Tingkat penggunaan produk negeri' }],
      [N.stInflasi, I.inflasi],
    ]),
  ];
}

// ————————————————————————————————————————————————————————————————— narrative

const para = (...paragraphs: string[]): string => paragraphs.join('\n\n');
const list = (items: string[], marker: (i: number) => string = (i) => `${i + 1}.`): string =>
  items.map((item, i) => `${marker(i)} ${item}`).join('\n');
const letters = (i: number): string => `${String.fromCharCode(97 + i)}.`;

function narrative(): NarrativeSection[] {
  const sections: Array<[key: string, title: string, body: string]> = [
    [
      'latar-belakang',
      'BAB I.A Latar Belakang',
      para(
        'Reformasi Birokrasi merupakan sebuah kebutuhan dalam tata kelola pemerintahan yang baik (good governance) untuk menjawab permasalahan masyarakat yang semakin kompleks. Tata kelola pemerintahan melalui Reformasi Birokrasi yang berkualitas bertujuan untuk mempercepat tercapainya target pembangunan secara berkelanjutan. Dengan kata lain, pembangunan nasional dan prioritas kerja Presiden akan mengalami percepatan dalam pelaksanaannya, jika Reformasi Birokrasi sebagai sebuah instrumen (tools) dapat berfungsi dengan baik.',
        'Reformasi Birokrasi merupakan salah satu dari lima agenda prioritas Pembangunan Nasional yang menjadi fokus dari pemerintahan. Arahan Presiden tentang Reformasi Birokrasi berkaitan dengan tiga hal utama, yaitu mewujudkan birokrasi yang mampu menciptakan hasil, birokrasi yang mampu menjamin agar manfaat kebijakan itu dirasakan oleh masyarakat (making delivered), serta birokrasi yang lincah dan cepat (agile bureaucracy). Arahan Presiden tersebut dapat terwujud apabila ada upaya perbaikan dalam tata kelola pemerintahan yang menyentuh akar permasalahan, tidak hanya menjadi agenda rutin tanpa memberikan daya ungkit yang lebih besar, baik bagi percepatan pembangunan secara nasional maupun di daerah. Hal ini hanya bisa terjadi jika pengelolaan Reformasi Birokrasi memperhatikan prinsip efektivitas dan efisiensi.',
        'Untuk memastikan pengelolaan Reformasi Birokrasi yang efektif dan efisien, Pemerintah Daerah Kabupaten Kupang perlu menetapkan perencanaan dan tata kelola Reformasi Birokrasi dalam sebuah dokumen perencanaan sebagai Road Map, yang dapat dipahami dan dilaksanakan oleh semua pihak. Road Map Reformasi Birokrasi disusun untuk membantu menjabarkan misi keempat Rencana Pembangunan Jangka Menengah Daerah 2019-2024 yaitu "mewujudkan tata kelola pemerintahan yang baik dan benar". Hal ini dimaksudkan agar pembangunan Reformasi Birokrasi di Kabupaten Kupang lebih fokus dan terarah serta manfaatnya dirasakan oleh masyarakat seperti pengurangan kemiskinan, penyediaan lapangan pekerjaan, dan berbagai hasil nyata yang bermuara pada tercapainya masyarakat yang maju, mandiri dan sejahtera.',
        'Hasil evaluasi atas pelaksanaan Reformasi Birokrasi masih menunjukkan adanya gap antara kondisi capaian terkini dengan yang diharapkan pada akhir tahun 2025. Gap tersebut dapat dilihat dari dua sisi, yaitu sisi perencanaan dan sisi pelaksanaan. Pada sisi perencanaan, konteks Road Map Reformasi Birokrasi 2020-2024 yang ditetapkan dengan Peraturan Bupati Nomor 20 tahun 2023, belum optimal mengakselerasi tata kelola pemerintahan yang mendorong percepatan pencapaian pembangunan dan daya saing global. Selain itu, kegiatan utama mandatory yang ada dalam Peraturan MENPANRB Nomor 3 Tahun 2023 sebagai mandat nasional belum sepenuhnya ditetapkan sebagai kegiatan utama di dalam Peraturan Bupati Nomor 20 Tahun 2023 tentang Road Map Reformasi Birokrasi Pemerintah Kabupaten Kupang tahun 2020-2024. Pada sisi pelaksanaannya, pengelolaan Reformasi Birokrasi belum secara optimal dirasakan masyarakat, misalnya terkait kinerja konkret bagi masyarakat, pelayanan publik, dan pengurangan praktek Korupsi Kolusi dan Nepotisme (KKN). Perencanaan dan pelaksanaan Reformasi Birokrasi juga masih dilakukan secara parsial oleh masing-masing unit kerja sehingga belum berfokus pada isu strategis daerah serta arah Pembangunan Daerah. Dengan kondisi tersebut perlu dilakukan penajaman terhadap Road Map Reformasi Birokrasi 2020-2024. Penajaman Road Map ini juga untuk membantu mempercepat pencapaian sasaran pembangunan Reformasi Birokrasi yang telah ditetapkan dalam Rencana Pembangunan Jangka Menengah Daerah Tahun 2019-2024.',
        'Secara khusus, aspek utama yang perlu ditajamkan dari Road Map Reformasi Birokrasi 2020-2024 adalah sebagai berikut:',
        list([
          'Substansi tujuan, sasaran, dan indikator keberhasilan Reformasi Birokrasi dalam Road Map Reformasi Birokrasi belum sepenuhnya mampu menjawab isu strategis terkait dengan pembangunan, daya saing pemerintahan, pemberantasan korupsi, dan isu-isu strategis yang perlu dijawab dengan akselerasi Reformasi Birokrasi.',
          'Sasaran program pembangunan bersifat lintas sektor urusan (cross cutting issue), sehingga memerlukan strategi Reformasi Birokrasi untuk secara bersama-sama melakukan (mengorkestrasi) percepatan pencapaian sasaran lintas sektor dan instansi. Kebijakan-kebijakan Reformasi Birokrasi diharapkan menjadi kebijakan kunci yang paling berkontribusi terhadap sasaran strategis dan tujuan Reformasi Birokrasi.',
          'Pengelolaan Reformasi Birokrasi yang fokus untuk percepatan pencapaian tujuan dan sasaran strategis Reformasi Birokrasi dengan penyelesaian terhadap akar masalah melalui perbaikan sistem dan manajemen internal, serta isu prioritas antara lain kemiskinan dan investasi.',
          'Kolaborasi pelaksanaan Reformasi Birokrasi yang cenderung silo (fragmented) khususnya antara instansi pengampu indeks, dapat berdampak pada pengukuran Reformasi Birokrasi yang tidak efektif, sehingga dibutuhkan indikator Reformasi Birokrasi yang paling relevan dan signifikan untuk mengukur keberhasilan Reformasi Birokrasi. Oleh karena itu, diperlukan penyederhanaan, sinergi dan integrasi antarindikator kinerja yang sejenis.',
        ]),
      ),
    ],
    [
      'tujuan-penajaman',
      'BAB I.B Tujuan Penajaman Road Map Reformasi Birokrasi',
      para(
        'Pada hakikatnya, Road Map Reformasi Birokrasi harus mampu menjabarkan visi, misi, dan prioritas pembangunan daerah dan menjawab isu strategis dalam tata kelola pemerintahan yang menghambat pencapaian kebijakan prioritas daerah. Mengacu pada beberapa permasalahan yang telah dijabarkan sebelumnya, maka perlu dilakukan penajaman terhadap Road Map Reformasi Birokrasi Pemerintah Kabupaten Kupang Tahun 2020-2024 dengan tujuan, yaitu:',
        '1. Mempercepat pencapaian tujuan dan sasaran strategis Reformasi Birokrasi.',
        'Penajaman Road Map Reformasi Birokrasi 2020-2024 bertujuan untuk mengakselerasi pelaksanaan Reformasi Birokrasi sehingga tujuan dan sasaran strategis Reformasi Birokrasi dapat dirasakan secara signifikan oleh masyarakat. Capaian Reformasi Birokrasi sebelum penajaman menunjukkan bahwa upaya perbaikan tata kelola pemerintahan telah meningkat, namun belum signifikan dirasakan oleh masyarakat dan meningkatkan tata kelola pemerintahan yang berkelas dunia. Selama ini, pelaksanaan Reformasi Birokrasi masih berfokus pada upaya melakukan perbaikan internal masing-masing, belum secara menyeluruh yang mengangkat isu di daerah.',
        '2. Mendapatkan Road Map Reformasi Birokrasi yang lebih komprehensif dan sesuai dengan kebutuhan.',
        'Penajaman Road Map Reformasi Birokrasi berupaya untuk mewujudkan tata kelola pemerintahan yang dinamis, adaptif, dan mampu menjawab kebutuhan masyarakat. Pelaksanaan Reformasi Birokrasi tidak hanya berfokus pada penyelesaian masalah yang bersifat umum dalam tata kelola pemerintahan, namun secara khusus untuk merespon permasalahan yang nyata terjadi di lapangan. Berbagai perubahan lingkungan strategis baik dalam skala nasional maupun global harus menjadi dasar dalam menetapkan arah kebijakan Reformasi Birokrasi. Kebijakan Reformasi Birokrasi perlu disesuaikan dengan kebutuhan birokrasi menghadapi kondisi lingkungan yang disruptif, tidak terprediksi, tidak menentu, dan berpengaruh terhadap tatanan kehidupan masyarakat.',
        '3. Mendapatkan Road Map Reformasi Birokrasi yang mampu menciptakan integrasi dan orkestrasi pelaksanaan Reformasi Birokrasi yang sinergis dalam pemerintahan.',
        'Penajaman Road Map Reformasi Birokrasi 2020–2024 dilakukan untuk menghilangkan mentalitas silo (fragmented mentality) antar unit kerja. Pelaksanaan Reformasi Birokrasi memerlukan kolaborasi yang baik dari seluruh pihak yang terkait, baik dari unsur pemerintah maupun luar pemerintah. Unit kerja yang menjadi koordinator pengampu (leading institution) pelaksanaan Reformasi Birokrasi juga perlu didorong untuk mewujudkan ukuran-ukuran yang lebih logis, holistik, berorientasi hasil, dan tidak duplikatif. Berkaitan dengan hal tersebut, melalui penajaman Road Map Reformasi Birokrasi 2020–2024, seluruh Perangkat Daerah diharapkan dapat meningkatkan sinergitas untuk mendorong pencapaian tujuan pembangunan.',
      ),
    ],
    [
      'isu-strategis-hulu',
      'BAB I.C.1 Isu Strategis di Tingkat Hulu',
      para(
        'Reformasi Birokrasi menghadapi beberapa permasalahan, tantangan, dan peluang baik pada tingkat hulu maupun hilir yang harus segera direspon dan diantisipasi untuk mewujudkan tata kelola pemerintahan yang dicita-citakan pada tahun 2024. Isu-isu strategis tersebut akan mempengaruhi konstruksi penajaman Road Map Reformasi Birokrasi.',
        'Isu strategis tingkat hulu merupakan masalah-masalah yang terjadi di dalam birokrasi yang bersumber pada tata kelola pemerintahan. Isu strategis tingkat hulu umumnya akan menimbulkan potensi masalah lain jika tidak segera ditangani. Beberapa isu tingkat hulu yang berkaitan dengan pelaksanaan Reformasi Birokrasi adalah sebagai berikut:',
        'a. Birokrasi yang Belum Kolaboratif. Sejalan dengan arahan Presiden, bahwa birokrasi harus berorientasi hasil, maka diperlukan berbagai peran dari aktor dan sektor yang menjadi kunci keberhasilan Reformasi Birokrasi. Namun, dalam praktiknya, peran yang bersifat silo masih menjadi tantangan baik dalam perencanaan dan pelaksanaan, maupun pengukuran Reformasi Birokrasi. Oleh karena itu, untuk meningkatkan efektivitas peran-peran tersebut diperlukan kolaborasi dan integrasi dalam rumusan tujuan, sasaran (goal setting) dan strategi pelaksanaan Reformasi Birokrasi.',
        'b. Transformasi Digital yang Belum Optimal. Dalam mewujudkan transformasi digital yang mendukung kinerja birokrasi, pemerintah telah menetapkan Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik. Perumusan kebijakan, koordinasi penerapan, dan evaluasi Sistem Pemerintahan Berbasis Elektronik telah dilaksanakan. Namun, saat ini implementasi Sistem Pemerintahan Berbasis Elektronik belum mampu mencapai tujuan yang diharapkan. Hal ini disebabkan oleh masih rendahnya komitmen pimpinan perangkat daerah menjadikan Sistem Pemerintahan Berbasis Elektronik sebagai prioritas serta perencanaan dan integrasi sistem yang dibangun belum baik. Oleh karena itu, diperlukan penguatan dan percepatan implementasi Sistem Pemerintahan Berbasis Elektronik secara berkelanjutan.',
        'c. Penyederhanaan Struktur dan Mekanisme Kerja Baru yang Belum Tuntas. Penyederhanaan (simplifikasi) birokrasi merupakan serangkaian proses yang terdiri dari penyederhanaan struktur organisasi, penyetaraan jabatan dan penyesuaian sistem kerja pasca penyederhanaan birokrasi. Penyesuaian sistem kerja pada Instansi Pemerintah dilakukan secara mendasar yang mampu mentransformasi proses bisnis pemerintahan menjadi lebih dinamis, lincah, dan profesional. Sistem kerja yang sebelumnya bersifat berjenjang/hierarkis menjadi sistem kerja yang sederhana dengan mengedepankan pada kerja tim yang fokus pada hasil serta menghargai kompetensi, keahlian, dan keterampilan dengan dukungan tata kelola pemerintahan berbasis digital, untuk mendukung pencapaian tujuan organisasi. Sebagai pedoman untuk pelaksanaan sistem kerja tersebut, Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi telah menetapkan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 7 Tahun 2022 tentang Sistem Kerja Pada Instansi Pemerintah Untuk Penyederhanaan Birokrasi. Dengan telah ditetapkannya Peraturan Menteri ini, seluruh Instansi Pemerintah diminta untuk segera menyesuaikan sistem kerjanya melalui penyempurnaan mekanisme kerja dan proses bisnis birokrasi yang berorientasi pada percepatan pengambilan keputusan dan perbaikan pelayanan publik, dengan optimalisasi Sistem Pemerintahan Berbasis Elektronik.',
        'Melalui sistem kerja yang baru, Pejabat Fungsional akan dapat ditugaskan secara flexible, changeable, dan moveable, dengan pengelolaan kinerja yang akuntabel. Pegawai ASN tidak bekerja dalam kotak-kotak tertentu, melainkan fokus pada pencapaian tujuan organisasi. Dengan mekanisme kerja tersebut, Pegawai ASN dituntut untuk mampu berkinerja lebih optimal sesuai dengan kompetensinya, dan dapat dimanfaatkan tidak hanya pada unit organisasi. Namun, dapat dimanfaatkan di luar unit organisasi.',
        'd. Integritas Penyelenggaraan Pemerintahan yang Masih Menghadapi Kendala. Integritas dalam penyelenggaraan pemerintahan masih menghadapi banyak tantangan. Hal ini terlihat dari masih banyaknya temuan penyimpangan, baik yang dilakukan oleh pimpinan instansi maupun pegawainya. Kelemahan sistem pengawasan mendorong terjadinya perilaku koruptif dan pelanggaran integritas. Oleh karena itu, perlu dilakukan penguatan sistem pengawasan dalam penyelenggaraan pemerintahan.',
        'e. Budaya Birokrasi: BerAKHLAK yang Belum Terimplementasi Dengan Baik. BerAKHLAK yang ditetapkan sebagai budaya kerja ASN yang menyederhanakan nilai-nilai dasar ASN yang terkandung dalam Undang-Undang Nomor 5 Tahun 2014 tentang ASN, yang terdiri atas komponen Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, dan Kolaboratif, serta budaya integritas tinggi dan pelayanan prima. Budaya kerja tersebut dapat menjadi pondasi yang kokoh bagi setiap ASN dalam berperilaku menjalankan tugas dan fungsinya, sehingga dapat dijadikan pengungkit. Meskipun budaya kerja ini sudah disosialisasikan kepada seluruh ASN, namun belum diinternalisasi dengan baik, sehingga pemahaman makna nilai BerAKHLAK belum merata pada ASN. Oleh karena itu, perlu dilakukan internalisasi nilai BerAKHLAK secara masif dan berkelanjutan bagi ASN.',
      ),
    ],
    [
      'isu-strategis-hilir',
      'BAB I.C.2 Isu Strategis di Tingkat Hilir',
      para(
        'Isu strategis tingkat hilir merupakan masalah yang muncul di masyarakat terkait dengan agenda program Pembangunan Nasional. Isu strategis hilir umumnya terjadi sebagai turunan yang muncul apabila isu strategis hulu tidak diselesaikan. Beberapa isu strategis hilir yang berkaitan dengan pelaksanaan Reformasi Birokrasi adalah sebagai berikut:',
        'a. Belum maksimalnya pelaksanaan program-program pengentasan kemiskinan. Pemerintah Kabupaten Kupang telah melakukan upaya pengentasan kemiskinan dengan melaksanakan berbagai program pengentasan kemiskinan. Namun, laju peningkatan capaian kinerja Pemerintah Daerah dalam pengentasan kemiskinan belum begitu signifikan yakni dari angka 21,7% di tahun 2022 menjadi 21,78% di tahun 2023. Oleh karena itu, perlu dibangunnya kolaborasi yang utuh lintas sektor baik itu dunia usaha, LSM, akademisi maupun pers dalam pengentasan kemiskinan secara berkelanjutan di Kabupaten Kupang.',
        'b. Tantangan resesi global dan pentingnya investasi. Resesi global membawa potensi yang mengarah pada krisis pangan, energi, dan keuangan menyebabkan Kabupaten Kupang membutuhkan investasi. Peningkatan investasi dipengaruhi oleh keputusan investor untuk melakukan investasi yang didasarkan pada nilai ekonomi dan kemudahan berusaha di Kabupaten Kupang. Beberapa faktor yang mempengaruhi iklim investasi di Kabupaten Kupang seperti jaminan keamanan, stabilitas politik dan dinamika sosial, serta kepastian hukum. Oleh sebab itu, salah satu cara untuk meningkatkan iklim investasi di Kabupaten Kupang adalah dengan merumuskan kebijakan yang mampu menarik minat investor baik investor luar negeri maupun investor dalam negeri.',
        'c. Tantangan perubahan global dan tuntutan terhadap pelayanan publik. Perubahan lingkungan global yang tidak terprediksi dan berciri VUCA (Volatility, Uncertainty, Complexity, Ambiguity) menuntut seluruh sektor, termasuk birokrasi, agar dapat bekerja secara agile dan adaptive, terutama dalam hal digitalisasi. Pada sisi yang lain, masyarakat juga menuntut adanya kecepatan dan kemudahan pelayanan publik. Oleh sebab itu, Reformasi Birokrasi diarahkan untuk mendorong terciptanya digitalisasi administrasi pemerintah agar dapat mendukung pelayanan publik yang lebih cepat dan mudah.',
        'd. Dampak inflasi yang tidak terkendali. Salah satu hal yang menjadi perhatian dalam beberapa dekade terakhir ialah tentang globalisasi dengan segala dampak yang ditimbulkannya, termasuk efeknya terhadap perekonomian. Globalisasi ekonomi adalah suatu proses kegiatan ekonomi dan perdagangan, dimana negara-negara di seluruh dunia menjadi satu kekuatan pasar yang semakin terintegrasi tanpa hambatan batas teritorial negara. Hal ini dapat saja menjadi pemicu terjadinya inflasi di suatu daerah.',
        'Pada dasarnya inflasi menggambarkan kondisi ekonomi suatu daerah yang memiliki dampak positif dan negatif. Inflasi yang tidak terkendali akan berdampak negatif seperti naiknya harga barang, menurunnya daya beli masyarakat, dan peningkatan suku bunga. Dampak jangka panjang dari inflasi adalah adanya potensi Pemutusan Hubungan Kerja (PHK) sehingga menyebabkan peningkatan pengangguran yang berpotensi pada peningkatan angka kemiskinan. Oleh sebab itu, Pemerintah Daerah perlu menentukan prioritas program untuk menyelamatkan masyarakat agar tidak banyak yang jatuh ke jurang kemiskinan akibat dari adanya kenaikan harga.',
      ),
    ],
    [
      'hal-sudah-dicapai',
      'BAB II.A.1 Hal-hal yang Sudah Dicapai',
      para(
        'Pemerintah Daerah Kabupaten Kupang pada dasarnya telah melakukan langkah-langkah perubahan untuk mewujudkan sasaran reformasi yaitu birokrasi yang bersih dan akuntabel, birokrasi yang kapabel, dan birokrasi yang memiliki pelayanan publik yang prima. Hal ini telah dilakukan penajaman sasaran Reformasi Birokrasi sesuai Peraturan Menteri PANRB Nomor 3 Tahun 2023 yaitu terciptanya tata kelola pemerintahan digital yang efektif, lincah, dan kolaboratif sebagai aspek hard element, dan terciptanya budaya birokrasi BerAKHLAK dengan ASN yang profesional sebagai aspek soft element.',
        'Untuk menentukan langkah-langkah perubahan yang harus dilakukan, perlu terlebih dahulu diidentifikasi kondisi capaian Reformasi Birokrasi saat ini di Pemerintah Kabupaten Kupang. Jika dilihat dari sisi sasaran "Terciptanya Tata Kelola Pemerintahan Digital Yang Efektif, Lincah, dan Kolaboratif", maka dapat diuraikan berbagai hal yang sudah dicapai oleh Pemerintah Kabupaten Kupang, sebagai berikut:',
        list([
          'Penyederhanaan birokrasi dua level terhadap 306 Jabatan Administrasi yang telah dialihkan ke Jabatan Fungsional;',
          'Telah ditetapkan Peraturan Bupati Kupang Nomor 59 Tahun 2022 tentang Arsitektur Sistem Pemerintahan Berbasis Elektronik Kabupaten Kupang Tahun 2019–2024, dalam rangka percepatan Digitalisasi Birokrasi;',
          'Efisiensi APBD melalui penerapan Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) dengan nilai capaian tahun 2023 adalah 55,66 dengan predikat Cukup;',
          'BPK telah memberikan opini WTP atas LKPD Tahun 2022 kepada Pemerintah Kabupaten Kupang;',
          'Telah dilakukan penyerahan Laporan Harta Kekayaan Aparatur Sipil Negara (LKHASN) kepada KPK; dan',
          'Telah dilakukan pengukuran kualitas dan kuantitas Aparatur Pengawas Intern Pemerintah (APIP) dengan jumlah Objek Pemeriksaan (OBRIK) yang ada.',
        ]),
        'Sedangkan, dalam kaitan dengan sasaran "Terciptanya Budaya Birokrasi BerAKHLAK dengan ASN yang Profesional" berbagai hal yang sudah dicapai oleh Pemerintah Kabupaten Kupang dapat diuraikan sebagai berikut:',
        list([
          'Telah disusun Peraturan Bupati Kupang Nomor 52 Tahun 2022 tentang Pedoman Pelaksanaan Nilai-Nilai Organisasi MEDIASI dan Nilai-Nilai Dasar Aparatur Sipil Negara BerAKHLAK di Kabupaten Kupang sebagai pedoman pengembangan budaya kerja aparatur;',
          'Hasil Survei Kepuasan Masyarakat (SKM) menunjukkan bahwa tingkat pelayanan di Kabupaten Kupang "Baik";',
          'Kabupaten Kupang telah menerima penghargaan piagam Universal Health Coverage (UHC) Program Jaminan Kesehatan Nasional Kartu Indonesia Sehat (JKN-KIS) atas 98,57% masyarakat sudah terdaftar sebagai peserta JKN-KIS;',
          'Pemerintah Kabupaten Kupang telah mengimplementasikan aplikasi Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional Layanan Aspirasi dan Pengaduan Online Rakyat (SP4N-LAPOR) dalam pengelolaan pengaduan;',
          'OMBUDSMAN RI telah memberikan nilai kepatuhan terhadap penyelenggaraan pelayanan publik tahun 2023 sebesar 76,04 atau raport kuning; dan',
          'Kementerian PANRB telah memberikan nilai persepsi kualitas pelayanan publik tahun 2023 sebesar 2,99 atau C.',
        ]),
        'Selain itu, hal-hal yang telah dicapai juga dilihat dari progres capaian indeks Reformasi Birokrasi. Indeks Reformasi Birokrasi menggambarkan tingkat kemajuan Pemerintah Daerah dalam menciptakan birokrasi yang berkualitas. Indeks reformasi birokrasi Pemerintah Kabupaten Kupang Tahun 2023 adalah 52.94 atau kategori CC.',
      ),
    ],
    [
      'hal-harus-diperbaiki',
      'BAB II.A.2 Hal-hal yang Harus Diperbaiki',
      para(
        'Meskipun sudah banyak hal yang dicapai, namun demikian masih banyak hal yang masih menjadi permasalahan. Oleh karena itu, kondisi birokrasi Pemerintah Kabupaten Kupang memerlukan perhatian serius untuk perbaikan pada 2 (dua) sasaran utama reformasi birokrasi, antara lain:',
        'a. Terciptanya Tata Kelola Pemerintahan Digital yang Efektif, Lincah, dan Kolaboratif. Hal-hal yang perlu mendapat perhatian serius untuk perbaikan adalah:',
        list(
          [
            'Percepatan implementasi sistem kerja baru sesuai amanat Peraturan Menteri PANRB Nomor 7 Tahun 2022 tentang Sistem Kerja Pada Instansi Pemerintah Untuk Penyederhanaan Birokrasi;',
            'Optimalisasi penataan perundang-undangan melalui peningkatan indeks reformasi hukum dan indeks kualitas kebijakan;',
            'Optimalisasi penerapan e-government melalui peningkatan indeks Sistem Pemerintahan Berbasis Elektronik;',
            'Optimalisasi penerapan manajemen kinerja melalui peningkatan nilai capaian atas implementasi SAKIP;',
            'Peningkatan kualitas perencanaan melalui indeks perencanaan pembangunan; dan',
            'Optimalisasi penerapan sistem integritas melalui pengendalian gratifikasi, penerapan whistle blowing system, benturan kepentingan, pengelolaan pengaduan, serta percepatan pembangunan Zona Integritas.',
          ],
          (i) => `${i + 1})`,
        ),
        'b. Terciptanya Budaya Birokrasi BerAKHLAK dengan ASN yang Profesional. Hal-hal yang perlu mendapat perhatian serius untuk perbaikan adalah:',
        list(
          [
            'Percepatan sosialisasi dan internalisasi Peraturan Bupati Kupang Nomor 52 Tahun 2022 tentang Pedoman Pelaksanaan Nilai-Nilai Organisasi MEDIASI dan Nilai-Nilai Dasar Aparatur Sipil Negara BerAKHLAK Di Kabupaten Kupang;',
            'Meningkatkan indeks sistem merit;',
            'Peningkatan sarana dan prasarana pelayanan publik secara memadai melalui pembangunan Mal Pelayanan Publik;',
            'Penguatan implementasi Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional Layanan Aspirasi dan Pengaduan Online Rakyat (SP4N-LAPOR) agar terintegrasi dan terkoneksi secara berjenjang pada tingkat Desa/Kelurahan;',
            'Meningkatkan gerakan inovasi pelayanan publik perangkat daerah; dan',
            'Meningkatkan budaya pelayanan prima.',
          ],
          (i) => `${i + 1})`,
        ),
      ),
    ],
    [
      'harapan-pemangku-kepentingan',
      'BAB II.B Kebutuhan/Harapan Pemangku Kepentingan',
      para(
        'Sebagai langkah awal untuk menentukan titik dimulainya pelaksanaan reformasi birokrasi yang lebih sistematis dan sinergi, Pemerintah Kabupaten Kupang telah melakukan upaya identifikasi harapan masyarakat. Tujuan dari identifikasi harapan-harapan pemangku kepentingan adalah agar pelaksanaan reformasi birokrasi berfokus pada kebutuhan pemangku kepentingan. Dalam kaitan dengan sasaran pertama reformasi birokrasi yaitu terciptanya tata kelola pemerintahan digital yang efektif, linier, dan kolaboratif, harapan-harapan pemangku kepentingan antara lain:',
        list([
          'Penataan perundang-undangan;',
          'Penerapan sistem integritas;',
          'Digitalisasi administrasi pemerintahan;',
          'Efisiensi pengelolaan APBD; dan',
          'Penataan kelembagaan instansi pemerintah yang tepat ukuran, tepat fungsi dan sinergi.',
        ]),
        'Harapan-harapan pemangku kepentingan terkait dengan terciptanya budaya birokrasi BerAKHLAK dengan ASN yang profesional antara lain:',
        list([
          'Peningkatan budaya inovasi dan pelayanan prima melalui pengembangan budaya kerja; dan',
          'Peningkatan profesionalitas ASN.',
        ]),
      ),
    ],
    [
      'permasalahan',
      'BAB II.C Permasalahan Birokrasi Pemerintah Daerah',
      para(
        'Permasalahan birokrasi dalam mewujudkan harapan pemangku kepentingan terhadap sasaran pertama reformasi birokrasi yaitu terciptanya tata kelola pemerintahan digital yang efektif, linier, dan kolaboratif, yaitu:',
        list([
          'Adanya keterbatasan SDM bidang penyelenggaraan hukum dan tumpang tindih pelaksanaan harmonisasi, fasilitasi dan evaluasi;',
          'Kompetensi yang tidak memadai, komitmen dan anggaran;',
          'Adanya keterbatasan SDM bidang IT dan infrastruktur pendukung SPBE;',
          'Kurang optimalnya sistem manajemen kinerja melalui implementasi SAKIP;',
          'Adanya regulasi pemerintah pusat yang berubah-ubah dan keterbatasan SDM yang kompeten dalam penataan kelembagaan perangkat daerah.',
        ]),
        'Sedangkan, permasalahan yang dihadapi dalam mewujudkan harapan pemangku kepentingan terhadap sasaran kedua reformasi birokrasi yaitu terciptanya budaya birokrasi BerAKHLAK dengan ASN yang profesional antara lain:',
        list([
          'Adanya keterbatasan SDM aparatur;',
          'Kurang baiknya mental aparatur; dan',
          'Adanya keterbatasan sumber daya.',
        ]),
      ),
    ],
    [
      'tujuan-dan-sasaran',
      'BAB III.A Tujuan dan Sasaran Reformasi Birokrasi',
      para(
        'Tujuan yang terdapat pada Road Map Reformasi Birokrasi Kabupaten Kupang Tahun 2020-2024 sebelum penajaman adalah "Pemerintahan yang baik dan bersih", sedangkan tujuan dari Road Map Reformasi Birokrasi Kabupaten Kupang 2020-2024 setelah penajaman adalah "Birokrasi yang bersih, efektif dan berdaya saing serta mendorong pembangunan nasional dan pelayanan publik". Tujuan Reformasi Birokrasi harus diarahkan untuk dapat menjawab isu utama Reformasi Birokrasi yang berkembang beberapa tahun terakhir. Isu tersebut adalah terkait dampak dan kontribusi Reformasi Birokrasi pada Pembangunan Nasional, peningkatan kualitas pelayanan publik, penciptaan pemerintah yang bersih dan bebas KKN, serta peningkatan daya saing daerah dibanding dengan daerah lainnya.',
        'Sasaran yang terdapat pada Road Map Reformasi Birokrasi 2020-2024 sebelum penajaman terdapat tiga sasaran strategis Reformasi Birokrasi, yaitu birokrasi yang bersih dan akuntabel, birokrasi yang kapabel, dan pelayanan publik yang prima. Pada Road Map Reformasi Birokrasi 2020-2024 setelah penajaman, sasaran strategis Reformasi Birokrasi disederhanakan menjadi dua aspek yaitu aspek hard element dan aspek soft element. Aspek hard element adalah bagian dari kerangka logis Reformasi Birokrasi yang merupakan berbagai perangkat yang berhubungan dengan akuntabilitas, kelembagaan, tatalaksana, cara kerja, strategi, serta sistem dan regulasi dalam pemerintahan. Sedangkan, aspek soft element ialah aspek yang berkaitan dengan budaya dan sumber daya manusia.',
        'a. Terciptanya tata kelola pemerintahan digital yang efektif, lincah, dan kolaboratif sebagai aspek hard element. Sasaran ini berkaitan dengan tata kelola pemerintahan (governance) yang mampu mempertanggungjawabkan penggunaan sumber daya melalui penciptaan hasil/dampak yang nyata bagi masyarakat dan pembangunan daerah, dengan kemampuan untuk selalu bersinergi dan cepat beradaptasi dalam merespon perubahan lingkungan strategis yang berciri VUCA (Volatility, Uncertainty, Complexity, Ambiguity). Strategi utama untuk menciptakan tata kelola pemerintahan ini adalah dengan menjadikan teknologi informasi dan komunikasi sebagai instrumen utama dalam proses internal tata kelola pemerintah yang baik dan penyediaan pelayanan publik yang berkualitas.',
        'b. Terciptanya budaya birokrasi BerAKHLAK dengan ASN yang profesional sebagai aspek soft element. Sasaran ini berkaitan dengan budaya birokrasi yang mengedepankan nilai orientasi pelayanan, akuntabel, harmonis, kompeten, loyal, adaptif, dan kolaboratif dalam pelaksanaan tugas menyelenggarakan pelayanan publik yang berkualitas dan mempercepat pencapaian tujuan dan sasaran pembangunan, serta diisi dengan ASN yang memiliki komitmen, kemampuan, motivasi, perilaku, kinerja dan daya saing yang tinggi.',
        'Kinerja pelaksanaan Reformasi Birokrasi dicerminkan dengan pencapaian target kinerja sesuai dengan jenjang kinerja. Target kinerja pada tingkat pencapaian tujuan dan sasaran strategis Reformasi Birokrasi sampai tahun 2024 dinyatakan dalam Tabel 1.',
      ),
    ],
    [
      'rb-general',
      'BAB III.B Reformasi Birokrasi General',
      para(
        'Secara umum pelaksanaan Reformasi Birokrasi General dibagi ke dalam dua tingkatan, yaitu Tingkat Nasional dan Tingkat Instansional. Pada Tingkat Nasional, pelaksanaan Reformasi Birokrasi terdiri atas level makro dan meso. Tingkat pelaksanaan makro mencakup penetapan arah kebijakan Reformasi Birokrasi secara Nasional serta monitoring dan evaluasi pencapaian program-program Reformasi Birokrasi pada level meso dan mikro. Tingkat pelaksanaan meso mencakup pelaksanaan kebijakan Reformasi Birokrasi oleh instansi yang ditetapkan sebagai leading institution. Instansi tersebut bertanggungjawab dalam perumusan kebijakan-kebijakan inovatif, menerjemahkan kebijakan makro, mengoordinasikan pelaksanaan kebijakan tersebut, melakukan monitoring dan evaluasi kemajuan pelaksanaannya, serta menyampaikan laporan hasil evaluasi tersebut kepada TRBN.',
        'Sedangkan, Tingkat Instansional, atau disebut juga dengan Tingkat Pelaksanaan Mikro, mencakup implementasi kebijakan/program Reformasi Birokrasi yang telah ditetapkan pada tingkat makro dan meso di masing-masing kementerian/lembaga/pemerintah daerah serta program inovasi Reformasi Birokrasi yang diperlukan daerah untuk mengakselerasi capaian tujuan dan sasaran strategis Reformasi Birokrasi. Pelaksanaan Reformasi Birokrasi Instansional/Mikro adalah untuk mempercepat terciptanya birokrasi digital. Terdapat sembilan kebijakan birokrasi digital yang ditetapkan menjadi strategis utama, yaitu:',
        list([
          'Percepatan Transformasi Organisasi Berbasis Kinerja dan Agile (sasaran: "Terimplementasikannya Kebijakan Penyederhanaan Birokrasi");',
          'Percepatan Transformasi Jabatan Fungsional (sasaran: "Terwujudnya Percepatan Transformasi Jabatan Fungsional");',
          'Percepatan Transformasi Squad Model (sasaran: "Terimplementasikannya kebijakan sistem kerja baru dengan model fleksibel bagi pegawai ASN");',
          'Percepatan Implementasi Sistem Pemerintahan Berbasis Elektronik melalui Pembangunan SuperApps - Layanan Digital Pemerintah Terintegrasi (sasaran: "Terimplementasinya Kebijakan Arsitektur Sistem Pemerintahan Berbasis Elektronik Nasional");',
          'Percepatan Implementasi Manajemen Talenta dan Mobilitas SDM ASN (sasaran: "Terselenggaranya Manajemen Talenta ASN yang Efektif dan Efisien");',
          'Penguatan Kerja Kolaboratif (collaborative working) berbasis kinerja melalui Sistem Akuntabilitas Kinerja Pemerintah (sasaran: "Terimplementasinya Sistem Perencanaan, Penganggaran dan Informasi Kinerja yang Terintegrasi, Berbasis Teknologi Informasi yang Mendorong Peningkatan Akuntabilitas Kinerja Pemerintah");',
          'Pembangunan MPP dan MPP Digital Services (sasaran: "Terbangunnya Pelayanan Publik Digital (Digital Services)");',
          'Penguatan Pengawasan dengan four line of defense (sasaran: "Meningkatnya Kualitas Pengawasan");',
          'Penguatan Kebijakan Publik berbasis bukti dengan Big Data dan Artificial Intelligent (sasaran: "Meningkatnya Kualitas Kebijakan dan Regulasi").',
        ]),
        'Selain sembilan kebijakan birokrasi digital tersebut, terdapat kebijakan percepatan lain yang perlu dipastikan keberlanjutannya. Kebijakan-kebijakan percepatan ini diupayakan agar dapat berjalan secara bersamaan sehingga fokus sasaran strategis Reformasi Birokrasi dapat tercapai secara keseluruhan, sesuai dengan fokus arahan dan sasaran Road Map Reformasi Birokrasi Kabupaten Kupang 2020-2024 setelah penajaman. Penjabaran sasaran strategis dan kegiatan utama Reformasi Birokrasi General Kabupaten Kupang terdapat dalam Tabel 2.',
      ),
    ],
    [
      'rb-tematik',
      'BAB III.C Reformasi Birokrasi Tematik',
      para(
        'Reformasi Birokrasi Tematik dirumuskan untuk menjawab tuntutan percepatan dampak konkrit Reformasi Birokrasi terhadap isu yang ada di hilir, yaitu capaian Pembangunan Nasional. Pelaksanaan Reformasi Birokrasi Tematik tersebut tidak akan terwujud jika tidak diikuti dengan strategi dan pengelolaan yang tepat. Melalui Reformasi Birokrasi Tematik, pemerintah daerah dapat lebih fokus dalam mempercepat terwujudnya kinerja yang telah ditentukan dengan menetapkan tema dalam Reformasi Birokrasi tematik. Tema dalam Reformasi Birokrasi Tematik ditentukan oleh tingkat makro (KRB 7). Reformasi Birokrasi Tematik dilaksanakan di tingkat makro atau nasional yang wajib dilaksanakan oleh kementerian/lembaga yang telah ditetapkan baik sebagai koordinator (leading sector) maupun instansi pelaksana (implementing agency). Sedangkan, non-implementing agency merupakan kementerian/lembaga selain implementing agency dan leading sector yang dapat menginisiasi secara mandiri untuk melaksanakan Reformasi Birokrasi Tematik berdasarkan tema yang telah ditetapkan oleh tingkat makro.',
        'Konsep Reformasi Birokrasi Tematik adalah sebagai sarana dan upaya untuk mengurai dan menjawab atau mengatasi akar permasalahan tata kelola pemerintahan (debottlenecking) yang memang dirasakan secara langsung oleh masyarakat dan menjadi penyebab tidak tercapainya tujuan dan sasaran dari Reformasi Birokrasi Tematik yang telah ditetapkan. Dengan teratasinya akar masalah dalam tata kelola tersebut maka diharapkan dapat mempercepat tercapainya tujuan dan sasaran kebijakan pembangunan serta terwujudnya kondisi yang diharapkan masyarakat.',
        'Reformasi Birokrasi Tematik merupakan strategi baru dalam Road Map Reformasi Birokrasi 2020–2024 yang memiliki waktu pelaksanaan hingga tahun 2024. Dengan waktu yang terbatas, ditetapkan empat (4) tema pelaksanaan Reformasi Birokrasi Tematik yaitu:',
        '1. Pengentasan Kemiskinan. Ditujukan agar program dan kegiatan pengentasan kemiskinan yang ada dan telah menggunakan sumber daya yang besar dapat berdampak optimal terhadap penurunan angka kemiskinan, dengan berfokus pada aspek tata kelola pengentasan kemiskinan: penguatan sinergi dan kolaborasi melalui perbaikan proses bisnis, perbaikan data, perbaikan regulasi/kebijakan, penyediaan dukungan teknologi dan informasi, serta reformulasi program/kegiatan agar lebih tepat sasaran.',
        '2. Peningkatan Investasi. Bertujuan untuk mewujudkan kondisi iklim investasi yang kondusif sehingga memiliki daya saing masuknya investasi dengan memperkuat penerapan omnibus law dan meningkatkan indeks daya saing (competitiveness index), dengan berfokus pada aspek tata kelola peningkatan investasi melalui perbaikan proses bisnis, perbaikan data, perbaikan regulasi/kebijakan, penyediaan dukungan teknologi dan informasi, serta reformulasi program/kegiatan agar lebih tepat sasaran.',
        '3. Digitalisasi Administrasi Pemerintahan. Memiliki tujuan untuk menciptakan birokrasi tangkas dan pelayanan publik berbasis digital. Dukungan Reformasi Birokrasi Tematik pada digitalisasi administrasi pemerintahan berfokus pada percepatan capaian agenda pembangunan nasional, misalnya penanganan stunting.',
        '4. Percepatan Prioritas Aktual Presiden. Perbaikan dan penguatan tata kelola dilakukan untuk merespon dan mengawal hal-hal mendesak sesuai dengan arahan Presiden, agar pemerintah dapat memitigasi risiko yang dapat berdampak serius kepada masyarakat. Adapun prioritas dan aktual presiden yang harus segera direspon yaitu peningkatan penggunaan Produk Dalam Negeri (PDN) dan pengendalian Inflasi.',
        'Ukuran keberhasilan pelaksanaan 4 (empat) tema Reformasi Birokrasi Tematik terdapat dalam Tabel 3.',
      ),
    ],
    [
      'manajemen-pelaksanaan',
      'BAB IV.A Pelaksanaan Reformasi Birokrasi',
      para(
        'Pelaksanaan Reformasi Birokrasi pada level mikro harus didasari pada dua dimensi, yaitu dimensi Prioritas Nasional dan dimensi Prioritas Instansional. Pelaksanaan Reformasi Birokrasi level mikro yang didasari Prioritas Nasional berarti pelaksanaan Reformasi Birokrasi mikro harus sesuai dan selaras dengan seluruh kebijakan nasional terkait Reformasi Birokrasi yang telah ditetapkan dalam kebijakan di level makro dan meso yang bersifat wajib (mandatory). Sedangkan, pelaksanaan yang didasari pada dimensi Prioritas Instansional adalah pelaksanaan Reformasi Birokrasi untuk mengakomodir kebutuhan untuk pemecahan masalah tata kelola internal di lingkungan Pemerintah Kabupaten Kupang yang masih menjadi kendala dalam penyediaan pelayanan publik yang berkualitas dan peningkatan kinerja yang berkelanjutan. Strategi pelaksanaan Reformasi Birokrasi level mikro akan dimonitor dan dievaluasi secara berkala untuk melihat tingkat implementasinya.',
        'Pelaksanaan Reformasi Birokrasi level mikro dapat berjalan secara optimal, jika didukung dengan rencana aksi yang tepat. Rencana Aksi disusun untuk mengoperasionalkan strategi dan program yang telah ditetapkan dalam Road Map Reformasi Birokrasi Pemerintah Kabupaten Kupang. Rencana aksi minimal meliputi:',
        list([
          'Rincian kegiatan;',
          'Indikator output dari rincian kegiatan;',
          'Target;',
          'Waktu pelaksanaan; dan',
          'Penanggungjawab.',
        ]),
        'Implementasi Reformasi Birokrasi pada Pemerintah Kabupaten Kupang dikoordinasikan oleh Sekretaris Daerah untuk memastikan bahwa program-program meso dan mikro Reformasi Birokrasi telah dilaksanakan secara sistematis, komprehensif, dan berkelanjutan oleh semua Perangkat Daerah. Sekretaris Daerah Kabupaten Kupang dapat membentuk Tim atau Unit Pengelola Reformasi Birokrasi Internal (Strategic Transformation Unit (STU)). Struktur STU bersifat fungsional dan tidak harus dibentuk baru. Namun, dapat diberikan kewenangan yang lebih kuat kepada struktur yang ada atau dilekatkan kepada staf ahli. STU bertugas untuk menggerakkan, memantau, dan mengevaluasi pelaksanaan Reformasi Birokrasi, termasuk memastikan bahwa pelaksanaan Reformasi Birokrasi berdampak pada pencapaian sasaran strategis program pembangunan.',
      ),
    ],
    [
      'monitoring-evaluasi',
      'BAB IV.B Monitoring dan Evaluasi',
      para(
        '1. Monitoring',
        'Monitoring pelaksanaan Reformasi Birokrasi dilakukan untuk memantau keberhasilan pelaksanaan rencana aksi Reformasi Birokrasi General dan Reformasi Birokrasi Tematik. Monitoring dilakukan secara berkala atau semesteran oleh STU dan Pimpinan Perangkat Daerah penanggungjawab. Monitoring dilaksanakan oleh STU untuk memantau pelaksanaan program/kegiatan yang direncanakan dalam rencana aksi Reformasi Birokrasi General dan Reformasi Birokrasi Tematik Perangkat Daerah, melalui media:',
        list(
          [
            'Pertemuan rutin dalam lingkup masing-masing kelompok kerja;',
            'Pertemuan rutin dalam lingkup pleno dengan seluruh kelompok kerja yang dipimpin Ketua Tim Pelaksana Reformasi Birokrasi yang dilaksanakan secara berkala;',
            'Pengukuran target-target yang ditetapkan; dan',
            'Laporan kemajuan pelaksanaan kegiatan Reformasi Birokrasi oleh masing-masing kelompok kerja pada rapat pleno.',
          ],
          letters,
        ),
        'Sedangkan, monitoring pelaksanaan rencana aksi Reformasi Birokrasi General dan Reformasi Birokrasi Tematik di lingkup Perangkat Daerah dilakukan oleh Pimpinan Perangkat Daerah, melalui media:',
        list(
          [
            'Pertemuan rutin yang dipimpin oleh Kepala Perangkat Daerah secara berkala;',
            'Pengelolaan pengaduan;',
            'Pengukuran target-target yang ditetapkan; dan',
            'Laporan kemajuan pelaksanaan kegiatan Reformasi Birokrasi.',
          ],
          letters,
        ),
        '2. Evaluasi',
        'Evaluasi pelaksanaan Reformasi Birokrasi dilakukan untuk mengukur ketercapaian target kinerja, menilai keberhasilan/efektivitas rencana aksi, serta memberikan rekomendasi untuk perbaikan berkelanjutan atas pelaksanaan Reformasi Birokrasi General dan Reformasi Birokrasi Tematik di lingkungan Pemerintah Kabupaten Kupang. Evaluasi dilakukan secara tahunan oleh Tim Evaluasi Internal (APIP atau tim yang dibentuk secara khusus untuk melaksanakan evaluasi internal). Pengaturan mengenai evaluasi secara khusus diatur dalam Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 9 Tahun 2023 tentang Evaluasi Reformasi Birokrasi.',
      ),
    ],
    [
      'penutup',
      'BAB V Penutup',
      para(
        'Reformasi Birokrasi dilakukan sebagai upaya mewujudkan pemerintahan yang bersih, efektif dan berdaya saing dan mampu mendorong capaian pembangunan nasional, daya saing global dan peningkatan pelayanan publik sehingga dapat memberikan pelayanan terbaik bagi masyarakat secara cepat, tepat, profesional, serta bersih dari praktik KKN. Mengingat bahwa Reformasi Birokrasi merupakan agenda prioritas nasional, maka melalui perubahan Reformasi Birokrasi yang dilakukan, dapat mendukung percepatan pembangunan di Kabupaten Kupang. Strategi Reformasi Birokrasi yang baru diharapkan dapat mendorong percepatan capaian sasaran strategis Reformasi Birokrasi dan memberikan dampak langsung kepada masyarakat.',
        'Dinamika lingkungan yang selalu berubah dan tuntutan masyarakat yang semakin tinggi dapat memicu pelaksanaan Reformasi Birokrasi untuk semakin adaptif, lincah dan cepat. Adanya perubahan Road Map Reformasi Birokrasi pun bertujuan untuk menjawab hal tersebut dengan terfokus pada empat aspek, yaitu, penajaman tujuan dan sasaran, penajaman kegiatan utama yang fokus dan berdampak, fokus kepada isu hulu dan hilir, dan penajaman indikator Reformasi Birokrasi. Adapun aspek penajaman Reformasi Birokrasi tersebut dapat membantu menciptakan kesuksesan Reformasi Birokrasi yang merupakan tanggung jawab segenap elemen pemerintahan di Kabupaten Kupang, sehingga kesadaran dan komitmen yang kuat harus dibangun bersama.',
        'Penetapan Road Map Reformasi Birokrasi ini diharapkan dapat mempercepat pencapaian target kinerja dalam misi keempat Rencana Pembangunan Jangka Menengah Daerah 2019-2024 yaitu "Mewujudkan Tata Kelola Pemerintahan yang Baik dan Benar". Dokumen Road Map Reformasi Birokrasi ini tidak memiliki makna jika tidak dilaksanakan dengan penuh tanggungjawab, mengingat waktu pelaksanaan yang sangatlah singkat. Namun, dengan semangat dan komitmen yang kuat, kita dapat mewujudkan birokrasi Kabupaten Kupang sebagai birokrasi yang bersih, efektif dan berdaya saing di Tahun 2024.',
      ),
    ],
  ];
  return sections.map(([key, title, body], i) => ({ key, title, body, order: i + 1 }));
}

// ————————————————————————————————————————————————————————————————— document

/** Copies of the registry scales the indicators use, so the document stands on its own. */
function scalesFor(list: Indikator[]): Scale[] {
  const codes = [...new Set(list.map((i) => i.scaleCode))];
  return codes.map((code) => {
    const scale = findScale(code);
    if (scale === undefined) throw new Error(`kupang-2024: scale "${code}" is not in the registry`);
    return structuredClone(scale);
  });
}

/** Builds a fresh document on every call so callers may mutate it freely. */
export function kupang2024(): RoadMapDocument {
  const indicatorList = indicators();
  return {
    schemaVersion: 1,
    instansi: {
      code: 'kab-kupang',
      name: 'Kabupaten Kupang',
      kind: 'kabupaten',
      region: 'Nusa Tenggara Timur',
    },
    roadMap: {
      title: 'Road Map Reformasi Birokrasi Pemerintah Kabupaten Kupang Tahun 2020-2024',
      periodStart: 2020,
      periodEnd: 2024,
      regulasiKey: REG.perbup17_2024,
      status: 'active',
      versionLabel: 'Perbup 17/2024',
    },
    regulasi: regulasi(),
    legalBasis: [...LEGAL_BASIS],
    perangkatDaerah: perangkatDaerah(),
    scales: scalesFor(indicatorList),
    nodes: nodes(),
    indicators: indicatorList,
    placements: placements(),
    narrative: narrative(),
  };
}
