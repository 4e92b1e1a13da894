// The sign-in lockout under concurrency and as a denial-of-service lever (issue #9, defect 3):
// failures are counted by one atomic UPDATE … RETURNING, so ten parallel attempts (nine wrong, one
// right) always end with the account locked; the lock is per account and source, so the address
// that guessed is refused while the owner signing in from elsewhere is not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { skipDb } from './helpers/database.ts';
import { DEMO_PASSWORD } from '../src/server/seed/demo-users.ts';

describe.skipIf(skipDb())('sign-in lockout', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ fixture: 'small' });
  });
  afterAll(() => t?.close());

  const attempt = (username: string, password: string, remoteAddress = '127.0.0.1') =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });

  it('ten parallel attempts (nine wrong, one right) leave the account locked for that source', async () => {
    const results = await Promise.all([
      ...Array.from({ length: 9 }, () => attempt('kepala.bkpsdm', 'salah-sekali')),
      attempt('kepala.bkpsdm', DEMO_PASSWORD),
    ]);
    expect(results.slice(0, 9).every((r) => r.statusCode === 401)).toBe(true);
    const after = await attempt('kepala.bkpsdm', DEMO_PASSWORD);
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('LOGIN_FAILED');
  });

  it('a locked account still admits its owner from a source that did not guess', async () => {
    for (let i = 0; i < 5; i++) expect((await attempt('sekda', 'tebakan', '10.9.9.9')).statusCode).toBe(401);
    expect((await attempt('sekda', DEMO_PASSWORD, '10.9.9.9')).statusCode).toBe(401);
    expect((await attempt('sekda', DEMO_PASSWORD, '10.1.1.1')).statusCode).toBe(200);
    // The owner's sign-in does not lift the lock for the guessing address.
    expect((await attempt('sekda', DEMO_PASSWORD, '10.9.9.9')).statusCode).toBe(401);
    // A new address gets one guess while locked: a wrong one refuses it too.
    expect((await attempt('sekda', 'tebakan', '10.2.2.2')).statusCode).toBe(401);
    expect((await attempt('sekda', DEMO_PASSWORD, '10.2.2.2')).statusCode).toBe(401);
  });
});
