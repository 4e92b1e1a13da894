// Password hashing with argon2id (OWASP minimum parameters, the library's defaults) and the rules
// a new password must meet.
import { hash, verify } from '@node-rs/argon2';

export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(plain: string): Promise<string> {
  return hash(plain);
}

// Verifying against a real hash when the user does not exist keeps the response time the same, so
// timing does not tell which usernames exist.
let dummyHash: Promise<string> | null = null;

export async function verifyPassword(storedHash: string | null, plain: string): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hash('peta-rb-dummy-password');
    await verify(await dummyHash, plain).catch(() => false);
    return false;
  }
  return verify(storedHash, plain).catch(() => false);
}

/** Problems with a proposed password, in Indonesian; empty when acceptable. */
export function passwordProblems(plain: string, username: string): string[] {
  const out: string[] = [];
  if (plain.length < MIN_PASSWORD_LENGTH) out.push(`Kata sandi minimal ${MIN_PASSWORD_LENGTH} karakter.`);
  if (plain.toLowerCase().includes(username.toLowerCase())) out.push('Kata sandi tidak boleh memuat nama pengguna.');
  if (/^(.)\1+$/.test(plain)) out.push('Kata sandi tidak boleh berupa satu karakter yang diulang.');
  return out;
}
