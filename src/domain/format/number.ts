// Numbers as the Lampiran prints them: Indonesian first (decimal comma, dot thousands, "Rp" glued to
// the amount), English second. Pure: Intl only, so the same strings come out on the server, in the
// Excel export and in the browser.

export type Locale = 'id' | 'en';

/** en-GB rather than en-US: day-month-year dates and no "May 8," ordering surprises next to Indonesian. */
export const INTL_LOCALE: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

export interface NumberFormatOptions {
  /** Exact number of decimals (pads with zeros): "85,00". Overrides min/max. */
  decimals?: number;
  minDecimals?: number;
  /** Defaults to 3, Intl's own default, so nothing a user typed is silently rounded away. */
  maxDecimals?: number;
}

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, min: number, max: number): Intl.NumberFormat {
  const id = `${locale}|${min}|${max}`;
  let nf = formatters.get(id);
  if (!nf) {
    nf = new Intl.NumberFormat(INTL_LOCALE[locale], {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      useGrouping: true,
    });
    formatters.set(id, nf);
  }
  return nf;
}

function fractionDigits(opts: NumberFormatOptions): [number, number] {
  if (opts.decimals !== undefined) return [opts.decimals, opts.decimals];
  const max = opts.maxDecimals ?? 3;
  const min = Math.min(opts.minDecimals ?? 0, max);
  return [min, max];
}

/** 1234.5 → "1.234,5" (id) / "1,234.5" (en). */
export function formatNumber(value: number, locale: Locale = 'id', opts: NumberFormatOptions = {}): string {
  if (!Number.isFinite(value)) return String(value);
  const [min, max] = fractionDigits(opts);
  // Intl prints "-0" for tiny negatives that round to zero; a table cell must show "0".
  const shown = Math.abs(value) < 0.5 * 10 ** -max ? 0 : value;
  return numberFormat(locale, min, max).format(shown);
}

/**
 * A value already expressed in percent (21.78, not 0.2178) → "21,78%". Built by hand rather than with
 * Intl's percent style, which expects a fraction and would invite a ×100 bug at every call site.
 */
export function formatPercent(value: number, locale: Locale = 'id', opts: NumberFormatOptions = {}): string {
  return `${formatNumber(value, locale, { maxDecimals: 2, ...opts })}%`;
}

/**
 * Rupiah as the regulation prints it: "Rp527.562.744.023". Intl's IDR currency style inserts a
 * non-breaking space ("Rp 527…") and two decimals, neither of which the Lampiran uses.
 */
export function formatRupiah(value: number, locale: Locale = 'id'): string {
  const amount = formatNumber(Math.abs(value), locale, { decimals: 0 });
  const sign = Math.round(value) < 0 ? '-' : '';
  return `${sign}Rp${amount}`;
}

/** A numeric band, with an en dash as in printed tables: "2,5–3,5". */
export function formatNumberRange(
  min: number,
  max: number,
  locale: Locale = 'id',
  opts: NumberFormatOptions = {},
): string {
  return `${formatNumber(min, locale, opts)}–${formatNumber(max, locale, opts)}`;
}
