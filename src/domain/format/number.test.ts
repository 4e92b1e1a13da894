// The exact number strings of the Lampiran: decimal comma, dot thousands, "21,78%", "Rp527.562.744.023".
import { describe, expect, it } from 'vitest';
import { formatNumber, formatNumberRange, formatPercent, formatRupiah } from './number.ts';

describe('formatNumber', () => {
  it('uses decimal comma and dot thousands in Indonesian', () => {
    expect(formatNumber(21.78)).toBe('21,78');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(527562744023)).toBe('527.562.744.023');
    expect(formatNumber(-1.9)).toBe('-1,9');
  });

  it('uses English separators as the second locale', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(21.78, 'en')).toBe('21.78');
  });

  it('pads to a fixed number of decimals when asked, as the regulation prints 85.00', () => {
    expect(formatNumber(85, 'id', { decimals: 2 })).toBe('85,00');
    expect(formatNumber(85)).toBe('85');
  });

  it('never prints a negative zero', () => {
    expect(formatNumber(-0.0001, 'id', { maxDecimals: 2 })).toBe('0');
    expect(formatNumber(-0)).toBe('0');
  });
});

describe('formatPercent', () => {
  it('appends % without a space to a value already in percent', () => {
    expect(formatPercent(21.78)).toBe('21,78%');
    expect(formatPercent(21.78, 'en')).toBe('21.78%');
    expect(formatPercent(100)).toBe('100%');
  });
});

describe('formatRupiah', () => {
  it('prints Rp glued to the amount, without decimals, unlike Intl IDR', () => {
    expect(formatRupiah(527562744023)).toBe('Rp527.562.744.023');
    expect(formatRupiah(220000000000, 'en')).toBe('Rp220,000,000,000');
    expect(formatRupiah(1234.6)).toBe('Rp1.235');
    expect(formatRupiah(-1000)).toBe('-Rp1.000');
  });
});

describe('formatNumberRange', () => {
  it('joins bounds with an en dash', () => {
    expect(formatNumberRange(2.5, 3.5)).toBe('2,5–3,5');
  });
});
