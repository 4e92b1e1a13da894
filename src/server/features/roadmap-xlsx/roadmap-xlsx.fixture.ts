// Inputs for the Excel tests: a hand-built road map holding every shape the workbook must carry
// without loss (several target years, bands, notes, N/A with reasons, printed overrides, roles listed
// supporting-first, unplaced indicators and nodes, level codes that look like numbers, long text),
// and a user's own Lampiran workbook without Metadata, typed the way the regulation prints it.
import ExcelJS from 'exceljs';
import { findScale } from '../../../domain/catalogue/scales.ts';
import type { RoadMapDocument, Scale } from '../../../domain/roadmap/types.ts';

const scale = (code: string): Scale => {
  const s = findScale(code);
  if (!s) throw new Error(`fixture needs scale ${code}`);
  return s;
};

export function handBuiltRoadMap(): RoadMapDocument {
  const n = (value: number) => ({ kind: 'number' as const, value });
  const lvl = (code: string) => ({ kind: 'level' as const, code });
  return {
    schemaVersion: 1,
    instansi: { code: 'kota-contoh', name: 'Kota Contoh', kind: 'kota', region: 'Provinsi Contoh' },
    roadMap: {
      title: 'Road Map Reformasi Birokrasi Pemerintah Kota Contoh 2025–2029',
      periodStart: 2025,
      periodEnd: 2029,
      regulasiKey: 'perwali-9-2025',
      status: 'draft',
      versionLabel: 'Perwali 9/2025',
    },
    regulasi: [
      {
        key: 'perwali-9-2025',
        type: 'perwali',
        number: '9',
        year: 2025,
        title: 'Road Map Reformasi Birokrasi Pemerintah Kota Contoh Tahun 2025–2029',
        enactedAt: '2025-03-01',
        promulgatedAt: '2025-03-02',
        place: 'Contoh',
        gazette: 'Berita Daerah Kota Contoh Tahun 2025 Nomor 9',
      },
      { key: 'uu-23-2014', type: 'uu', number: '23', year: 2014, title: 'Pemerintahan Daerah' },
    ],
    legalBasis: ['uu-23-2014'],
    perangkatDaerah: [
      {
        key: 'bappeda',
        name: 'Badan Perencanaan, Penelitian dan Pengembangan Daerah',
        shortName: 'BAPPEDA',
        kind: 'badan',
      },
      {
        key: 'organisasi',
        name: 'Bagian Organisasi',
        shortName: 'Bag. Organisasi',
        kind: 'bagian',
        validFrom: '2024-01-01',
      },
      { key: 'pertanian', name: 'Dinas Pertanian dan Ketahanan Pangan', shortName: 'Distan', kind: 'dinas' },
      {
        key: 'perkim',
        name: 'Dinas Perumahan, Kawasan Permukiman dan Pertanahan',
        shortName: 'Disperkim',
        kind: 'dinas',
        predecessorKey: 'perkim-lama',
      },
      {
        key: 'perkim-lama',
        name: 'Dinas Perumahan Rakyat',
        shortName: 'Disperum',
        kind: 'dinas',
        validTo: '2023-12-31',
      },
      { key: 'inspektorat', name: 'Inspektorat Daerah', shortName: 'Inspektorat', kind: 'inspektorat' },
    ],
    scales: [
      scale('persen'),
      scale('rupiah'),
      scale('predikat_akip'),
      scale('level_spip'),
      scale('jumlah_unit_kerja'),
      {
        code: 'indeks_lokal',
        name: 'Indeks Lokal',
        kind: 'numeric',
        min: null,
        max: null,
        decimals: 3,
        unitLabel: 'indeks',
        bands: [{ code: 'B', label: 'Baik', min: 0, max: 10, minInclusive: true, maxInclusive: false }],
      },
    ],
    nodes: [
      // Listed out of printed order on purpose: the tables sort by `order`.
      {
        key: 'ss-soft',
        kind: 'sasaran_strategis',
        parentKey: 'tujuan-1',
        number: 'b',
        order: 2,
        name: 'Budaya birokrasi  BerAKHLAK',
        element: 'soft',
      },
      {
        key: 'tujuan-1',
        kind: 'tujuan',
        parentKey: null,
        number: '1',
        order: 1,
        name: 'Birokrasi yang bersih dan efektif',
        formerName: 'Birokrasi bersih',
      },
      {
        key: 'ss-hard',
        kind: 'sasaran_strategis',
        parentKey: 'tujuan-1',
        number: 'a',
        order: 1,
        name: 'Tata kelola digital',
        element: 'hard',
        formerName: 'Birokrasi yang kapabel',
      },
      {
        key: 'sg-1',
        kind: 'sasaran_general',
        parentKey: null,
        number: '1',
        order: 1,
        name: 'Terimplementasinya SAKIP',
        digitalPolicyCode: 'KBD-6',
      },
      {
        key: 'ku-1',
        kind: 'kegiatan_utama',
        parentKey: 'sg-1',
        number: '',
        order: 1,
        name: 'Pelaksanaan SAKIP terintegrasi',
        nationalKegiatanCode: 'KU-06',
      },
      {
        key: 'ku-2',
        kind: 'kegiatan_utama',
        parentKey: 'sg-1',
        number: '',
        order: 2,
        name: 'Kegiatan tanpa indikator',
      },
      { key: 'sg-2', kind: 'sasaran_general', parentKey: null, number: '2a', order: 2, name: 'Sasaran tanpa kegiatan' },
      { key: 'tema-1', kind: 'tema', parentKey: null, number: '1', order: 1, name: 'Pengentasan Kemiskinan' },
      {
        key: 'st-1',
        kind: 'sasaran_tematik',
        parentKey: 'tema-1',
        number: '',
        order: 1,
        name: 'Menurunnya angka kemiskinan',
      },
      {
        key: 'st-2',
        kind: 'sasaran_tematik',
        parentKey: 'tema-1',
        number: '',
        order: 2,
        name: 'Meningkatnya investasi',
      },
    ],
    indicators: [
      {
        key: 'sakip',
        name: 'Capaian Akuntabilitas Kinerja',
        scaleCode: 'predikat_akip',
        unit: 'Predikat',
        polarity: 'ordinal',
        sourceAgency: 'KemenPANRB',
        baseline: { year: 2024, status: 'value', value: lvl('CC'), note: 'LHE 2024' },
        targets: [2025, 2026, 2027, 2028, 2029].map((year, i) => ({
          year,
          type: 'point' as const,
          value: lvl(['CC', 'B', 'B', 'BB', 'A'][i]!),
        })),
        responsible: [
          { pdKey: 'organisasi', role: 'supporting' },
          { pdKey: 'bappeda', role: 'lead' },
        ],
        nationalIndicatorCode: 'IKU-SAKIP',
        note: 'Dinilai setiap tahun.',
      },
      {
        key: 'kemiskinan',
        name: 'Persentase Penduduk Miskin',
        scaleCode: 'persen',
        unit: 'Persen',
        polarity: 'lower_is_better',
        baseline: { year: 2024, status: 'value', value: n(21.78) },
        targets: [
          { year: 2025, type: 'point', value: n(20.5), note: 'RPJMD' },
          { year: 2027, type: 'band', min: 18.25, max: 19, note: 'Rentang' },
          { year: 2029, type: 'point', value: n(0.125) },
        ],
        responsible: [
          { pdKey: 'pertanian', role: 'lead' },
          { pdKey: 'perkim', role: 'supporting' },
          { pdKey: 'bappeda', role: 'supporting' },
        ],
      },
      {
        key: 'investasi',
        name: 'Nilai Investasi',
        scaleCode: 'rupiah',
        unit: 'Rp.',
        polarity: 'higher_is_better',
        baseline: { year: 2022, status: 'value', value: n(527562744023) },
        targets: [{ year: 2029, type: 'point', value: n(900000000000) }],
        responsible: [],
      },
      {
        key: 'spip',
        name: 'Maturitas SPIP',
        scaleCode: 'level_spip',
        unit: 'Level',
        polarity: 'ordinal',
        baseline: { year: 2024, status: 'not_available', reason: 'Belum dinilai BPKP' },
        targets: [{ year: 2029, type: 'point', value: lvl('3') }],
        responsible: [{ pdKey: 'inspektorat', role: 'lead' }],
      },
      {
        key: 'zi',
        name: 'Jumlah unit kerja berpredikat WBK',
        scaleCode: 'jumlah_unit_kerja',
        unit: 'Unit Kerja',
        polarity: 'higher_is_better',
        baseline: { year: 2024, status: 'value', value: n(0) },
        targets: [{ year: 2026, type: 'point', value: n(2) }],
        responsible: [{ pdKey: 'inspektorat', role: 'lead' }],
      },
      {
        key: 'indeks-lokal',
        name: 'Indeks Lokal Kota',
        scaleCode: 'indeks_lokal',
        unit: 'Indeks',
        polarity: 'target_band',
        baseline: { year: 2024, status: 'value', value: n(-1.5) },
        targets: [{ year: 2029, type: 'band', min: 2.5, max: 3.5 }],
        responsible: [{ pdKey: 'bappeda', role: 'lead' }],
      },
      {
        key: 'tidak-ditempatkan',
        name: 'Indikator tanpa tabel',
        scaleCode: 'persen',
        unit: 'Persen',
        polarity: 'higher_is_better',
        baseline: { year: 2024, status: 'value', value: n(1) },
        targets: [],
        responsible: [],
      },
    ],
    placements: [
      { tableCode: 'tabel1', nodeKey: 'ss-hard', indicatorKey: 'sakip', order: 1 },
      { tableCode: 'tabel1', nodeKey: 'ss-soft', indicatorKey: 'indeks-lokal', order: 1 },
      { tableCode: 'tabel1', nodeKey: 'ss-hard', indicatorKey: 'kemiskinan', order: 2 },
      {
        tableCode: 'tabel2',
        nodeKey: 'ku-1',
        indicatorKey: 'sakip',
        order: 1,
        printedName: 'Predikat SAKIP',
        printedBaseline: { year: 2024, status: 'value', value: lvl('C'), note: 'Tercetak C di Tabel 2' },
      },
      { tableCode: 'tabel2', nodeKey: 'ku-1', indicatorKey: 'spip', order: 2 },
      { tableCode: 'tabel2', nodeKey: 'ku-1', indicatorKey: 'zi', order: 3 },
      {
        tableCode: 'tabel3',
        nodeKey: 'st-1',
        indicatorKey: 'kemiskinan',
        order: 1,
        printedTargets: [{ year: 2029, type: 'point', value: n(19.37) }],
      },
      { tableCode: 'tabel3', nodeKey: 'st-2', indicatorKey: 'investasi', order: 1 },
      // A placement whose node is missing: not printed, yet kept through the metadata.
      { tableCode: 'tabel3', nodeKey: 'st-hilang', indicatorKey: 'investasi', order: 1 },
    ],
    narrative: [
      { key: 'latar-belakang', title: 'Latar Belakang', body: 'Reformasi birokrasi… '.repeat(4000), order: 1 },
      { key: 'isu', title: 'Isu Strategis', body: 'Baris pertama\nBaris kedua "dikutip"', order: 2 },
    ],
  };
}

type Cell = string | number | null;

function sheet(
  wb: ExcelJS.Workbook,
  name: string,
  title: string[],
  header: Cell[][],
  rows: Cell[][],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  title.forEach((t, i) => (ws.getCell(i + 1, 1).value = t));
  [...header, ...rows].forEach((cells, i) =>
    cells.forEach((v, c) => (ws.getCell(title.length + 2 + i, c + 1).value = v)),
  );
  return ws;
}

/** Tabel 1–3 of Kupang as a user might type them. */
export async function lampiranWithoutMetadata(edit?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const tujuan = 'Birokrasi yang bersih, efektif dan berdaya saing';
  const ssHard = 'Terciptanya tata kelola pemerintahan digital yang efektif, lincah, dan kolaboratif';
  const ssSoft = 'Terciptanya budaya birokrasi BerAKHLAK dengan ASN yang profesional';
  // Tabel 1: single-row header "Target 2024"; No/Tujuan/Sasaran merged over their rows.
  const t1 = sheet(
    wb,
    'Tabel 1',
    ['Tabel 1', 'Tujuan, Sasaran dan Indikator Pelaksanaan Reformasi Birokrasi'],
    [['No', 'Tujuan', 'Sasaran Strategis', 'Indikator', 'Satuan', 'Baseline 2023', 'Target 2024']],
    [
      [1, tujuan, ssHard, 'Indeks SPBE', 'Poin', 1.91, '5,05'],
      [1, tujuan, ssHard, 'Capaian Akuntabilitas Kinerja', 'Predikat', 'CC', 'A'],
      [1, tujuan, ssHard, 'Capaian Akuntabilitas Keuangan', 'Opini', 'WTP*', 'WTP'],
      [1, tujuan, ssSoft, 'Nilai Survei Penilaian Integritas', 'Skor', 60.55, '85,00'],
      [1, tujuan, ssSoft, 'Nilai Survei Kepuasan Masyarakat', 'Angka', 78.9, 93],
    ],
  );
  t1.mergeCells('A5:A9');
  t1.mergeCells('B5:B9');
  t1.mergeCells('C5:C7');
  t1.mergeCells('C8:C9');
  // Tabel 2: two-row header without merges, repeated cells left blank, a page-break header repeat.
  sheet(
    wb,
    'Tabel 2',
    ['Tabel 2', 'Kegiatan Utama Pelaksanaan Reformasi Birokrasi General Kabupaten Kupang'],
    [
      [
        'No',
        'Sasaran',
        'Kegiatan Utama',
        'Indikator',
        'Satuan',
        'Baseline 2023',
        'Target',
        'Perangkat Daerah Penanggungjawab',
      ],
      [null, null, null, null, null, null, 2024, null],
    ],
    [
      [
        6,
        'Meningkatnya kualitas pengawasan',
        'Pembangunan zona integritas di unit kerja',
        'Jumlah Perangkat Daerah dengan Predikat WBK/WBBM',
        'Unit Kerja',
        'N/A',
        2,
        'Inspektorat Daerah dan Bagian Organisasi',
      ],
      [null, null, 'Penguatan implementasi SPIP', 'Maturitas SPIP', 'Level', 2, 5, 'Inspektorat Daerah'],
      [
        null,
        null,
        'Penguatan upaya pencegahan korupsi',
        'Nilai survei penilaian integritas',
        'Skor',
        60.55,
        85,
        'Inspektorat Daerah',
      ],
      [
        'No',
        'Sasaran',
        'Kegiatan Utama',
        'Indikator',
        'Satuan',
        'Baseline 2023',
        'Target',
        'Perangkat Daerah Penanggungjawab',
      ],
      [null, null, null, null, null, null, 2024, null],
      [
        7,
        'Meningkatnya kualitas kebijakan dan regulasi',
        'Pelaksanaan pembentukan peraturan perundang-undangan',
        'Indeks reformasi hukum',
        'Kategori',
        'C',
        'B',
        'Bagian Hukum',
      ],
      [
        14,
        'Meningkatnya kepatuhan terhadap sistem merit',
        'Pelaksanaan SKM',
        'Nilai Survei Kepuasan Masyarakat',
        'Angka',
        76.49,
        93,
        'Bagian Organisasi',
      ],
    ],
  );
  // Tabel 3: "Baseline (2023)", Rupiah typed with thousand dots, long PD lists, a footnote.
  sheet(
    wb,
    'Tabel 3',
    ['Tabel 3', 'Tema, Sasaran dan Indikator Reformasi Birokrasi Tematik Kabupaten Kupang'],
    [
      ['No', 'Tema', 'Sasaran', 'Indikator', 'Satuan', 'Baseline (2023)', 'Target', 'Perangkat Daerah Penanggungjawab'],
      [null, null, null, null, null, null, 2024, null],
    ],
    [
      [
        1,
        'Pengentasan Kemiskinan',
        'Menurunnya Angka Kemiskinan',
        'Persentase Penduduk Miskin',
        'Persen',
        '21,78',
        '19,37',
        'Dinas Kesehatan, Dinas Pendidikan dan Kebudayaan, Dinas Pariwisata dan Ekraf, dan BP4D',
      ],
      [
        2,
        'Peningkatan Investasi',
        'Meningkatnya Nilai Investasi',
        'Kebutuhan Investasi',
        'Rp.',
        '527.562.744.023',
        '220.000.000.000',
        'DPMPTSP dan BPKAD',
      ],
      [
        3,
        'Digitalisasi Administrasi Pemerintahan',
        'Meningkatnya Implementasi Digital Dalam Penanganan Stunting',
        'Prevalensi Stunting',
        'Persen',
        12.97,
        9.3,
        'Dinas Pertanian dan Ketahanan Pangan, Dinas Perumahan, Kawasan Permukiman dan Pertanahan, Dinas Komunikasi dan Informatika dan BP4D',
      ],
      [
        4,
        'Percepatan Prioritas Aktual Presiden',
        'Terkendalinya Tingkat Inflasi Daerah',
        'Inflasi',
        'Persen',
        1.9,
        2.04,
        'Dinas Perindagkop UKM',
      ],
      ['* WTP: opini atas LKPD 2022', null, null, null, null, null, null, null],
    ],
  );
  edit?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
