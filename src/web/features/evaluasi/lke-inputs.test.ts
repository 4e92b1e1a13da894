import { describe, expect, it } from 'vitest';
import type { LkeConfig, LkeLine } from '../../../domain/evaluasi/lke-types.ts';
import { parseRawText, rawToText, readLineValue, sameRaw, treeRows } from './lke-inputs.ts';

const line: LkeLine = { kind: 'line', code: '1A', name: 'Indeks', weight: 5, min: 0, max: 100 };
const levels: LkeLine = {
  ...line,
  code: '2B',
  max: 1,
  levels: [{ code: 'WTP', label: 'Wajar tanpa pengecualian', value: 1 }],
};

describe('raw values as input text', () => {
  it('writes numbers with the Indonesian decimal comma and no thousands dots, and reads them back', () => {
    expect(rawToText({ kind: 'number', value: 55.66 })).toBe('55,66');
    expect(rawToText({ kind: 'number', value: 1234.5 })).toBe('1234,5');
    expect(rawToText(null)).toBe('');
    expect(parseRawText(line, '55,66')).toEqual({ ok: true, raw: { kind: 'number', value: 55.66 } });
    expect(parseRawText(line, ' ')).toEqual({ ok: true, raw: null });
    expect(parseRawText(line, 'abc')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseRawText(levels, 'WTP')).toEqual({ ok: true, raw: { kind: 'level', code: 'WTP' } });
  });

  it('compares raw values by content', () => {
    expect(sameRaw({ kind: 'number', value: 1 }, { kind: 'number', value: 1 })).toBe(true);
    expect(sameRaw({ kind: 'number', value: 1 }, null)).toBe(false);
  });
});

describe('readLineValue', () => {
  it('refuses a value outside the line range with the server message', () => {
    expect(readLineValue(line, '120')).toEqual({
      ok: false,
      reason: 'rule',
      message: 'Nilai 120 di luar rentang baris 1A (0–100).',
    });
  });

  it('accepts a value within the range, an empty input and a known level; refuses an unknown level', () => {
    expect(readLineValue(line, '100')).toEqual({ ok: true, raw: { kind: 'number', value: 100 } });
    expect(readLineValue(line, '')).toEqual({ ok: true, raw: null });
    expect(readLineValue(levels, 'WTP').ok).toBe(true);
    expect(readLineValue(levels, 'XX')).toMatchObject({ ok: false, reason: 'rule' });
  });

  it('keeps the reading failure when the text is not a number', () => {
    expect(readLineValue(line, 'x')).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('treeRows', () => {
  it('lists RB General then RB Tematik with depths', () => {
    const config = {
      general: { kind: 'component', code: 'G', name: 'General', weight: 5, children: [line] },
      tematik: { kind: 'component', code: 'T', name: 'Tematik', weight: 1, children: [levels] },
    } as unknown as LkeConfig;
    expect(treeRows(config).map((r) => [r.kind, r.depth])).toEqual([
      ['component', 0],
      ['line', 1],
      ['component', 0],
      ['line', 1],
    ]);
  });
});
