// The road-map check: every problem of a document as a Finding that says where, why and how to fix
// it, in Indonesian and English. It never throws and never stops at the first problem, so the
// Kupang regulation — which has several — can be imported, shown and corrected. Findings come out in
// Lampiran order (header, units, Tabel 1–3 by node and row, unplaced indicators last).
//
// The codes and their severities are listed in finding-codes.ts; the checks live in checks/.

import { checkMandatoryIndicators } from './checks/catalogue.ts';
import { CheckContext } from './checks/context.ts';
import { checkIndicator } from './checks/indicator.ts';
import { checkResponsibility } from './checks/responsibility.ts';
import { checkSupersededScale, checkThemeYears } from './checks/succession.ts';
import {
  checkDuplicateKeys,
  checkHeader,
  checkNodes,
  checkPerangkatDaerah,
  checkPlacements,
  checkScales,
} from './checks/structure.ts';
import type { Finding, RoadMapDocument } from './types.ts';

export { FINDING_CODES, REFERENCE_INTEGRITY_CODES, type FindingCode } from './finding-codes.ts';

/** All findings of a document, in Lampiran order. */
export function validateRoadMap(doc: RoadMapDocument): Finding[] {
  const ctx = new CheckContext(doc);
  checkHeader(ctx);
  checkDuplicateKeys(ctx);
  checkScales(ctx);
  checkPerangkatDaerah(ctx);
  checkNodes(ctx);
  checkPlacements(ctx);
  for (const node of ctx.nodes.values()) checkThemeYears(ctx, node);
  for (const ind of ctx.indicators.values()) {
    checkIndicator(ctx, ind, 'earlier');
    checkSupersededScale(ctx, ind);
    checkResponsibility(ctx, ind);
  }
  checkMandatoryIndicators(ctx);
  return ctx.findings();
}

/**
 * Findings about one indicator, for an edit form: its values, targets, rows, responsibility, key and
 * name clashes (reported whichever of the two indicators comes first). An unknown key gives a single
 * UNKNOWN_INDICATOR finding.
 */
export function validateIndicator(doc: RoadMapDocument, indicatorKey: string): Finding[] {
  const ctx = new CheckContext(doc);
  const ind = ctx.indicators.get(indicatorKey);
  if (!ind) {
    ctx.add('UNKNOWN_INDICATOR', [0], {
      entityType: 'indicator',
      entityKey: indicatorKey,
      where: { id: `Indikator › ${indicatorKey}`, en: `Indicator › ${indicatorKey}` },
      why: {
        id: `Indikator "${indicatorKey}" tidak ada di dokumen ini.`,
        en: `Indicator "${indicatorKey}" is not in this document.`,
      },
      fix: {
        id: 'Muat ulang road map dan pilih indikator yang ada.',
        en: 'Reload the road map and pick an existing indicator.',
      },
    });
    return ctx.findings();
  }
  if (doc.indicators.filter((i) => i.key === indicatorKey).length > 1) {
    ctx.add('DUPLICATE_KEY', ctx.indicatorPosition(ind), {
      entityType: 'indicator',
      entityKey: indicatorKey,
      where: ctx.whereIndicator(ind),
      why: {
        id: `Kunci "${indicatorKey}" dipakai lebih dari satu indikator; hanya yang pertama dipakai.`,
        en: `Key "${indicatorKey}" is used by more than one indicator; only the first is used.`,
      },
      fix: {
        id: 'Beri setiap indikator kunci yang unik.',
        en: 'Give every indicator a unique key.',
      },
    });
  }
  checkPlacements(ctx, (key) => key === indicatorKey);
  checkIndicator(ctx, ind, 'all');
  checkSupersededScale(ctx, ind);
  checkResponsibility(ctx, ind);
  return ctx.findings();
}
