// The nine digital-bureaucracy policies ("sembilan kebijakan birokrasi digital") that BAB III.B of
// the 2024 road maps sets as the main strategy of RB General. Each has a sasaran worded by the
// regulation; the sasaran of RB General in a road map are meant to be these, so a sasaran node
// links to its policy by code and the UI can show which policies a road map covers.
// Names and sasaran are kept as printed in Perbup Kupang 17/2024, which follows PermenPANRB 3/2023.

export interface DigitalPolicy {
  code: string;
  number: number;
  name: string;
  /** The sasaran of the policy, in the regulation's words. */
  sasaran: string;
  /** The regulation's explanation, condensed. */
  description: string;
}

export const DIGITAL_POLICIES: readonly DigitalPolicy[] = [
  {
    code: 'KBD1',
    number: 1,
    name: 'Percepatan Transformasi Organisasi Berbasis Kinerja dan Agile',
    sasaran: 'Terimplementasikannya Kebijakan Penyederhanaan Birokrasi',
    description:
      'Melalui implementasi sistem kerja baru, birokrasi yang sangat hierarkis dan kaku (rigid) diharapkan berubah menjadi organisasi yang lebih lincah (agile), dengan memangkas struktur organisasi menjadi dua tingkat (layer) serta menghilangkan sekat-sekat yang menghambat koordinasi antar instansi.',
  },
  {
    code: 'KBD2',
    number: 2,
    name: 'Percepatan Transformasi Jabatan Fungsional',
    sasaran: 'Terwujudnya Percepatan Transformasi Jabatan Fungsional',
    description:
      'Membangun kompetensi pada Jabatan Fungsional (JF) dan mekanisme kerja pasca penyederhanaan birokrasi, agar JF berorientasi pada kinerja output yang mendukung agile organization yang kolaboratif, fleksibel, dan dinamis, memindahkan orientasi ASN dari otoritas dan komando kepada fungsi, kinerja, dan kolaborasi.',
  },
  {
    code: 'KBD3',
    number: 3,
    name: 'Percepatan Transformasi Squad Model',
    sasaran: 'Terimplementasikannya kebijakan sistem kerja baru dengan model fleksibel bagi pegawai ASN',
    description:
      'Melalui sistem kerja baru yang berbasis squad team, organisasi diarahkan menjadi organisasi berbasis kinerja, karena seorang ASN dapat bekerja lintas departemen, bahkan lintas instansi sesuai dengan kompetensi yang dimiliki.',
  },
  {
    code: 'KBD4',
    number: 4,
    name: 'Percepatan Implementasi Sistem Pemerintahan Berbasis Elektronik melalui Pembangunan SuperApps - Layanan Digital Pemerintah Terintegrasi',
    sasaran: 'Terimplementasinya Kebijakan Arsitektur Sistem Pemerintahan Berbasis Elektronik Nasional',
    description:
      'Arsitektur SPBE Nasional menjadi kerangka dasar keterpaduan layanan digital pemerintah, didukung digitalisasi manajemen ASN agar manajemen kepegawaian dan manajemen kinerja antar instansi terkoneksi melalui SuperApps, serta pemetaan dan penyatuan seluruh sistem elektronik pemerintahan menjadi satu sistem berbagi pakai terintegrasi.',
  },
  {
    code: 'KBD5',
    number: 5,
    name: 'Percepatan Implementasi Manajemen Talenta dan Mobilitas SDM ASN',
    sasaran: 'Terselenggaranya Manajemen Talenta ASN yang Efektif dan Efisien',
    description:
      'Mendukung mekanisme kerja agile melalui kebijakan talenta dan karir: strategi akuisisi, klasifikasi, penyiapan talent pool, mobilitas, pengembangan, retensi, dan suksesi talenta.',
  },
  {
    code: 'KBD6',
    number: 6,
    name: 'Penguatan Kerja Kolaboratif (collaborative working) berbasis kinerja melalui Sistem Akuntabilitas Kinerja Pemerintah',
    sasaran:
      'Terimplementasinya Sistem Perencanaan, Penganggaran dan Informasi Kinerja yang Terintegrasi, Berbasis Teknologi Informasi yang Mendorong Peningkatan Akuntabilitas Kinerja Pemerintah',
    description:
      'Memperkuat sinergitas dan kolaborasi antar lembaga sehingga kontribusi akuntabilitas kinerja setiap daerah terukur sesuai perannya dalam target kinerja prioritas RPJMD; perangkat daerah terkait berkolaborasi sejak perencanaan, pelaksanaan, hingga monitoring dan evaluasi.',
  },
  {
    code: 'KBD7',
    number: 7,
    name: 'Pembangunan MPP dan MPP Digital Services',
    sasaran: 'Terbangunnya Pelayanan Publik Digital (Digital Services)',
    description:
      'Berbagai layanan yang dapat diakses masyarakat melalui dunia digital untuk meningkatkan efisiensi waktu, biaya, efektivitas kerja, dan transparansi, sehingga pelayanan publik lebih prima, cepat, dan efisien melalui teknologi informasi yang murah dan mudah diakses.',
  },
  {
    code: 'KBD8',
    number: 8,
    name: 'Penguatan Pengawasan dengan four line of defense',
    sasaran: 'Meningkatnya Kualitas Pengawasan',
    description:
      'Pengawasan manajerial berjenjang, pengawasan fungsional internal dan eksternal, pengawasan masyarakat melalui pengaduan, serta optimalisasi tindak lanjut hasil pengawasan, dengan sistem informasi pengawasan terintegrasi sebagai peringatan dini (early warning system) atas penyalahgunaan wewenang dan KKN.',
  },
  {
    code: 'KBD9',
    number: 9,
    name: 'Penguatan Kebijakan Publik berbasis bukti dengan Big Data dan Artificial Intelligent',
    sasaran: 'Meningkatnya Kualitas Kebijakan dan Regulasi',
    description:
      'Setiap kebijakan publik dan regulasi harus berdasarkan bukti dari sumber data yang relevan dan valid, yang memerlukan peningkatan kualitas data dan informasi pemerintah serta penguatan sistem statistik nasional, baik statistik dasar maupun statistik sektoral.',
  },
];

const BY_CODE: ReadonlyMap<string, DigitalPolicy> = new Map(DIGITAL_POLICIES.map((p) => [p.code, p]));

export function findDigitalPolicy(code: string): DigitalPolicy | undefined {
  return BY_CODE.get(code);
}
