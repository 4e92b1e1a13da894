// Semantic checks of an edited indicator, beyond the request schema: values must be readable on
// the indicator's scale and inside its bounds, target years unique, PDs known, at most one lead.
// Values already stored and left unchanged are not re-judged: the regulation itself contains
// out-of-scale figures (they stay visible as findings), and fixing another field must stay possible.
import type { Baseline, IndicatorValue, Indikator, Scale, Target } from '../../../domain/roadmap/types.ts';
import { checkValueInScale, valuesEqual } from '../../../domain/roadmap/values.ts';
import { invalidData, type FieldError } from '../../errors.ts';

function baselineValue(b: Baseline): IndicatorValue | null {
  return b.status === 'value' ? b.value : null;
}

function sameTargetValue(prev: Target | undefined, value: IndicatorValue): boolean {
  return !!prev && prev.type === 'point' && valuesEqual(prev.value, value);
}

export function checkIndicatorInput(
  scale: Scale | undefined,
  before: Indikator,
  next: Indikator,
  knownPdKeys: ReadonlySet<string>,
): void {
  const fields: FieldError[] = [];
  const add = (field: string, code: string, message: string) => fields.push({ field, code, message });
  if (!scale) {
    add('indicator.scaleCode', 'UNKNOWN_SCALE', `Skala "${next.scaleCode}" tidak dikenal.`);
    throw invalidData(fields);
  }
  const scaleChanged = before.scaleCode !== next.scaleCode;
  const check = (field: string, value: IndicatorValue, unchanged: boolean) => {
    if (unchanged && !scaleChanged) return;
    const r = checkValueInScale(value, scale);
    if (!r.ok) add(field, r.code, r.message.id);
  };

  if ((scale.kind === 'ordinal') !== (next.polarity === 'ordinal')) {
    add(
      'indicator.polarity',
      'POLARITY_SCALE_MISMATCH',
      scale.kind === 'ordinal'
        ? 'Skala bertingkat (ordinal) memakai polaritas "ordinal".'
        : 'Polaritas "ordinal" hanya untuk skala bertingkat; pilih lebih tinggi/lebih rendah lebih baik atau rentang target.',
    );
  }

  const nb = baselineValue(next.baseline);
  const pb = baselineValue(before.baseline);
  if (nb) check('indicator.baseline.value', nb, !!pb && valuesEqual(pb, nb));

  const years = new Set<number>();
  next.targets.forEach((t, i) => {
    const field = `indicator.targets.${i}`;
    if (years.has(t.year)) add(`${field}.year`, 'DUPLICATE_TARGET_YEAR', `Target tahun ${t.year} sudah ada.`);
    years.add(t.year);
    const prev = before.targets.find((p) => p.year === t.year);
    if (t.type === 'point') {
      check(`${field}.value`, t.value, sameTargetValue(prev, t.value));
      return;
    }
    if (scale.kind === 'ordinal') {
      add(`${field}.type`, 'BAND_ON_ORDINAL', 'Rentang target hanya untuk skala angka; pilih satu tingkat.');
      return;
    }
    if (t.min > t.max)
      add(`${field}.max`, 'BAND_INVALID', 'Batas atas rentang harus lebih besar atau sama dengan batas bawah.');
    const unchanged = !!prev && prev.type === 'band' && prev.min === t.min && prev.max === t.max;
    check(`${field}.min`, { kind: 'number', value: t.min }, unchanged);
    check(`${field}.max`, { kind: 'number', value: t.max }, unchanged);
  });

  const seen = new Set<string>();
  next.responsible.forEach((r, i) => {
    if (!knownPdKeys.has(r.pdKey))
      add(`indicator.responsible.${i}.pdKey`, 'UNKNOWN_PD', `Perangkat daerah "${r.pdKey}" tidak dikenal.`);
    if (seen.has(r.pdKey))
      add(`indicator.responsible.${i}.pdKey`, 'DUPLICATE_PD', 'Perangkat daerah yang sama disebut dua kali.');
    seen.add(r.pdKey);
  });
  if (next.responsible.filter((r) => r.role === 'lead').length > 1) {
    add(
      'indicator.responsible',
      'MULTIPLE_LEAD_PD',
      'Hanya satu perangkat daerah yang dapat menjadi penanggung jawab utama.',
    );
  }
  if (fields.length) throw invalidData(fields);
}
