// Zip bombs through the API (issue #9, defect 1): an .xlsx of ~1 MB whose sheet inflates to 1 GiB
// while its central directory declares 1000 bytes, plain and in the Zip64 layout, is refused quickly
// by both spreadsheet imports (road map, rencana aksi); three at once leave the server answering.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { skipDb } from './helpers/database.ts';
import { multipart } from './helpers/multipart.ts';
import { login, type Session } from './helpers/session.ts';
import { xlsxBomb } from '../src/server/zip-fixture.ts';

describe.skipIf(skipDb())('zip bombs are refused by what they really inflate to', () => {
  let t: TestApp;
  let stu: Session;
  let operator: Session;
  let bomb: Buffer;
  let bomb64: Buffer;

  beforeAll(async () => {
    t = await createTestApp();
    stu = await login(t.app, 'stu');
    operator = await login(t.app, 'operator.bkpsdm');
    bomb = await xlsxBomb(1024 * 1024 * 1024);
    bomb64 = await xlsxBomb(1024 * 1024 * 1024, { zip64: true });
  }, 60_000);
  afterAll(() => t?.close());

  const roadMapPreview = (file: Buffer) =>
    stu.request({ method: 'POST', url: '/api/imports/road-map/preview', ...multipart(file, { fileName: 'bom.xlsx' }) });
  const planPreview = (file: Buffer) =>
    operator.request({
      method: 'POST',
      url: '/api/rencana-aksi/import/preview',
      ...multipart(file, { fileName: 'bom.xlsx', fields: { year: '2024' } }),
    });
  const problemCodes = (body: { problems?: { code: string }[] }) => (body.problems ?? []).map((p) => p.code);

  it.each([
    ['plain', () => bomb],
    ['zip64', () => bomb64],
  ])('the road-map import refuses a %s bomb as FILE_TOO_LARGE within a second', async (_k, file) => {
    expect(file().length).toBeLessThan(2 * 1024 * 1024);
    const started = performance.now();
    const res = await roadMapPreview(file());
    expect(performance.now() - started).toBeLessThan(1500);
    expect(res.statusCode).toBe(200);
    expect(res.json().ok).toBe(false);
    expect(problemCodes(res.json())).toEqual(['FILE_TOO_LARGE']);
  });

  it('the rencana aksi import goes through the same guard', async () => {
    const started = performance.now();
    const res = await planPreview(bomb64);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(res.statusCode).toBe(200);
    expect(problemCodes(res.json())).toEqual(['FILE_TOO_LARGE']);
  });

  it('three bombs at once are all refused and the server still answers', async () => {
    const before = process.memoryUsage().rss;
    const all = await Promise.all([roadMapPreview(bomb), planPreview(bomb), roadMapPreview(bomb64)]);
    for (const res of all) expect(problemCodes(res.json())).toEqual(['FILE_TOO_LARGE']);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
    const health = await t.app.inject('/api/health');
    expect(health.statusCode).toBe(200);
  });
});
