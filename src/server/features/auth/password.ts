// Password hashing with argon2id (OWASP minimum parameters, the library's defaults) and the rules
// a new password must meet.
import { hash, verify } from '@node-rs/argon2';

// The rules themselves are shared with the web form (src/domain/auth/password-rules.ts).
export { MIN_PASSWORD_LENGTH, passwordProblems } from '../../../domain/auth/password-rules.ts';

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
