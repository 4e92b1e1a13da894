// Runtime shape checks for the road-map document (JSON import, API bodies, Excel import output), one
// zod schema per type of types.ts, with Indonesian messages because they reach operators directly.
// The schemas check shape only: whether keys point anywhere, values fit scales or targets make sense
// is validation's job (validate.ts), which can explain it in context. No refinements either, so
// callers may `.omit()`/`.extend()` the object schemas.

import { z } from 'zod';

// ——— building blocks with Indonesian messages ———

function text(label: string) {
  return z
    .string({ error: (iss) => (iss.input === undefined ? `${label} wajib diisi.` : `${label} harus berupa teks.`) })
    .max(10_000, { error: `${label} terlalu panjang (maksimal 10.000 karakter).` });
}

/** Text that must say something: whitespace alone is as empty as nothing. */
function requiredText(label: string) {
  return text(label).regex(/\S/, { error: `${label} tidak boleh kosong.` });
}

function num(label: string) {
  return z.number({
    error: (iss) => (iss.input === undefined ? `${label} wajib diisi.` : `${label} harus berupa angka.`),
  });
}

function integer(label: string) {
  return z.int({
    error: (iss) =>
      iss.input === undefined
        ? `${label} wajib diisi.`
        : typeof iss.input === 'number'
          ? `${label} harus bilangan bulat.`
          : `${label} harus berupa angka.`,
  });
}

function year(label: string) {
  return integer(label)
    .min(1945, { error: `${label} tidak masuk akal (sebelum 1945).` })
    .max(2100, { error: `${label} tidak masuk akal (setelah 2100).` });
}

function choice<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.enum(values, {
    error: (iss) =>
      iss.input === undefined ? `${label} wajib diisi.` : `${label} harus salah satu dari: ${values.join(', ')}.`,
  });
}

function isoDate(label: string) {
  return z.iso.date({ error: `${label} harus tanggal berformat TTTT-BB-HH (mis. 2024-05-08).` });
}

function list<T extends z.ZodType>(label: string, item: T) {
  return z.array(item, {
    error: (iss) => (iss.input === undefined ? `${label} wajib diisi.` : `${label} harus berupa daftar.`),
  });
}

function object<T extends z.core.$ZodLooseShape>(label: string, shape: T) {
  return z.object(shape, {
    error: (iss) => (iss.input === undefined ? `${label} wajib diisi.` : `${label} harus berupa objek.`),
  });
}

function variants(label: string, discriminator: string, values: readonly string[]) {
  return {
    error: (iss: { input?: unknown }) =>
      iss.input === undefined
        ? `${label} wajib diisi.`
        : `${label}: "${discriminator}" harus salah satu dari: ${values.join(', ')}.`,
  };
}

// ——— values, scales ———

export const indicatorValueSchema = z.discriminatedUnion(
  'kind',
  [
    object('Nilai', { kind: z.literal('number'), value: num('Nilai angka') }),
    object('Nilai', { kind: z.literal('level'), code: requiredText('Kode tingkat') }),
  ],
  variants('Nilai', 'kind', ['number', 'level']),
);

export const polaritySchema = choice('Polaritas', ['higher_is_better', 'lower_is_better', 'target_band', 'ordinal']);
export const scaleKindSchema = choice('Jenis skala', ['numeric', 'currency', 'count', 'ordinal']);

export const scaleBandSchema = object('Rentang predikat', {
  code: requiredText('Kode predikat'),
  label: text('Label predikat'),
  min: num('Batas bawah predikat'),
  max: num('Batas atas predikat'),
  minInclusive: z.boolean({ error: 'Batas bawah inklusif harus true atau false.' }),
  maxInclusive: z.boolean({ error: 'Batas atas inklusif harus true atau false.' }),
});

export const scaleLevelSchema = object('Tingkat skala', {
  code: requiredText('Kode tingkat'),
  label: text('Label tingkat'),
  rank: integer('Urutan tingkat'),
});

const scaleBase = {
  code: requiredText('Kode skala'),
  name: requiredText('Nama skala'),
  source: text('Sumber skala').optional(),
};

const bound = (label: string) => num(label).nullable();

export const numericScaleSchema = object('Skala', {
  ...scaleBase,
  kind: z.literal('numeric'),
  min: bound('Batas bawah skala'),
  max: bound('Batas atas skala'),
  decimals: integer('Jumlah desimal').min(0, { error: 'Jumlah desimal tidak boleh negatif.' }).max(10, {
    error: 'Jumlah desimal paling banyak 10.',
  }),
  unitLabel: text('Satuan skala'),
  bands: list('Rentang predikat', scaleBandSchema).optional(),
});

export const currencyScaleSchema = object('Skala', {
  ...scaleBase,
  kind: z.literal('currency'),
  currency: z.literal('IDR', { error: 'Mata uang harus IDR.' }),
  min: bound('Batas bawah skala'),
  max: bound('Batas atas skala'),
  decimals: z.literal(0, { error: 'Skala rupiah tidak memakai desimal (decimals harus 0).' }),
  unitLabel: text('Satuan skala'),
});

export const countScaleSchema = object('Skala', {
  ...scaleBase,
  kind: z.literal('count'),
  min: bound('Batas bawah skala'),
  max: bound('Batas atas skala'),
  decimals: z.literal(0, { error: 'Skala jumlah tidak memakai desimal (decimals harus 0).' }),
  unitLabel: text('Satuan skala'),
});

export const ordinalScaleSchema = object('Skala', {
  ...scaleBase,
  kind: z.literal('ordinal'),
  levels: list('Tingkat skala', scaleLevelSchema).min(1, {
    error: 'Skala bertingkat harus punya minimal satu tingkat.',
  }),
});

export const scaleSchema = z.discriminatedUnion(
  'kind',
  [numericScaleSchema, currencyScaleSchema, countScaleSchema, ordinalScaleSchema],
  variants('Skala', 'kind', ['numeric', 'currency', 'count', 'ordinal']),
);

// ——— baseline, targets, responsibility, indicator ———

export const baselineSchema = z.discriminatedUnion(
  'status',
  [
    object('Baseline', {
      year: year('Tahun baseline'),
      status: z.literal('value'),
      value: indicatorValueSchema,
      note: text('Catatan baseline').optional(),
    }),
    object('Baseline', {
      year: year('Tahun baseline'),
      status: z.literal('not_available'),
      reason: text('Alasan baseline tidak tersedia'),
    }),
  ],
  variants('Baseline', 'status', ['value', 'not_available']),
);

export const targetSchema = z.discriminatedUnion(
  'type',
  [
    object('Target', {
      year: year('Tahun target'),
      type: z.literal('point'),
      value: indicatorValueSchema,
      note: text('Catatan target').optional(),
      baseline: indicatorValueSchema.optional(),
    }),
    object('Target', {
      year: year('Tahun target'),
      type: z.literal('band'),
      min: num('Batas bawah target'),
      max: num('Batas atas target'),
      note: text('Catatan target').optional(),
      baseline: indicatorValueSchema.optional(),
    }),
  ],
  variants('Target', 'type', ['point', 'band']),
);

export const responsibilityRoleSchema = choice('Peran perangkat daerah', ['lead', 'supporting']);

export const responsibilitySchema = object('Penanggung jawab', {
  pdKey: requiredText('Kunci perangkat daerah'),
  role: responsibilityRoleSchema,
  printedName: text('Nama perangkat daerah tercetak').optional(),
});

export const baselineOriginSchema = object('Asal baseline', {
  kind: z.literal('carried_realisasi'),
  fromRoadMap: requiredText('Road map asal baseline'),
  periode: requiredText('Periode realisasi asal baseline'),
});

export const scaleMappingSchema = z.discriminatedUnion(
  'kind',
  [
    object('Pemetaan skala', { kind: z.literal('identity') }),
    object('Pemetaan skala', {
      kind: z.literal('linear'),
      fromMin: num('Batas bawah skala lama'),
      fromMax: num('Batas atas skala lama'),
      toMin: num('Batas bawah skala baru'),
      toMax: num('Batas atas skala baru'),
    }),
  ],
  variants('Pemetaan skala', 'kind', ['identity', 'linear']),
);

export const scaleChangeSchema = object('Perubahan skala', {
  fromYear: year('Berlaku mulai tahun'),
  scaleCode: requiredText('Kode skala baru'),
  name: requiredText('Nama indikator pada skala baru').optional(),
  unit: text('Satuan pada skala baru').optional(),
  mapping: scaleMappingSchema,
});

export const indikatorSchema = object('Indikator', {
  key: requiredText('Kunci indikator'),
  name: requiredText('Nama indikator'),
  scaleCode: requiredText('Kode skala indikator'),
  unit: text('Satuan indikator'),
  polarity: polaritySchema,
  sourceAgency: text('Instansi sumber data').optional(),
  baseline: baselineSchema,
  targets: list('Target', targetSchema),
  responsible: list('Penanggung jawab', responsibilitySchema),
  nationalIndicatorCode: text('Kode indikator nasional').optional(),
  note: text('Catatan indikator').optional(),
  baselineOrigin: baselineOriginSchema.optional(),
  scaleChanges: list('Perubahan skala', scaleChangeSchema).optional(),
});

// ——— results tree, placements ———

export const nodeKindSchema = choice('Jenis simpul', [
  'tujuan',
  'sasaran_strategis',
  'sasaran_general',
  'kegiatan_utama',
  'tema',
  'sasaran_tematik',
]);

export const elementSchema = choice('Elemen', ['hard', 'soft']);

export const resultNodeSchema = object('Simpul', {
  key: requiredText('Kunci simpul'),
  kind: nodeKindSchema,
  parentKey: requiredText('Kunci induk').nullable(),
  number: text('Nomor'),
  order: integer('Urutan'),
  name: requiredText('Nama simpul'),
  element: elementSchema.optional(),
  formerName: text('Nama sebelum penajaman').optional(),
  nationalKegiatanCode: text('Kode kegiatan utama nasional').optional(),
  digitalPolicyCode: text('Kode kebijakan birokrasi digital').optional(),
  validFrom: year('Tema berlaku mulai tahun').optional(),
  validTo: year('Tema berlaku sampai tahun').optional(),
});

export const tableCodeSchema = choice('Tabel', ['tabel1', 'tabel2', 'tabel3']);

export const placementSchema = object('Penempatan', {
  tableCode: tableCodeSchema,
  nodeKey: requiredText('Kunci simpul'),
  indicatorKey: requiredText('Kunci indikator'),
  order: integer('Urutan'),
  printedName: text('Nama tercetak').optional(),
  printedUnit: text('Satuan tercetak').optional(),
  printedBaseline: baselineSchema.optional(),
  printedTargets: list('Target tercetak', targetSchema).optional(),
});

// ——— organisation, regulation, header ———

export const pdKindSchema = choice('Jenis perangkat daerah', [
  'sekretariat',
  'bagian',
  'dinas',
  'badan',
  'inspektorat',
  'kecamatan',
  'lainnya',
]);

export const perangkatDaerahSchema = object('Perangkat daerah', {
  key: requiredText('Kunci perangkat daerah'),
  name: requiredText('Nama perangkat daerah'),
  shortName: text('Singkatan perangkat daerah'),
  kind: pdKindSchema,
  validFrom: isoDate('Tanggal mulai berlaku').optional(),
  validTo: isoDate('Tanggal akhir berlaku').optional(),
  predecessorKey: requiredText('Kunci perangkat daerah pendahulu').optional(),
});

export const regulasiTypeSchema = choice('Jenis regulasi', [
  'perbup',
  'perwali',
  'pergub',
  'perda',
  'permenpanrb',
  'kepmenpanrb',
  'perpres',
  'pp',
  'uu',
  'lainnya',
]);

export const regulasiSchema = object('Regulasi', {
  key: requiredText('Kunci regulasi'),
  type: regulasiTypeSchema,
  number: requiredText('Nomor regulasi'),
  year: year('Tahun regulasi'),
  title: requiredText('Judul regulasi'),
  enactedAt: isoDate('Tanggal ditetapkan').optional(),
  promulgatedAt: isoDate('Tanggal diundangkan').optional(),
  place: text('Tempat penetapan').optional(),
  gazette: text('Berita/Lembaran Daerah').optional(),
  amendsKey: requiredText('Kunci regulasi yang diubah').optional(),
  replacesKey: requiredText('Kunci regulasi yang diganti').optional(),
});

export const instansiKindSchema = choice('Jenis instansi', ['kabupaten', 'kota', 'provinsi', 'kementerian_lembaga']);

export const instansiSchema = object('Instansi', {
  code: requiredText('Kode instansi'),
  name: requiredText('Nama instansi'),
  kind: instansiKindSchema,
  region: text('Wilayah'),
});

export const roadMapStatusSchema = choice('Status road map', ['draft', 'active', 'superseded']);

export const narrativeSectionSchema = object('Bagian narasi', {
  key: requiredText('Kunci bagian narasi'),
  title: text('Judul bagian narasi'),
  body: z.string({ error: 'Isi narasi harus berupa teks.' }).max(200_000, { error: 'Isi narasi terlalu panjang.' }),
  order: integer('Urutan'),
});

export const roadMapHeaderSchema = object('Kepala road map', {
  title: requiredText('Judul road map'),
  periodStart: year('Tahun awal periode'),
  periodEnd: year('Tahun akhir periode'),
  regulasiKey: requiredText('Kunci regulasi penetap'),
  status: roadMapStatusSchema,
  versionLabel: requiredText('Label versi'),
});

export const roadMapDocumentSchema = object('Dokumen road map', {
  schemaVersion: z.literal(1, { error: 'Versi skema dokumen harus 1.' }),
  instansi: instansiSchema,
  roadMap: roadMapHeaderSchema,
  regulasi: list('Regulasi', regulasiSchema),
  legalBasis: list('Dasar hukum', requiredText('Kunci regulasi dasar hukum')),
  perangkatDaerah: list('Perangkat daerah', perangkatDaerahSchema),
  scales: list('Skala', scaleSchema),
  nodes: list('Simpul', resultNodeSchema),
  indicators: list('Indikator', indikatorSchema),
  placements: list('Penempatan', placementSchema),
  narrative: list('Narasi', narrativeSectionSchema),
});

// ——— findings (API responses) ———

export const findingSeveritySchema = choice('Tingkat temuan', ['error', 'warning']);

export const localizedTextSchema = object('Teks dua bahasa', { id: text('Teks (id)'), en: text('Teks (en)') });

export const findingSchema = object('Temuan', {
  code: requiredText('Kode temuan'),
  severity: findingSeveritySchema,
  entityType: choice('Jenis entitas', ['indicator', 'node', 'placement', 'perangkat_daerah', 'road_map']),
  entityKey: text('Kunci entitas'),
  field: text('Kolom').optional(),
  where: localizedTextSchema,
  why: localizedTextSchema,
  fix: localizedTextSchema,
});

// ——— reporting ———

export interface FieldIssue {
  /** Dotted path into the input, e.g. `indicators.3.baseline.year`; empty for the root. */
  field: string;
  /** zod's issue code (invalid_type, too_small…), for programs; the message is for people. */
  code: string;
  message: string;
}

/** Flattens zod issues into rows an import report or a form can show next to the field. */
export function formatZodIssues(error: { issues: readonly z.core.$ZodIssue[] }): FieldIssue[] {
  return error.issues.map((iss) => ({
    field: iss.path.map((p) => (typeof p === 'symbol' ? p.toString() : String(p))).join('.'),
    code: iss.code,
    message: iss.message,
  }));
}
