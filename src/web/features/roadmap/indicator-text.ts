// Words for indicator attributes shared by the detail page, the history panel and the diff:
// polarity in plain language, scale kinds, responsibility lists, targets as one line.
import type { Indikator, Polarity, RoadMapDocument, Scale, ScaleKind } from '../../../domain/roadmap/types.ts';
import type { MessageKey } from '../../i18n/i18n.tsx';
import type { Formatter } from '../../shared/format.ts';

export const POLARITY: Record<Polarity, MessageKey> = {
  higher_is_better: 'polarity.higher_is_better',
  lower_is_better: 'polarity.lower_is_better',
  target_band: 'polarity.target_band',
  ordinal: 'polarity.ordinal',
};

export const SCALE_KIND: Record<ScaleKind, MessageKey> = {
  numeric: 'scaleKind.numeric',
  currency: 'scaleKind.currency',
  count: 'scaleKind.count',
  ordinal: 'scaleKind.ordinal',
};

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function scaleOf(doc: RoadMapDocument, code: string | undefined): Scale | undefined {
  return code === undefined ? undefined : doc.scales.find((s) => s.code === code);
}

/** "2023: 1,91" or "2023: N/A — reason". */
export function baselineLine(
  ind: Pick<Indikator, 'baseline' | 'unit'>,
  scale: Scale | undefined,
  fmt: Formatter,
): string {
  const b = ind.baseline;
  return b.status === 'not_available'
    ? `${b.year}: N/A — ${b.reason}`
    : `${b.year}: ${fmt.baseline(b, scale, ind.unit)}`;
}

/** "2024: 87,5%; 2025: 90%". */
export function targetsLine(
  ind: Pick<Indikator, 'targets' | 'unit'>,
  scale: Scale | undefined,
  fmt: Formatter,
): string {
  return [...ind.targets]
    .sort((a, b) => a.year - b.year)
    .map((t) => `${t.year}: ${fmt.target(t, scale, ind.unit)}`)
    .join('; ');
}

/** "Bagian Organisasi (utama), Inspektorat (pendukung)". */
export function responsibleLine(ind: Pick<Indikator, 'responsible'>, doc: RoadMapDocument, t: T): string {
  return ind.responsible
    .map((r) => {
      const pd = doc.perangkatDaerah.find((p) => p.key === r.pdKey);
      return `${pd?.shortName ?? r.pdKey} (${t(r.role === 'lead' ? 'role.lead' : 'role.supporting')})`;
    })
    .join(', ');
}

/** Any indicator attribute as one line of text (history and diff cells). */
export function attributeText(
  field: string,
  ind: Partial<Indikator>,
  doc: RoadMapDocument,
  fmt: Formatter,
  t: T,
): string {
  const scale = scaleOf(doc, ind.scaleCode);
  switch (field) {
    case 'scaleCode':
      return scale ? scale.name : (ind.scaleCode ?? '');
    case 'polarity':
      return ind.polarity ? t(POLARITY[ind.polarity]) : '';
    case 'baseline':
      return ind.baseline ? baselineLine({ baseline: ind.baseline, unit: ind.unit ?? '' }, scale, fmt) : '';
    case 'targets':
      return ind.targets ? targetsLine({ targets: ind.targets, unit: ind.unit ?? '' }, scale, fmt) : '';
    case 'responsible':
      return ind.responsible ? responsibleLine({ responsible: ind.responsible }, doc, t) : '';
    default: {
      const v = (ind as Record<string, unknown>)[field];
      return v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v);
    }
  }
}

export const ATTRIBUTE_LABEL: Record<string, MessageKey> = {
  name: 'ind.name',
  unit: 'ind.unit',
  scaleCode: 'ind.scale',
  polarity: 'ind.polarity',
  sourceAgency: 'ind.sourceAgency',
  baseline: 'ind.baseline',
  targets: 'ind.targets',
  responsible: 'ind.responsible',
  nationalIndicatorCode: 'ind.nationalCode',
  note: 'ind.note',
};
