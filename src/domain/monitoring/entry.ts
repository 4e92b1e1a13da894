// The rules of one realisasi entry, before anything is stored: numbers typed the Indonesian way
// ("21,78"), an indicator's value in its scale, the optional numerator/denominator of a percentage
// (both or neither; the value, if typed too, must agree with them), and an action plan's output and
// budget (not negative). Messages are Indonesian, as the API answers them field by field.
import type { IndicatorValue, Scale } from '../roadmap/types.ts';
import { checkValueInScale, parseNumberId, parseValueForScale } from '../roadmap/values.ts';

export interface EntryFieldError {
  field: string;
  code: string;
  message: string;
}

export type Typed = string | number | null | undefined;

/** A typed number, or null when empty; a problem is added to `fields`. */
export function readEntryNumber(field: string, v: Typed, fields: EntryFieldError[], opts: { min?: number } = {}) {
  if (v === null || v === undefined || v === '') return null;
  const n = typeof v === 'number' ? v : parseNumberId(v);
  if (n === null || !Number.isFinite(n)) {
    fields.push({
      field,
      code: 'NOT_A_NUMBER',
      message: `"${v}" bukan angka. Gunakan koma untuk desimal, mis. 21,78.`,
    });
    return null;
  }
  if (opts.min !== undefined && n < opts.min)
    fields.push({ field, code: 'NEGATIVE_NOT_ALLOWED', message: 'Nilai tidak boleh negatif.' });
  return n;
}

/** numerator / denominator × 100, rounded to 2 decimals (the value a fraction gives). */
export const percentOfFraction = (num: number, den: number) => Math.round((num / den) * 100 * 100) / 100;

export type IndicatorEntry =
  | { ok: true; value: IndicatorValue; numerator: number | null; denominator: number | null }
  | { ok: false; fields: EntryFieldError[] };

function fractionOf(numerator: Typed, denominator: Typed, fields: EntryFieldError[]) {
  const num = readEntryNumber('numerator', numerator, fields, { min: 0 });
  const den = readEntryNumber('denominator', denominator, fields, { min: 0 });
  if ((num === null) !== (den === null))
    fields.push({
      field: num === null ? 'numerator' : 'denominator',
      code: 'FRACTION_INCOMPLETE',
      message: 'Isi pembilang dan penyebut keduanya, atau kosongkan keduanya.',
    });
  if (den === 0) fields.push({ field: 'denominator', code: 'DIVISION_BY_ZERO', message: 'Penyebut tidak boleh nol.' });
  return { num, den, fromFraction: num !== null && den ? percentOfFraction(num, den) : null };
}

/** An indicator's entry: the value typed by its scale, or given by its numerator/denominator. */
export function checkIndicatorEntry(
  input: { value: Typed; numerator?: Typed; denominator?: Typed },
  scale: Scale,
): IndicatorEntry {
  const fields: EntryFieldError[] = [];
  const { num, den, fromFraction } = fractionOf(input.numerator, input.denominator, fields);
  let value: IndicatorValue | null = null;
  if (input.value === null || input.value === undefined || input.value === '') {
    if (fromFraction !== null) value = { kind: 'number', value: fromFraction };
  } else {
    const parsed = parseValueForScale(input.value, scale);
    if (!parsed.ok) fields.push({ field: 'value', code: parsed.code, message: parsed.message.id });
    else {
      const inScale = checkValueInScale(parsed.value, scale);
      if (!inScale.ok) fields.push({ field: 'value', code: inScale.code, message: inScale.message.id });
      value = parsed.value;
      if (fromFraction !== null && value.kind === 'number' && Math.abs(value.value - fromFraction) > 0.01) {
        fields.push({
          field: 'value',
          code: 'FRACTION_MISMATCH',
          message: `Nilai tidak sama dengan pembilang/penyebut × 100 (${String(fromFraction).replace('.', ',')}).`,
        });
      }
    }
  }
  if (value === null && !fields.length)
    fields.push({ field: 'value', code: 'VALUE_REQUIRED', message: 'Nilai realisasi wajib diisi.' });
  if (fields.length || value === null) return { ok: false, fields };
  return { ok: true, value, numerator: num, denominator: den };
}

/** An action plan's output realised: a number, not negative, required. */
export function checkPlanOutput(value: Typed): { ok: true; value: number } | { ok: false; fields: EntryFieldError[] } {
  const fields: EntryFieldError[] = [];
  const n = readEntryNumber('value', value, fields, { min: 0 });
  if (n === null && !fields.length)
    fields.push({ field: 'value', code: 'VALUE_REQUIRED', message: 'Realisasi output wajib diisi.' });
  return fields.length || n === null ? { ok: false, fields } : { ok: true, value: n };
}

/**
 * Segregation of duties (issue #12): the person who entered or submitted a realisasi may neither
 * verify nor return it. Rows from before the rule have no names recorded and are not judged.
 */
export function mayVerifyRealisasi(
  actor: string,
  row: { enteredBy: string | null; submittedBy: string | null },
): boolean {
  return actor !== row.enteredBy && actor !== row.submittedBy;
}
