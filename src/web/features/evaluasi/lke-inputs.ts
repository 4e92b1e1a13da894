// Browser-side helpers of the worksheet: the engine's inputs from the saved lines, raw values as
// text for inputs (Indonesian decimal comma) and back, and the LKE tree flattened into table rows.
// Pure, so the worksheet, the what-if and the priorities read values the same way; a value is
// checked against its line by the server's own rule (checkLineRaw), with the server's message.
import { checkLineRaw } from '../../../domain/evaluasi/lke-raw-check.ts';
import type { LkeComponent, LkeConfig, LkeInputs, LkeLine, LkeRaw } from '../../../domain/evaluasi/lke-types.ts';
import { formatNumber, type Locale } from '../../../domain/format/number.ts';
import { readNumberId } from '../../../domain/roadmap/values.ts';
import type { Worksheet } from './evaluasi-api.ts';

export function inputsOfWorksheet(ws: Pick<Worksheet, 'lines' | 'evaluasi'>): LkeInputs {
  const lines: LkeInputs['lines'] = {};
  for (const l of ws.lines)
    lines[l.lineCode] = { raw: l.raw, ...(l.applicable === null ? {} : { applicable: l.applicable }) };
  return { lines, koefisien: ws.evaluasi.koefisien };
}

/**
 * A raw value as an input shows it: "55,66", a level code, or empty. Always the Indonesian decimal
 * comma and no thousands dots, because "1.234" would read back as ambiguous.
 */
export function rawToText(raw: LkeRaw): string {
  if (raw === null) return '';
  if (raw.kind === 'level') return raw.code;
  return numberToText(raw.value);
}

export function numberToText(value: number): string {
  return formatNumber(value, 'id', { maxDecimals: 6 }).replace(/\./g, '');
}

/** How a raw value reads in a table cell: a formatted number, or the level's code. */
export function rawDisplay(line: LkeLine, raw: LkeRaw, locale: Locale): string {
  if (raw === null) return '—';
  if (raw.kind === 'level') {
    const level = line.levels?.find((l) => l.code === raw.code);
    return level ? level.code : raw.code;
  }
  return formatNumber(raw.value, locale, { maxDecimals: 4 });
}

export type RawParse = { ok: true; raw: LkeRaw } | { ok: false; reason: 'invalid' | 'ambiguous' };

/** Reads the text of a line's input: a level code for level lines, else a number ("55,66" or "55.66"). */
export function parseRawText(line: LkeLine, text: string): RawParse {
  const s = text.trim();
  if (s === '') return { ok: true, raw: null };
  if (line.levels?.length) return { ok: true, raw: { kind: 'level', code: s } };
  const r = readNumberId(s);
  if (r.ok) return { ok: true, raw: { kind: 'number', value: r.value } };
  return { ok: false, reason: r.reason === 'ambiguous' ? 'ambiguous' : 'invalid' };
}

export type RawCheck = RawParse | { ok: false; reason: 'rule'; message: string };

/** The text of a line's input read and checked as the server will: range or level, same message. */
export function readLineValue(line: LkeLine, text: string): RawCheck {
  const parsed = parseRawText(line, text);
  if (!parsed.ok) return parsed;
  const refused = checkLineRaw(line, parsed.raw)[0];
  return refused ? { ok: false, reason: 'rule', message: refused.message } : parsed;
}

export function sameRaw(a: LkeRaw, b: LkeRaw): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export type TreeRow =
  { kind: 'component'; component: LkeComponent; depth: number } | { kind: 'line'; line: LkeLine; depth: number };

/** The LKE tree, RB General then RB Tematik, as rows in reading order with their depth. */
export function treeRows(config: LkeConfig): TreeRow[] {
  const out: TreeRow[] = [];
  const walk = (c: LkeComponent, depth: number) => {
    out.push({ kind: 'component', component: c, depth });
    for (const child of c.children) {
      if (child.kind === 'component') walk(child, depth + 1);
      else out.push({ kind: 'line', line: child, depth: depth + 1 });
    }
  };
  walk(config.general, 0);
  walk(config.tematik, 0);
  return out;
}

/** The line's code and name: "1B2a Indeks Sistem Merit". */
export const lineLabel = (line: { code: string; name: string }) => `${line.code} ${line.name}`;
