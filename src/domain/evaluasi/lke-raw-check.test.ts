import { describe, expect, it } from 'vitest';
import type { LkeLine } from './lke-types.ts';
import { checkKoefisien, checkLineRaw } from './lke-raw-check.ts';

const numberLine: LkeLine = { kind: 'line', code: '1A', name: 'Indeks', weight: 5, min: 0, max: 4 };
const levelLine: LkeLine = {
  ...numberLine,
  code: '2B',
  min: 0,
  max: 1,
  levels: [
    { code: 'WTP', label: 'Wajar tanpa pengecualian', value: 1 },
    { code: 'WDP', label: 'Wajar dengan pengecualian', value: 0.5 },
  ],
};

describe('checkLineRaw', () => {
  it('accepts an empty value, a number within the range and a known level', () => {
    expect(checkLineRaw(numberLine, null)).toEqual([]);
    expect(checkLineRaw(numberLine, { kind: 'number', value: 0 })).toEqual([]);
    expect(checkLineRaw(numberLine, { kind: 'number', value: 4 })).toEqual([]);
    expect(checkLineRaw(levelLine, { kind: 'level', code: 'WDP' })).toEqual([]);
  });

  it('refuses a number outside the range with the Indonesian message', () => {
    expect(checkLineRaw(numberLine, { kind: 'number', value: 4.5 })).toEqual([
      { field: 'raw', code: 'OUT_OF_RANGE', message: 'Nilai 4,5 di luar rentang baris 1A (0–4).' },
    ]);
  });

  it('refuses the wrong kind of value and an unknown level', () => {
    expect(checkLineRaw(numberLine, { kind: 'level', code: 'WTP' })[0]?.code).toBe('NUMBER_REQUIRED');
    expect(checkLineRaw(levelLine, { kind: 'number', value: 1 })[0]?.code).toBe('LEVEL_REQUIRED');
    expect(checkLineRaw(levelLine, { kind: 'level', code: 'TMP' })).toEqual([
      { field: 'raw', code: 'UNKNOWN_LEVEL', message: 'Tingkat "TMP" tidak dikenal untuk baris 2B; pilih WTP, WDP.' },
    ]);
  });
});

describe('checkKoefisien', () => {
  it('accepts a value within the range or none, and refuses one outside with the Indonesian message', () => {
    const k = { min: -5, max: 2.5 };
    expect(checkKoefisien(k, null)).toEqual([]);
    expect(checkKoefisien(k, -5)).toEqual([]);
    expect(checkKoefisien(k, 3)).toEqual([
      { field: 'koefisien', code: 'OUT_OF_RANGE', message: 'Koefisien harus antara -5 dan 2,5.' },
    ]);
  });
});
