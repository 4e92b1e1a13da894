// Issue #14, the causes of slowness in the code: on a generated road map of a few hundred
// indicators, a version reads back exactly as stored (targets and PDs grouped to the right
// indicator, in order), the dashboard puts each realisasi on its own indicator and PD, and a
// realisasi write is checked before any transaction opens.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, skipDb, type TestDatabase } from './helpers/database.ts';
import { kupang2024 } from '../src/server/seed/kupang-2024.ts';
import { getVersion, importDocument } from '../src/server/features/roadmap/roadmap.service.ts';
import { periodDashboard, WHOLE_INSTANSI } from '../src/server/features/monitoring/dashboard.service.ts';
import { listPeriodesOf } from '../src/server/features/monitoring/periode.service.ts';
import { enter } from '../src/server/features/monitoring/realisasi.service.ts';
import { SYSTEM_ACTOR } from '../src/server/request-context.ts';
import type { RoadMapDocument } from '../src/domain/roadmap/types.ts';
import { roadMapOfSize } from '../bench/synthetic.ts';

/** Generated indicators with two targets each and a supporting PD, so a wrong grouping shows. */
function varied(doc: RoadMapDocument): RoadMapDocument {
  const pds = doc.perangkatDaerah;
  return {
    ...doc,
    indicators: doc.indicators.map((ind, n) =>
      ind.key.startsWith('syn-')
        ? {
            ...ind,
            targets: [
              { year: 2024, type: 'point', value: { kind: 'number', value: n % 90 } },
              { year: 2025, type: 'point', value: { kind: 'number', value: (n % 90) + 1 } },
            ],
            responsible: [
              { pdKey: pds[n % pds.length]!.key, role: 'lead' },
              { pdKey: pds[(n + 1) % pds.length]!.key, role: 'supporting' },
            ],
          }
        : ind,
    ),
  };
}

describe.skipIf(skipDb())('a large road map (issue #14)', () => {
  let database: TestDatabase;
  let doc: RoadMapDocument;
  let versionId: string;
  let s1: string;
  const stu = { audit: SYSTEM_ACTOR, roles: [{ role: 'koordinator_stu' as const, pdKey: null }] };

  beforeAll(async () => {
    database = await createTestDatabase({ seed: true });
    doc = varied(roadMapOfSize(kupang2024(), 300));
    const stored = await importDocument(database.db, SYSTEM_ACTOR, doc, { status: 'active' });
    versionId = stored.versionId;
    s1 = (await listPeriodesOf(database.db, stored.instansiId, 2024)).find((p) => p.code === 'S1')!.id;
  });
  afterAll(async () => database?.close());

  it('reads every indicator back with its own targets and PDs, in order', async () => {
    const loaded = await getVersion(database.db, versionId);
    expect(loaded.document.indicators).toHaveLength(300);
    expect(loaded.document.indicators).toEqual(doc.indicators);
  });

  it('shows a realisasi on its own indicator and counts it for its own PD', async () => {
    const ind = doc.indicators.at(-1)!;
    await enter(database.db, stu, {
      periodeId: s1,
      subjectType: 'indikator',
      subjectKey: ind.key,
      value: '12,5',
      narrative: '',
      rowVersion: 0,
    });
    const dash = await periodDashboard(database.db, WHOLE_INSTANSI, s1);
    expect(dash.indicators.map((i) => i.key)).toHaveLength(300);
    const withValue = dash.indicators.filter((i) => i.realisasi !== null);
    expect(withValue.map((i) => [i.key, i.realisasi!.value, i.pdKey])).toEqual([
      [ind.key, { kind: 'number', value: 12.5 }, ind.responsible[0]!.pdKey],
    ]);
    const lead = dash.completeness.find((c) => c.pdKey === ind.responsible[0]!.pdKey)!;
    expect(lead.entered).toBe(1);
    expect(lead.expected).toBe(dash.indicators.filter((i) => i.pdKey === lead.pdKey).length);
  });

  it('refuses a bad value, an unknown indicator or a foreign PD before any transaction opens', async () => {
    const spy = vi.spyOn(database.db, 'transaction');
    const ind = doc.indicators.at(-2)!;
    const other = doc.perangkatDaerah.find((x) => x.key !== ind.responsible[0]!.pdKey)!.key;
    const operator = { audit: SYSTEM_ACTOR, roles: [{ role: 'operator_pd' as const, pdKey: other }] };
    const base = { periodeId: s1, subjectType: 'indikator' as const, narrative: '', rowVersion: 0 };
    try {
      await expect(enter(database.db, stu, { ...base, subjectKey: ind.key, value: 'seratus' })).rejects.toMatchObject({
        code: 'INVALID_DATA',
      });
      await expect(enter(database.db, stu, { ...base, subjectKey: 'tidak-ada', value: '1' })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(enter(database.db, operator, { ...base, subjectKey: ind.key, value: '1' })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
