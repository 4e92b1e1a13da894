// Dates as Indonesian documents write them ("8 Mei 2024"), English second ("8 May 2024").
// Calendar dates (ISO "YYYY-MM-DD", as stored for enactment and validity dates) are formatted without
// any time-zone shift; instants (Date, ISO date-times) need the zone of the reader, passed explicitly.

import { INTL_LOCALE, type Locale } from './number.ts';

export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2024-05-08" → {2024, 5, 8}; null for anything that is not a real calendar date (2024-02-30). */
export function parseIsoDate(text: string): CalendarDate | null {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return null;
  }
  return { year, month, day };
}

export interface DateFormatOptions {
  /** Zone used for instants (Date objects, ISO date-times). Calendar dates ignore it. Default UTC. */
  timeZone?: string;
}

function toInstant(value: string | Date): { date: Date; calendar: boolean } | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : { date: value, calendar: false };
  const cal = parseIsoDate(value);
  if (cal) return { date: new Date(Date.UTC(cal.year, cal.month - 1, cal.day)), calendar: true };
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : { date: new Date(t), calendar: false };
}

function format(
  value: string | Date,
  locale: Locale,
  parts: Intl.DateTimeFormatOptions,
  opts: DateFormatOptions,
): string {
  const inst = toInstant(value);
  if (!inst) return String(value);
  const timeZone = inst.calendar ? 'UTC' : (opts.timeZone ?? 'UTC');
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...parts, timeZone }).format(inst.date);
}

/** "8 Mei 2024" / "8 May 2024". Unparseable input is returned as is, so a bad cell stays visible. */
export function formatDate(value: string | Date, locale: Locale = 'id', opts: DateFormatOptions = {}): string {
  return format(value, locale, { day: 'numeric', month: 'long', year: 'numeric' }, opts);
}

/** "Rabu, 8 Mei 2024" / "Wednesday, 8 May 2024": a meeting's day as minutes write it. */
export function formatDayDate(value: string | Date, locale: Locale = 'id', opts: DateFormatOptions = {}): string {
  return format(value, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, opts);
}

/** "Mei 2024" / "May 2024". */
export function formatMonthYear(value: string | Date, locale: Locale = 'id', opts: DateFormatOptions = {}): string {
  return format(value, locale, { month: 'long', year: 'numeric' }, opts);
}

/** "8 Mei 2024 pukul 14.30" / "8 May 2024 at 14:30", for audit trails and upload times. */
export function formatDateTime(value: string | Date, locale: Locale = 'id', opts: DateFormatOptions = {}): string {
  return format(
    value,
    locale,
    { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
    opts,
  );
}

/** A road-map period as printed in titles: "2020–2024". */
export function formatPeriod(start: number, end: number): string {
  return start === end ? String(start) : `${start}–${end}`;
}
