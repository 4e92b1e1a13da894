// The road map against the national catalogue of mandatory kegiatan utama (PermenPANRB 3/2023): a
// road map that follows the catalogue (its nodes or indicators carry national codes) should measure
// every mandatory indicator that applies to its kind of instansi; the evaluator scores the share
// adopted, so each one missing is a finding.
import { NATIONAL_KEGIATAN_UTAMA } from '../../catalogue/national-kegiatan-utama.ts';
import type { CheckContext } from './context.ts';
import { ROAD_MAP_POSITION, ROAD_MAP_WHERE } from './context.ts';

export function checkMandatoryIndicators(ctx: CheckContext): void {
  const { doc } = ctx;
  const used = new Set(doc.indicators.map((i) => i.nationalIndicatorCode).filter((c): c is string => !!c));
  const follows = used.size > 0 || doc.nodes.some((n) => n.nationalKegiatanCode);
  if (!follows) return;
  const local = doc.instansi.kind === 'kabupaten' || doc.instansi.kind === 'kota';
  for (const k of NATIONAL_KEGIATAN_UTAMA)
    for (const i of k.indicators) {
      if ((local && !i.appliesToKabupaten) || used.has(i.code)) continue;
      ctx.add('MANDATORY_INDICATOR_MISSING', ROAD_MAP_POSITION, {
        entityType: 'road_map',
        entityKey: 'roadMap',
        field: `nationalIndicatorCode:${i.code}`,
        where: ROAD_MAP_WHERE,
        why: {
          id: `Indikator wajib nasional "${i.name}" (${i.code}, kegiatan utama ${k.number}: ${k.name}) tidak diukur dalam road map ini.`,
          en: `The mandatory national indicator "${i.name}" (${i.code}, kegiatan utama ${k.number}: ${k.name}) is not measured in this road map.`,
        },
        fix: {
          id: 'Tambahkan indikator tersebut pada kegiatan utamanya (dengan kode nasionalnya), atau catat alasan tidak mengadopsinya.',
          en: 'Add the indicator under its kegiatan utama (with its national code), or record why it is not adopted.',
        },
      });
    }
}
