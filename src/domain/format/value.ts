// Indicator values, baselines and targets as text, read through their scale: ordinal levels show code
// and label ("CC (Cukup)"), currency shows Rupiah, percentages get "%". One place, so the web tables,
// the Excel export and validation messages print a value the same way.

import { classifyUnit } from '../roadmap/units.ts';
import { levelOf } from '../roadmap/values.ts';
import type { Baseline, IndicatorValue, Scale, Target } from '../roadmap/types.ts';
import { formatNumber, formatRupiah, type Locale } from './number.ts';

export interface ValueFormatOptions {
  /** How ordinal levels read: "CC", "Cukup" or "CC (Cukup)" (default). */
  level?: 'code' | 'label' | 'code_label';
}

function formatPlainNumber(n: number, scale: Scale | undefined, locale: Locale): string {
  if (scale?.kind === 'currency') return formatRupiah(n, locale);
  // A scale's decimals is the most it records; trailing zeros are not printed (85, not 85,00).
  const maxDecimals = scale && scale.kind !== 'ordinal' ? scale.decimals : 3;
  return formatNumber(n, locale, { maxDecimals });
}

/** A value on its scale: 21,78 · Rp527.562.744.023 · CC (Cukup). Unknown level codes print as stored. */
export function formatIndicatorValue(
  value: IndicatorValue,
  scale: Scale | undefined,
  locale: Locale = 'id',
  opts: ValueFormatOptions = {},
): string {
  if (value.kind === 'number') return formatPlainNumber(value.value, scale, locale);
  const level = scale?.kind === 'ordinal' ? levelOf(scale, value.code) : undefined;
  if (!level) return value.code;
  const style = opts.level ?? 'code_label';
  if (style === 'code' || level.label === '' || level.label === level.code) return level.code;
  if (style === 'label') return level.label;
  return `${level.code} (${level.label})`;
}

function withUnit(text: string, unit: string, isCurrency: boolean, isPercent: boolean): string {
  if (isCurrency || unit.trim() === '') return text;
  if (isPercent) return `${text}%`;
  return `${text} ${unit.trim()}`;
}

/**
 * A value with its printed unit, for prose and cards: "21,78%", "Rp527.562.744.023", "1,91 Poin".
 * Levels carry their meaning in the label, so no unit is added ("A (Memuaskan)", not "A Predikat").
 */
export function formatValueWithUnit(
  value: IndicatorValue,
  unit: string,
  scale: Scale | undefined,
  locale: Locale = 'id',
  opts: ValueFormatOptions = {},
): string {
  if (value.kind === 'level') return formatIndicatorValue(value, scale, locale, opts);
  const cls = classifyUnit(unit);
  if (cls === 'currency' && scale?.kind !== 'currency') return formatRupiah(value.value, locale);
  const text = formatPlainNumber(value.value, scale, locale);
  return withUnit(text, unit, scale?.kind === 'currency', cls === 'percent');
}

const NOT_AVAILABLE = 'N/A';

/** A baseline as the Lampiran prints it: the value, or "N/A" when it was not measured. */
export function formatBaseline(
  baseline: Baseline,
  scale: Scale | undefined,
  locale: Locale = 'id',
  unit?: string,
  opts: ValueFormatOptions = {},
): string {
  if (baseline.status === 'not_available') return NOT_AVAILABLE;
  return unit === undefined
    ? formatIndicatorValue(baseline.value, scale, locale, opts)
    : formatValueWithUnit(baseline.value, unit, scale, locale, opts);
}

/** A point target like a value; a band as "2,5–3,5" (with the unit once: "2,5–3,5%"). */
export function formatTarget(
  target: Target,
  scale: Scale | undefined,
  locale: Locale = 'id',
  unit?: string,
  opts: ValueFormatOptions = {},
): string {
  if (target.type === 'point') {
    return unit === undefined
      ? formatIndicatorValue(target.value, scale, locale, opts)
      : formatValueWithUnit(target.value, unit, scale, locale, opts);
  }
  const currency = scale?.kind === 'currency' || (unit !== undefined && classifyUnit(unit) === 'currency');
  if (currency) return `${formatRupiah(target.min, locale)}–${formatRupiah(target.max, locale)}`;
  const range = `${formatPlainNumber(target.min, scale, locale)}–${formatPlainNumber(target.max, scale, locale)}`;
  return unit === undefined ? range : withUnit(range, unit, false, classifyUnit(unit) === 'percent');
}
