// Integration tests of the road-map API on a real database (PGlite or PostgreSQL, per project):
// reading the seeded Kupang road map, editing an indicator of a draft with audit and optimistic
// locking (the version in force is read-only), amendments, activation and diff.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { skipDb } from './helpers/database.ts';
import { login, type Session } from './helpers/session.ts';
import type { Indikator, RoadMapDocument } from '../src/domain/roadmap/types.ts';

interface VersionBody {
  id: string;
  roadMapId: string;
  status: string;
  document: RoadMapDocument;
  indicatorRowVersions: Record<string, number>;
  findings: { code: string; entityKey: string; severity: string }[];
}

async function count(t: TestApp, table: string): Promise<number> {
  const r = (await t.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as {
    rows: { n: number }[];
  };
  return r.rows[0]!.n;
}

describe.skipIf(skipDb())('road map API', () => {
  let t: TestApp;
  let s: Session;
  let active: VersionBody;
  /** A draft amendment of the active version: where edits go. */
  let draft: VersionBody;

  beforeAll(async () => {
    t = await createTestApp();
    s = await login(t.app, 'stu');
    const maps = (await s.request({ url: '/api/road-maps' })).json();
    const v = maps[0].versions.find((x: { status: string }) => x.status === 'active');
    active = (await s.request({ url: `/api/versions/${v.id}` })).json();
    const created = await s.request({
      method: 'POST',
      url: `/api/road-maps/${active.roadMapId}/amendments`,
      payload: {
        basedOnVersionId: active.id,
        versionLabel: 'Perbup 4/2025',
        regulasi: { type: 'perbup', number: '4', year: 2025, title: 'Perubahan' },
      },
    });
    draft = (await s.request({ url: `/api/versions/${created.json().versionId}` })).json();
  });
  afterAll(async () => t?.close());

  const spbeKey = () =>
    active.document.indicators.find((i) => /spbe/i.test(i.name) && i.scaleCode === 'indeks_spbe')!.key;

  it('lists the seeded Kupang road map with its active version and regulasi', async () => {
    const res = await s.request({ url: '/api/road-maps' });
    expect(res.statusCode).toBe(200);
    const maps = res.json();
    expect(maps).toHaveLength(1);
    expect(maps[0]).toMatchObject({ periodStart: 2020, periodEnd: 2024 });
    expect(maps[0].versions[0]).toMatchObject({ status: 'active', versionNo: 1 });
    expect(maps[0].versions[0].regulasi).toMatchObject({ number: '17', year: 2024 });
  });

  it('returns the whole document with 14 RB General sasaran and its findings', () => {
    const sasaran = active.document.nodes.filter((n) => n.kind === 'sasaran_general');
    expect(sasaran).toHaveLength(14);
    expect(active.findings.some((f) => f.code === 'VALUE_OUT_OF_SCALE' && f.entityKey === spbeKey())).toBe(true);
    expect(active.findings.some((f) => f.code === 'BASELINE_CONFLICT')).toBe(true);
  });

  it('refuses an edit of the version in force, and edits a draft target, bumps its version and audits before/after in the same transaction', async () => {
    const key = spbeKey();
    const ind = draft.document.indicators.find((i) => i.key === key)!;
    const next: Omit<Indikator, 'key'> = {
      ...ind,
      targets: ind.targets.map((tg) =>
        tg.year === 2024 ? { year: 2024, type: 'point', value: { kind: 'number', value: 3.5 } } : tg,
      ),
    };
    delete (next as Partial<Indikator>).key;
    const enacted = await s.request({
      method: 'PUT',
      url: `/api/versions/${active.id}/indicators/${key}`,
      payload: { rowVersion: active.indicatorRowVersions[key], indicator: next },
    });
    expect(enacted.statusCode).toBe(409);
    expect(enacted.json().error.code).toBe('VERSION_ENACTED');
    const res = await s.request({
      method: 'PUT',
      url: `/api/versions/${draft.id}/indicators/${key}`,
      payload: { rowVersion: draft.indicatorRowVersions[key], indicator: next },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.rowVersion).toBe(draft.indicatorRowVersions[key]! + 1);
    expect(body.findings.some((f: { code: string }) => f.code === 'VALUE_OUT_OF_SCALE')).toBe(false);
    const again: VersionBody = (await s.request({ url: `/api/versions/${draft.id}` })).json();
    const stored = again.document.indicators.find((i) => i.key === key)!;
    expect(stored.targets.find((x) => x.year === 2024)).toEqual({
      year: 2024,
      type: 'point',
      value: { kind: 'number', value: 3.5 },
    });
    const audit = (await s.request({ url: `/api/history?entityType=indikator&entityId=${draft.id}:${key}` })).json();
    expect(audit[0]).toMatchObject({
      action: 'indikator.update',
      actor: 'stu',
      actorRole: 'koordinator_stu',
      pdKey: null,
    });
    expect(audit[0].before.targets.find((x: { year: number }) => x.year === 2024).value.value).toBe(5.05);
    expect(audit[0].after.targets.find((x: { year: number }) => x.year === 2024).value.value).toBe(3.5);
    draft = again;
  });

  it('keeps a baseline per target year on a draft, and refuses one outside the scale by field', async () => {
    const key = spbeKey();
    const ind = draft.document.indicators.find((i) => i.key === key)!;
    const withBaseline = (value: number): Omit<Indikator, 'key'> => {
      const { key: _k, ...rest } = ind;
      return {
        ...rest,
        targets: ind.targets.map((tg) => (tg.year === 2024 ? { ...tg, baseline: { kind: 'number', value } } : tg)),
      };
    };
    const url = `/api/versions/${draft.id}/indicators/${key}`;
    const bad = await s.request({
      method: 'PUT',
      url,
      payload: { rowVersion: draft.indicatorRowVersions[key], indicator: withBaseline(7) },
    });
    expect(bad.statusCode).toBe(422);
    const i2024 = ind.targets.findIndex((tg) => tg.year === 2024);
    expect(bad.json().error.fields.map((f: { field: string }) => f.field)).toEqual([
      `indicator.targets.${i2024}.baseline`,
    ]);
    const ok = await s.request({
      method: 'PUT',
      url,
      payload: { rowVersion: draft.indicatorRowVersions[key], indicator: withBaseline(2.46) },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const again: VersionBody = (await s.request({ url: `/api/versions/${draft.id}` })).json();
    const stored = again.document.indicators.find((i) => i.key === key)!;
    expect(stored.targets.find((x) => x.year === 2024)!.baseline).toEqual({ kind: 'number', value: 2.46 });
    // The printed baseline of the Lampiran is untouched.
    expect(stored.baseline).toEqual(ind.baseline);
    draft = again;
  });

  it('rejects a stale write with 409 and the current value; nothing is overwritten', async () => {
    const key = spbeKey();
    const ind = draft.document.indicators.find((i) => i.key === key)!;
    const rv = draft.indicatorRowVersions[key]!;
    const { key: _k, ...base } = ind;
    const a = await s.request({
      method: 'PUT',
      url: `/api/versions/${draft.id}/indicators/${key}`,
      payload: { rowVersion: rv, indicator: { ...base, name: 'Indeks SPBE (sesi A)' } },
    });
    const b = await s.request({
      method: 'PUT',
      url: `/api/versions/${draft.id}/indicators/${key}`,
      payload: { rowVersion: rv, indicator: { ...base, name: 'Indeks SPBE (sesi B)' } },
    });
    expect(a.statusCode).toBe(200);
    expect(b.statusCode).toBe(409);
    expect(b.json().error.code).toBe('STALE_WRITE');
    expect(b.json().error.details.current.indicator.name).toBe('Indeks SPBE (sesi A)');
    const now: VersionBody = (await s.request({ url: `/api/versions/${draft.id}` })).json();
    expect(now.document.indicators.find((i) => i.key === key)!.name).toBe('Indeks SPBE (sesi A)');
    draft = now;
  });

  it('refuses an out-of-scale value, text in a number, an unknown level and an unknown PD with field errors, writing nothing', async () => {
    const key = spbeKey();
    const ind = draft.document.indicators.find((i) => i.key === key)!;
    const { key: _k, ...base } = ind;
    const rv = draft.indicatorRowVersions[key]!;
    const auditBefore = await count(t, 'audit_event');
    const cases: [unknown, number, string][] = [
      [
        { ...base, targets: [{ year: 2024, type: 'point', value: { kind: 'number', value: 7 } }] },
        422,
        'VALUE_OUT_OF_SCALE',
      ],
      [
        { ...base, targets: [{ year: 2024, type: 'point', value: { kind: 'number', value: 'tujuh' } }] },
        400,
        'VALIDATION_FAILED',
      ],
      [
        { ...base, targets: [{ year: 2024, type: 'point', value: { kind: 'level', code: 'ZZ' } }] },
        422,
        'KIND_MISMATCH',
      ],
      [{ ...base, responsible: [{ pdKey: 'dinas-tidak-ada', role: 'lead' }] }, 422, 'UNKNOWN_PD'],
      [{ ...base, polarity: 'ordinal' }, 422, 'POLARITY_SCALE_MISMATCH'],
    ];
    for (const [indicator, status, code] of cases) {
      const res = await s.request({
        method: 'PUT',
        url: `/api/versions/${draft.id}/indicators/${key}`,
        payload: { rowVersion: rv, indicator },
      });
      expect(res.statusCode, res.body).toBe(status);
      const err = res.json().error;
      if (status === 422) expect(err.fields.map((f: { code: string }) => f.code)).toContain(code);
      else expect(err.code).toBe(code);
      expect(err.message).toMatch(/[a-z]/);
    }
    expect(await count(t, 'audit_event')).toBe(auditBefore);
    const now: VersionBody = (await s.request({ url: `/api/versions/${draft.id}` })).json();
    expect(now.indicatorRowVersions[key]).toBe(rv);
  });

  it('creates an amendment version, diffs it, activates it and supersedes the old one', async () => {
    const res = await s.request({
      method: 'POST',
      url: `/api/road-maps/${active.roadMapId}/amendments`,
      payload: {
        basedOnVersionId: active.id,
        versionLabel: 'Perbup 5/2025',
        regulasi: {
          type: 'perbup',
          number: '5',
          year: 2025,
          title: 'Perubahan atas Perbup 17/2024',
          enactedAt: '2025-03-01',
        },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const newId = res.json().versionId as string;
    const draft: VersionBody = (await s.request({ url: `/api/versions/${newId}` })).json();
    expect(draft.status).toBe('draft');
    expect(draft.document.indicators).toHaveLength(active.document.indicators.length);
    const reg = draft.document.regulasi.find((r) => r.key === draft.document.roadMap.regulasiKey)!;
    expect(reg.amendsKey).toBe(active.document.roadMap.regulasiKey);

    const key = draft.document.indicators[0]!.key;
    const ind = draft.document.indicators[0]!;
    const { key: _k, ...base } = ind;
    const edited = await s.request({
      method: 'PUT',
      url: `/api/versions/${newId}/indicators/${key}`,
      payload: { rowVersion: draft.indicatorRowVersions[key], indicator: { ...base, name: `${ind.name} (diubah)` } },
    });
    expect(edited.statusCode, edited.body).toBe(200);

    const diff = (await s.request({ url: `/api/versions/${active.id}/diff/${newId}` })).json();
    expect(JSON.stringify(diff.diff)).toContain('(diubah)');

    const act = await s.request({ method: 'POST', url: `/api/versions/${newId}/activate` });
    expect(act.statusCode).toBe(200);
    const old: VersionBody = (await s.request({ url: `/api/versions/${active.id}` })).json();
    expect(old.status).toBe('superseded');
    const spbe = old.document.indicators.find((i) => i.key === spbeKey())!;
    const { key: _s, ...sb } = spbe;
    const locked = await s.request({
      method: 'PUT',
      url: `/api/versions/${active.id}/indicators/${spbe.key}`,
      payload: { rowVersion: old.indicatorRowVersions[spbe.key], indicator: sb },
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('VERSION_ENACTED');
  });

  it('refuses a duplicate amendment regulation and a base version of another road map', async () => {
    const dup = await s.request({
      method: 'POST',
      url: `/api/road-maps/${active.roadMapId}/amendments`,
      payload: {
        basedOnVersionId: active.id,
        versionLabel: 'x',
        regulasi: { type: 'perbup', number: '5', year: 2025, title: 'x' },
      },
    });
    expect(dup.statusCode).toBe(409);
    const other = await s.request({
      method: 'POST',
      url: `/api/road-maps/00000000-0000-4000-8000-000000000000/amendments`,
      payload: {
        basedOnVersionId: active.id,
        versionLabel: 'x',
        regulasi: { type: 'perbup', number: '6', year: 2025, title: 'x' },
      },
    });
    expect(other.statusCode).toBe(422);
  });

  it('lists perangkat daerah with their responsibilities and edits one with optimistic locking', async () => {
    const res = await s.request({ url: '/api/perangkat-daerah' });
    expect(res.statusCode).toBe(200);
    const { items } = res.json();
    const bkpsdm = items.find((x: { pd: { shortName: string } }) => x.pd.shortName === 'BKPSDM');
    expect(bkpsdm.lead).toBeGreaterThan(0);
    const { key, ...pd } = bkpsdm.pd;
    const ok = await s.request({
      method: 'PUT',
      url: `/api/perangkat-daerah/${key}`,
      payload: { rowVersion: bkpsdm.rowVersion, perangkatDaerah: { ...pd, validFrom: '2016-12-01' } },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const stale = await s.request({
      method: 'PUT',
      url: `/api/perangkat-daerah/${key}`,
      payload: { rowVersion: bkpsdm.rowVersion, perangkatDaerah: pd },
    });
    expect(stale.statusCode).toBe(409);
    const bad = await s.request({
      method: 'PUT',
      url: `/api/perangkat-daerah/${key}`,
      payload: {
        rowVersion: bkpsdm.rowVersion + 1,
        perangkatDaerah: { ...pd, validFrom: '2020-01-01', validTo: '2019-01-01' },
      },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields[0].field).toBe('validTo');
  });

  it('exports a version as JSON that is the same document', async () => {
    const res = await s.request({ url: `/api/versions/${active.id}/export.json` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('.json');
    expect(res.json().nodes.length).toBe(active.document.nodes.length);
  });
});
