// The printed unit of an indicator ("Persen", "Poin", "Rp.", "Unit Kerja"…) checked against the kind and
// bounds of its scale. The Kupang regulation prints units that contradict the index they measure
// (statistik sektoral "Persen" on a 1–5 index); this table says, explicitly, which words fit which scales.
//
// Rule table (unit words are compared after lower-casing and dropping punctuation: "Rp." = "rp"):
//
// | class     | words                                                        | fits                                                        |
// |-----------|--------------------------------------------------------------|-------------------------------------------------------------|
// | percent   | persen, %, persentase, prosentase, percent                   | numeric scale whose range can hold 0–100 (min ≤ 0 or open,  |
// |           |                                                              | max ≥ 100 or open), or whose own unit label is a percent    |
// | currency  | rp, rupiah, idr                                              | currency scale only                                         |
// | count     | unit kerja, unit, orang, dokumen, pd, opd, perangkat daerah, | count scale; numeric scale with 0 decimals                  |
// |           | jumlah, buah, kegiatan, layanan, aplikasi, inovasi           |                                                             |
// | index     | poin, point, skor, score, angka, nilai, indeks, index        | numeric or count scale, except a percent scale (unit label  |
// |           |                                                              | "persen"/"%"): a percentage printed as "Skor" is a mistake  |
// | category  | predikat, opini, kategori, category, grade, peringkat        | ordinal scale only                                          |
// | level     | level, tingkat, skala, scale                                 | ordinal scale; numeric/count scale with max ≤ 10 (maturity  |
// |           |                                                              | levels such as SPIP 1–5) or without a maximum               |
//
// And the converse: a currency scale needs a currency word. Unknown or empty units are not judged —
// the table only speaks where it is sure.

import type { LocalizedText, Scale } from './types.ts';
import { scaleRangeText } from './values.ts';

export type UnitClass = 'percent' | 'currency' | 'count' | 'index' | 'category' | 'level' | 'unknown';

const UNIT_WORDS: Record<Exclude<UnitClass, 'unknown'>, readonly string[]> = {
  percent: ['persen', '%', 'persentase', 'prosentase', 'percent'],
  currency: ['rp', 'rupiah', 'idr'],
  count: [
    'unit kerja',
    'unit',
    'orang',
    'dokumen',
    'pd',
    'opd',
    'perangkat daerah',
    'jumlah',
    'buah',
    'kegiatan',
    'layanan',
    'aplikasi',
    'inovasi',
  ],
  index: ['poin', 'point', 'skor', 'score', 'angka', 'nilai', 'indeks', 'index'],
  category: ['predikat', 'opini', 'kategori', 'category', 'grade', 'peringkat'],
  level: ['level', 'tingkat', 'skala', 'scale'],
};

const WORD_CLASS = new Map<string, UnitClass>(
  Object.entries(UNIT_WORDS).flatMap(([cls, words]) => words.map((w) => [w, cls as UnitClass] as const)),
);

/** "Rp." → "rp", " Unit  Kerja " → "unit kerja", "%" stays "%". */
export function normaliseUnit(unit: string): string {
  return unit
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.,:;()[\]/\\*_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function classifyUnit(unit: string): UnitClass {
  return WORD_CLASS.get(normaliseUnit(unit)) ?? 'unknown';
}

function isPercentScale(scale: Scale): boolean {
  return scale.kind !== 'ordinal' && classifyUnit(scale.unitLabel) === 'percent';
}

function fits(cls: UnitClass, scale: Scale): boolean {
  switch (cls) {
    case 'unknown':
      return true;
    case 'percent':
      if (scale.kind !== 'numeric') return false;
      if (isPercentScale(scale)) return true;
      // An index on 0–100 (Indeks Kualitas Kebijakan, Indeks BerAKHLAK) is a score, not a share.
      if (/^indeks\b/i.test(scale.name)) return false;
      return (scale.min === null || scale.min <= 0) && (scale.max === null || scale.max >= 100);
    case 'currency':
      return scale.kind === 'currency';
    case 'count':
      return scale.kind === 'count' || (scale.kind === 'numeric' && scale.decimals === 0);
    case 'index':
      return (scale.kind === 'numeric' || scale.kind === 'count') && !isPercentScale(scale);
    case 'category':
      return scale.kind === 'ordinal';
    case 'level':
      if (scale.kind === 'ordinal') return true;
      // An open-ended scale may well be read in levels; only a bounded one can contradict it.
      return (scale.kind === 'numeric' || scale.kind === 'count') && (scale.max === null || scale.max <= 10);
  }
}

const CLASS_TEXT: Record<UnitClass, LocalizedText> = {
  percent: { id: 'persentase', en: 'a percentage' },
  currency: { id: 'nilai rupiah', en: 'a rupiah amount' },
  count: { id: 'jumlah (cacah)', en: 'a count' },
  index: { id: 'angka indeks/skor', en: 'an index or score' },
  category: { id: 'kategori/predikat', en: 'a category or grade' },
  level: { id: 'tingkat/level', en: 'a level' },
  unknown: { id: 'satuan tidak dikenal', en: 'an unknown unit' },
};

export interface UnitMismatch {
  unitClass: UnitClass;
  /** Why the unit does not fit, to be embedded in a finding. */
  reason: LocalizedText;
}

/** null when the unit fits the scale (or cannot be judged); otherwise why it does not. */
export function unitScaleMismatch(unit: string, scale: Scale): UnitMismatch | null {
  const cls = classifyUnit(unit);
  const what = CLASS_TEXT[cls];
  const range = scaleRangeText(scale);
  if (cls === 'unknown') {
    if (scale.kind === 'currency' && normaliseUnit(unit) !== '') {
      return {
        unitClass: cls,
        reason: {
          id: `skala ${scale.name} adalah nilai rupiah, tetapi satuannya "${unit}"`,
          en: `scale ${scale.name} is a rupiah amount, but the unit is "${unit}"`,
        },
      };
    }
    return null;
  }
  if (fits(cls, scale)) return null;
  const scaleWhat =
    scale.kind === 'ordinal'
      ? { id: `skala bertingkat (${range.id})`, en: `an ordinal scale (${range.en})` }
      : scale.kind === 'currency'
        ? { id: 'nilai rupiah', en: 'a rupiah amount' }
        : isPercentScale(scale)
          ? { id: `persentase (${range.id})`, en: `a percentage (${range.en})` }
          : { id: `skala ${range.id}`, en: `a ${range.en} scale` };
  return {
    unitClass: cls,
    reason: {
      id: `satuan "${unit}" menyatakan ${what.id}, sedangkan ${scale.name} diukur pada ${scaleWhat.id}`,
      en: `unit "${unit}" denotes ${what.en}, but ${scale.name} is measured on ${scaleWhat.en}`,
    },
  };
}
