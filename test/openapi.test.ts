// The API documents itself: an OpenAPI document built from the same zod schemas that validate
// requests, and the Swagger UI at /api/docs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { skipDb } from './helpers/database.ts';

describe.skipIf(skipDb())('OpenAPI', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ fixture: 'none' });
  });
  afterAll(async () => t?.close());

  it('serves an OpenAPI 3 document listing every API route with its request schema', async () => {
    const res = await t.app.inject({ url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const spec = res.json();
    expect(spec.openapi).toMatch(/^3\./);
    const paths = Object.keys(spec.paths);
    for (const r of t.app.routeTable.filter((x) => x.url.startsWith('/api/') && !x.url.startsWith('/api/docs'))) {
      const openapiPath = r.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      expect(paths, `${r.method} ${r.url}`).toContain(openapiPath);
    }
    const put = spec.paths['/api/versions/{versionId}/indicators/{key}'].put;
    expect(put.requestBody.content['application/json'].schema.properties).toHaveProperty('rowVersion');
  });

  it('documents the answer of every API route, and the error body', async () => {
    const spec = (await t.app.inject({ url: '/api/docs/json' })).json();
    const missing: string[] = [];
    for (const r of t.app.routeTable.filter((x) => x.url.startsWith('/api/') && !x.url.startsWith('/api/docs'))) {
      const op = spec.paths[r.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}')]?.[r.method.toLowerCase()];
      const codes = Object.keys(op?.responses ?? {});
      if (!codes.some((c) => /^2\d\d$/.test(c)) || !codes.includes('4XX')) missing.push(`${r.method} ${r.url}`);
    }
    expect(missing).toEqual([]);
    const list = spec.paths['/api/perangkat-daerah'].get.responses['200'].content['application/json'].schema;
    expect(list.properties).toHaveProperty('items');
    // The error body is one shared component, referenced by every route's 4XX answer.
    const err = JSON.stringify(spec.paths['/api/perangkat-daerah'].get.responses['4XX']);
    expect(err).toContain('ErrorBody');
    expect(JSON.stringify(spec.components.schemas.ErrorBody)).toContain('messageEn');
  });

  it('serves the Swagger UI page', async () => {
    const res = await t.app.inject({ url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('swagger');
  });
});
