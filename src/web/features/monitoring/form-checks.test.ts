import { describe, expect, it } from 'vitest';
import { checkReopen, reopenOk, returnReasonMessage } from './form-checks.ts';

describe('return reason', () => {
  it('says nothing while empty, then asks for 5 characters as the server does', () => {
    expect(returnReasonMessage('')).toBeNull();
    expect(returnReasonMessage('  ab  ')).toBe('Alasan minimal 5 karakter');
    expect(returnReasonMessage('Data belum sesuai')).toBeNull();
  });
});

describe('reopen form', () => {
  const today = '2024-08-01';
  it('asks for a 10-character reason and a day not in the past', () => {
    expect(checkReopen({ reason: '', until: '' }, today, false)).toEqual({ reason: null, until: null });
    expect(checkReopen({ reason: 'pendek', until: '' }, today, true)).toEqual({
      reason: 'Alasan minimal 10 karakter',
      until: 'required',
    });
    expect(checkReopen({ reason: 'Perbaikan data', until: '2024-07-31' }, today, true).until).toBe('past');
    expect(reopenOk({ reason: 'Perbaikan data', until: today }, today)).toBe(true);
    expect(reopenOk({ reason: 'Perbaikan', until: today }, today)).toBe(false);
  });
});
