// Checks against reference data over time: an indicator still measured on a scale that a newer
// regulation superseded in a year of the road map (Indeks SPBE after 2025), and a theme whose years
// of validity fall outside the road map's period.
import { findScale } from '../../catalogue/scales.ts';
import { scaleSuccessorIn } from '../../catalogue/succession.ts';
import { nodeYearProblems } from '../year-scope.ts';
import { scaleCodeInYear } from '../year-scope.ts';
import type { Indikator, ResultNode } from '../types.ts';
import type { CheckContext } from './context.ts';

export function checkSupersededScale(ctx: CheckContext, ind: Indikator): void {
  const { periodStart, periodEnd } = ctx.doc.roadMap;
  for (let year = periodStart; year <= periodEnd; year++) {
    const code = scaleCodeInYear(ind, year);
    const next = scaleSuccessorIn(code, year);
    if (!next) continue;
    const oldName = ctx.scales.get(code)?.name ?? findScale(code)?.name ?? code;
    const newName = findScale(next.code)?.name ?? next.code;
    ctx.add('SCALE_SUPERSEDED', ctx.indicatorPosition(ind), {
      entityType: 'indicator',
      entityKey: ind.key,
      field: 'scaleCode',
      where: ctx.whereIndicator(ind),
      why: {
        id: `Mulai ${next.fromYear} skala ${oldName} digantikan oleh ${newName}, tetapi indikator ini masih diukur dengan skala lama pada ${year}.`,
        en: `From ${next.fromYear} the ${oldName} scale is superseded by ${newName}, but this indicator is still measured on the old scale in ${year}.`,
      },
      fix: {
        id: `Pindahkan indikator ke skala ${newName} mulai ${Math.max(year, next.fromYear)} ("Ganti skala"); riwayat nilai lama tetap tersimpan.`,
        en: `Re-base the indicator onto ${newName} from ${Math.max(year, next.fromYear)} ("Change scale"); the old values are kept.`,
      },
    });
    return;
  }
}

export function checkThemeYears(ctx: CheckContext, node: ResultNode): void {
  for (const p of nodeYearProblems(node, ctx.doc.roadMap)) {
    if (p.code !== 'THEME_YEAR_OUTSIDE_PERIOD') continue;
    ctx.add('THEME_YEAR_OUTSIDE_PERIOD', ctx.nodePosition(node), {
      entityType: 'node',
      entityKey: node.key,
      field: p.field,
      where: ctx.whereNode(node),
      why: { id: p.message, en: `The theme's year lies outside the road map period.` },
      fix: {
        id: 'Ubah tahun berlaku tema agar berada dalam periode road map.',
        en: 'Set the theme years within the road map period.',
      },
    });
  }
}
