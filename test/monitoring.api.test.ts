// Semester monitoring end to end through the API: an operator PD enters S1 2024 realisasi with
// evidence, the kepala PD submits, the STU returns one and verifies the rest, and the dashboard
// shows capaian, status, early warnings and completeness. Bad input is refused with nothing written.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { skipDb } from './helpers/database.ts';
import { multipart } from './helpers/multipart.ts';
import { login, type Session } from './helpers/session.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]);

describe.skipIf(skipDb())('monitoring: realisasi, workflow, capaian', () => {
  let t: TestApp;
  let operator: Session;
  let kepala: Session;
  let stu: Session;
  let s1: { id: string; state: string };
  const count = async (table: string) =>
    (
      (await t.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as {
        rows: { n: number }[];
      }
    ).rows[0]!.n;
  const enter = (s: Session, body: Record<string, unknown>) =>
    s.request({
      method: 'PUT',
      url: '/api/realisasi',
      payload: { periodeId: s1.id, subjectType: 'indikator', narrative: '', rowVersion: 0, ...body },
    });

  beforeAll(async () => {
    t = await createTestApp();
    [operator, kepala, stu] = [
      await login(t.app, 'operator.bkpsdm'),
      await login(t.app, 'kepala.bkpsdm'),
      await login(t.app, 'stu'),
    ];
    const periods = (await stu.request('/api/periode?year=2024')).json();
    s1 = periods.find((p: { code: string }) => p.code === 'S1');
  });
  afterAll(async () => t?.close());

  it('has the 2024 semesters, reopened for the demo with an audited reason', () => {
    expect(s1.state).toBe('dibuka_kembali');
  });

  it('accepts a value typed by the scale with an Indonesian decimal comma, and refuses bad values writing nothing', async () => {
    const before = await count('realisasi');
    const cases: [Record<string, unknown>, number, string][] = [
      [{ subjectKey: 'indeks-sistem-merit', value: 'seratus' }, 422, 'NOT_A_NUMBER'],
      [{ subjectKey: 'indeks-sistem-merit', value: '450' }, 422, 'VALUE_OUT_OF_SCALE'],
      [
        {
          subjectKey: 'persentase-implementasi-pengelolaan-kinerja-asn',
          value: '50',
          numerator: '3',
          denominator: '4',
        },
        422,
        'FRACTION_MISMATCH',
      ],
      [{ subjectKey: 'persentase-penduduk-miskin', value: '20,5' }, 403, 'FORBIDDEN'],
      [{ subjectKey: 'tidak-ada', value: '1' }, 404, 'NOT_FOUND'],
    ];
    for (const [body, status, code] of cases) {
      const res = await enter(operator, body);
      expect(res.statusCode, res.body).toBe(status);
      const err = res.json().error;
      expect(status === 422 ? err.fields[0].code : err.code).toBe(code);
    }
    expect(await count('realisasi')).toBe(before);
    const ok = await enter(operator, {
      subjectKey: 'indeks-sistem-merit',
      value: '112,5',
      narrative: 'Hasil penilaian mandiri sistem merit.',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      value: { kind: 'number', value: 112.5 },
      status: 'draft',
      pdKey: 'bkpsdm',
      rowVersion: 1,
    });
    const frac = await enter(operator, {
      subjectKey: 'persentase-implementasi-pengelolaan-kinerja-asn',
      value: null,
      numerator: '45',
      denominator: '50',
    });
    expect(frac.statusCode, frac.body).toBe(200);
    expect(frac.json().value).toEqual({ kind: 'number', value: 90 });
  });

  it('stores evidence by content: same file once, executables and disguised files refused', async () => {
    const rows = (await operator.request(`/api/realisasi?periodeId=${s1.id}`)).json() as {
      id: string;
      subjectKey: string;
    }[];
    const [a, b] = rows;
    const up1 = await operator.request({
      method: 'POST',
      url: `/api/realisasi/${a!.id}/evidence`,
      ...multipart(PDF, { fileName: 'sk-merit.pdf' }),
    });
    expect(up1.statusCode, up1.body).toBe(201);
    const up2 = await operator.request({
      method: 'POST',
      url: `/api/realisasi/${b!.id}/evidence`,
      ...multipart(PDF, { fileName: 'salinan.pdf' }),
    });
    expect(up2.json().sha256).toBe(up1.json().sha256);
    expect(await count('evidence_file')).toBe(1);
    const filesBefore = await count('realisasi_evidence');
    const exe = await operator.request({
      method: 'POST',
      url: `/api/realisasi/${a!.id}/evidence`,
      ...multipart(EXE, { fileName: 'laporan.pdf' }),
    });
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.code).toBe('FILE_EXECUTABLE');
    const text = await operator.request({
      method: 'POST',
      url: `/api/realisasi/${a!.id}/evidence`,
      ...multipart(Buffer.from('hanya teks biasa'), { fileName: 'bukti.pdf' }),
    });
    expect(text.statusCode).toBe(415);
    expect(await count('realisasi_evidence')).toBe(filesBefore);
    const dl = await stu.request(`/api/evidence/${up1.json().sha256}`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toContain('application/pdf');
    expect(dl.rawPayload.equals(PDF)).toBe(true);
  });

  it('refuses entries for another PD and entries by an evaluator', async () => {
    const evaluator = await login(t.app, 'evaluator');
    const res = await enter(evaluator, { subjectKey: 'indeks-sistem-merit', value: '110' });
    expect(res.statusCode).toBe(403);
  });

  it('runs the workflow: submit by kepala PD, return with a reason (PD notified), bulk verify, no edits after verification', async () => {
    const rows = (await kepala.request(`/api/realisasi?periodeId=${s1.id}`)).json() as {
      id: string;
      subjectKey: string;
    }[];
    expect((await operator.request({ method: 'POST', url: `/api/realisasi/${rows[0]!.id}/submit` })).statusCode).toBe(
      403,
    );
    for (const r of rows)
      expect((await kepala.request({ method: 'POST', url: `/api/realisasi/${r.id}/submit` })).statusCode).toBe(200);
    const merit = rows.find((r) => r.subjectKey === 'indeks-sistem-merit')!;
    const other = rows.find((r) => r.subjectKey !== 'indeks-sistem-merit')!;
    const ret = await stu.request({
      method: 'POST',
      url: `/api/realisasi/${merit.id}/return`,
      payload: { reason: 'Lampirkan hasil penilaian dari KemenPANRB.' },
    });
    expect(ret.statusCode, ret.body).toBe(200);
    expect(ret.json()).toMatchObject({
      status: 'returned',
      returnReason: 'Lampirkan hasil penilaian dari KemenPANRB.',
    });
    const notes = (await operator.request('/api/notifications')).json() as { kind: string; body: string }[];
    expect(notes.some((n) => n.kind === 'realisasi_returned' && n.body.includes('KemenPANRB'))).toBe(true);
    // Bulk verify is all-or-nothing: including the returned one verifies nothing.
    const mixed = await stu.request({
      method: 'POST',
      url: '/api/realisasi/verify',
      payload: { ids: [merit.id, other.id] },
    });
    expect(mixed.statusCode).toBe(409);
    const ok = await stu.request({ method: 'POST', url: '/api/realisasi/verify', payload: { ids: [other.id] } });
    expect(ok.statusCode, ok.body).toBe(200);
    const locked = await enter(operator, { subjectKey: other.subjectKey, value: '80', rowVersion: 3 });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('REALISASI_LOCKED');
    const comment = await stu.request({
      method: 'POST',
      url: `/api/realisasi/${merit.id}/comments`,
      payload: { body: 'Ditunggu perbaikannya.' },
    });
    expect(comment.statusCode).toBe(201);
    // Pimpinan reads everything and changes nothing (docs/security.md): no comments either.
    const sekda = await login(t.app, 'sekda');
    const byPimpinan = await sekda.request({
      method: 'POST',
      url: `/api/realisasi/${merit.id}/comments`,
      payload: { body: 'Komentar pimpinan.' },
    });
    expect(byPimpinan.statusCode).toBe(403);
    const history = (await stu.request(`/api/history?entityType=realisasi&entityId=${merit.id}`)).json() as {
      action: string;
      actor: string;
    }[];
    expect(history.map((h) => h.action)).toEqual(
      expect.arrayContaining(['realisasi.create', 'realisasi.submit', 'realisasi.return', 'realisasi.comment']),
    );
  });

  it('computes capaian, status and early warnings on the dashboard, and reports completeness per PD', async () => {
    const res = await stu.request(`/api/monitoring/dashboard?periodeId=${s1.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    const merit = d.indicators.find((i: { key: string }) => i.key === 'indeks-sistem-merit');
    expect(merit.capaian.kind).toBe('dinilai');
    expect(merit.capaian.percent).toBeCloseTo((112.5 / 125) * 100, 1);
    const poverty = d.indicators.find((i: { key: string }) => i.key === 'persentase-penduduk-miskin');
    expect(poverty.capaian.kind).toBe('tidak_dinilai');
    expect(poverty.status).toBe('tidak_dinilai');
    const bkpsdm = d.completeness.find((c: { pdKey: string }) => c.pdKey === 'bkpsdm');
    expect(bkpsdm).toMatchObject({ returned: 1, verified: 1 });
    expect(bkpsdm.notEntered).toBeGreaterThan(0);
    expect(d.summary.averageVerified.counted).toBe(1);
  });

  it('refuses entries in a locked period, and reopening needs a reason; reopening is audited', async () => {
    const setup = await stu.request({
      method: 'POST',
      url: '/api/periode/setup',
      payload: { year: 2023, scheme: 'semester' },
    });
    expect(setup.statusCode, setup.body).toBe(201);
    const p23 = setup.json().find((p: { code: string }) => p.code === 'S1');
    expect(p23.state).toBe('terkunci');
    const res = await operator.request({
      method: 'PUT',
      url: '/api/realisasi',
      payload: {
        periodeId: p23.id,
        subjectType: 'indikator',
        subjectKey: 'indeks-sistem-merit',
        value: '100',
        narrative: '',
        rowVersion: 0,
      },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('PERIODE_LOCKED');
    const noReason = await stu.request({
      method: 'POST',
      url: `/api/periode/${p23.id}/reopen`,
      payload: { reason: '', until: '2099-01-01', rowVersion: p23.rowVersion },
    });
    expect(noReason.statusCode).toBe(400);
    const byKepala = await kepala.request({
      method: 'POST',
      url: `/api/periode/${p23.id}/reopen`,
      payload: { reason: 'Koreksi data BKPSDM', until: '2099-01-01', rowVersion: p23.rowVersion },
    });
    expect(byKepala.statusCode).toBe(403);
    const ok = await stu.request({
      method: 'POST',
      url: `/api/periode/${p23.id}/reopen`,
      payload: {
        reason: 'Koreksi data sistem merit atas temuan Inspektorat',
        until: '2099-01-01',
        rowVersion: p23.rowVersion,
      },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().state).toBe('dibuka_kembali');
    const audit = (await stu.request(`/api/audit?entityType=periode&entityId=${p23.id}`)).json();
    expect(audit[0].after).toMatchObject({
      reason: 'Koreksi data sistem merit atas temuan Inspektorat',
      approvedBy: 'stu',
    });
  });

  it('keeps evidence files while any entry refers to them and sweeps them after', async () => {
    const draft = await enter(operator, { subjectKey: 'tingkat-pengelolaan-manajemen-talenta-asn', value: '40' });
    expect(draft.statusCode, draft.body).toBe(200);
    const pdf2 = Buffer.concat([PDF, Buffer.from('% lain\n')]);
    const up = await operator.request({
      method: 'POST',
      url: `/api/realisasi/${draft.json().id}/evidence`,
      ...multipart(pdf2, { fileName: 'talenta.pdf' }),
    });
    const sha = up.json().sha256 as string;
    expect(fs.existsSync(t.app.evidenceStore.pathOf(sha))).toBe(true);
    const del = await operator.request({ method: 'DELETE', url: `/api/realisasi/${draft.json().id}` });
    expect(del.statusCode, del.body).toBe(200);
    expect(fs.existsSync(t.app.evidenceStore.pathOf(sha))).toBe(true);
    const { sweepEvidence } = await import('../src/server/features/monitoring/realisasi.service.ts');
    const removed = await sweepEvidence(t.database.db, t.app.evidenceStore);
    expect(removed).toEqual([sha]);
    expect(fs.existsSync(t.app.evidenceStore.pathOf(sha))).toBe(false);
    // The file still referenced by the first entries survives the sweep.
    expect(await count('evidence_file')).toBe(1);
  });
});
