// Every route of the monitoring contract (src/domain/contracts/monitoring.ts) is served and
// documented with its success answer, so /api/docs/json shows what each route returns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteContract } from '../src/domain/contracts/http.ts';
import * as monitoring from '../src/domain/contracts/monitoring.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { skipDb } from './helpers/database.ts';

const isContract = (x: unknown): x is RouteContract =>
  typeof x === 'object' && x !== null && 'method' in x && 'path' in x && 'response' in x;
const contracts = Object.entries(monitoring as Record<string, unknown>).flatMap(([name, c]) =>
  isContract(c) ? [[name, c] as const] : [],
);

describe.skipIf(skipDb())('monitoring contract in the OpenAPI document', () => {
  let t: TestApp;
  let spec: { paths: Record<string, Record<string, { responses: Record<string, { content?: unknown }> }>> };
  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    spec = (await t.app.inject({ url: '/api/docs/json' })).json();
  });
  afterAll(async () => t?.close());

  it('names all 20 routes', () => {
    expect(contracts.map(([name]) => name)).toHaveLength(20);
  });

  it.each(contracts.map(([name, c]) => [name, c] as const))('%s documents its success answer', (_, c) => {
    const path = `/api${c.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`;
    const op = spec.paths[path]?.[c.method.toLowerCase()];
    expect(op, `${c.method} ${path}`).toBeDefined();
    const ok = op!.responses[String(c.status ?? 200)];
    expect(ok?.content, `${c.method} ${path} ${c.status ?? 200}`).toBeDefined();
  });
});
