// The rules a new password must meet, with their Indonesian messages: checked by the server when a
// password is set, and by the change-password form before it is sent, so both say the same thing.

export const MIN_PASSWORD_LENGTH = 10;

/** Problems with a proposed password, in Indonesian; empty when acceptable. */
export function passwordProblems(plain: string, username: string): string[] {
  const out: string[] = [];
  if (plain.length < MIN_PASSWORD_LENGTH) out.push(`Kata sandi minimal ${MIN_PASSWORD_LENGTH} karakter.`);
  if (username && plain.toLowerCase().includes(username.toLowerCase()))
    out.push('Kata sandi tidak boleh memuat nama pengguna.');
  if (/^(.)\1+$/.test(plain)) out.push('Kata sandi tidak boleh berupa satu karakter yang diulang.');
  return out;
}

/** The problems of a change of one's own password: the rules above, and a new password differing from the old. */
export function newPasswordProblems(current: string, next: string, username: string): string[] {
  const out = passwordProblems(next, username);
  if (next === current) out.push('Kata sandi baru harus berbeda dari yang lama.');
  return out;
}
