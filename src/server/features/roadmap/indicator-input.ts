// Semantic checks of an edited indicator, beyond the request schema: values must be readable on
// the indicator's scale and inside its bounds, target years unique, PDs known, at most one lead.
// Values already stored and left unchanged are not re-judged: the regulation itself contains
// out-of-scale figures (they stay visible as findings), and fixing another field must stay possible.
import type { Baseline, IndicatorValue, Indikator, Scale } from '../../../domain/roadmap/types.ts';
import {
  BAND_ON_ORDINAL,
  DUPLICATE_PD,
  bandOrderIssue,
  duplicatePdIndexes,
  duplicateTargetYearIssue,
  judgeValueOnScale,
  multipleLeadIssue,
  polarityIssue,
  type RuleIssue,
} from '../../../domain/roadmap/indicator-rules.ts';
import { invalidData, type FieldError } from '../../errors.ts';

function baselineValue(b: Baseline): IndicatorValue | null {
  return b.status === 'value' ? b.value : null;
}

export function checkIndicatorInput(
  scale: Scale | undefined,
  before: Indikator,
  next: Indikator,
  knownPdKeys: ReadonlySet<string>,
): void {
  const fields: FieldError[] = [];
  const add = (field: string, code: string, message: string) => fields.push({ field, code, message });
  const addIssue = (field: string, issue: RuleIssue | null) => {
    if (issue) add(field, issue.code, issue.message.id);
  };
  if (!scale) {
    add('indicator.scaleCode', 'UNKNOWN_SCALE', `Skala "${next.scaleCode}" tidak dikenal.`);
    throw invalidData(fields);
  }
  const scaleChanged = before.scaleCode !== next.scaleCode;
  const check = (field: string, value: IndicatorValue, held: IndicatorValue | null) => {
    const r = judgeValueOnScale(value, scale, held && !scaleChanged ? [held] : []);
    if (r.severity === 'error') add(field, r.code, r.message.id);
  };

  addIssue('indicator.polarity', polarityIssue(scale, next.polarity));

  const nb = baselineValue(next.baseline);
  const pb = baselineValue(before.baseline);
  if (nb) check('indicator.baseline.value', nb, pb);

  const years = new Set<number>();
  next.targets.forEach((t, i) => {
    const field = `indicator.targets.${i}`;
    if (years.has(t.year)) addIssue(`${field}.year`, duplicateTargetYearIssue(t.year));
    years.add(t.year);
    const prev = before.targets.find((p) => p.year === t.year);
    // A target year's own baseline is a value on the same scale (the form judges it the same way).
    if (t.baseline) check(`${field}.baseline`, t.baseline, prev?.baseline ?? null);
    if (t.type === 'point') {
      check(`${field}.value`, t.value, prev?.type === 'point' ? prev.value : null);
      return;
    }
    if (scale.kind === 'ordinal') {
      addIssue(`${field}.type`, BAND_ON_ORDINAL);
      return;
    }
    addIssue(`${field}.max`, bandOrderIssue(t.min, t.max));
    const held = (n: number | undefined) => (n === undefined ? null : ({ kind: 'number', value: n } as const));
    check(`${field}.min`, { kind: 'number', value: t.min }, held(prev?.type === 'band' ? prev.min : undefined));
    check(`${field}.max`, { kind: 'number', value: t.max }, held(prev?.type === 'band' ? prev.max : undefined));
  });

  next.responsible.forEach((r, i) => {
    if (!knownPdKeys.has(r.pdKey))
      add(`indicator.responsible.${i}.pdKey`, 'UNKNOWN_PD', `Perangkat daerah "${r.pdKey}" tidak dikenal.`);
  });
  for (const i of duplicatePdIndexes(next.responsible)) addIssue(`indicator.responsible.${i}.pdKey`, DUPLICATE_PD);
  addIssue('indicator.responsible', multipleLeadIssue(next.responsible));
  if (fields.length) throw invalidData(fields);
}
