// Every route of the monitoring contract (src/domain/contracts/monitoring.ts) is served and
// documented with its success answer, so /api/docs/json shows what each route returns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteContract } from '../src/domain/contracts/http.ts';
import * as monitoring from '../src/domain/contracts/monitoring.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { skipDb } from './helpers/database.ts';

const contracts = Object.entries(monitoring).filter(
  (e): e is [string, RouteContract] =>
    typeof e[1] === 'object' && e[1] !== null && 'method' in e[1] && 'path' in e[1] && 'response' in e[1],
);

describe.skipIf(skipDb())('monitoring contract in the OpenAPI document', () => {
  let t: TestApp;
  let spec: { paths: Record<string, Record<string, { responses: Record<string, { content?: unknown }> }>> };
  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    spec = (await t.app.inject({ url: '/api/docs/json' })).json();
  });
  afterAll(async () => t?.close());

  it('names all 18 routes', () => {
    expect(contracts.map(([name]) => name)).toHaveLength(18);
  });

  it.each(contracts.map(([name, c]) => [name, c] as const))('%s documents its success answer', (_, c) => {
    const path = `/api${c.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`;
    const op = spec.paths[path]?.[c.method.toLowerCase()];
    expect(op, `${c.method} ${path}`).toBeDefined();
    const ok = op!.responses[String(c.status ?? 200)];
    expect(ok?.content, `${c.method} ${path} ${c.status ?? 200}`).toBeDefined();
  });
});
