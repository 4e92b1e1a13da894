// Password rules shared by the server and the change-password form.
import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH, newPasswordProblems, passwordProblems } from './password-rules.ts';

describe('passwordProblems', () => {
  it('accepts a long password without the username', () => {
    expect(passwordProblems('kuda-laut-biru-7', 'budi')).toEqual([]);
  });

  it('refuses short passwords, passwords holding the username, and one repeated character', () => {
    expect(passwordProblems('a'.repeat(MIN_PASSWORD_LENGTH - 1), 'budi')).toEqual([
      `Kata sandi minimal ${MIN_PASSWORD_LENGTH} karakter.`,
      'Kata sandi tidak boleh berupa satu karakter yang diulang.',
    ]);
    expect(passwordProblems('rahasia-BUDI-2026', 'budi')).toEqual(['Kata sandi tidak boleh memuat nama pengguna.']);
  });
});

describe('newPasswordProblems', () => {
  it('also refuses the old password again', () => {
    expect(newPasswordProblems('kuda-laut-biru-7', 'kuda-laut-biru-7', 'budi')).toEqual([
      'Kata sandi baru harus berbeda dari yang lama.',
    ]);
    expect(newPasswordProblems('lama-sekali-1', 'kuda-laut-biru-7', 'budi')).toEqual([]);
  });
});
