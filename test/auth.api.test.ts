// Accounts end to end on a real database: sign-in and cookies, no user enumeration, lockout after
// repeated failures, rate limiting, sessions ended by logout/password change/disabling, forced
// password change, admin account management, and demo accounts refused in production mode.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { skipDb } from './helpers/database.ts';
import { login } from './helpers/session.ts';
import { DEMO_PASSWORD } from '../src/server/seed/demo-users.ts';
import { LOCK_AFTER_FAILURES } from '../src/server/features/auth/auth.service.ts';

describe.skipIf(skipDb())('accounts and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ fixture: 'small' });
  });
  afterAll(async () => t?.close());

  const attempt = (username: string, password: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers });

  it('signs in with an httpOnly, SameSite=Strict session cookie and exposes the CSRF token and permissions', async () => {
    const res = await attempt('STU', DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = String([res.headers['set-cookie']].flat()[0]);
    expect(cookie).toMatch(/^petarb_sid=[A-Za-z0-9_-]{40,}/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain('Secure');
    const body = res.json();
    expect(body.user).toMatchObject({ username: 'stu', roles: [{ role: 'koordinator_stu', pdKey: null }] });
    expect(body.user.permissions).toContain('roadmap:update');
    expect(body.user.permissions).not.toContain('user:manage');
    const me = await t.app.inject({ url: '/api/auth/me', headers: { cookie: cookie.split(';')[0]! } });
    expect(me.json().user.csrfToken).toBe(body.user.csrfToken);
    expect((await t.app.inject({ url: '/api/auth/me' })).json()).toEqual({ user: null });
  });

  it('shows an account’s change history only to account admins and readers of the full log', async () => {
    const admin = await login(t.app, 'admin');
    const users = (await admin.request('/api/users')).json() as { id: string; username: string }[];
    const op = users.find((u) => u.username === 'operator.bkpsdm')!;
    const url = `/api/history?entityType=user_account&entityId=${op.id}`;
    expect((await admin.request(url)).statusCode).toBe(200);
    expect((await (await login(t.app, 'stu')).request(url)).statusCode).toBe(200);
    for (const who of ['operator.bkpsdm', 'kepala.bkpsdm', 'evaluator', 'sekda']) {
      const res = await (await login(t.app, who)).request(url);
      expect(res.statusCode, who).toBe(403);
    }
    // Other records' history stays open to every signed-in role.
    const other = await (await login(t.app, 'sekda')).request('/api/history?entityType=rencana_aksi&entityId=x');
    expect(other.statusCode).toBe(200);
  });

  it('answers an unknown user, a wrong password and a disabled account identically', async () => {
    const unknown = await attempt('tidak.ada', 'apa-saja-123');
    const wrong = await attempt('evaluator', 'salah-sekali-123');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    expect(wrong.json().error.code).toBe('LOGIN_FAILED');
  });

  it(`locks an account for a while after ${LOCK_AFTER_FAILURES} failures, with the same generic answer`, async () => {
    for (let i = 0; i < LOCK_AFTER_FAILURES; i++)
      expect((await attempt('kepala.bkpsdm', `salah-${i}-xxxxx`)).statusCode).toBe(401);
    const locked = await attempt('kepala.bkpsdm', DEMO_PASSWORD);
    expect(locked.statusCode).toBe(401);
    expect(locked.json().error.code).toBe('LOGIN_FAILED');
    const admin = await login(t.app, 'admin');
    const users = (await admin.request('/api/users')).json() as { username: string; lockedUntil: string | null }[];
    expect(users.find((u) => u.username === 'kepala.bkpsdm')!.lockedUntil).not.toBeNull();
    const audit = (await admin.request('/api/audit?actor=kepala.bkpsdm&limit=20')).json() as {
      action: string;
      after: { reason: string };
    }[];
    expect(audit.filter((e) => e.action === 'auth.login_failed').map((e) => e.after.reason)).toContain('locked');
  });

  it('ends the session on logout', async () => {
    const s = await login(t.app, 'evaluator');
    expect((await s.request('/api/road-maps')).statusCode).toBe(200);
    expect((await s.request({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(200);
    const after = await s.request('/api/road-maps');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('changes a password: checks the current one and strength, keeps this session, ends the others', async () => {
    const a = await login(t.app, 'sekda');
    const b = await login(t.app, 'sekda');
    const wrong = await a.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'keliru-123456', newPassword: 'Kupang-baru-2025' },
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.fields[0]).toMatchObject({ field: 'currentPassword', code: 'WRONG_PASSWORD' });
    const weak = await a.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'pendek' },
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().error.fields[0].code).toBe('WEAK_PASSWORD');
    const ok = await a.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'Kupang-baru-2025' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await a.request('/api/road-maps')).statusCode).toBe(200);
    expect((await b.request('/api/road-maps')).statusCode).toBe(401);
    expect((await attempt('sekda', DEMO_PASSWORD)).statusCode).toBe(401);
    expect((await attempt('sekda', 'Kupang-baru-2025')).statusCode).toBe(200);
  });

  it('lets an admin create an account with a temporary password that must be changed first', async () => {
    const admin = await login(t.app, 'admin');
    const created = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'operator.bp4d',
        displayName: 'Operator BP4D',
        roles: [{ role: 'operator_pd', pdKey: 'bp4d' }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const temp = created.json().temporaryPassword as string;
    expect(temp.length).toBeGreaterThanOrEqual(10);
    const s = await login(t.app, 'operator.bp4d', temp);
    const blocked = await s.request('/api/road-maps');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(
      (
        await s.request({
          method: 'POST',
          url: '/api/auth/password',
          payload: { currentPassword: temp, newPassword: 'Oelamasi-2025!' },
        })
      ).statusCode,
    ).toBe(200);
    expect((await s.request('/api/road-maps')).statusCode).toBe(200);
    const pds = (await s.request('/api/perangkat-daerah')).json();
    expect(pds.items.map((x: { pd: { key: string } }) => x.pd.key)).toEqual(['bp4d']);
  });

  it('validates account input: taken username, PD-less operator, unknown PD', async () => {
    const admin = await login(t.app, 'admin');
    const taken = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: { username: 'stu', displayName: 'x', roles: [] },
    });
    expect(taken.statusCode).toBe(422);
    expect(taken.json().error.fields[0].code).toBe('USERNAME_TAKEN');
    const noPd = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: { username: 'op.x', displayName: 'x', roles: [{ role: 'operator_pd', pdKey: null }] },
    });
    expect(noPd.statusCode).toBe(422);
    expect(noPd.json().error.fields[0]).toMatchObject({ field: 'roles.0', code: 'INVALID_ROLE' });
    const unknownPd = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: { username: 'op.y', displayName: 'y', roles: [{ role: 'operator_pd', pdKey: 'dinas-fiktif' }] },
    });
    expect(unknownPd.statusCode).toBe(422);
    expect(unknownPd.json().error.fields[0]).toMatchObject({ field: 'roles.0.pdKey', code: 'UNKNOWN_PD' });
  });

  it('disabling an account ends its sessions; an admin cannot lock themselves out', async () => {
    const admin = await login(t.app, 'admin');
    const victim = await login(t.app, 'operator.bkpsdm');
    const users = (await admin.request('/api/users')).json() as {
      id: string;
      username: string;
      rowVersion: number;
      displayName: string;
      roles: unknown[];
    }[];
    const op = users.find((u) => u.username === 'operator.bkpsdm')!;
    const res = await admin.request({
      method: 'PUT',
      url: `/api/users/${op.id}`,
      payload: { rowVersion: op.rowVersion, displayName: op.displayName, disabled: true, roles: op.roles },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await victim.request('/api/road-maps')).statusCode).toBe(401);
    expect((await attempt('operator.bkpsdm', DEMO_PASSWORD)).json().error.code).toBe('LOGIN_FAILED');
    const stale = await admin.request({
      method: 'PUT',
      url: `/api/users/${op.id}`,
      payload: { rowVersion: op.rowVersion, displayName: 'x', disabled: false, roles: op.roles },
    });
    expect(stale.statusCode).toBe(409);
    const me = users.find((u) => u.username === 'admin')!;
    const self = await admin.request({
      method: 'PUT',
      url: `/api/users/${me.id}`,
      payload: { rowVersion: me.rowVersion, displayName: me.displayName, disabled: true, roles: me.roles },
    });
    expect(self.statusCode).toBe(409);
    expect(self.json().error.code).toBe('SELF_LOCKOUT');
  });
});

describe.skipIf(skipDb())('hardening', () => {
  it('rate-limits sign-in attempts per address with 429 RATE_LIMITED', async () => {
    const t = await createTestApp({ fixture: 'small', loginRateLimit: 3 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        codes.push(
          (await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x', password: 'y' } }))
            .statusCode,
        );
      }
      expect(codes).toEqual([401, 401, 401, 429, 429]);
      const last = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'x', password: 'y' },
      });
      expect(last.json().error.code).toBe('RATE_LIMITED');
      expect(last.json().error.message).toMatch(/Terlalu banyak percobaan/);
    } finally {
      await t.close();
    }
  });

  it('refuses demo accounts when they are not allowed (production mode)', async () => {
    const t = await createTestApp({ fixture: 'small', allowDemoAccounts: false });
    try {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'admin', password: DEMO_PASSWORD },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('DEMO_ACCOUNT_DISABLED');
    } finally {
      await t.close();
    }
  });

  it('marks the cookie Secure behind an https proxy when told to trust it', async () => {
    const t = await createTestApp({ fixture: 'small', trustProxy: true });
    try {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'stu', password: DEMO_PASSWORD },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(String([res.headers['set-cookie']].flat()[0])).toContain('Secure');
    } finally {
      await t.close();
    }
  });
});
