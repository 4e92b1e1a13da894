// Property-based hostile input: for every API route, fast-check generates bodies, query strings and
// path parameters full of what breaks servers (NUL, lone surrogates, impossible dates, huge and
// negative numbers, prototype keys, deep nesting, very long text) and sends them as a random role.
// No answer may be a 5xx, every refusal carries an error code, and a batch that was refused
// entirely must leave the database as it was. Bounded: a fixed number of runs per route and seed.
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../src/server/seed/demo-users.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { fingerprint } from './helpers/fingerprint.ts';
import { skipDb } from './helpers/database.ts';
import { login, type Session } from './helpers/session.ts';
import { arbitraryOf, type KnownIds } from './helpers/arbitrary.ts';

const RUNS_PER_ROUTE = 40;

const hostileText = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '\ud800',
    'x\udfffy',
    '2024-02-30',
    '2024-13-01',
    '0000-00-00',
    '9999-99-99T99:99:99Z',
    "'; drop table audit_event; --",
    '../../etc/passwd',
    '%00',
    '__proto__',
    'constructor',
    'NaN',
    '-1',
    '1e309',
    '',
    ' ',
    '\u202e\u0645',
    '00000000-0000-4000-8000-000000000000',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constant('x'.repeat(20_000)),
);

const hostileNumber = fc.oneof(
  fc.constantFrom(0, -1, 1, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1e308, -1e308, 0.1, 2024, 1945, 2101),
  fc.double(),
  fc.integer(),
);

const leaf = fc.oneof(hostileText, hostileNumber, fc.boolean(), fc.constant(null));
const KEYS = [
  'rowVersion',
  'year',
  'value',
  'status',
  'reason',
  'periodeId',
  'periodId',
  'indicator',
  'perangkatDaerah',
  'username',
  'password',
  'displayName',
  'roles',
  'targets',
  'name',
  'date',
  'deadline',
  'opensAt',
  'comment',
  '__proto__',
  'constructor',
];
const hostileBody = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), hostileText), tie('node'), { maxKeys: 6 }),
  ),
})).node;

const t: TestApp | null = skipDb() ? null : await createTestApp();
// Sign-in, sign-out and the password change would replace the sessions the suite uses; they have
// their own hostile-text tests.
const routes = (t?.app.routeTable ?? []).filter(
  (r) =>
    r.url.startsWith('/api/') &&
    !r.url.startsWith('/api/docs') &&
    !['/api/auth/logout', '/api/auth/login', '/api/auth/password'].includes(r.url),
);

/** Ids and keys that exist in the seeded database, so generated requests reach real records. */
async function knownIds(t: TestApp): Promise<KnownIds> {
  const cols = (await t.database.db.execute(
    sql`select table_name as t, column_name as c, data_type as d from information_schema.columns
        where table_schema = 'public' and column_name in ('id', 'key') order by 1`,
  )) as unknown as { rows: { t: string; c: string; d: string }[] };
  const uuids: string[] = [];
  const keys: string[] = [];
  for (const { t: table, c, d } of cols.rows) {
    const r = (await t.database.db.execute(
      sql.raw(`select "${c}"::text as v from "${table}" order by 1 limit 3`),
    )) as unknown as { rows: { v: string }[] };
    (d === 'uuid' ? uuids : keys).push(...r.rows.map((x) => x.v));
  }
  return { uuids: uuids.length ? uuids : ['00000000-0000-4000-8000-000000000000'], keys: keys.length ? keys : ['x'] };
}

const asQuery = (v: unknown): Record<string, string> =>
  Object.fromEntries(
    Object.entries((v ?? {}) as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .map(([k, x]) => [k, typeof x === 'string' ? x : JSON.stringify(x)]),
  );

describe.skipIf(skipDb())('hostile input on every route (fast-check)', () => {
  const sessions: (Session | null)[] = [null];
  let known: KnownIds = { uuids: [], keys: [] };
  beforeAll(async () => {
    for (const a of DEMO_ACCOUNTS) sessions.push(await login(t!.app, a.username));
    known = await knownIds(t!);
  });
  afterAll(async () => t?.close());

  it.each(routes.map((r) => [`${r.method} ${r.url}`, r] as const))(
    '%s: no 5xx, a code on every refusal, nothing written by a refused batch',
    async (_name, route) => {
      const problems: string[] = [];
      let anySuccess = false;
      const before = await fingerprint(t!);
      // Half the runs follow the route's own schemas (so they reach the database), half are shapeless.
      const schema = route.schema ?? {};
      const params = schema.params ? arbitraryOf(schema.params, known) : fc.constant({});
      const query = fc.oneof(
        schema.querystring ? arbitraryOf(schema.querystring, known) : fc.constant({}),
        fc.dictionary(
          fc.oneof(fc.constantFrom('year', 'limit', 'versionId', 'pdKey', 'from', 'to'), hostileText),
          hostileText,
          { maxKeys: 4 },
        ),
      );
      const body = schema.body ? fc.oneof(arbitraryOf(schema.body, known), hostileBody) : hostileBody;
      const property = fc.asyncProperty(
        fc.nat({ max: sessions.length - 1 }),
        params,
        query,
        body,
        fc.array(hostileText, { minLength: 4, maxLength: 4 }),
        async (who, paramValues, queryValues, bodyValue, fallback) => {
          let i = 0;
          const p = asQuery(paramValues);
          const path = route.url.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) =>
            encodeURIComponent(p[name] ?? fallback[i++ % 4]!),
          );
          const qs = new URLSearchParams(asQuery(queryValues)).toString();
          const request = {
            method: route.method as 'GET',
            url: `${path}${qs ? `?${qs}` : ''}`,
            ...(route.method === 'GET'
              ? {}
              : { payload: JSON.stringify(bodyValue ?? {}), headers: { 'content-type': 'application/json' } }),
          };
          const s = sessions[who]!;
          const res = s ? await s.request(request) : await t!.app.inject(request);
          if (res.statusCode >= 500)
            problems.push(`${request.method} ${request.url} → ${res.statusCode} ${res.body.slice(0, 300)}`);
          else if (res.statusCode >= 400 && !res.json().error?.code) problems.push(`${request.url}: no code`);
          else if (res.statusCode < 400) anySuccess = true;
          return problems.length === 0;
        },
      );
      // The first failure ends the run; `problems` says what it was.
      await fc.assert(property, { numRuns: RUNS_PER_ROUTE, seed: 20261202, endOnFailure: true }).catch(() => undefined);
      expect(problems).toEqual([]);
      if (!anySuccess) expect(await fingerprint(t!)).toBe(before);
    },
  );
});
