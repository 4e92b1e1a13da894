// The small road map of test/helpers/factories.ts stays a valid document (tests that use it must not
// see findings they did not ask for) and loads with the demo accounts and the 2024 semesters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateRoadMap } from '../src/domain/roadmap/validate.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { skipDb } from './helpers/database.ts';
import { SMALL_YEAR, smallRoadMap } from './helpers/factories.ts';
import { login } from './helpers/session.ts';

describe('the small road map', () => {
  it('has no finding of error severity', () => {
    expect(validateRoadMap(smallRoadMap()).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe.skipIf(skipDb())('the small fixture', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ fixture: 'small' });
  });
  afterAll(async () => t?.close());

  it('seeds the two PDs, the demo accounts and the semesters of its year', async () => {
    const stu = await login(t.app, 'stu');
    const pds = (await stu.request('/api/perangkat-daerah')).json() as { items: { pd: { key: string } }[] };
    expect(pds.items.map((p) => p.pd.key).sort()).toEqual(['bkpsdm', 'bp4d']);
    const periodes = (await stu.request(`/api/periode?year=${SMALL_YEAR}`)).json() as { code: string }[];
    expect(periodes.map((p) => p.code)).toEqual(['S1', 'S2']);
  });
});
