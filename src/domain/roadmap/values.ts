// Turning what users type and what Excel cells hold into typed indicator values, and the scale
// arithmetic every other feature needs (bounds, level lookup, comparison). Parsing only reads: it
// does not reject values outside the scale, because an imported regulation must be stored as printed
// (Indeks SPBE target 5,05) and then flagged by validation; `checkValueInScale` is the separate gate.
//
// Number rules (`readNumberId`), Indonesian first:
// - optional sign (-, −, +), optional "Rp"/"Rp."/"IDR" prefix, optional "%" suffix, spaces around them;
// - both "." and "," present: the last one is the decimal separator, the other groups thousands and
//   must group by three ("1.234,5", and the English "1,234.5" from an English-locale Excel);
// - only ",": one comma is the decimal comma ("21,78", "1,234" = 1.234); several commas group thousands;
// - only ".": several dots group thousands ("527.562.744.023"); one dot is a decimal point ("85.00",
//   "1.15", "3.77", as the regulation prints decimals) unless it could group thousands: 1–3 leading
//   digits (not 0) and exactly three after. Such a "1.234" is ambiguous (1234 in Indonesian writing,
//   1.234 in the regulation's tables) and is refused with AMBIGUOUS_NUMBER — except when the context is
//   whole numbers (Rp prefix, currency or count scale, 0 decimals), where it groups thousands.
//   "0.125" and "1234.567" cannot group thousands, so they are decimals;
// - anything else (letters, "1.2.3", "1,23,4", internal spaces) is not a number.

import { formatNumber, type Locale } from '../format/number.ts';
import type {
  IndicatorValue,
  LocalizedText,
  NumericScale,
  OrdinalScale,
  Scale,
  ScaleBand,
  ScaleLevel,
} from './types.ts';

export type NumberReading = { ok: true; value: number } | { ok: false; reason: 'empty' | 'invalid' | 'ambiguous' };

export interface NumberReadOptions {
  /** The value must be whole (currency, count): a lone dot before three digits groups thousands. */
  wholeNumbers?: boolean;
}

const GROUPED = (sep: '.' | ',') => new RegExp(`^[1-9]\\d{0,2}(\\${sep}\\d{3})+$`);
const GROUPED_DOT = GROUPED('.');
const GROUPED_COMMA = GROUPED(',');

function readBody(body: string, wholeNumbers: boolean): NumberReading {
  if (!/^\d[\d.,]*$/.test(body) || !/\d$/.test(body)) return { ok: false, reason: 'invalid' };
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;

  if (dots > 0 && commas > 0) {
    const decimalSep = lastDot > lastComma ? '.' : ',';
    const at = Math.max(lastDot, lastComma);
    const intPart = body.slice(0, at);
    const fracPart = body.slice(at + 1);
    if (!/^\d+$/.test(fracPart)) return { ok: false, reason: 'invalid' };
    const grouping = decimalSep === '.' ? GROUPED_COMMA : GROUPED_DOT;
    if (!grouping.test(intPart)) return { ok: false, reason: 'invalid' };
    return { ok: true, value: Number(`${intPart.replace(/[.,]/g, '')}.${fracPart}`) };
  }
  if (commas === 1) return { ok: true, value: Number(body.replace(',', '.')) };
  if (commas > 1) {
    return GROUPED_COMMA.test(body)
      ? { ok: true, value: Number(body.replace(/,/g, '')) }
      : { ok: false, reason: 'invalid' };
  }
  if (dots > 1) {
    return GROUPED_DOT.test(body)
      ? { ok: true, value: Number(body.replace(/\./g, '')) }
      : { ok: false, reason: 'invalid' };
  }
  if (dots === 1) {
    const [intPart = '', fracPart = ''] = body.split('.');
    // Only "1.234" to "999.999" could be thousands; "1234.567", "0.125" and "85.00" cannot.
    if (!GROUPED_DOT.test(body)) return { ok: true, value: Number(body) };
    if (wholeNumbers) return { ok: true, value: Number(intPart + fracPart) };
    return { ok: false, reason: 'ambiguous' };
  }
  return { ok: true, value: Number(body) };
}

/** Reads a number written the Indonesian way (see the rules at the top of this file). */
export function readNumberId(text: string, opts: NumberReadOptions = {}): NumberReading {
  let s = text.replace(/[\u00a0\u202f]/g, ' ').trim();
  if (s === '') return { ok: false, reason: 'empty' };
  let negative = false;
  let currency = false;
  const takeSign = () => {
    const m = /^([-−+])\s*/.exec(s);
    if (m) {
      negative = m[1] !== '+';
      s = s.slice(m[0].length);
    }
    return m !== null;
  };
  const hadSign = takeSign();
  const rp = /^(rp\.?|idr)\s*/i.exec(s);
  if (rp) {
    currency = true;
    s = s.slice(rp[0].length);
    if (!hadSign) takeSign();
  }
  s = s.replace(/\s*%$/, '');
  const r = readBody(s, currency || opts.wholeNumbers === true);
  if (!r.ok) return r;
  return { ok: true, value: negative && r.value !== 0 ? -r.value : r.value };
}

/** The number in `text`, or null when it is empty, not a number, or ambiguous ("1.234"). */
export function parseNumberId(text: string, opts: NumberReadOptions = {}): number | null {
  const r = readNumberId(text, opts);
  return r.ok ? r.value : null;
}

const NOT_AVAILABLE = new Set([
  'n/a',
  'na',
  'n.a.',
  'n.a',
  '-',
  '–',
  '—',
  'tidak tersedia',
  'belum tersedia',
  'tidak ada data',
  'not available',
]);

/** "N/A", "NA", "-", "tidak tersedia"…: how tables say a baseline was not measured. */
export function isNotAvailableText(text: string): boolean {
  return NOT_AVAILABLE.has(text.trim().replace(/\s+/g, ' ').toLowerCase());
}

// ——— scale helpers ———

export interface ScaleBounds {
  min: number | null;
  max: number | null;
}

/**
 * Bounds a number must respect. Currency and count scales without a declared minimum still cannot go
 * below zero: a negative rupiah budget or a negative number of units is a typing error, not data.
 */
export function scaleBounds(scale: Exclude<Scale, OrdinalScale>): ScaleBounds {
  const min = scale.min ?? (scale.kind === 'numeric' ? null : 0);
  return { min, max: scale.max };
}

function normaliseCode(code: string): string {
  return code.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The level of an ordinal scale with this code, compared case-insensitively. */
export function levelOf(scale: OrdinalScale, code: string): ScaleLevel | undefined {
  const wanted = normaliseCode(code);
  return scale.levels.find((l) => normaliseCode(l.code) === wanted);
}

/** The named band (predikat) a number falls in, e.g. 52,94 on the SAKIP scale → CC. */
export function bandOf(scale: NumericScale, value: number): ScaleBand | undefined {
  return scale.bands?.find(
    (b) => (b.minInclusive ? value >= b.min : value > b.min) && (b.maxInclusive ? value <= b.max : value < b.max),
  );
}

function fmt(n: number, locale: Locale): string {
  return formatNumber(n, locale, { maxDecimals: 6 });
}

function boundsText(b: ScaleBounds, locale: Locale): string {
  if (b.min !== null && b.max !== null) return `${fmt(b.min, locale)}–${fmt(b.max, locale)}`;
  if (b.min !== null) return `≥ ${fmt(b.min, locale)}`;
  if (b.max !== null) return `≤ ${fmt(b.max, locale)}`;
  return locale === 'id' ? 'tanpa batas' : 'unbounded';
}

/** "1–5", "≥ 0": the range of a numeric scale, in words for messages. */
export function scaleRangeText(scale: Scale): LocalizedText {
  if (scale.kind === 'ordinal') {
    const codes = [...scale.levels]
      .sort((a, b) => a.rank - b.rank)
      .map((l) => l.code)
      .join(', ');
    return { id: codes, en: codes };
  }
  const b = scaleBounds(scale);
  return { id: boundsText(b, 'id'), en: boundsText(b, 'en') };
}

// ——— parsing against a scale ———

export type ValueIssueCode =
  | 'EMPTY'
  | 'NOT_AVAILABLE'
  | 'NOT_A_NUMBER'
  | 'AMBIGUOUS_NUMBER'
  | 'LEVEL_NOT_IN_SCALE'
  | 'NOT_AN_INTEGER'
  | 'NEGATIVE_NOT_ALLOWED'
  | 'VALUE_OUT_OF_SCALE'
  | 'KIND_MISMATCH';

export type ValueParse =
  { ok: true; value: IndicatorValue } | { ok: false; code: ValueIssueCode; message: LocalizedText };

const fail = (code: ValueIssueCode, id: string, en: string): ValueParse => ({ ok: false, code, message: { id, en } });

function matchLevel(scale: OrdinalScale, raw: string): ScaleLevel | undefined {
  // A trailing asterisk is a footnote mark in the Lampiran ("WTP*"), not part of the level.
  const text = raw.replace(/\*+$/, '').trim();
  const wanted = normaliseCode(text);
  return (
    levelOf(scale, text) ??
    scale.levels.find((l) => normaliseCode(l.label) === wanted) ??
    // The national portal writes levels as "Level 3"; accept it when the scale's codes are bare.
    (/^level\s+/i.test(text) ? levelOf(scale, text.replace(/^level\s+/i, '')) : undefined)
  );
}

function levelList(scale: OrdinalScale): string {
  return [...scale.levels]
    .sort((a, b) => a.rank - b.rank)
    .map((l) => l.code)
    .join(', ');
}

/**
 * Typed value for a cell or form field on `scale`. Ordinal scales accept a level code or label
 * (any case); other scales accept a number (Excel) or Indonesian number text. Bounds are not checked
 * here (see the file comment); whole-number and sign rules of currency and count scales are.
 */
export function parseValueForScale(input: string | number, scale: Scale): ValueParse {
  const text = typeof input === 'number' ? String(input) : input.trim();
  if (typeof input === 'string') {
    if (text === '') return fail('EMPTY', 'Nilai belum diisi.', 'The value is empty.');
    if (isNotAvailableText(text)) {
      return fail('NOT_AVAILABLE', 'Nilai ditulis "tidak tersedia" (N/A).', 'The value is marked not available (N/A).');
    }
  }

  if (scale.kind === 'ordinal') {
    const level = matchLevel(scale, text);
    if (!level) {
      return fail(
        'LEVEL_NOT_IN_SCALE',
        `"${text}" bukan tingkat pada skala ${scale.name}. Pilih salah satu: ${levelList(scale)}.`,
        `"${text}" is not a level of the scale ${scale.name}. Choose one of: ${levelList(scale)}.`,
      );
    }
    return { ok: true, value: { kind: 'level', code: level.code } };
  }

  const whole = scale.kind !== 'numeric' || scale.decimals === 0;
  let n: number;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return fail('NOT_A_NUMBER', 'Nilai bukan angka.', 'The value is not a number.');
    n = input;
  } else {
    const r = readNumberId(text, { wholeNumbers: whole });
    if (r.ok) {
      n = r.value;
    } else if (r.reason === 'ambiguous') {
      return fail(
        'AMBIGUOUS_NUMBER',
        `"${text}" bisa berarti ribuan atau desimal. Tulis desimal dengan koma (mis. 1,234) dan ribuan tanpa titik (1234).`,
        `"${text}" could be thousands or a decimal. Write decimals with a comma (e.g. 1,234) and thousands without a dot (1234).`,
      );
    } else {
      const band =
        scale.kind === 'numeric' ? scale.bands?.find((b) => normaliseCode(b.code) === normaliseCode(text)) : undefined;
      return band
        ? fail(
            'NOT_A_NUMBER',
            `"${text}" adalah predikat pada skala ${scale.name}; isi nilai angkanya (mis. ${fmt(band.min, 'id')}–${fmt(band.max, 'id')}).`,
            `"${text}" is a grade of the scale ${scale.name}; enter the numeric score (e.g. ${fmt(band.min, 'en')}–${fmt(band.max, 'en')}).`,
          )
        : fail(
            'NOT_A_NUMBER',
            `"${text}" bukan angka. Gunakan koma untuk desimal, mis. 21,78.`,
            `"${text}" is not a number. Use a comma or a dot for decimals, e.g. 21,78.`,
          );
    }
  }
  if (scale.kind !== 'numeric') {
    if (!Number.isInteger(n)) {
      return fail(
        'NOT_AN_INTEGER',
        `Skala ${scale.name} memakai bilangan bulat; ${fmt(n, 'id')} memiliki desimal.`,
        `The scale ${scale.name} takes whole numbers; ${fmt(n, 'en')} has decimals.`,
      );
    }
    if (n < 0 && (scale.min === null || scale.min >= 0)) {
      return fail(
        'NEGATIVE_NOT_ALLOWED',
        `Skala ${scale.name} tidak boleh bernilai negatif.`,
        `The scale ${scale.name} cannot be negative.`,
      );
    }
  }
  return { ok: true, value: { kind: 'number', value: n } };
}

// ——— checking and comparing typed values ———

export type ScaleCheck =
  | { ok: true }
  | {
      ok: false;
      code: 'KIND_MISMATCH' | 'LEVEL_NOT_IN_SCALE' | 'VALUE_OUT_OF_SCALE' | 'NOT_AN_INTEGER';
      message: LocalizedText;
    };

/** A bare number against a numeric/currency/count scale: bounds and whole-number rule. */
export function checkNumberInScale(n: number, scale: Exclude<Scale, OrdinalScale>): ScaleCheck {
  const b = scaleBounds(scale);
  if ((b.min !== null && n < b.min) || (b.max !== null && n > b.max)) {
    return {
      ok: false,
      code: 'VALUE_OUT_OF_SCALE',
      message: {
        id: `Nilai ${fmt(n, 'id')} di luar rentang skala ${scale.name} (${boundsText(b, 'id')}).`,
        en: `Value ${fmt(n, 'en')} is outside the range of the scale ${scale.name} (${boundsText(b, 'en')}).`,
      },
    };
  }
  if (scale.kind !== 'numeric' && !Number.isInteger(n)) {
    return {
      ok: false,
      code: 'NOT_AN_INTEGER',
      message: {
        id: `Skala ${scale.name} memakai bilangan bulat; ${fmt(n, 'id')} memiliki desimal.`,
        en: `The scale ${scale.name} takes whole numbers; ${fmt(n, 'en')} has decimals.`,
      },
    };
  }
  return { ok: true };
}

/** Whether a stored value can be read on `scale`: right kind, known level, inside the bounds. */
export function checkValueInScale(value: IndicatorValue, scale: Scale): ScaleCheck {
  if (scale.kind === 'ordinal') {
    if (value.kind !== 'level') {
      return {
        ok: false,
        code: 'KIND_MISMATCH',
        message: {
          id: `Skala ${scale.name} berupa tingkat (${levelList(scale)}), tetapi nilainya angka ${fmt(value.value, 'id')}.`,
          en: `The scale ${scale.name} is ordinal (${levelList(scale)}), but the value is the number ${fmt(value.value, 'en')}.`,
        },
      };
    }
    if (!levelOf(scale, value.code)) {
      return {
        ok: false,
        code: 'LEVEL_NOT_IN_SCALE',
        message: {
          id: `"${value.code}" bukan tingkat pada skala ${scale.name} (${levelList(scale)}).`,
          en: `"${value.code}" is not a level of the scale ${scale.name} (${levelList(scale)}).`,
        },
      };
    }
    return { ok: true };
  }
  if (value.kind !== 'number') {
    return {
      ok: false,
      code: 'KIND_MISMATCH',
      message: {
        id: `Skala ${scale.name} berupa angka, tetapi nilainya kode tingkat "${value.code}".`,
        en: `The scale ${scale.name} is numeric, but the value is the level code "${value.code}".`,
      },
    };
  }
  return checkNumberInScale(value.value, scale);
}

/**
 * Position of `a` relative to `b` on the scale (negative: a is lower, 0: same, positive: higher), by
 * number or by level rank. This is order on the scale, not quality: the caller applies polarity.
 * null when the two cannot be compared (different kinds, unknown level).
 */
export function compareValues(a: IndicatorValue, b: IndicatorValue, scale: Scale): number | null {
  if (a.kind === 'number' && b.kind === 'number') {
    return scale.kind === 'ordinal' ? null : Math.sign(a.value - b.value);
  }
  if (a.kind === 'level' && b.kind === 'level' && scale.kind === 'ordinal') {
    const la = levelOf(scale, a.code);
    const lb = levelOf(scale, b.code);
    return la && lb ? Math.sign(la.rank - lb.rank) : null;
  }
  return null;
}

/** Same value: numbers within rounding noise, level codes regardless of case and spacing. */
export function valuesEqual(a: IndicatorValue, b: IndicatorValue): boolean {
  if (a.kind === 'number' && b.kind === 'number') {
    return Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value), Math.abs(b.value));
  }
  if (a.kind === 'level' && b.kind === 'level') return normaliseCode(a.code) === normaliseCode(b.code);
  return false;
}
