// Recommendations of the internal evaluation and their follow-up: the allowed status moves
// (open → in progress → done with evidence → closed by the evaluator, or back to in progress when
// the evaluator rejects the follow-up) and what counts as overdue. Pure, so the server enforces and
// the browser shows the same rules.

export type RekomendasiStatus = 'open' | 'in_progress' | 'done' | 'closed';

export const REKOMENDASI_STATUS_LABEL: Record<RekomendasiStatus, { id: string; en: string }> = {
  open: { id: 'Terbuka', en: 'Open' },
  in_progress: { id: 'Dalam proses', en: 'In progress' },
  done: { id: 'Selesai (menunggu verifikasi)', en: 'Done (awaiting verification)' },
  closed: { id: 'Ditutup', en: 'Closed' },
};

export type RekomendasiMove = 'start' | 'complete' | 'close' | 'reopen';

/** Who may make a move: the PD follows up; only the evaluator closes or sends it back. */
export const MOVE_ACTOR: Record<RekomendasiMove, 'pd' | 'evaluator'> = {
  start: 'pd',
  complete: 'pd',
  close: 'evaluator',
  reopen: 'evaluator',
};

const MOVES: Record<RekomendasiMove, { from: RekomendasiStatus[]; to: RekomendasiStatus }> = {
  start: { from: ['open'], to: 'in_progress' },
  complete: { from: ['open', 'in_progress'], to: 'done' },
  close: { from: ['done'], to: 'closed' },
  reopen: { from: ['done', 'closed'], to: 'in_progress' },
};

export type MoveRefusal = 'REKOMENDASI_STATUS' | 'REKOMENDASI_NEEDS_EVIDENCE' | 'REKOMENDASI_NEEDS_REASON';

export function applyMove(
  status: RekomendasiStatus,
  move: RekomendasiMove,
  ctx: { followUpsWithEvidence: number; reason?: string | null },
): { ok: true; to: RekomendasiStatus } | { ok: false; code: MoveRefusal } {
  const m = MOVES[move];
  if (!m.from.includes(status)) return { ok: false, code: 'REKOMENDASI_STATUS' };
  // "Done" must be shown, not claimed: at least one follow-up carries evidence.
  if (move === 'complete' && ctx.followUpsWithEvidence === 0) return { ok: false, code: 'REKOMENDASI_NEEDS_EVIDENCE' };
  if (move === 'reopen' && !(ctx.reason && ctx.reason.trim().length > 0))
    return { ok: false, code: 'REKOMENDASI_NEEDS_REASON' };
  return { ok: true, to: m.to };
}

/** Overdue: past its due date (a WITA calendar day, ISO yyyy-mm-dd) and not yet done or closed. */
export function isOverdue(status: RekomendasiStatus, dueDate: string, today: string): boolean {
  return (status === 'open' || status === 'in_progress') && dueDate < today;
}
