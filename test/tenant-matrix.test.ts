// Tenant isolation (issue #10), generated from the route table: three instansi in one database —
// the first (a kabupaten), another kabupaten, and the province the first is under — and every API
// route called by the other two's users with the first instansi's ids. A read of another
// instansi's object answers 404 (as a missing one), a write changes nothing (the province's is
// refused as TENANT_READ_ONLY), and no answer carries the first instansi's data — except the
// province's pembinaan routes, which read it by design. One test case per route and subject.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canAny, type Action, type RoleAssignment } from '../src/domain/permissions.ts';
import type { RouteEntry } from '../src/server/app.ts';
import { SYSTEM_ACTOR } from '../src/server/request-context.ts';
import { importDocumentTx } from '../src/server/features/roadmap/roadmap.service.ts';
import { ensureYearTx } from '../src/server/features/monitoring/periode.service.ts';
import { createAccount } from '../src/server/features/users/users.service.ts';
import {
  createInstansi,
  listServerInstansi,
  updateInstansi,
} from '../src/server/features/instansi/instansi.service.ts';
import { ownedKindOf } from '../src/server/tenant-guard.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { SMALL_YEAR, smallRoadMap } from './helpers/factories.ts';
import { fingerprint } from './helpers/fingerprint.ts';
import { skipDb } from './helpers/database.ts';
import { login, type Session } from './helpers/session.ts';
import { multipart } from './helpers/multipart.ts';

const t: TestApp | null = skipDb() ? null : await createTestApp({ fixture: 'small' });
const routes: RouteEntry[] = (t?.app.routeTable ?? []).filter(
  (r) =>
    r.url.startsWith('/api/') &&
    !r.url.startsWith('/api/docs') &&
    r.permission !== 'public' &&
    r.url !== '/api/auth/logout' &&
    // Acts on the caller's own account only (and would change it).
    r.url !== '/api/auth/password',
);

/** Text that only the first instansi's data contains. */
const SECRET = 'RAHASIA-INSTANSI-A';
const PASSWORD = 'Kata-Sandi-Lain-2026!';
const OTHER_USERS: { username: string; roles: RoleAssignment[] }[] = [
  { username: 'admin.lain', roles: [{ role: 'admin', pdKey: null }] },
  { username: 'stu.lain', roles: [{ role: 'koordinator_stu', pdKey: null }] },
  { username: 'operator.lain', roles: [{ role: 'operator_pd', pdKey: 'bkpsdm' }] },
  { username: 'kepala.lain', roles: [{ role: 'kepala_pd', pdKey: 'bkpsdm' }] },
  { username: 'evaluator.lain', roles: [{ role: 'evaluator_apip', pdKey: null }] },
];

/**
 * The province's accounts: the instansi-wide roles, as users of the province the first instansi is
 * under (the province has no perangkat daerah for PD roles; the second user is the fallback).
 */
const PROVINCE_USERS = OTHER_USERS.filter((u) => u.roles.every((r) => r.pdKey === null)).map((u) => ({
  ...u,
  username: u.username.replace('.lain', '.prov'),
}));

describe.skipIf(skipDb())('tenant isolation × route', () => {
  const other = new Map<string, Session>();
  const ids: Record<string, string> = {};
  let aVersionId = '';

  beforeAll(async () => {
    const { app, database } = t!;
    // Instansi B: the same small road map under another code and name, with its own accounts.
    const docB = smallRoadMap();
    docB.instansi = { ...docB.instansi, code: 'kab-lain', name: 'Kabupaten Lain' };
    docB.roadMap = { ...docB.roadMap, title: 'Road Map Kabupaten Lain 2020–2024' };
    docB.regulasi = docB.regulasi.map((r) => ({ ...r, title: r.title.replace('Kabupaten Contoh', 'Kabupaten Lain') }));
    const b = await database.db.transaction(async (tx) => {
      const { instansiId } = await importDocumentTx(tx, SYSTEM_ACTOR, docB, { status: 'active' });
      await ensureYearTx(tx, SYSTEM_ACTOR, instansiId, SMALL_YEAR);
      return instansiId;
    });
    const bAdmin = { instansiId: b } as Parameters<typeof createAccount>[2];
    for (const u of OTHER_USERS) {
      await createAccount(database.db, SYSTEM_ACTOR, bAdmin, {
        username: u.username,
        displayName: `Pengguna lain ${u.username}`,
        password: PASSWORD,
        roles: u.roles,
      });
      other.set(u.username, await login(app, u.username, PASSWORD));
    }
    // The province P, with the fixture's instansi A under it, and its own accounts.
    const p = await createInstansi(database.db, SYSTEM_ACTOR, {
      code: 'prov-contoh',
      name: 'Provinsi Pembina',
      kind: 'provinsi',
      region: '',
      parentId: null,
      admin: null,
    });
    const a = (await listServerInstansi(database.db)).find((i) => i.code === 'kab-contoh')!;
    await updateInstansi(database.db, SYSTEM_ACTOR, a.id, { name: a.name, region: a.region, parentId: p.instansi.id });
    for (const u of PROVINCE_USERS) {
      await createAccount(
        database.db,
        SYSTEM_ACTOR,
        { instansiId: p.instansi.id } as Parameters<typeof createAccount>[2],
        {
          username: u.username,
          displayName: `Pengguna provinsi ${u.username}`,
          password: PASSWORD,
          roles: u.roles,
        },
      );
      other.set(u.username, await login(app, u.username, PASSWORD));
    }
    // Instansi A (the fixture's): one realisasi carrying the secret, and its ids.
    const stuA = await login(app, 'stu');
    const operatorA = await login(app, 'operator.bkpsdm');
    const maps = (await stuA.request('/api/road-maps')).json();
    aVersionId = maps[0].versions[0].id;
    const periodes = (await stuA.request(`/api/periode?year=${SMALL_YEAR}`)).json();
    const entered = await operatorA.request({
      method: 'PUT',
      url: '/api/realisasi',
      payload: {
        periodeId: periodes[0].id,
        subjectType: 'indikator',
        subjectKey: 'asn-kompeten',
        value: '55',
        narrative: SECRET,
        rowVersion: 0,
      },
    });
    expect(entered.statusCode).toBe(200);
    const file = await operatorA.request({
      method: 'POST',
      url: `/api/realisasi/${entered.json().id}/evidence`,
      ...multipart(Buffer.from(`%PDF-1.4\n% ${SECRET}\ntrailer <<>>\n%%EOF\n`), { fileName: 'bukti-a.pdf' }),
    });
    expect(file.statusCode, file.body).toBe(201);
    const users = (await (await login(app, 'admin')).request('/api/users')).json();
    Object.assign(ids, {
      versionId: aVersionId,
      fromId: aVersionId,
      toId: aVersionId,
      roadMapId: maps[0].id,
      periodeId: periodes[0].id,
      periode: periodes[0].id,
      realisasi: entered.json().id,
      users: users[0].id,
      sha256: file.json().sha256,
    });
  });
  afterAll(async () => t?.close());

  it('knows what every id parameter of every route names', () => {
    const unknown = routes.flatMap((r) =>
      [...r.url.matchAll(/:([A-Za-z0-9_]+)/g)]
        .map((m) => m[1]!)
        .filter((p) => ownedKindOf(r.url, p) === undefined)
        .map((p) => `${r.method} ${r.url} :${p}`),
    );
    expect(unknown).toEqual([]);
  });

  /** The id of a resource the fixture has no object for: not found for everyone. */
  const MISSING = '00000000-0000-4000-8000-000000000000';
  const idFor = (url: string, param: string) => {
    const resource = url.replace(/^\/api\//, '').split('/')[0]!;
    if (param === 'id') return ids[resource] ?? MISSING;
    return ids[param] ?? 'x';
  };

  const readOnlyRefusals: string[] = [];
  const cases = routes.flatMap((r) => [
    [`${r.method} ${r.url}`, 'the other instansi', OTHER_USERS, r] as const,
    [`${r.method} ${r.url}`, 'the parent province', PROVINCE_USERS, r] as const,
  ]);

  it.each(cases)('%s: %s neither reads nor changes the first one', async (_name, subjectName, users, route) => {
    const subject =
      route.permission === 'session' ? undefined : users.find((u) => canAny(u.roles, route.permission as Action));
    const session = other.get(subject?.username ?? users[1]!.username)!;
    const province = users === PROVINCE_USERS;
    const url = route.url.replace(/:([A-Za-z0-9_]+)/g, (_, p: string) => idFor(route.url, p));
    const namesOwned = [...route.url.matchAll(/:([A-Za-z0-9_]+)/g)].some((m) => ownedKindOf(route.url, m[1]!));
    const before = await fingerprint(t!);
    const res = await session.request({
      method: route.method as 'GET',
      url: route.method === 'GET' && route.url === '/api/realisasi' ? `${url}?periodeId=${ids.periodeId}` : url,
      ...(route.method === 'GET'
        ? {}
        : {
            payload: {
              periodeId: ids.periodeId,
              ids: [ids.realisasi],
              subjectType: 'indikator',
              subjectKey: 'asn-kompeten',
              value: '1',
              narrative: 'dari instansi lain',
              rowVersion: 1,
            },
          }),
    });
    expect(res.body).not.toContain(SECRET);
    if (province && route.url === '/api/pembinaan') {
      // The province's comparison is where it reads the kabupaten under it (only verified figures).
      expect(res.statusCode, res.body).toBe(400); // no year given
      return;
    }
    expect(res.body).not.toContain('Kabupaten Contoh');
    if (route.method === 'GET') {
      if (namesOwned || route.url === '/api/realisasi') expect(res.statusCode, res.body).toBe(404);
      else expect(res.body).not.toContain(aVersionId);
    } else {
      expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
      expect(await fingerprint(t!)).toBe(before);
      // A province allowed the action, naming the kabupaten's object, is told it may only read.
      if (province && subject && namesOwned && !url.includes(MISSING) && res.statusCode !== 400) {
        expect(res.json().error.code, `${subjectName}: ${res.body}`).toBe('TENANT_READ_ONLY');
        readOnlyRefusals.push(route.url);
      }
    }
  });

  it('refused the province by name on the write routes that name the kabupaten’s objects', () => {
    // Runs after the cases above (file order): the check of TENANT_READ_ONLY was not vacuous.
    expect(readOnlyRefusals).toEqual(
      expect.arrayContaining([
        '/api/users/:id/reset-password',
        '/api/realisasi/:id',
        '/api/versions/:versionId/activate',
      ]),
    );
  });
});
