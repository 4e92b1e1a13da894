// How indicator values, baselines, targets and PD lists look in a visible table cell, and how such
// a cell is read back. Export and import share these rules so a cell written is a cell understood.
import type { Baseline, IndicatorValue, PerangkatDaerah, Scale, Target } from '../../../domain/roadmap/types.ts';

export type CellContent = string | number | null;

export const NA_TEXT = 'N/A';

/** Digits after the decimal point of a JS number, so 21.78 keeps two and 100 keeps none. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const s = String(value);
  const exp = /e-(\d+)$/.exec(s);
  if (exp) return Number(exp[1]) + (s.split('e')[0]?.split('.')[1]?.length ?? 0);
  return s.split('.')[1]?.length ?? 0;
}

/**
 * Excel number format for a value: thousands grouping plus the value's own decimals. Excel shows
 * the separators of the reader's locale, so id-ID users see "527.562.744.023" and "21,78".
 */
export function numberFormatFor(value: number, scale: Scale | undefined): string {
  if (scale && scale.kind !== 'numeric') return '#,##0';
  const d = Math.min(decimalsOf(value), 10);
  return d === 0 ? '#,##0' : `#,##0.${'0'.repeat(d)}`;
}

export const valueCell = (v: IndicatorValue): CellContent => (v.kind === 'number' ? v.value : v.code);

export const baselineCell = (b: Baseline): CellContent => (b.status === 'not_available' ? NA_TEXT : valueCell(b.value));

/** Indonesian text of a number for cells that must be text (a band "60 – 70"). */
export const numberText = (n: number): string => String(n).replace('.', ',');

export function targetCell(t: Target): CellContent {
  if (t.type === 'point') return valueCell(t.value);
  return `${numberText(t.min)} – ${numberText(t.max)}`;
}

/** "A", "A dan B", "A, B dan C": the way the Lampiran lists responsible PDs. */
export function joinPdNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} dan ${names[names.length - 1]}`;
}

/** The Lampiran prints acronyms for some units (BP4D, BKPSDM) and full names for the others. */
export function printedPdName(pd: PerangkatDaerah): string {
  return /^[A-Z0-9]{2,}$/.test(pd.shortName) && /[A-Z]/.test(pd.shortName) ? pd.shortName : pd.name;
}

const PD_WORD =
  /^(dinas|badan|bagian|inspektorat|sekretariat|sekretaris|kecamatan|kantor|satuan|satpol|rsud|rumah sakit|unit|kelurahan|biro|staf|asisten|dprd|bupati|wakil)\b/i;
const ACRONYM = /^[A-Z][A-Z0-9]{2,}\b/;

/** Does text at this point start a new unit name (so a "dan" or comma before it separates two)? */
function startsPdName(text: string, knownLower: string[]): boolean {
  const lower = text.toLowerCase();
  return PD_WORD.test(text) || ACRONYM.test(text) || knownLower.some((k) => lower.startsWith(k));
}

const normalise = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Splits a printed PD list. Names themselves contain "dan" and commas ("Dinas Pertanian dan
 * Ketahanan Pangan", "Dinas Perumahan, Kawasan Permukiman dan Pertanahan"), so a separator only
 * counts when a known name or a unit-like word (Dinas, Badan, an acronym…) follows it.
 */
export function splitPdNames(text: string, knownNames: string[]): string[] {
  const known = [...new Set(knownNames.map(normalise).filter((k) => k.length > 0))].sort((a, b) => b.length - a.length);
  const knownLower = known.map((k) => k.toLowerCase());
  const s = normalise(text);
  const out: string[] = [];
  const sep = /^(\s*,\s*dan\s+|\s*,\s*|\s+dan\s+|\s*;\s*|\s*&\s*)/i;
  let pos = 0;
  while (pos < s.length) {
    const lead = /^(\s*,\s*|\s*;\s*|dan\s+|\s+)/i.exec(s.slice(pos));
    if (lead && lead[0].length > 0 && (out.length > 0 || lead[0].trim() !== 'dan')) {
      pos += lead[0].length;
      continue;
    }
    const rest = s.slice(pos);
    const restLower = rest.toLowerCase();
    const hit = knownLower.findIndex((k, i) => {
      if (!restLower.startsWith(k)) return false;
      const after = rest.slice(known[i]!.length);
      return after.length === 0 || sep.test(after);
    });
    if (hit >= 0) {
      out.push(rest.slice(0, known[hit]!.length));
      pos += known[hit]!.length;
      continue;
    }
    let cut = rest.length;
    const re = /\s*,\s*dan\s+|\s*,\s*|\s+dan\s+|\s*;\s*|\s*&\s*/gi;
    for (let m = re.exec(rest); m; m = re.exec(rest)) {
      if (m.index > 0 && startsPdName(rest.slice(m.index + m[0].length), knownLower)) {
        cut = m.index;
        break;
      }
    }
    out.push(rest.slice(0, cut).trim());
    pos += cut;
  }
  return out.filter((n) => n.length > 0);
}
