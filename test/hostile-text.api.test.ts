// Hostile text at the schema edge (issue #9, defect 5): NUL (U+0000) and lone surrogates in a JSON
// body, a query string or a path parameter are refused with 400 INVALID_TEXT naming the field (they
// used to reach PostgreSQL and answer 500); a refused sign-in still leaves its audit row; and every
// date field refuses a day the calendar does not have (2024-02-30) with 400 VALIDATION_FAILED.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { skipDb } from './helpers/database.ts';
import { login, type Session } from './helpers/session.ts';
import { multipart } from './helpers/multipart.ts';

interface ErrorJson {
  error: { code: string; fields?: { field: string; code: string }[] };
}

describe.skipIf(skipDb())('hostile text and impossible dates', () => {
  let t: TestApp;
  let admin: Session;
  let stu: Session;
  let evaluator: Session;
  beforeAll(async () => {
    t = await createTestApp({ fixture: 'small' });
    admin = await login(t.app, 'admin');
    stu = await login(t.app, 'stu');
    evaluator = await login(t.app, 'evaluator');
  });
  afterAll(() => t?.close());

  const refused = (res: { statusCode: number; json(): unknown }, field: string) => {
    expect(res.statusCode).toBe(400);
    const body = res.json() as ErrorJson;
    expect(body.error.code).toBe('INVALID_TEXT');
    expect(body.error.fields?.map((f) => f.field)).toEqual([field]);
  };

  it('refuses NUL and a lone surrogate in a JSON body, nested fields named', async () => {
    const raw = (payload: string) =>
      stu.request({
        method: 'PUT',
        url: '/api/perangkat-daerah/bkpsdm',
        headers: { 'content-type': 'application/json' },
        payload,
      });
    refused(await raw('{"rowVersion":1,"perangkatDaerah":{"name":"Badan\\u0000X"}}'), 'body.perangkatDaerah.name');
    refused(
      await raw('{"rowVersion":1,"perangkatDaerah":{"aliases":["ok","\\ud800"]}}'),
      'body.perangkatDaerah.aliases.1',
    );
    refused(await raw('{"rowVersion":1,"perangkatDaerah":{"\\udc00":"kunci"}}'), 'body.perangkatDaerah');
  });

  it('refuses them in a query string (NUL) and a path parameter', async () => {
    refused(await admin.request('/api/audit?actor=a%00b'), 'querystring.actor');
    refused(
      await stu.request({ method: 'PUT', url: '/api/perangkat-daerah/bk%00psdm', payload: { rowVersion: 1 } }),
      'params.key',
    );
  });

  it('refuses NUL in an upload form field', async () => {
    const res = await stu.request({
      method: 'POST',
      url: '/api/rencana-aksi/import/preview',
      ...multipart(Buffer.from('PK\u0003\u0004'), { fileName: 'ra.xlsx', fields: { year: '20\u000024' } }),
    });
    refused(res, 'fields.year');
  });

  it('a sign-in with such a username is refused and still audited', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":"ad\\u0000min","password":"x\\ud800"}',
    });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorJson).error.code).toBe('INVALID_TEXT');
    const audit = (await admin.request('/api/audit?entityType=user_account&limit=50')).json() as {
      action: string;
      actor: string;
      after: { reason: string } | null;
    }[];
    const row = audit.find((e) => e.action === 'auth.login_failed' && e.after?.reason === 'invalid_text');
    expect(row?.actor).toBe('ad\\u0000min');
  });

  it('every date field refuses a day the calendar does not have', async () => {
    const dateField = (res: { statusCode: number; json(): unknown }, field: string) => {
      expect(res.statusCode).toBe(400);
      const body = res.json() as ErrorJson;
      expect(body.error.code).toBe('VALIDATION_FAILED');
      expect(body.error.fields?.map((f) => f.field)).toContain(field);
    };
    const periodId = '00000000-0000-4000-8000-000000000000';
    dateField(await admin.request('/api/audit?from=2024-02-30'), 'querystring.from');
    dateField(await admin.request('/api/audit?to=2023-02-29'), 'querystring.to');
    dateField(
      await stu.request({
        method: 'PUT',
        url: `/api/periode/${periodId}`,
        payload: { opensAt: '2024-01-01', deadline: '2024-04-31', rowVersion: 1 },
      }),
      'body.deadline',
    );
    dateField(
      await stu.request({
        method: 'POST',
        url: `/api/periode/${periodId}/reopen`,
        payload: { reason: 'Perlu perbaikan data realisasi', until: '2024-13-01', rowVersion: 1 },
      }),
      'body.until',
    );
    dateField(
      await evaluator.request({
        method: 'POST',
        url: '/api/rekomendasi',
        payload: { year: 2024, body: 'Perbaiki indikator kinerja', pdKey: 'bkpsdm', dueDate: '2024-02-30' },
      }),
      'body.dueDate',
    );
  });
});
