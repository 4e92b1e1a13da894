// Many instansi in one deployment (issue #10), through the API on both databases: the
// super-administrator creates a province and a kabupaten with its own admin and moves the existing
// kabupaten under the province; bad input is refused by field with nothing written; the province
// reads both in its comparison and one of them read-only, and a write into a kabupaten under it is
// refused with TENANT_READ_ONLY and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { SMALL_YEAR } from './helpers/factories.ts';
import { fingerprint } from './helpers/fingerprint.ts';
import { skipDb } from './helpers/database.ts';
import { login, type Session } from './helpers/session.ts';

const NEW_PASSWORD = 'Provinsi-NTT-2026!';

/** Signs in with a temporary password and replaces it, as a new admin does on first sign-in. */
async function firstSignIn(t: TestApp, username: string, temporary: string): Promise<Session> {
  const s = await login(t.app, username, temporary);
  const changed = await s.request({
    method: 'POST',
    url: '/api/auth/password',
    payload: { currentPassword: temporary, newPassword: NEW_PASSWORD },
  });
  expect(changed.statusCode, changed.body).toBe(200);
  return login(t.app, username, NEW_PASSWORD);
}

describe.skipIf(skipDb())('instansi on one server and the province reading those under it', () => {
  let t: TestApp;
  let superadmin: Session;
  let province: Session;
  let ntt = '';
  const contohId = { id: '' };

  beforeAll(async () => {
    t = await createTestApp({ fixture: 'small' });
    superadmin = await login(t.app, 'superadmin');
  });
  afterAll(async () => t?.close());

  it('lets only the super-administrator list and create instansi', async () => {
    const list = await superadmin.request('/api/server/instansi');
    expect(list.statusCode).toBe(200);
    const contoh = list.json().find((i: { code: string }) => i.code === 'kab-contoh');
    expect(contoh).toMatchObject({ kind: 'kabupaten', parentId: null, admins: 1, roadMaps: 1 });
    contohId.id = contoh.id;
    const admin = await login(t.app, 'admin');
    expect((await admin.request('/api/server/instansi')).statusCode).toBe(403);
    // The super-administrator reads no instansi's data.
    expect((await superadmin.request('/api/road-maps')).statusCode).toBe(403);
  });

  it('creates a province with its first admin, a kabupaten under it, and moves the existing one under it', async () => {
    const created = await superadmin.request({
      method: 'POST',
      url: '/api/server/instansi',
      payload: {
        code: 'prov-ntt',
        name: 'Provinsi Nusa Tenggara Timur',
        kind: 'provinsi',
        region: 'Nusa Tenggara Timur',
        admin: { username: 'admin.ntt', displayName: 'Admin Provinsi NTT' },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    ntt = created.json().instansi.id;
    expect(created.json().admin.temporaryPassword).toMatch(/^rb-/);
    province = await firstSignIn(t, 'admin.ntt', created.json().admin.temporaryPassword);

    const kab = await superadmin.request({
      method: 'POST',
      url: '/api/server/instansi',
      payload: {
        code: 'kab-alor',
        name: 'Kabupaten Alor',
        kind: 'kabupaten',
        region: 'Nusa Tenggara Timur',
        parentId: ntt,
        admin: { username: 'admin.alor', displayName: 'Admin Alor' },
      },
    });
    expect(kab.statusCode, kab.body).toBe(201);
    expect(kab.json().instansi).toMatchObject({ parentId: ntt, admins: 1, accounts: 1 });
    const alor = await firstSignIn(t, 'admin.alor', kab.json().admin.temporaryPassword);
    // Each admin sees only its own accounts and no road map of another instansi.
    expect((await alor.request('/api/users')).json().map((u: { username: string }) => u.username)).toEqual([
      'admin.alor',
    ]);
    expect((await alor.request('/api/road-maps')).json()).toEqual([]);
    expect((await alor.request(`/api/pembinaan?year=${SMALL_YEAR}`)).json().rows).toEqual([]);

    const moved = await superadmin.request({
      method: 'PUT',
      url: `/api/server/instansi/${contohId.id}`,
      payload: { name: 'Kabupaten Contoh', region: 'Nusa Tenggara Timur', parentId: ntt },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ parentId: ntt, region: 'Nusa Tenggara Timur' });
  });

  it('refuses a wrong parent, a loop, a taken code or admin name by field, and writes nothing', async () => {
    const before = await fingerprint(t);
    const send = (payload: object) => superadmin.request({ method: 'POST', url: '/api/server/instansi', payload });
    const underKab = await send({ code: 'kota-x', name: 'Kota X', kind: 'kota', parentId: contohId.id });
    expect(underKab.statusCode).toBe(422);
    expect(underKab.json().error.fields).toEqual([
      expect.objectContaining({ field: 'parentId', code: 'INSTANSI_PARENT_KIND' }),
    ]);
    expect(underKab.json().error.fields[0].message).toBe('Induk kota harus provinsi yang terdaftar di server ini.');
    const taken = await send({ code: 'prov-ntt', name: 'Lagi', kind: 'provinsi' });
    expect(taken.json().error.fields).toEqual([expect.objectContaining({ field: 'code', code: 'CODE_TAKEN' })]);
    const adminTaken = await send({
      code: 'kab-belu',
      name: 'Kabupaten Belu',
      kind: 'kabupaten',
      admin: { username: 'admin.ntt', displayName: 'Dua kali' },
    });
    expect(adminTaken.json().error.fields).toEqual([
      expect.objectContaining({ field: 'admin.username', code: 'USERNAME_TAKEN' }),
    ]);
    const shape = await send({ code: 'Bukan Kode', name: '', kind: 'desa' });
    expect(shape.statusCode).toBe(400);
    expect(
      shape
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['body.code', 'body.kind', 'body.name']);
    const self = await superadmin.request({
      method: 'PUT',
      url: `/api/server/instansi/${ntt}`,
      payload: { name: 'Provinsi NTT', region: '', parentId: ntt },
    });
    expect(self.json().error.fields).toEqual([expect.objectContaining({ code: 'INSTANSI_PARENT_SELF' })]);
    expect(await fingerprint(t)).toBe(before);
  });

  it('shows the province both kabupaten in its comparison, with verified capaian and reporting', async () => {
    // Kabupaten Contoh reports one value and verifies it.
    const operator = await login(t.app, 'operator.bkpsdm');
    const kepala = await login(t.app, 'kepala.bkpsdm');
    const stu = await login(t.app, 'stu');
    const s1 = (await stu.request(`/api/periode?year=${SMALL_YEAR}`))
      .json()
      .find((p: { code: string }) => p.code === 'S2');
    const entered = await operator.request({
      method: 'PUT',
      url: '/api/realisasi',
      payload: { periodeId: s1.id, subjectType: 'indikator', subjectKey: 'asn-kompeten', value: '54', rowVersion: 0 },
    });
    expect(entered.statusCode, entered.body).toBe(200);
    expect(
      (await kepala.request({ method: 'POST', url: `/api/realisasi/${entered.json().id}/submit` })).statusCode,
    ).toBe(200);
    const verified = await stu.request({
      method: 'POST',
      url: '/api/realisasi/verify',
      payload: { ids: [entered.json().id] },
    });
    expect(verified.statusCode, verified.body).toBe(200);

    const evaluator = await login(t.app, 'evaluator');
    const hist = await evaluator.request({
      method: 'POST',
      url: '/api/indeks-history',
      payload: { year: 2023, source: 'nasional', indeks: 61.2, note: 'Hasil evaluasi KemenPANRB' },
    });
    expect(hist.statusCode, hist.body).toBe(201);

    const res = await province.request(`/api/pembinaan?year=${SMALL_YEAR}&periode=S2`);
    expect(res.statusCode, res.body).toBe(200);
    const rows = res.json().rows;
    expect(rows.map((r: { code: string }) => r.code)).toEqual(['kab-alor', 'kab-contoh']);
    const [alor, contoh] = rows;
    expect(alor).toMatchObject({ governing: null, periode: null, parentName: 'Provinsi Nusa Tenggara Timur' });
    expect(contoh).toMatchObject({
      depth: 1,
      governing: { versionLabel: 'Perbup 1/2024', transition: false, regulasi: { type: 'perbup', number: '1' } },
      periode: { code: 'S2' },
      // 54 of 60, higher is better: 90 %.
      capaian: { percent: 90, counted: 1 },
      reporting: { verified: 1 },
    });
    expect(contoh.reporting.expected).toBeGreaterThanOrEqual(2);
    // The index history as the contract states it: year, value, predikat, source (no notes).
    expect(contoh.indeks).toEqual([{ year: 2023, indeks: 61.2, predikat: expect.any(String), source: 'nasional' }]);
    expect(res.json().indeksYears).toEqual([2023]);
  });

  it('opens one kabupaten read-only, answers 404 for an instansi not under it, and refuses writes into it', async () => {
    const detail = await province.request(`/api/pembinaan/kab-contoh?year=${SMALL_YEAR}&periode=S2`);
    expect(detail.statusCode, detail.body).toBe(200);
    const asn = detail.json().indicators.find((i: { key: string }) => i.key === 'asn-kompeten');
    expect(asn).toMatchObject({ value: '54', target: '60%', realisasiStatus: 'verified', pdName: expect.any(String) });
    const sakip = detail.json().indicators.find((i: { key: string }) => i.key === 'predikat-sakip');
    expect(sakip).toMatchObject({ value: null, status: 'tidak_dinilai' });
    expect((await province.request(`/api/pembinaan/prov-ntt?year=${SMALL_YEAR}`)).statusCode).toBe(404);
    const alor = await login(t.app, 'admin.alor', NEW_PASSWORD);
    // A kabupaten's admin reads pembinaan of none: its neighbour is not found, like a missing code.
    expect((await alor.request(`/api/pembinaan/kab-contoh?year=${SMALL_YEAR}`)).statusCode).toBe(404);

    // The province's admin names the kabupaten's objects: reads act for the province (404), writes are refused by name.
    const stu = await login(t.app, 'stu');
    const maps = (await stu.request('/api/road-maps')).json();
    const users = (await (await login(t.app, 'admin')).request('/api/users')).json();
    const before = await fingerprint(t);
    expect((await province.request(`/api/versions/${maps[0].versions[0].id}`)).statusCode).toBe(404);
    const write = await province.request({
      method: 'POST',
      url: `/api/users/${users[0].id}/reset-password`,
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('TENANT_READ_ONLY');
    expect(await fingerprint(t)).toBe(before);
  });
});
