// The Tim Evaluasi Internal through the API on both databases (issue #12 item 1): the evaluator sets
// up the year's team from the instansi's evaluator accounts and assigns PDs and sasaran; nobody is
// assigned a PD they belong to (nothing written); a stale save answers 409; only evaluators save.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { skipDb } from './helpers/database.ts';
import { fingerprint } from './helpers/fingerprint.ts';
import { login, type Session } from './helpers/session.ts';

describe.skipIf(skipDb())('Tim Evaluasi Internal', () => {
  let t: TestApp;
  let evaluator: Session;
  let operator: Session;
  let evaluatorId = '';
  let operatorId = '';

  beforeAll(async () => {
    t = await createTestApp({ fixture: 'small' });
    [evaluator, operator] = await Promise.all([login(t.app, 'evaluator'), login(t.app, 'operator.bkpsdm')]);
    const users = (await (await login(t.app, 'admin')).request('/api/users')).json() as {
      id: string;
      username: string;
    }[];
    evaluatorId = users.find((u) => u.username === 'evaluator')!.id;
    operatorId = users.find((u) => u.username === 'operator.bkpsdm')!.id;
  });
  afterAll(async () => t?.close());

  const body = (over: Record<string, unknown> = {}) => ({
    skNomor: '700/12/INSP/2024',
    anggota: [{ userId: evaluatorId, peran: 'ketua', pdKey: null }],
    tugas: [
      { userId: evaluatorId, jenis: 'pd', key: 'bkpsdm' },
      { userId: evaluatorId, jenis: 'sasaran', key: 'sg-1' },
    ],
    rowVersion: 0,
    ...over,
  });

  it('offers the evaluator accounts, PDs and sasaran of the year', async () => {
    const res = await operator.request('/api/evaluasi/2024/tim');
    expect(res.statusCode, res.body).toBe(200);
    const tim = res.json();
    expect(tim).toMatchObject({ exists: false, rowVersion: 0 });
    expect(tim.pilihan.akun.map((a: { id: string }) => a.id)).toEqual([evaluatorId]);
    expect(tim.pilihan.pd.map((p: { key: string }) => p.key)).toEqual(expect.arrayContaining(['bkpsdm', 'bp4d']));
    expect(tim.pilihan.sasaran.map((s: { key: string }) => s.key)).toEqual(['sg-1']);
  });

  it('refuses an evaluator for their own PD and a member who is not an evaluator, writing nothing', async () => {
    const before = await fingerprint(t);
    const own = await evaluator.request({
      method: 'PUT',
      url: '/api/evaluasi/2024/tim',
      payload: body({ anggota: [{ userId: evaluatorId, peran: 'ketua', pdKey: 'bkpsdm' }] }),
    });
    expect(own.statusCode).toBe(422);
    expect(own.json().error.fields).toEqual([
      expect.objectContaining({ field: 'tugas.0.key', code: 'EVALUATOR_OWN_PD' }),
    ]);
    const notEvaluator = await evaluator.request({
      method: 'PUT',
      url: '/api/evaluasi/2024/tim',
      payload: body({ anggota: [{ userId: operatorId, peran: 'ketua' }], tugas: [] }),
    });
    expect(notEvaluator.json().error.fields[0]).toMatchObject({ field: 'anggota.0.userId', code: 'UNKNOWN_USER' });
    expect((await operator.request({ method: 'PUT', url: '/api/evaluasi/2024/tim', payload: body() })).statusCode).toBe(
      403,
    );
    expect(await fingerprint(t)).toBe(before);
  });

  it('saves the team whole and refuses a stale save', async () => {
    const saved = await evaluator.request({ method: 'PUT', url: '/api/evaluasi/2024/tim', payload: body() });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      exists: true,
      rowVersion: 1,
      skNomor: '700/12/INSP/2024',
      anggota: [{ userId: evaluatorId, peran: 'ketua', displayName: expect.stringContaining('Evaluator') }],
      tugas: [
        { jenis: 'pd', key: 'bkpsdm' },
        { jenis: 'sasaran', key: 'sg-1' },
      ],
    });
    const stale = await evaluator.request({ method: 'PUT', url: '/api/evaluasi/2024/tim', payload: body() });
    expect(stale.statusCode).toBe(409);
    const again = await evaluator.request({
      method: 'PUT',
      url: '/api/evaluasi/2024/tim',
      payload: body({ tugas: [], rowVersion: 1 }),
    });
    expect(again.json()).toMatchObject({ rowVersion: 2, tugas: [] });
  });
});
