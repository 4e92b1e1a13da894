// Verification that is not a rubber stamp (issue #12 item 6), on both databases: a value equal to its
// target with no evidence and evidence reused from an earlier period for a different value are
// flagged in the list; bulk verification refuses flagged rows (nothing verified); a return reason
// must say something.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { SMALL_YEAR } from './helpers/factories.ts';
import { fingerprint } from './helpers/fingerprint.ts';
import { skipDb } from './helpers/database.ts';
import { multipart } from './helpers/multipart.ts';
import { login, type Session } from './helpers/session.ts';

const PASSWORD = 'Verifikasi-Jujur-2026!';
const PDF = Buffer.from('%PDF-1.4\n% bukti penilaian kompetensi\ntrailer <<>>\n%%EOF\n');

describe.skipIf(skipDb())('verification integrity', () => {
  let t: TestApp;
  let stu: Session;
  let operator: Session;
  let kepala: Session;
  let opBp4d: Session;
  let kpBp4d: Session;
  const periode: Record<string, string> = {};
  const ids: Record<string, string> = {};

  const enter = async (s: Session, code: string, subjectKey: string, value: string) => {
    const res = await s.request({
      method: 'PUT',
      url: '/api/realisasi',
      payload: { periodeId: periode[code], subjectType: 'indikator', subjectKey, value, rowVersion: 0 },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().id as string;
  };
  const list = async (code: string) =>
    (await stu.request(`/api/realisasi?periodeId=${periode[code]}`)).json() as {
      id: string;
      subjectKey: string;
      flags: string[];
    }[];

  beforeAll(async () => {
    t = await createTestApp({ fixture: 'small' });
    stu = await login(t.app, 'stu');
    operator = await login(t.app, 'operator.bkpsdm');
    kepala = await login(t.app, 'kepala.bkpsdm');
    const admin = await login(t.app, 'admin');
    for (const [username, role] of [
      ['op.bp4d', 'operator_pd'],
      ['kp.bp4d', 'kepala_pd'],
    ] as const) {
      const res = await admin.request({
        method: 'POST',
        url: '/api/users',
        payload: { username, displayName: username, password: PASSWORD, roles: [{ role, pdKey: 'bp4d' }] },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    opBp4d = await login(t.app, 'op.bp4d', PASSWORD);
    kpBp4d = await login(t.app, 'kp.bp4d', PASSWORD);
    for (const p of (await stu.request(`/api/periode?year=${SMALL_YEAR}`)).json() as { id: string; code: string }[])
      periode[p.code] = p.id;
  });
  afterAll(async () => t?.close());

  it('flags a value equal to its target without evidence, and refuses it in bulk', async () => {
    ids.asn = await enter(operator, 'S1', 'asn-kompeten', '50');
    const file = await operator.request({
      method: 'POST',
      url: `/api/realisasi/${ids.asn}/evidence`,
      ...multipart(PDF, { fileName: 'kompetensi.pdf' }),
    });
    expect(file.statusCode, file.body).toBe(201);
    ids.sakip = await enter(opBp4d, 'S1', 'predikat-sakip', 'B'); // the 2024 target, no evidence
    expect((await kepala.request({ method: 'POST', url: `/api/realisasi/${ids.asn}/submit` })).statusCode).toBe(200);
    expect((await kpBp4d.request({ method: 'POST', url: `/api/realisasi/${ids.sakip}/submit` })).statusCode).toBe(200);

    const rows = await list('S1');
    expect(rows.find((r) => r.id === ids.sakip)!.flags).toEqual(['VALUE_EQUALS_TARGET_NO_EVIDENCE']);
    expect(rows.find((r) => r.id === ids.asn)!.flags).toEqual([]);

    const before = await fingerprint(t);
    const bulk = await stu.request({
      method: 'POST',
      url: '/api/realisasi/verify',
      payload: { ids: [ids.asn, ids.sakip] },
    });
    expect(bulk.statusCode).toBe(422);
    expect(bulk.json().error).toMatchObject({ code: 'VERIFICATION_FLAGGED', details: { ids: [ids.sakip] } });
    expect(await fingerprint(t)).toBe(before);
    const one = await stu.request({ method: 'POST', url: '/api/realisasi/verify', payload: { ids: [ids.asn] } });
    expect(one.statusCode, one.body).toBe(200);
  });

  it('wants a return reason that says what to fix', async () => {
    const url = `/api/realisasi/${ids.sakip}/return`;
    const before = await fingerprint(t);
    for (const [reason, code] of [
      ['revisi ya', 'RETURN_REASON_TOO_SHORT'],
      ['Tidak sesuai.', 'RETURN_REASON_PLACEHOLDER'],
      ['..........', 'RETURN_REASON_PLACEHOLDER'],
    ]) {
      const res = await stu.request({ method: 'POST', url, payload: { reason } });
      expect(res.statusCode, reason).toBe(422);
      expect(res.json().error.fields).toEqual([expect.objectContaining({ field: 'reason', code })]);
    }
    expect(await fingerprint(t)).toBe(before);
    const ok = await stu.request({ method: 'POST', url, payload: { reason: 'Lampirkan LHE SAKIP dari KemenPANRB.' } });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('flags evidence reused unchanged from an earlier period for a different value', async () => {
    const s2 = await enter(operator, 'S2', 'asn-kompeten', '58');
    const again = await operator.request({
      method: 'POST',
      url: `/api/realisasi/${s2}/evidence`,
      ...multipart(PDF, { fileName: 'kompetensi-lagi.pdf' }),
    });
    expect(again.statusCode, again.body).toBe(201);
    expect((await list('S2')).find((r) => r.id === s2)!.flags).toEqual(['EVIDENCE_REUSED']);
    // Verified one by one, it is what the evaluator's sample proposes first.
    expect((await kepala.request({ method: 'POST', url: `/api/realisasi/${s2}/submit` })).statusCode).toBe(200);
    expect(
      (await stu.request({ method: 'POST', url: '/api/realisasi/verify', payload: { ids: [s2] } })).statusCode,
    ).toBe(200);
    const evaluator = await login(t.app, 'evaluator');
    const sample = (await evaluator.request(`/api/realisasi/sample?periodeId=${periode.S2}`)).json();
    expect(sample).toMatchObject({ rate: 0.1, verified: 1, rows: [{ reason: 'flagged', verifiedBy: 'stu' }] });
    expect(sample.rows[0].realisasi.id).toBe(s2);
    const s1 = (await evaluator.request(`/api/realisasi/sample?periodeId=${periode.S1}`)).json();
    expect(s1.rows).toEqual([
      expect.objectContaining({ reason: 'sampled', realisasi: expect.objectContaining({ id: ids.asn }) }),
    ]);
    expect((await stu.request(`/api/realisasi/sample?periodeId=${periode.S1}`)).statusCode).toBe(403);
  });
});
