// Turns a table cell into a value on an indicator's scale (number, level code, band or N/A) using
// the domain's value rules, and infers scale and polarity for indicators that arrive without metadata.
import { findScale } from '../../../domain/catalogue/scales.ts';
import { normaliseUnit } from '../../../domain/roadmap/units.ts';
import { isNotAvailableText, parseNumberId, parseValueForScale } from '../../../domain/roadmap/values.ts';
import type { IndicatorValue, Polarity, Scale } from '../../../domain/roadmap/types.ts';
import type { RawCell } from './roadmap-xlsx.cells.ts';

export type CellValueParse =
  | { kind: 'empty' }
  | { kind: 'na' }
  | { kind: 'value'; value: IndicatorValue }
  | { kind: 'band'; min: number; max: number }
  | { kind: 'error'; code: string; id: string; en: string };

/** "60 – 70", "2,5–3,5": a target band (a hyphen needs spaces around it, else it could be a sign). */
const BAND = /^(.+?)\s+[-–—]\s+(.+)$|^([^–—]+?)\s*[–—]\s*([^–—]+)$/;

/** The cell read on the scale; never throws, errors come back as a value to report. */
export function parseCellValue(raw: RawCell, scale: Scale): CellValueParse {
  if (raw === null) return { kind: 'empty' };
  if (typeof raw === 'string' && isNotAvailableText(raw)) return { kind: 'na' };
  if (typeof raw === 'string' && scale.kind !== 'ordinal') {
    const band = BAND.exec(raw.trim());
    if (band) {
      const whole = { wholeNumbers: scale.kind !== 'numeric' || scale.decimals === 0 };
      const min = parseNumberId((band[1] ?? band[3] ?? '').replace(/\*+$/, ''), whole);
      const max = parseNumberId((band[2] ?? band[4] ?? '').replace(/\*+$/, ''), whole);
      if (min !== null && max !== null) return { kind: 'band', min, max };
    }
  }
  // A trailing "*" is a footnote mark of the printed table ("WTP*"), not part of the value.
  const input = typeof raw === 'string' ? raw.trim().replace(/\s*\*+$/, '') : raw;
  const r = parseValueForScale(input, scale);
  if (r.ok) return { kind: 'value', value: r.value };
  if (r.code === 'NOT_AVAILABLE') return { kind: 'na' };
  if (r.code === 'EMPTY') return { kind: 'empty' };
  return { kind: 'error', code: r.code, id: r.message.id, en: r.message.en };
}

const PERCENT = new Set(['persen', '%', 'persentase', 'prosentase', 'percent']);
const RUPIAH = new Set(['rp', 'rupiah', 'idr']);

/**
 * Scale of an indicator known only by its printed unit and cells: Predikat → predikat_akip,
 * Opini → opini_bpk, Persen → persen (persen_bebas when a value exceeds 100), Rp → rupiah,
 * Kategori with letters → kategori_irh, Level → level_spip, Unit Kerja → jumlah_unit_kerja,
 * anything else → angka.
 */
export function inferScale(unit: string, raws: RawCell[]): Scale {
  const u = normaliseUnit(unit);
  const texts = raws.filter((r): r is string => typeof r === 'string' && !isNotAvailableText(r));
  const numbers = raws.flatMap((r) =>
    typeof r === 'number' ? [r] : typeof r === 'string' ? [parseNumberId(r) ?? Number.NaN] : [],
  );
  let code = 'angka';
  if (u === 'predikat') code = 'predikat_akip';
  else if (u === 'opini') code = 'opini_bpk';
  else if (PERCENT.has(u)) code = numbers.some((n) => n > 100) ? 'persen_bebas' : 'persen';
  else if (RUPIAH.has(u)) code = 'rupiah';
  else if (u === 'kategori' && texts.some((t) => /^[a-z]{1,3}\*?$/i.test(t.trim()))) code = 'kategori_irh';
  else if (u === 'level') code = 'level_spip';
  else if (u === 'unit kerja') code = 'jumlah_unit_kerja';
  const scale = findScale(code) ?? findScale('angka');
  if (!scale) throw new Error(`scale catalogue lacks ${code}`);
  return scale;
}

/** Ordinal scales are ordinal; a final target below a numeric baseline means lower is better. */
export function inferPolarity(
  scale: Scale,
  baseline: IndicatorValue | null,
  finalTarget: IndicatorValue | null,
): Polarity {
  if (scale.kind === 'ordinal') return 'ordinal';
  if (baseline?.kind === 'number' && finalTarget?.kind === 'number' && finalTarget.value < baseline.value)
    return 'lower_is_better';
  return 'higher_is_better';
}
