// Formatting bound to the reader's language: numbers, percent, Rupiah, dates and indicator values
// the Indonesian way (21,78%; 8 Mei 2024; Rp527.562.744.023), English when chosen.
import { useMemo } from 'react';
import { formatNumber, formatPercent, formatRupiah, type NumberFormatOptions } from '../../domain/format/number.ts';
import { formatDate, formatDateTime, formatPeriod } from '../../domain/format/date.ts';
import {
  formatBaseline,
  formatIndicatorValue,
  formatTarget,
  formatValueWithUnit,
  type ValueFormatOptions,
} from '../../domain/format/value.ts';
import type { Baseline, IndicatorValue, Scale, Target } from '../../domain/roadmap/types.ts';
import { useT } from '../i18n/i18n.tsx';

function readerTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

const TIME_ZONE = readerTimeZone();

export function useFormat() {
  const { locale } = useT();
  return useMemo(
    () => ({
      number: (n: number, opts?: NumberFormatOptions) => formatNumber(n, locale, opts),
      percent: (n: number, opts?: NumberFormatOptions) => formatPercent(n, locale, opts),
      rupiah: (n: number) => formatRupiah(n, locale),
      date: (d: string) => formatDate(d, locale),
      dateTime: (d: string) => formatDateTime(d, locale, TIME_ZONE ? { timeZone: TIME_ZONE } : {}),
      period: formatPeriod,
      value: (v: IndicatorValue, scale: Scale | undefined, opts?: ValueFormatOptions) =>
        formatIndicatorValue(v, scale, locale, opts),
      valueWithUnit: (v: IndicatorValue, unit: string, scale: Scale | undefined) =>
        formatValueWithUnit(v, unit, scale, locale),
      baseline: (b: Baseline, scale: Scale | undefined, unit?: string, opts?: ValueFormatOptions) =>
        formatBaseline(b, scale, locale, unit, opts),
      target: (t: Target, scale: Scale | undefined, unit?: string, opts?: ValueFormatOptions) =>
        formatTarget(t, scale, locale, unit, opts),
    }),
    [locale],
  );
}

export type Formatter = ReturnType<typeof useFormat>;
