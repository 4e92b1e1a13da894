// Issue #14: a version's findings are computed once per content, not on every GET, and an edit to
// the version (any write that changes its document) gives fresh findings.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, skipDb, type TestDatabase } from './helpers/database.ts';
import * as validate from '../src/domain/roadmap/validate.ts';
import {
  createAmendment,
  currentVersionId,
  getVersion,
  presentVersion,
  updateIndicator,
} from '../src/server/features/roadmap/roadmap.service.ts';
import { SYSTEM_ACTOR } from '../src/server/request-context.ts';

vi.mock('../src/domain/roadmap/validate.ts', async (original) => {
  const actual = await original<typeof validate>();
  return { ...actual, validateRoadMap: vi.fn(actual.validateRoadMap) };
});

describe.skipIf(skipDb())('findings of a version', () => {
  let database: TestDatabase;
  let versionId: string;
  const calls = () => vi.mocked(validate.validateRoadMap).mock.calls.length;

  beforeAll(async () => {
    database = await createTestDatabase({ seed: true });
    const instansi = (await database.db.query.instansi.findFirst())!;
    const active = (await currentVersionId(database.db, instansi.id))!;
    // The version in force is read-only: the edit below goes to an amendment draft.
    const { roadMap } = await getVersion(database.db, active);
    versionId = (
      await createAmendment(database.db, SYSTEM_ACTOR, roadMap.id, {
        basedOnVersionId: active,
        versionLabel: 'Perubahan uji',
        regulasi: { type: 'perbup', number: '99', year: 2026, title: 'Perubahan uji' },
      })
    ).versionId;
  });
  afterAll(async () => database?.close());

  it('are validated once for an unchanged version and again after an edit', async () => {
    const first = await presentVersion(database.db, versionId);
    const before = calls();
    expect((await presentVersion(database.db, versionId)).findings).toEqual(first.findings);
    expect(calls()).toBe(before);

    // SPBE's 2024 target is outside its scale in the seed: fixing it removes that finding.
    const bad = first.findings.find((f) => f.code === 'VALUE_OUT_OF_SCALE' && f.entityType === 'indicator')!;
    const ind = (await getVersion(database.db, versionId)).document.indicators.find((i) => i.key === bad.entityKey)!;
    const { key: _key, ...rest } = ind;
    await updateIndicator(database.db, SYSTEM_ACTOR, versionId, ind.key, {
      rowVersion: first.indicatorRowVersions[ind.key]!,
      indicator: {
        ...rest,
        targets: ind.targets.map((t) =>
          t.year === 2024 ? { year: 2024, type: 'point', value: { kind: 'number', value: 3.5 } } : t,
        ),
      },
    });
    const after = await presentVersion(database.db, versionId);
    expect(after.findings.some((f) => f.code === 'VALUE_OUT_OF_SCALE' && f.entityKey === ind.key)).toBe(false);
  });
});
