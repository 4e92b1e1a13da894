// Reading Indonesian numbers and cell text into typed values, and checking them against scales.
import { describe, expect, it } from 'vitest';
import { SAMPLE_SCALES } from './fixtures.ts';
import type { Scale } from './types.ts';
import {
  bandOf,
  checkValueInScale,
  compareValues,
  isNotAvailableText,
  parseNumberId,
  parseValueForScale,
  readNumberId,
  valuesEqual,
} from './values.ts';

function scale(code: string): Scale {
  const s = SAMPLE_SCALES.find((x) => x.code === code);
  if (!s) throw new Error(code);
  return s;
}

describe('parseNumberId', () => {
  it.each([
    ['21,78', 21.78],
    ['527.562.744.023', 527562744023],
    ['Rp527.562.744.023', 527562744023],
    ['Rp. 527.562.744.023', 527562744023],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['75', 75],
    ['-1,9', -1.9],
    ['−1,9', -1.9],
    ['85.00', 85],
    ['1.15', 1.15],
    ['3.77', 3.77],
    ['0.125', 0.125],
    ['1234.567', 1234.567],
    ['1,234', 1.234],
    ['1,234,567', 1234567],
    [' 21,78 % ', 21.78],
    ['100%', 100],
  ])('reads %s as %d', (text, expected) => {
    expect(parseNumberId(text)).toBe(expected);
  });

  it.each(['', 'abc', '1.2.3', '1,23,4', '1 234', '12a', ',5', '5,', 'Rp'])('refuses %j', (text) => {
    expect(parseNumberId(text)).toBeNull();
  });

  it('refuses a lone dot before three digits as ambiguous, unless whole numbers are expected', () => {
    expect(readNumberId('1.234')).toEqual({ ok: false, reason: 'ambiguous' });
    expect(parseNumberId('1.234', { wholeNumbers: true })).toBe(1234);
    expect(parseNumberId('Rp1.000')).toBe(1000);
  });
});

describe('isNotAvailableText', () => {
  it.each(['N/A', 'n/a', 'NA', '-', '—', 'tidak tersedia', ' Tidak  Tersedia '])('%j is not available', (t) => {
    expect(isNotAvailableText(t)).toBe(true);
  });
  it.each(['0', '', 'nada', 'WTP'])('%j is not', (t) => {
    expect(isNotAvailableText(t)).toBe(false);
  });
});

describe('parseValueForScale', () => {
  it('reads numbers from text and from Excel numbers', () => {
    expect(parseValueForScale('21,78', scale('persen'))).toEqual({ ok: true, value: { kind: 'number', value: 21.78 } });
    expect(parseValueForScale(21.78, scale('persen'))).toEqual({ ok: true, value: { kind: 'number', value: 21.78 } });
    expect(parseValueForScale('Rp527.562.744.023', scale('rupiah'))).toEqual({
      ok: true,
      value: { kind: 'number', value: 527562744023 },
    });
  });

  it('keeps values outside the scale: bounds are checked separately', () => {
    expect(parseValueForScale('5,05', scale('indeks_spbe'))).toEqual({
      ok: true,
      value: { kind: 'number', value: 5.05 },
    });
  });

  it('treats a lone dot before three digits as thousands on whole-number scales', () => {
    expect(parseValueForScale('1.000', scale('rupiah'))).toEqual({ ok: true, value: { kind: 'number', value: 1000 } });
    const r = parseValueForScale('1.234', scale('persen'));
    expect(r.ok ? null : r.code).toBe('AMBIGUOUS_NUMBER');
  });

  it('accepts ordinal levels by code or label in any case, and footnote marks', () => {
    const opini = scale('opini_bpk');
    for (const input of ['WTP', 'wtp', ' Wtp ', 'Wajar Tanpa Pengecualian', 'WTP*']) {
      expect(parseValueForScale(input, opini)).toEqual({ ok: true, value: { kind: 'level', code: 'WTP' } });
    }
  });

  it.each([
    ['', 'persen', 'EMPTY'],
    ['N/A', 'persen', 'NOT_AVAILABLE'],
    ['banyak', 'persen', 'NOT_A_NUMBER'],
    ['BAIK', 'indeks_spbe', 'NOT_A_NUMBER'],
    ['A', 'opini_bpk', 'LEVEL_NOT_IN_SCALE'],
    ['2,5', 'jumlah_unit', 'NOT_AN_INTEGER'],
    ['-3', 'jumlah_unit', 'NEGATIVE_NOT_ALLOWED'],
    ['-Rp1.000', 'rupiah', 'NEGATIVE_NOT_ALLOWED'],
  ])('%j on %s fails with %s', (input, code, expected) => {
    const r = parseValueForScale(input, scale(code));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(expected);
      expect(r.message.id).not.toBe('');
      expect(r.message.en).not.toBe(r.message.id);
    }
  });

  it('names the grade when a band code is typed on a numeric scale', () => {
    const r = parseValueForScale('BAIK', scale('indeks_spbe'));
    expect(r.ok ? '' : r.message.id).toContain('predikat');
  });

  it('lists the valid levels when a level is unknown', () => {
    const r = parseValueForScale('A', scale('opini_bpk'));
    expect(r.ok ? '' : r.message.id).toContain('TMP, TW, WDP, WTP');
  });
});

describe('checkValueInScale', () => {
  it('gives the bounds when a value is out of scale', () => {
    const r = checkValueInScale({ kind: 'number', value: 5.05 }, scale('indeks_spbe'));
    expect(r).toEqual({
      ok: false,
      code: 'VALUE_OUT_OF_SCALE',
      message: {
        id: 'Nilai 5,05 di luar rentang skala Indeks SPBE (1–5).',
        en: 'Value 5.05 is outside the range of the scale Indeks SPBE (1–5).',
      },
    });
    expect(checkValueInScale({ kind: 'number', value: 5 }, scale('indeks_spbe'))).toEqual({ ok: true });
  });

  it('treats open currency and count scales as non-negative whole numbers', () => {
    const r = checkValueInScale({ kind: 'number', value: -1 }, scale('jumlah_unit'));
    expect(r.ok ? '' : r.code).toBe('VALUE_OUT_OF_SCALE');
    const r2 = checkValueInScale({ kind: 'number', value: 1.5 }, scale('jumlah_unit'));
    expect(r2.ok ? '' : r2.code).toBe('NOT_AN_INTEGER');
    expect(checkValueInScale({ kind: 'number', value: 1e15 }, scale('rupiah'))).toEqual({ ok: true });
  });

  it('reports unknown levels and kind mismatches', () => {
    const r = checkValueInScale({ kind: 'level', code: 'A' }, scale('opini_bpk'));
    expect(r.ok ? '' : r.code).toBe('LEVEL_NOT_IN_SCALE');
    const r2 = checkValueInScale({ kind: 'number', value: 3 }, scale('opini_bpk'));
    expect(r2.ok ? '' : r2.code).toBe('KIND_MISMATCH');
    const r3 = checkValueInScale({ kind: 'level', code: 'WTP' }, scale('persen'));
    expect(r3.ok ? '' : r3.code).toBe('KIND_MISMATCH');
    expect(checkValueInScale({ kind: 'level', code: 'wtp' }, scale('opini_bpk'))).toEqual({ ok: true });
  });
});

describe('compareValues and valuesEqual', () => {
  it('compares ordinal levels by rank, not alphabetically', () => {
    const opini = scale('opini_bpk');
    expect(compareValues({ kind: 'level', code: 'WTP' }, { kind: 'level', code: 'WDP' }, opini)).toBe(1);
    expect(compareValues({ kind: 'level', code: 'TW' }, { kind: 'level', code: 'WDP' }, opini)).toBe(-1);
    expect(compareValues({ kind: 'level', code: 'TW' }, { kind: 'level', code: 'XX' }, opini)).toBeNull();
  });

  it('compares numbers and refuses mixed kinds', () => {
    const p = scale('persen');
    expect(compareValues({ kind: 'number', value: 19.37 }, { kind: 'number', value: 21.78 }, p)).toBe(-1);
    expect(compareValues({ kind: 'number', value: 2 }, { kind: 'number', value: 2 }, p)).toBe(0);
    expect(compareValues({ kind: 'number', value: 2 }, { kind: 'level', code: 'A' }, p)).toBeNull();
  });

  it('treats rounding noise and code case as equal', () => {
    expect(valuesEqual({ kind: 'number', value: 0.1 + 0.2 }, { kind: 'number', value: 0.3 })).toBe(true);
    expect(valuesEqual({ kind: 'number', value: 78.9 }, { kind: 'number', value: 76.49 })).toBe(false);
    expect(valuesEqual({ kind: 'level', code: 'wtp' }, { kind: 'level', code: 'WTP' })).toBe(true);
    expect(valuesEqual({ kind: 'level', code: '1' }, { kind: 'number', value: 1 })).toBe(false);
  });
});

describe('bandOf', () => {
  it('respects inclusive and exclusive limits', () => {
    const spbe = scale('indeks_spbe');
    if (spbe.kind !== 'numeric') throw new Error('numeric expected');
    expect(bandOf(spbe, 1.79)?.code).toBe('KURANG');
    expect(bandOf(spbe, 1.8)?.code).toBe('CUKUP');
    expect(bandOf(spbe, 5)?.code).toBe('BAIK');
    expect(bandOf(spbe, 5.05)).toBeUndefined();
  });
});
