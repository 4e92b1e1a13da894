// Reporting periods of a year — semesters S1 (Jan–Jun) and S2 (Jul–Dec) as the regulation
// prescribes, or quarters TW1–TW4 where an instansi reports quarterly — with their entry windows.
// Dates are calendar days in WITA (UTC+8, Kabupaten Kupang's time zone); a deadline day is
// included until 23:59:59 WITA.
import type { LocalizedText } from '../roadmap/types.ts';

export const PERIOD_CODES = ['S1', 'S2', 'TW1', 'TW2', 'TW3', 'TW4'] as const;
export type PeriodCode = (typeof PERIOD_CODES)[number];

export interface Period {
  code: PeriodCode;
  year: number;
  /** YYYY-MM-DD, inclusive. */
  start: string;
  end: string;
}

export interface PeriodInfo extends Period {
  /** Fraction of the year elapsed at the end of the period. */
  fractionOfYear: number;
  label: LocalizedText;
}

export interface EntryWindow {
  opensAt: string;
  deadline: string;
}

export type PeriodState = 'belum_dibuka' | 'terbuka' | 'terkunci' | 'dibuka_kembali';

export const PERIOD_STATE_LABELS: Record<PeriodState, LocalizedText> = {
  belum_dibuka: { id: 'Belum dibuka', en: 'Not open yet' },
  terbuka: { id: 'Terbuka', en: 'Open' },
  terkunci: { id: 'Terkunci', en: 'Locked' },
  dibuka_kembali: { id: 'Dibuka kembali', en: 'Reopened' },
};

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);
}

export function periodsOfYear(year: number, scheme: 'semester' | 'quarter'): PeriodInfo[] {
  const roman = ['I', 'II', 'III', 'IV'];
  const parts = scheme === 'semester' ? 2 : 4;
  const months = 12 / parts;
  return Array.from({ length: parts }, (_, i) => {
    const firstMonth = i * months + 1;
    const lastMonth = firstMonth + months - 1;
    const code = (scheme === 'semester' ? `S${i + 1}` : `TW${i + 1}`) as PeriodCode;
    const word = scheme === 'semester' ? { id: 'Semester', en: 'Semester' } : { id: 'Triwulan', en: 'Quarter' };
    return {
      code,
      year,
      start: `${year}-${pad(firstMonth)}-01`,
      end: `${year}-${pad(lastMonth)}-${pad(lastDay(year, lastMonth))}`,
      fractionOfYear: (i + 1) / parts,
      label: { id: `${word.id} ${roman[i]} ${year}`, en: `${word.en} ${roman[i]} ${year}` },
    };
  });
}

/** "Semester I 2024", "Triwulan III 2025": a period's name by year and code. */
export function periodLabelOf(year: number, code: string): LocalizedText {
  const p = periodsOfYear(year, code.startsWith('S') ? 'semester' : 'quarter').find((x) => x.code === code);
  return p?.label ?? { id: `${code} ${year}`, en: `${code} ${year}` };
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Entry opens when the period starts; the deadline is `graceDays` after it ends (default 15). */
export function defaultEntryWindow(period: Period, opts: { graceDays?: number } = {}): EntryWindow {
  return { opensAt: period.start, deadline: addDays(period.end, opts.graceDays ?? 15) };
}

/** Today's date in WITA. */
export function todayWita(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function periodState(
  _period: Period,
  window: EntryWindow,
  now: Date,
  reopenedUntil?: string | null,
): PeriodState {
  const today = todayWita(now);
  if (today < window.opensAt) return 'belum_dibuka';
  if (today <= window.deadline) return 'terbuka';
  if (reopenedUntil && today <= reopenedUntil) return 'dibuka_kembali';
  return 'terkunci';
}

/** Whole days from today (WITA) to the deadline: 0 on the deadline day, negative after it. */
export function daysToDeadline(window: EntryWindow, now: Date): number {
  const today = Date.parse(`${todayWita(now)}T00:00:00Z`);
  return Math.round((Date.parse(`${window.deadline}T00:00:00Z`) - today) / 86400_000);
}

/** The entry window as the forms and the server see it: values may be entered, or why not. */
export type EntryWindowStatus = 'open' | 'locked' | 'not_yet_open';

export function entryWindowStatus(state: PeriodState): EntryWindowStatus {
  if (state === 'terbuka' || state === 'dibuka_kembali') return 'open';
  return state === 'terkunci' ? 'locked' : 'not_yet_open';
}

/** Whether realisasi may be entered, submitted or changed in a period of this state. */
export const isOpenForEntry = (state: PeriodState): boolean => entryWindowStatus(state) === 'open';

/**
 * The deadline in words, as the reminder email and the period screens say it: "3 hari lagi",
 * "hari ini", "lewat 5 hari" — never "-5 hari lagi".
 */
export function deadlineInWords(days: number, lang: 'id' | 'en'): string {
  if (days === 0) return lang === 'id' ? 'batas akhir hari ini' : 'deadline today';
  if (days > 0) return lang === 'id' ? `${days} hari menuju batas akhir` : `${days} days to the deadline`;
  return lang === 'id' ? `lewat ${-days} hari dari batas akhir` : `${-days} days past the deadline`;
}
