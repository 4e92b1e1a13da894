// The realisasi entry form as data: the texts a saved row starts from, the check of a typed value
// (the server's parse-and-scale rules from src/domain/roadmap/values.ts), and the request body.
import type { RealisasiBody, RealisasiDetail } from '../../../domain/contracts/monitoring.ts';
import { formatNumber } from '../../../domain/format/number.ts';
import { checkIndicatorEntry } from '../../../domain/monitoring/entry.ts';
import type { LocalizedText, Scale } from '../../../domain/roadmap/types.ts';
import { checkValueInScale, parseValueForScale } from '../../../domain/roadmap/values.ts';
import { rupiahText } from '../../shared/money-text.ts';

export interface EntryTexts {
  value: string;
  numerator: string;
  denominator: string;
  anggaran: string;
  narrative: string;
  kendala: string;
  solusi: string;
}

const numText = (n: number | null | undefined) => (n === null || n === undefined ? '' : formatNumber(n, 'id'));

/** The form's texts for a saved row (or empty for a new entry), numbers the Indonesian way. */
export function initialTexts(row: RealisasiDetail | undefined): EntryTexts {
  const v = row?.value;
  return {
    value: !v ? '' : v.kind === 'level' ? v.code : formatNumber(v.value, 'id', { maxDecimals: 6 }),
    numerator: numText(row?.numerator),
    denominator: numText(row?.denominator),
    anggaran: numText(row?.anggaranRealisasi),
    narrative: row?.narrative ?? '',
    kendala: row?.kendala ?? '',
    solusi: row?.solusi ?? '',
  };
}

export const hasFraction = (f: EntryTexts) => f.numerator.trim() !== '' || f.denominator.trim() !== '';

/**
 * What is wrong with the typed value, as the server would say it: not a value of the scale, outside
 * the scale, or (once saving was tried) missing while no numerator/denominator gives it.
 */
export function valueProblem(
  f: EntryTexts,
  scale: Scale | undefined,
  tried: boolean,
): { message: LocalizedText } | { required: true } | null {
  if (scale && f.value.trim() !== '') {
    const parsed = parseValueForScale(f.value, scale);
    if (!parsed.ok) return { message: parsed.message };
    const inScale = checkValueInScale(parsed.value, scale);
    return inScale.ok ? null : { message: inScale.message };
  }
  if (f.value.trim() === '' && !hasFraction(f) && tried) return { required: true };
  return null;
}

/**
 * The fraction's problems by field, with the server's rule (src/domain/monitoring/entry.ts): a number
 * each, both or neither, no zero denominator, and a typed value that agrees with them.
 */
export function fractionMessages(f: EntryTexts, scale: Scale | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!scale || !hasFraction(f)) return out;
  const r = checkIndicatorEntry(
    { value: f.value.trim() || null, numerator: f.numerator, denominator: f.denominator },
    scale,
  );
  if (r.ok) return out;
  for (const e of r.fields)
    if (e.field !== 'value' || e.code === 'FRACTION_MISMATCH') if (!out.has(e.field)) out.set(e.field, e.message);
  return out;
}

/** Whether the form may be sent: a value that passes, or a fraction that gives it. */
export const canSave = (f: EntryTexts, scale: Scale | undefined, isPercent = false) =>
  valueProblem(f, scale, false) === null &&
  (f.value.trim() !== '' || hasFraction(f)) &&
  (!isPercent || fractionMessages(f, scale).size === 0);

/** The request body: only the fields this kind of entry has (fraction for percentages, budget for plans). */
export function entryBody(
  f: EntryTexts,
  o: {
    periodeId: string;
    subjectType: RealisasiBody['subjectType'];
    subjectKey: string;
    isPercent: boolean;
    rowVersion: number;
  },
): RealisasiBody {
  const isPlan = o.subjectType === 'rencana_aksi';
  return {
    periodeId: o.periodeId,
    subjectType: o.subjectType,
    subjectKey: o.subjectKey,
    value: f.value.trim() === '' ? null : f.value.trim(),
    ...(o.isPercent && !isPlan
      ? { numerator: f.numerator.trim() || null, denominator: f.denominator.trim() || null }
      : {}),
    ...(isPlan ? { anggaranRealisasi: rupiahText(f.anggaran) } : {}),
    narrative: f.narrative,
    kendala: f.kendala,
    solusi: f.solusi,
    rowVersion: o.rowVersion,
  };
}
