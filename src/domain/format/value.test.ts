// Indicator values, baselines and targets printed through their scale and unit.
import { describe, expect, it } from 'vitest';
import { SAMPLE_SCALES } from '../roadmap/fixtures.ts';
import type { Scale } from '../roadmap/types.ts';
import { formatBaseline, formatIndicatorValue, formatTarget, formatValueWithUnit } from './value.ts';

function scale(code: string): Scale {
  const s = SAMPLE_SCALES.find((x) => x.code === code);
  if (!s) throw new Error(code);
  return s;
}

describe('formatIndicatorValue', () => {
  it('reads numbers through the scale', () => {
    expect(formatIndicatorValue({ kind: 'number', value: 1.91 }, scale('indeks_spbe'))).toBe('1,91');
    expect(formatIndicatorValue({ kind: 'number', value: 527562744023 }, scale('rupiah'))).toBe('Rp527.562.744.023');
    expect(formatIndicatorValue({ kind: 'number', value: 2 }, scale('jumlah_unit'))).toBe('2');
  });

  it('shows ordinal levels as code and label, or either alone', () => {
    const opini = scale('opini_bpk');
    const wtp = { kind: 'level', code: 'WTP' } as const;
    expect(formatIndicatorValue(wtp, opini)).toBe('WTP (Wajar Tanpa Pengecualian)');
    expect(formatIndicatorValue(wtp, opini, 'id', { level: 'code' })).toBe('WTP');
    expect(formatIndicatorValue(wtp, opini, 'id', { level: 'label' })).toBe('Wajar Tanpa Pengecualian');
    expect(formatIndicatorValue({ kind: 'level', code: 'XYZ' }, opini)).toBe('XYZ');
  });
});

describe('formatValueWithUnit', () => {
  it('puts % and Rp where they belong and the unit word elsewhere', () => {
    expect(formatValueWithUnit({ kind: 'number', value: 21.78 }, 'Persen', scale('persen'))).toBe('21,78%');
    expect(formatValueWithUnit({ kind: 'number', value: 21.78 }, 'Persen', scale('persen'), 'en')).toBe('21.78%');
    expect(formatValueWithUnit({ kind: 'number', value: 527562744023 }, 'Rp.', scale('rupiah'))).toBe(
      'Rp527.562.744.023',
    );
    expect(formatValueWithUnit({ kind: 'number', value: 1.91 }, 'Poin', scale('indeks_spbe'))).toBe('1,91 Poin');
    expect(formatValueWithUnit({ kind: 'level', code: 'WDP' }, 'Opini', scale('opini_bpk'))).toBe(
      'WDP (Wajar Dengan Pengecualian)',
    );
  });
});

describe('formatBaseline and formatTarget', () => {
  it('prints N/A for a baseline that was not measured', () => {
    expect(formatBaseline({ year: 2023, status: 'not_available', reason: 'N/A' }, scale('persen'))).toBe('N/A');
  });

  it('prints bands with one unit', () => {
    const band = { year: 2024, type: 'band', min: 1.5, max: 3.5 } as const;
    expect(formatTarget(band, scale('angka'))).toBe('1,5–3,5');
    expect(formatTarget(band, scale('angka'), 'id', 'Persen')).toBe('1,5–3,5%');
    expect(formatTarget(band, scale('angka'), 'en', 'Persen')).toBe('1.5–3.5%');
  });
});
