// Regulations named as Indonesian legal documents are cited: "Peraturan Bupati Kupang Nomor 17
// Tahun 2024", with where and when it was set ("ditetapkan 8 Mei 2024 di Oelamasi").
import type { Instansi, LocalizedText, Regulasi, RegulasiType } from '../../domain/roadmap/types.ts';
import { formatDate } from '../../domain/format/date.ts';
import type { Locale } from '../../domain/format/number.ts';

export const REGULASI_TYPES: Record<RegulasiType, LocalizedText> = {
  perbup: { id: 'Peraturan Bupati', en: 'Regent Regulation' },
  perwali: { id: 'Peraturan Wali Kota', en: 'Mayor Regulation' },
  pergub: { id: 'Peraturan Gubernur', en: 'Governor Regulation' },
  perda: { id: 'Peraturan Daerah', en: 'Regional Regulation' },
  permenpanrb: { id: 'Peraturan Menteri PANRB', en: 'Regulation of the Minister of PANRB' },
  kepmenpanrb: { id: 'Keputusan Menteri PANRB', en: 'Decree of the Minister of PANRB' },
  perpres: { id: 'Peraturan Presiden', en: 'Presidential Regulation' },
  pp: { id: 'Peraturan Pemerintah', en: 'Government Regulation' },
  uu: { id: 'Undang-Undang', en: 'Law' },
  lainnya: { id: 'Peraturan', en: 'Regulation' },
};

export const REGULASI_TYPE_CODES = Object.keys(REGULASI_TYPES) as RegulasiType[];

/** "Kabupaten Kupang" → "Kupang": the name used after "Peraturan Bupati". */
function placeName(instansi: Pick<Instansi, 'name'> | undefined): string {
  return instansi ? instansi.name.replace(/^(Kabupaten|Kota|Provinsi)\s+/i, '').trim() : '';
}

/** "Peraturan Bupati Kupang Nomor 17 Tahun 2024" / "Kupang Regent Regulation Number 17 of 2024". */
export function regulasiName(
  reg: Pick<Regulasi, 'type' | 'number' | 'year'>,
  instansi: Pick<Instansi, 'name'> | undefined,
  locale: Locale,
): string {
  const type = REGULASI_TYPES[reg.type] ?? REGULASI_TYPES.lainnya;
  const local = reg.type === 'perbup' || reg.type === 'perwali' || reg.type === 'pergub';
  const where = reg.type === 'perda' ? (instansi?.name ?? '') : local ? placeName(instansi) : '';
  if (locale === 'en') {
    return `${where ? `${where} ` : ''}${type.en} Number ${reg.number} of ${reg.year}`;
  }
  return `${type.id}${where ? ` ${where}` : ''} Nomor ${reg.number} Tahun ${reg.year}`;
}

/** "…, ditetapkan 8 Mei 2024 di Oelamasi" (only the parts that are known). */
export function regulasiEnactment(reg: Regulasi, locale: Locale): string {
  const parts: string[] = [];
  if (reg.enactedAt)
    parts.push(
      locale === 'en' ? `enacted ${formatDate(reg.enactedAt, 'en')}` : `ditetapkan ${formatDate(reg.enactedAt, 'id')}`,
    );
  if (reg.place) parts.push(locale === 'en' ? `in ${reg.place}` : `di ${reg.place}`);
  return parts.join(' ');
}

/** Full citation with enactment: "Peraturan Bupati Kupang Nomor 17 Tahun 2024, ditetapkan 8 Mei 2024 di Oelamasi". */
export function regulasiCitation(reg: Regulasi, instansi: Pick<Instansi, 'name'> | undefined, locale: Locale): string {
  const enact = regulasiEnactment(reg, locale);
  return enact ? `${regulasiName(reg, instansi, locale)}, ${enact}` : regulasiName(reg, instansi, locale);
}
