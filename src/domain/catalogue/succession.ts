// Versions of the national reference data: each scale and catalogue with its legal basis and the
// years it is valid, and which item supersedes which from what year. Data, with its source, not
// code paths: a new regulation adds a row here (e.g. Indeks SPBE → Indeks Pemdi under PermenPANRB
// 8/2026), and the road-map check flags indicators still measured on a superseded item in a year
// where its successor applies (docs/scales.md).

export interface ReferenceVersion {
  kind: 'scale' | 'catalogue';
  code: string;
  legalBasis: string;
  validFrom: number;
  /** Last year the item applies (undefined: still in force). */
  validTo?: number;
  /** The item that takes over from validTo + 1. */
  supersededBy?: string;
  note?: string;
}

export const REFERENCE_VERSIONS: readonly ReferenceVersion[] = [
  {
    kind: 'scale',
    code: 'indeks_spbe',
    legalBasis: 'PermenPANRB 59/2020 tentang Pemantauan dan Evaluasi SPBE',
    validFrom: 2020,
    validTo: 2025,
    supersededBy: 'indeks_pemdi',
    note: 'Dicabut oleh PermenPANRB 8/2026 (ditetapkan 1 Juni 2026); baseline dikonversi dari Indeks SPBE 2025.',
  },
  {
    kind: 'scale',
    code: 'indeks_pemdi',
    legalBasis: 'PermenPANRB 8/2026 tentang Evaluasi Kinerja Pemerintah Digital',
    validFrom: 2026,
    note: 'Rentang 1–5 sama dengan Indeks SPBE; predikat menurut ringkasan publik regulasi.',
  },
  {
    kind: 'catalogue',
    code: 'kegiatan_utama_nasional',
    legalBasis: 'PermenPANRB 3/2023 (Pasal 3A) tentang Perubahan atas PermenPANRB 25/2020',
    validFrom: 2023,
    note: 'Masih dipakai Portal RB pada masa transisi 2025–2026 (SE MenPANRB 6/2025).',
  },
];

const BY_CODE = new Map(REFERENCE_VERSIONS.map((v) => [`${v.kind}:${v.code}`, v]));

export function findReferenceVersion(kind: ReferenceVersion['kind'], code: string): ReferenceVersion | undefined {
  return BY_CODE.get(`${kind}:${code}`);
}

/** The successor of a scale in `year`, when the scale no longer applies then (else undefined). */
export function scaleSuccessorIn(code: string, year: number): { code: string; fromYear: number } | undefined {
  const v = findReferenceVersion('scale', code);
  if (!v?.supersededBy || v.validTo === undefined || year <= v.validTo) return undefined;
  return { code: v.supersededBy, fromYear: v.validTo + 1 };
}
