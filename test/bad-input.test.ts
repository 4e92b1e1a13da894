// Bad input never yields a 500: every API route is called with malformed JSON, wrong types,
// invalid and unknown ids, and the answer is a 4xx with a stable code and an Indonesian message.
// Also: every route declares its permission.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { skipDb } from './helpers/database.ts';
import { login, type Session } from './helpers/session.ts';

const UNKNOWN_UUID = '00000000-0000-4000-8000-000000000000';

function fill(url: string, value: string): string {
  return url.replace(/:[A-Za-z0-9_]+/g, value);
}

// Built while the file is collected, so that each route is its own short test case.
const t: TestApp | null = skipDb() ? null : await createTestApp({ fixture: 'small' });
const apiRoutes = () =>
  (t?.app.routeTable ?? []).filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'));
// Logging out or changing the password would end the session the rest of the file uses; both are
// covered by the account tests.
const garbageRoutes = apiRoutes().filter((r) => r.url !== '/api/auth/logout' && r.url !== '/api/auth/password');

describe.skipIf(skipDb())('bad input on every route', () => {
  let s: Session;
  beforeAll(async () => {
    s = await login(t!.app, 'admin');
  });
  afterAll(async () => t?.close());

  it('knows the routes it tests', () => {
    expect(apiRoutes().length).toBeGreaterThanOrEqual(14);
  });

  it('every route declares a permission', () => {
    const missing = t!.app.routeTable.filter((r) => !r.url.startsWith('/api/docs') && !r.permission);
    expect(missing).toEqual([]);
  });

  it.each(garbageRoutes.map((r) => [`${r.method} ${r.url}`, r] as const))(
    '%s answers garbage with a 4xx error body, never a 500',
    async (_name, route) => {
      const failures: string[] = [];
      const bodies: { payload?: string | object; headers?: Record<string, string> }[] = [
        { payload: '{"rowVersion": 1, ', headers: { 'content-type': 'application/json' } },
        { payload: { rowVersion: 'satu', indicator: 42, perangkatDaerah: [], basedOnVersionId: 7 } },
        { payload: '[]', headers: { 'content-type': 'application/json' } },
        { payload: 'hello', headers: { 'content-type': 'text/plain' } },
        { payload: 'PK\u0003\u0004broken', headers: { 'content-type': 'multipart/form-data; boundary=x' } },
      ];
      for (const idValue of ['not-a-uuid', UNKNOWN_UUID, '%00', 'x'.repeat(500)]) {
        const url =
          fill(route.url, encodeURIComponent(idValue)) +
          (route.method === 'GET' ? '?limit=-5&tables=tabelX&versionId=zz' : '');
        const variants = route.method === 'GET' ? [{}] : bodies;
        for (const v of variants) {
          const res = await s.request({ method: route.method as 'GET', url, ...v });
          if (res.statusCode >= 500)
            failures.push(`${route.method} ${url} → ${res.statusCode} ${res.body.slice(0, 200)}`);
          if (res.statusCode >= 400) {
            const body = res.json();
            if (!body.error?.code || !body.error?.message)
              failures.push(`${route.method} ${url} → no error code/message: ${res.body.slice(0, 200)}`);
          }
        }
      }
      expect(failures).toEqual([]);
    },
  );

  it('malformed JSON gets INVALID_JSON; a wrong type names the field in Indonesian', async () => {
    const maps = (await s.request({ url: '/api/road-maps' })).json();
    const vid = maps[0].versions[0].id;
    const bad = await s.request({
      method: 'PUT',
      url: `/api/versions/${vid}/indicators/x`,
      payload: '{"a":',
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('INVALID_JSON');
    const typed = await s.request({
      method: 'PUT',
      url: `/api/versions/${vid}/indicators/x`,
      payload: { rowVersion: 'satu' },
    });
    expect(typed.statusCode).toBe(400);
    const fields = typed.json().error.fields as { field: string; message: string }[];
    expect(fields.map((f) => f.field)).toContain('body.rowVersion');
    expect(fields.find((f) => f.field === 'body.rowVersion')!.message).toMatch(/(diharapkan|Masukan|tidak valid)/i);
  });

  it('an unknown id is a 404 with NOT_FOUND; an unknown route is ROUTE_NOT_FOUND', async () => {
    const res = await s.request({ url: `/api/versions/${UNKNOWN_UUID}` });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    const r2 = await s.request({ url: '/api/tidak-ada' });
    expect(r2.statusCode).toBe(404);
    expect(r2.json().error.code).toBe('ROUTE_NOT_FOUND');
  });

  it('an oversized JSON body is refused with 413', async () => {
    const maps = (await s.request({ url: '/api/road-maps' })).json();
    const vid = maps[0].versions[0].id;
    const res = await s.request({
      method: 'PUT',
      url: `/api/versions/${vid}/indicators/x`,
      payload: JSON.stringify({ rowVersion: 1, pad: 'x'.repeat(2 * 1024 * 1024) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('sends security headers and no stack traces', async () => {
    const res = await s.request({ url: '/api/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    const boom = await s.request({ url: '/api/versions/00000000-0000-4000-8000-000000000000/diff/not-a-uuid' });
    expect(boom.body).not.toMatch(/at .*\.ts:\d+|node_modules/);
  });
});
