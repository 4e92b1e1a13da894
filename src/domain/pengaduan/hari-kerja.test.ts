import { describe, expect, it } from 'vitest';
import { addWorkingDays, hasHolidayList, isWorkingDay, workingDaysBetween } from './hari-kerja.ts';
import { slaState } from './sla.ts';

describe('working days (hari kerja)', () => {
  it('skips weekends and the national holidays and cuti bersama', () => {
    expect(isWorkingDay('2024-02-02')).toBe(true); // Friday
    expect(isWorkingDay('2024-02-03')).toBe(false); // Saturday
    expect(isWorkingDay('2024-02-08')).toBe(false); // Isra Mikraj
    expect(isWorkingDay('2024-04-10')).toBe(false); // Idul Fitri
    expect(isWorkingDay('2024-04-16')).toBe(true);
  });

  it('adds working days across a long holiday', () => {
    // Idul Fitri 2024: 8–12 and 15 April off; from Friday 5 April three working days end on 18 April.
    expect(addWorkingDays('2024-04-05', 3)).toBe('2024-04-18');
    expect(addWorkingDays('2024-02-01', 3)).toBe('2024-02-06');
    // 7 February, then Isra Mikraj and cuti bersama (8–9) and the weekend: the second is 12 February.
    expect(addWorkingDays('2024-02-06', 2)).toBe('2024-02-12');
  });

  it('counts working days between two days, negative backwards', () => {
    expect(workingDaysBetween('2024-02-01', '2024-02-01')).toBe(0);
    expect(workingDaysBetween('2024-02-01', '2024-02-06')).toBe(3);
    expect(workingDaysBetween('2024-02-06', '2024-02-01')).toBe(-3);
  });

  it('says which years have a holiday list', () => {
    expect(hasHolidayList(2024)).toBe(true);
    expect(hasHolidayList(2031)).toBe(false);
    // Without a list only weekends are skipped.
    expect(addWorkingDays('2031-01-02', 1)).toBe('2031-01-03');
  });
});

describe('SLA per status', () => {
  it('runs from the day the status began and flags the overdue', () => {
    expect(slaState('diterima', '2024-02-01', '2024-02-05')).toEqual({
      dueDate: '2024-02-06',
      workingDaysLeft: 1,
      overdue: false,
    });
    expect(slaState('diterima', '2024-02-01', '2024-02-07')).toMatchObject({ overdue: true, workingDaysLeft: -1 });
    expect(slaState('diterima', '2024-02-01', '2024-02-06')).toMatchObject({ overdue: false, workingDaysLeft: 0 });
  });

  it('has no deadline in a final status', () => {
    for (const s of ['selesai', 'ditolak', 'bukan_kewenangan'] as const)
      expect(slaState(s, '2024-02-01', '2025-01-01')).toEqual({ dueDate: null, workingDaysLeft: null, overdue: false });
  });
});
