// Segregation of duties in verification (issue #12 item 6): whoever entered or submitted a realisasi
// can neither verify nor return it — not even an account that also holds the STU role — and the
// refusal writes nothing. Someone else verifies it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { skipDb } from './helpers/database.ts';
import { SMALL_YEAR } from './helpers/factories.ts';
import { fingerprint } from './helpers/fingerprint.ts';
import { login, type Session } from './helpers/session.ts';

describe.skipIf(skipDb())('verification: no one verifies their own entry', () => {
  let t: TestApp;
  let both: Session;
  let kepala: Session;
  let stu: Session;
  let periodeId: string;
  beforeAll(async () => {
    t = await createTestApp({ fixture: 'small' });
    const admin = await login(t.app, 'admin');
    const created = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'ganda',
        displayName: 'Operator BKPSDM merangkap STU',
        password: 'Dua-Peran-Sekaligus-2026',
        roles: [
          { role: 'operator_pd', pdKey: 'bkpsdm' },
          { role: 'koordinator_stu', pdKey: null },
        ],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    both = await login(t.app, 'ganda', 'Dua-Peran-Sekaligus-2026');
    kepala = await login(t.app, 'kepala.bkpsdm');
    stu = await login(t.app, 'stu');
    periodeId = (await stu.request(`/api/periode?year=${SMALL_YEAR}`)).json()[0].id;
  });
  afterAll(async () => t?.close());

  it('refuses the enterer as verifier and returner with SELF_VERIFICATION, writing nothing; another STU verifies', async () => {
    const entered = await both.request({
      method: 'PUT',
      url: '/api/realisasi',
      payload: {
        periodeId,
        subjectType: 'indikator',
        subjectKey: 'asn-kompeten',
        value: '60',
        narrative: '',
        rowVersion: 0,
      },
    });
    expect(entered.statusCode, entered.body).toBe(200);
    const id = entered.json().id as string;
    expect((await kepala.request({ method: 'POST', url: `/api/realisasi/${id}/submit`, payload: {} })).statusCode).toBe(
      200,
    );
    const before = await fingerprint(t);
    const verify = await both.request({ method: 'POST', url: '/api/realisasi/verify', payload: { ids: [id] } });
    expect(verify.statusCode).toBe(403);
    expect(verify.json().error.code).toBe('SELF_VERIFICATION');
    expect(verify.json().error.message).toContain('orang lain');
    const ret = await both.request({
      method: 'POST',
      url: `/api/realisasi/${id}/return`,
      payload: { reason: 'Bukti dukung belum dilampirkan untuk semester ini.' },
    });
    expect(ret.statusCode).toBe(403);
    expect(ret.json().error.code).toBe('SELF_VERIFICATION');
    expect(await fingerprint(t)).toBe(before);
    const ok = await stu.request({ method: 'POST', url: '/api/realisasi/verify', payload: { ids: [id] } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()[0].status).toBe('verified');
  });
});
