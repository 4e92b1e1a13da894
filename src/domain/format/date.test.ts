// Dates in Indonesian and English, calendar dates without zone shifts, instants in the given zone.
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMonthYear, formatPeriod, parseIsoDate } from './date.ts';

describe('formatDate', () => {
  it('writes calendar dates the Indonesian way, English second', () => {
    expect(formatDate('2024-05-08')).toBe('8 Mei 2024');
    expect(formatDate('2024-05-08', 'en')).toBe('8 May 2024');
    expect(formatDate('2023-08-17')).toBe('17 Agustus 2023');
  });

  it('does not shift a calendar date whatever zone is passed', () => {
    expect(formatDate('2024-05-08', 'id', { timeZone: 'Pacific/Honolulu' })).toBe('8 Mei 2024');
  });

  it('formats instants in the zone given (Kupang is UTC+8)', () => {
    const lateUtc = new Date(Date.UTC(2024, 4, 7, 20, 0));
    expect(formatDate(lateUtc)).toBe('7 Mei 2024');
    expect(formatDate(lateUtc, 'id', { timeZone: 'Asia/Makassar' })).toBe('8 Mei 2024');
    expect(formatDateTime(lateUtc, 'id', { timeZone: 'Asia/Makassar' })).toBe('8 Mei 2024 pukul 04.00');
    expect(formatDateTime(lateUtc, 'en', { timeZone: 'Asia/Makassar' })).toBe('8 May 2024 at 04:00');
  });

  it('returns unreadable input unchanged so a bad cell stays visible', () => {
    expect(formatDate('kemarin')).toBe('kemarin');
  });
});

describe('other date helpers', () => {
  it('formats month and year, and periods', () => {
    expect(formatMonthYear('2024-05-08')).toBe('Mei 2024');
    expect(formatMonthYear('2024-05-08', 'en')).toBe('May 2024');
    expect(formatPeriod(2020, 2024)).toBe('2020–2024');
    expect(formatPeriod(2024, 2024)).toBe('2024');
  });

  it('parses only real ISO calendar dates', () => {
    expect(parseIsoDate('2024-05-08')).toEqual({ year: 2024, month: 5, day: 8 });
    expect(parseIsoDate('2024-02-30')).toBeNull();
    expect(parseIsoDate('8 Mei 2024')).toBeNull();
  });
});
