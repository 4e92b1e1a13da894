// The role × route matrix, generated from the route table and the permission table: every API
// route is called anonymously and as each role, one test case per route so that each stays short
// on a loaded machine. A denied call must answer 401 (anonymous) or 403 (signed in) and leave the
// database exactly as it was; an allowed call must get past the check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canAny, ROLES, type Action } from '../src/domain/permissions.ts';
import { DEMO_ACCOUNTS } from '../src/server/seed/demo-users.ts';
import type { RouteEntry } from '../src/server/app.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { fingerprint } from './helpers/fingerprint.ts';
import { skipDb } from './helpers/database.ts';
import { login, type Session } from './helpers/session.ts';

// The route table is read from an app built while the file is collected, so that each route
// becomes its own test case; the same app then serves the cases.
const t: TestApp | null = skipDb() ? null : await createTestApp();
const routes: RouteEntry[] = (t?.app.routeTable ?? []).filter(
  (r) =>
    r.url.startsWith('/api/') &&
    !r.url.startsWith('/api/docs') &&
    // Logout and login would end or replace the sessions used by the matrix: covered separately.
    r.url !== '/api/auth/logout' &&
    r.url !== '/api/auth/login',
);

describe.skipIf(skipDb())('role × route matrix', () => {
  const sessions = new Map<string, Session>();
  let ids: Record<string, string>;

  beforeAll(async () => {
    const app = t!.app;
    for (const a of DEMO_ACCOUNTS) sessions.set(a.roles[0]!.role, await login(app, a.username));
    const stu = sessions.get('koordinator_stu')!;
    const maps = (await stu.request('/api/road-maps')).json();
    const version = (await stu.request(`/api/versions/${maps[0].versions[0].id}`)).json();
    // The :id of user routes is a dedicated account: resetting a demo account's password would end
    // that role's session half-way through the matrix.
    const target = await sessions.get('admin')!.request({
      method: 'POST',
      url: '/api/users',
      payload: { username: 'matrix.target', displayName: 'Target matriks', roles: [{ role: 'pimpinan', pdKey: null }] },
    });
    ids = {
      versionId: version.id,
      fromId: version.id,
      toId: version.id,
      roadMapId: maps[0].id,
      key: version.document.indicators[0].key,
      id: target.json().user.id,
    };
  });
  afterAll(async () => t?.close());

  const urlOf = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, (_, p: string) => ids[p] ?? 'x');

  it('covers every role and every API route', () => {
    expect(sessions.size).toBe(ROLES.length);
    expect(routes.length).toBeGreaterThan(20);
    expect(routes.filter((r) => !r.permission)).toEqual([]);
  });

  const allowedFor = (permission: string, role: string, signedIn: boolean) =>
    permission === 'public' ||
    (signedIn &&
      (permission === 'session' ||
        canAny(DEMO_ACCOUNTS.find((a) => a.roles[0]!.role === role)!.roles, permission as Action)));

  it.each(routes.map((r) => [`${r.method} ${r.url}`, r] as const))(
    '%s: denies exactly what the permission table denies, with 401/403 and no database change',
    async (_name, route) => {
      const permission = route.permission!;
      const subjects: [string, Session | null][] = [['anonim', null], ...sessions.entries()];
      const request = {
        method: route.method as 'GET',
        url: urlOf(route.url),
        ...(route.method === 'GET' ? {} : { payload: {} }),
      };
      const denied = subjects.filter(([role, s]) => !allowedFor(permission, role, s !== null));
      const allowed = subjects.filter(([role, s]) => allowedFor(permission, role, s !== null));
      const problems: string[] = [];
      // Denied calls first, between two fingerprints: allowed calls may legitimately write.
      const before = denied.length ? await fingerprint(t!) : '';
      for (const [role, session] of denied) {
        const res = session ? await session.request(request) : await t!.app.inject(request);
        const expected = session ? 403 : 401;
        if (res.statusCode !== expected) problems.push(`${role}: expected ${expected}, got ${res.statusCode}`);
        else if (res.json().error?.code !== (session ? 'FORBIDDEN' : 'UNAUTHENTICATED'))
          problems.push(`${role}: wrong code ${res.body}`);
      }
      if (denied.length && (await fingerprint(t!)) !== before) problems.push('database changed on denial');
      for (const [role, session] of allowed) {
        const res = session ? await session.request(request) : await t!.app.inject(request);
        if (res.statusCode === 401 || res.statusCode === 403)
          problems.push(`${role}: expected allowed, got ${res.statusCode} ${res.body.slice(0, 120)}`);
        if (res.statusCode >= 500) problems.push(`${role}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      }
      expect(problems).toEqual([]);
    },
  );

  it('refuses a state-changing request without the CSRF token, changing nothing', async () => {
    const stu = sessions.get('koordinator_stu')!;
    const before = await fingerprint(t!);
    const res = await t!.app.inject({
      method: 'POST',
      url: `/api/versions/${ids.versionId}/activate`,
      headers: { cookie: stu.cookie },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_INVALID');
    expect(await fingerprint(t!)).toBe(before);
  });

  it('limits a kepala PD to the own perangkat daerah', async () => {
    const kepala = sessions.get('kepala_pd')!;
    const list = (await kepala.request('/api/perangkat-daerah')).json();
    expect(list.items.map((x: { pd: { key: string } }) => x.pd.key)).toEqual(['bkpsdm']);
    const own = list.items[0];
    const { key: _k, ...pd } = own.pd;
    const ok = await kepala.request({
      method: 'PUT',
      url: '/api/perangkat-daerah/bkpsdm',
      payload: { rowVersion: own.rowVersion, perangkatDaerah: { ...pd, shortName: 'BKPSDM' } },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const before = await fingerprint(t!);
    const other = await kepala.request({
      method: 'PUT',
      url: '/api/perangkat-daerah/bp4d',
      payload: { rowVersion: 1, perangkatDaerah: { ...pd, shortName: 'X' } },
    });
    expect(other.statusCode).toBe(403);
    expect(await fingerprint(t!)).toBe(before);
  });
});
