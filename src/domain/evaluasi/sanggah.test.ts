import { describe, expect, it } from 'vitest';
import { acceptanceProblem, sanggahDeadline, sanggahRefusal } from './sanggah.ts';

describe('sanggah', () => {
  it('is open for five working days after the review became final', () => {
    // Friday 5 July 2024 → Friday 12 July 2024 (weekend skipped).
    expect(sanggahDeadline('2024-07-05')).toBe('2024-07-12');
    const r = { status: 'final', finalDay: '2024-07-05' };
    expect(sanggahRefusal(r, false, '2024-07-12')).toBeNull();
    expect(sanggahRefusal(r, false, '2024-07-13')).toBe('SANGGAH_WINDOW_CLOSED');
    expect(sanggahRefusal(r, true, '2024-07-08')).toBe('SANGGAH_PENDING');
    expect(sanggahRefusal({ status: 'draft', finalDay: null }, false, '2024-07-08')).toBe('REVIU_NOT_FINAL');
  });

  it('changes the contested judgement when accepted', () => {
    const before = [
      { dimensi: 'kualitas', sesuai: false, catatan: 'x' },
      { dimensi: 'waktu', sesuai: true, catatan: '' },
    ];
    const flipWaktu = [before[0]!, { ...before[1]!, sesuai: false }];
    const flipKualitas = [{ ...before[0]!, sesuai: true }, before[1]!];
    expect(acceptanceProblem('kualitas', before, flipWaktu)?.code).toBe('SANGGAH_NO_CHANGE');
    expect(acceptanceProblem('kualitas', before, flipKualitas)).toBeNull();
    expect(acceptanceProblem(null, before, before)?.code).toBe('SANGGAH_NO_CHANGE');
    expect(acceptanceProblem(null, before, flipWaktu)).toBeNull();
  });
});
