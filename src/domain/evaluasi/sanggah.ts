// Sanggah (issue #12 item 5): after a review is final — a provisional result — the PD may contest the
// whole line or one judgement of it within a window of working days, with a reason and evidence.
// The team answers: accepted, with the changed judgement, or rejected, with a reason. The rules the
// form and the server share.
import { addWorkingDays } from '../pengaduan/hari-kerja.ts';
import type { Penilaian } from './reviu.ts';

/** Working days after a review became final in which its PD may file a sanggah. */
export const SANGGAH_HARI_KERJA = 5;

export const STATUS_SANGGAH = ['diajukan', 'diterima', 'ditolak'] as const;
export type StatusSanggah = (typeof STATUS_SANGGAH)[number];

export const STATUS_SANGGAH_LABELS: Record<StatusSanggah, { id: string; en: string }> = {
  diajukan: { id: 'Diajukan', en: 'Filed' },
  diterima: { id: 'Diterima', en: 'Accepted' },
  ditolak: { id: 'Ditolak', en: 'Rejected' },
};

/** The last WITA day on which a sanggah may be filed against a review final on `finalDay`. */
export const sanggahDeadline = (finalDay: string): string => addWorkingDays(finalDay, SANGGAH_HARI_KERJA);

export type SanggahRefusal = 'REVIU_NOT_FINAL' | 'SANGGAH_WINDOW_CLOSED' | 'SANGGAH_PENDING';

/** Why a sanggah cannot be filed now (null: it can). */
export function sanggahRefusal(
  r: { status: string; finalDay: string | null },
  pending: boolean,
  today: string,
): SanggahRefusal | null {
  if (r.status !== 'final' || !r.finalDay) return 'REVIU_NOT_FINAL';
  if (pending) return 'SANGGAH_PENDING';
  if (today > sanggahDeadline(r.finalDay)) return 'SANGGAH_WINDOW_CLOSED';
  return null;
}

/**
 * An accepted sanggah changes the judgement it contests: for one dimension, that dimension's
 * Sesuai; for the whole line, at least one dimension. Returns the problem, or null.
 */
export function acceptanceProblem(
  contested: string | null,
  before: readonly Penilaian[],
  after: readonly Penilaian[],
): { field: string; code: string; message: string } | null {
  const was = new Map(before.map((p) => [p.dimensi, p.sesuai]));
  const changed = after.filter((p) => was.has(p.dimensi) && was.get(p.dimensi) !== p.sesuai).map((p) => p.dimensi);
  if (contested ? changed.includes(contested) : changed.length > 0) return null;
  return {
    field: 'penilaian',
    code: 'SANGGAH_NO_CHANGE',
    message: contested
      ? `Sanggah yang diterima mengubah penilaian dimensi "${contested}".`
      : 'Sanggah yang diterima mengubah sekurang-kurangnya satu penilaian.',
  };
}
