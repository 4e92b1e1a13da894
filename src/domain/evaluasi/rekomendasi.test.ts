// Recommendation follow-up rules: allowed moves, evidence before "done", reason to send back, overdue.
import { describe, expect, it } from 'vitest';
import { applyMove, isOverdue } from './rekomendasi.ts';

describe('applyMove', () => {
  it('walks open → in progress → done → closed', () => {
    expect(applyMove('open', 'start', { followUpsWithEvidence: 0 })).toEqual({ ok: true, to: 'in_progress' });
    expect(applyMove('in_progress', 'complete', { followUpsWithEvidence: 1 })).toEqual({ ok: true, to: 'done' });
    expect(applyMove('done', 'close', { followUpsWithEvidence: 1 })).toEqual({ ok: true, to: 'closed' });
  });

  it('needs evidence before done and a reason to send back', () => {
    expect(applyMove('in_progress', 'complete', { followUpsWithEvidence: 0 })).toEqual({
      ok: false,
      code: 'REKOMENDASI_NEEDS_EVIDENCE',
    });
    expect(applyMove('done', 'reopen', { followUpsWithEvidence: 1, reason: '  ' })).toEqual({
      ok: false,
      code: 'REKOMENDASI_NEEDS_REASON',
    });
    expect(applyMove('done', 'reopen', { followUpsWithEvidence: 1, reason: 'Bukti kurang' })).toEqual({
      ok: true,
      to: 'in_progress',
    });
  });

  it('refuses moves from the wrong status', () => {
    expect(applyMove('open', 'close', { followUpsWithEvidence: 1 })).toEqual({ ok: false, code: 'REKOMENDASI_STATUS' });
    expect(applyMove('closed', 'complete', { followUpsWithEvidence: 1 })).toEqual({
      ok: false,
      code: 'REKOMENDASI_STATUS',
    });
  });
});

describe('isOverdue', () => {
  it('is past due and not done', () => {
    expect(isOverdue('open', '2025-03-31', '2025-04-01')).toBe(true);
    expect(isOverdue('in_progress', '2025-03-31', '2025-03-31')).toBe(false);
    expect(isOverdue('done', '2025-03-31', '2025-06-01')).toBe(false);
    expect(isOverdue('closed', '2025-03-31', '2025-06-01')).toBe(false);
  });
});
