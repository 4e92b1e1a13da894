// Working-day deadlines (SLA) per status of a complaint: how long a complaint may stay in a status
// before it is overdue. The defaults follow the SP4N-LAPOR! practice (verification and disposition
// within 3 working days, an answer to the complainant within 14, closure within 60); an instansi
// whose SOP differs changes this table (docs/monitoring.md).
import { addWorkingDays, workingDaysBetween } from './hari-kerja.ts';
import { FINAL_STATUSES, type StatusPengaduan } from './status.ts';

export const SLA_HARI_KERJA: Readonly<Record<StatusPengaduan, number | null>> = {
  diterima: 3,
  diproses: 14,
  ditindaklanjuti: 60,
  selesai: null,
  ditolak: null,
  bukan_kewenangan: null,
};

export interface SlaState {
  /** The last day (inclusive) the complaint may stay in its status; null in a final status. */
  dueDate: string | null;
  /** Working days left until the due date (negative: overdue by that many). */
  workingDaysLeft: number | null;
  overdue: boolean;
}

/** The deadline of a complaint in `status` since `since` (YYYY-MM-DD), as of `today` (WITA). */
export function slaState(status: StatusPengaduan, since: string, today: string): SlaState {
  const days = SLA_HARI_KERJA[status];
  if (days === null || FINAL_STATUSES.has(status)) return { dueDate: null, workingDaysLeft: null, overdue: false };
  const dueDate = addWorkingDays(since, days);
  const left = workingDaysBetween(today, dueDate);
  return { dueDate, workingDaysLeft: left, overdue: today > dueDate };
}
