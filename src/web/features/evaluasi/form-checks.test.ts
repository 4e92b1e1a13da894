import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { followUpMessage, rekomendasiBodyMessage, reopenReasonMessage, schemaMessage } from './form-checks.ts';

describe('form checks by the contract schemas', () => {
  it('gives the server message for a text that is too short once trimmed', () => {
    expect(rekomendasiBodyMessage('  abc   ')).toBe('Rekomendasi minimal 5 karakter');
    expect(followUpMessage('ok')).toBe('Tindak lanjut minimal 5 karakter');
    expect(reopenReasonMessage('')).toBe('Alasan minimal 5 karakter');
  });

  it('accepts a text long enough', () => {
    expect(rekomendasiBodyMessage('Lengkapi dokumen SAKIP')).toBeNull();
    expect(followUpMessage('Dokumen diunggah')).toBeNull();
    expect(reopenReasonMessage('Nilai LHE berubah')).toBeNull();
  });

  it('reads the first issue of any schema', () => {
    expect(schemaMessage(z.number().min(1, 'kecil'), 0)).toBe('kecil');
    expect(schemaMessage(z.number(), 3)).toBeNull();
  });
});
