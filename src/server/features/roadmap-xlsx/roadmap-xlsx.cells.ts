// Reading raw exceljs cells as plain text or numbers (rich text, formulas, hyperlinks included),
// building located problems, and making stable keys from names for files that carry none.
import type ExcelJS from 'exceljs';
import type { XlsxProblem } from './roadmap-xlsx.layout.ts';

export type RawCell = string | number | null;

function fromValue(v: unknown): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) {
      return fromValue(
        (o.richText as { text?: unknown }[]).map((t) => (typeof t.text === 'string' ? t.text : '')).join(''),
      );
    }
    if ('formula' in o || 'sharedFormula' in o) return fromValue(o.result);
    if ('hyperlink' in o) return fromValue(o.text);
    if ('error' in o) return typeof o.error === 'string' ? o.error : '#ERROR';
  }
  return null;
}

/** A cell's value as a number, text (verbatim), or null when blank. Merged slaves give the master's value. */
export const cellRaw = (cell: ExcelJS.Cell): RawCell => fromValue(cell.value);

export function cellText(cell: ExcelJS.Cell): string {
  const v = cellRaw(cell);
  return v === null ? '' : String(v).replace(/\s+/g, ' ').trim();
}

export function problem(
  sheet: string,
  row: number | null,
  column: string | null,
  code: string,
  severity: 'error' | 'warning',
  id: string,
  en: string,
): XlsxProblem {
  return { sheet, row, column, code, message: { id, en }, severity };
}

/** Lower-case, accents and punctuation removed, words joined by "-"; capped so keys stay readable. */
export function slugify(text: string, max = 60): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/<[^>]*>/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = s.length > max ? s.slice(0, max).replace(/-[^-]*$/, '') : s;
  return cut || 'x';
}

/** A key not yet in `taken` (adds it): "nama", then "nama-2", "nama-3"… */
export function uniqueKey(base: string, taken: Set<string>): string {
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  taken.add(key);
  return key;
}

/** Text compared for identity: case, spacing and trailing footnote marks do not matter. */
export const sameText = (a: string, b: string): boolean => normaliseName(a) === normaliseName(b);
export const normaliseName = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
