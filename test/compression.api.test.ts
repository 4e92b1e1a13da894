// Low bandwidth (issue #13, item 4): JSON answers are compressed and carry a weak ETag (304 when
// the browser's copy is current); the web app's files are sent as their precompressed .br/.gz
// siblings, hashed assets cached for a year. The web directory is a small fixture, not the build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.ts';
import { createTestDatabase, type TestDatabase } from './helpers/database.ts';
import { login, type Session } from './helpers/session.ts';

const script = `console.log(${JSON.stringify('Peta RB '.repeat(400))});\n`;

describe('compression and ETags', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let stu: Session;
  const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peta-rb-web-'));
  const evidenceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peta-rb-evidence-'));

  beforeAll(async () => {
    fs.mkdirSync(path.join(webDir, 'assets'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Peta RB</title>');
    const asset = path.join(webDir, 'assets', 'app-abc123.js');
    fs.writeFileSync(asset, script);
    fs.writeFileSync(`${asset}.br`, zlib.brotliCompressSync(script));
    fs.writeFileSync(`${asset}.gz`, zlib.gzipSync(script));
    database = await createTestDatabase({ seed: true });
    app = await buildApp({
      database,
      logLevel: 'silent',
      webDir,
      strictResponses: true,
      loginRateLimit: 1000,
      evidenceDir,
      evidenceSweepIntervalMs: 0,
    });
    await app.ready();
    stu = await login(app, 'stu');
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    for (const dir of [webDir, evidenceDir]) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('compresses a JSON answer with brotli or gzip, as the browser accepts', async () => {
    const maps = (await stu.request('/api/road-maps')).json() as { versions: { id: string }[] }[];
    const url = `/api/versions/${maps[0]!.versions[0]!.id}`;
    const br = await stu.request({ url, headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^application\/json/);
    const json = JSON.parse(zlib.brotliDecompressSync(br.rawPayload).toString('utf8')) as { id: string };
    expect(json.id).toBe(maps[0]!.versions[0]!.id);
    const gz = await stu.request({ url, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(gz.rawPayload).toString('utf8'))).toEqual(json);
    const plain = await stu.request(url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.json()).toEqual(json);
  });

  it('answers a repeated JSON read with 304 when the ETag still matches', async () => {
    const first = await stu.request('/api/road-maps');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const again = await stu.request({ url: '/api/road-maps', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    const stale = await stu.request({ url: '/api/road-maps', headers: { 'if-none-match': 'W/"old"' } });
    expect(stale.statusCode).toBe(200);
    // The same body compressed keeps the same (weak) tag.
    const br = await stu.request({ url: '/api/road-maps', headers: { 'accept-encoding': 'br' } });
    expect(br.headers.etag).toBe(etag);
    // Changes are not tagged.
    const out = await stu.request({ method: 'POST', url: '/api/auth/logout' });
    expect(out.headers.etag).toBeUndefined();
  });

  it('sends a hashed asset precompressed and cached for a year', async () => {
    const br = await app.inject({ url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(zlib.brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(script);
    const gz = await app.inject({ url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString('utf8')).toBe(script);
    const plain = await app.inject({ url: '/assets/app-abc123.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });
});
