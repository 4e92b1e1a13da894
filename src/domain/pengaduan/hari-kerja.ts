// Working days (hari kerja) for complaint deadlines: Monday to Friday, without the national holidays
// and the cuti bersama of the SKB of three ministers of each year. The list is data: a year that is
// not listed counts weekends only, and `hasHolidayList` lets a screen say so (docs/monitoring.md).
import { addDays } from '../periods/periods.ts';

/** Libur nasional and cuti bersama (SKB Menteri Agama, Menteri Ketenagakerjaan, MenPANRB) per year. */
// prettier-ignore
const HOLIDAYS: Record<number, readonly string[]> = {
  2024: [
    '2024-01-01', '2024-02-08', '2024-02-09', '2024-02-10', '2024-02-14', '2024-03-11', '2024-03-12',
    '2024-03-29', '2024-03-31', '2024-04-08', '2024-04-09', '2024-04-10', '2024-04-11', '2024-04-12',
    '2024-04-15', '2024-05-01', '2024-05-09', '2024-05-10', '2024-05-23', '2024-05-24', '2024-06-01',
    '2024-06-17', '2024-06-18', '2024-07-07', '2024-08-17', '2024-09-16', '2024-11-27', '2024-12-25',
    '2024-12-26',
  ],
  2025: [
    '2025-01-01', '2025-01-27', '2025-01-28', '2025-01-29', '2025-03-28', '2025-03-29', '2025-03-31',
    '2025-04-01', '2025-04-02', '2025-04-03', '2025-04-04', '2025-04-07', '2025-04-18', '2025-04-20',
    '2025-05-01', '2025-05-12', '2025-05-13', '2025-05-29', '2025-05-30', '2025-06-01', '2025-06-06',
    '2025-06-09', '2025-06-27', '2025-08-17', '2025-08-18', '2025-09-05', '2025-12-25', '2025-12-26',
  ],
  2026: [
    '2026-01-01', '2026-01-16', '2026-02-16', '2026-02-17', '2026-03-18', '2026-03-19', '2026-03-20',
    '2026-03-21', '2026-03-23', '2026-03-24', '2026-04-03', '2026-04-05', '2026-05-01', '2026-05-14',
    '2026-05-15', '2026-05-27', '2026-05-28', '2026-05-31', '2026-06-01', '2026-06-16', '2026-08-17',
    '2026-08-25', '2026-12-24', '2026-12-25',
  ],
};

const HOLIDAY_SET = new Set(Object.values(HOLIDAYS).flat());

/** Whether the year's holidays are known (otherwise only weekends are skipped). */
export function hasHolidayList(year: number): boolean {
  return year in HOLIDAYS;
}

/** Whether a calendar day (YYYY-MM-DD) is a working day. */
export function isWorkingDay(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !HOLIDAY_SET.has(day);
}

/** The day `n` working days after `day` (the day itself does not count: +1 is the next working day). */
export function addWorkingDays(day: string, n: number): string {
  let d = day;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left -= 1;
  }
  return d;
}

/**
 * Working days from `from` to `to`: the working days after `from` up to and including `to` (0 on the
 * same day, negative when `to` is before `from`).
 */
export function workingDaysBetween(from: string, to: string): number {
  if (to < from) return -workingDaysBetween(to, from);
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) n += 1;
  return n;
}
