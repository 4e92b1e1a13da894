import { describe, expect, it } from 'vitest';
import {
  daysToDeadline,
  deadlineInWords,
  defaultEntryWindow,
  isIsoDate,
  periodState,
  periodsOfYear,
} from './periods.ts';

describe('periods', () => {
  it('makes semesters and quarters with Indonesian labels', () => {
    const s = periodsOfYear(2024, 'semester');
    expect(s.map((p) => [p.code, p.start, p.end, p.fractionOfYear])).toEqual([
      ['S1', '2024-01-01', '2024-06-30', 0.5],
      ['S2', '2024-07-01', '2024-12-31', 1],
    ]);
    expect(s[0]!.label.id).toBe('Semester I 2024');
    const q = periodsOfYear(2024, 'quarter');
    expect(q.map((p) => p.end)).toEqual(['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31']);
    expect(periodsOfYear(2024, 'quarter')[0]!.label.en).toBe('Quarter I 2024');
  });

  it('locks after the deadline day ends in WITA (UTC+8), and reopening opens it again', () => {
    const s1 = periodsOfYear(2024, 'semester')[0]!;
    const w = defaultEntryWindow(s1);
    expect(w).toEqual({ opensAt: '2024-01-01', deadline: '2024-07-15' });
    // 23:59 WITA on the deadline = 15:59 UTC.
    expect(periodState(s1, w, new Date('2024-07-15T15:59:00Z'))).toBe('terbuka');
    expect(periodState(s1, w, new Date('2024-07-15T16:00:00Z'))).toBe('terkunci');
    expect(periodState(s1, w, new Date('2023-12-31T15:00:00Z'))).toBe('belum_dibuka');
    expect(periodState(s1, w, new Date('2024-08-01T00:00:00Z'), '2024-08-10')).toBe('dibuka_kembali');
    expect(periodState(s1, w, new Date('2024-08-11T00:00:00Z'), '2024-08-10')).toBe('terkunci');
  });

  it('counts days to the deadline in WITA', () => {
    const w = { opensAt: '2024-01-01', deadline: '2024-07-15' };
    expect(daysToDeadline(w, new Date('2024-07-10T00:00:00Z'))).toBe(5);
    expect(daysToDeadline(w, new Date('2024-07-15T16:30:00Z'))).toBe(-1);
  });

  it('validates calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
  });
});

describe('entry window', () => {
  it('is open while open or reopened, locked after, and not yet open before', async () => {
    const { entryWindowStatus, isOpenForEntry } = await import('./periods.ts');
    expect(entryWindowStatus('terbuka')).toBe('open');
    expect(entryWindowStatus('dibuka_kembali')).toBe('open');
    expect(entryWindowStatus('terkunci')).toBe('locked');
    expect(entryWindowStatus('belum_dibuka')).toBe('not_yet_open');
    expect(isOpenForEntry('terkunci')).toBe(false);
    expect(isOpenForEntry('dibuka_kembali')).toBe(true);
  });
});

describe('deadlineInWords', () => {
  it('says late deadlines as late, not as negative days left', () => {
    expect(deadlineInWords(3, 'id')).toBe('3 hari menuju batas akhir');
    expect(deadlineInWords(0, 'id')).toBe('batas akhir hari ini');
    expect(deadlineInWords(-871, 'id')).toBe('lewat 871 hari dari batas akhir');
    expect(deadlineInWords(-2, 'en')).toBe('2 days past the deadline');
  });
});
