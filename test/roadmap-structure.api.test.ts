// Structure edits on an amendment draft: adding and removing kegiatan and indicators, placing an
// indicator in a second row, and the diff against the original version showing all of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { skipDb } from './helpers/database.ts';
import { login, type Session } from './helpers/session.ts';
import type { RoadMapDocument } from '../src/domain/roadmap/types.ts';

interface VersionBody {
  id: string;
  roadMapId: string;
  status: string;
  document: RoadMapDocument;
  indicatorRowVersions: Record<string, number>;
}

describe.skipIf(skipDb())('road map structure edits', () => {
  let t: TestApp;
  let s: Session;
  let original: VersionBody;
  let draftId: string;
  const get = async (id: string): Promise<VersionBody> => (await s.request({ url: `/api/versions/${id}` })).json();

  beforeAll(async () => {
    t = await createTestApp();
    s = await login(t.app, 'stu');
    const maps = (await s.request({ url: '/api/road-maps' })).json();
    original = await get(maps[0].versions[0].id);
    const res = await s.request({
      method: 'POST',
      url: `/api/road-maps/${original.roadMapId}/amendments`,
      payload: {
        basedOnVersionId: original.id,
        versionLabel: 'Perbup 9/2025',
        regulasi: { type: 'perbup', number: '9', year: 2025, title: 'Perubahan kedua' },
      },
    });
    draftId = res.json().versionId;
  });
  afterAll(async () => t?.close());

  it('adds a kegiatan utama under a sasaran and an indicator in its Tabel 2 row, with values checked against the scale', async () => {
    const draft = await get(draftId);
    const sasaran1 = draft.document.nodes.find((n) => n.kind === 'sasaran_general' && n.number === '1')!;
    const kegiatan = await s.request({
      method: 'POST',
      url: `/api/versions/${draftId}/nodes`,
      payload: { kind: 'kegiatan_utama', parentKey: sasaran1.key, name: 'Evaluasi kelembagaan perangkat daerah' },
    });
    expect(kegiatan.statusCode, kegiatan.body).toBe(201);
    const kKey = kegiatan.json().node.key as string;
    expect(kKey).toBe('evaluasi-kelembagaan-perangkat-daerah');

    const indicator = {
      name: 'Persentase perangkat daerah yang dievaluasi kelembagaannya',
      scaleCode: 'persen',
      unit: 'Persen',
      polarity: 'higher_is_better',
      baseline: { year: 2023, status: 'value', value: { kind: 'number', value: 40 } },
      targets: [{ year: 2024, type: 'point', value: { kind: 'number', value: 120 } }],
      responsible: [{ pdKey: 'bagian-organisasi', role: 'lead' }],
    };
    const bad = await s.request({
      method: 'POST',
      url: `/api/versions/${draftId}/indicators`,
      payload: { nodeKey: kKey, tableCode: 'tabel2', indicator },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields[0]).toMatchObject({
      code: 'VALUE_OUT_OF_SCALE',
      field: 'indicator.targets.0.value',
    });
    const wrongTable = await s.request({
      method: 'POST',
      url: `/api/versions/${draftId}/indicators`,
      payload: { nodeKey: kKey, tableCode: 'tabel3', indicator: { ...indicator, targets: [] } },
    });
    expect(wrongTable.statusCode).toBe(422);
    expect(wrongTable.json().error.fields[0].code).toBe('PLACEMENT_WRONG_TABLE');

    const ok = await s.request({
      method: 'POST',
      url: `/api/versions/${draftId}/indicators`,
      payload: {
        nodeKey: kKey,
        tableCode: 'tabel2',
        indicator: { ...indicator, targets: [{ year: 2024, type: 'point', value: { kind: 'number', value: 100 } }] },
      },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const after = await get(draftId);
    const row = after.document.placements.find((p) => p.nodeKey === kKey);
    expect(row?.tableCode).toBe('tabel2');
  });

  it('refuses to delete a node that still has children, then removes a kegiatan and its now unplaced indicators', async () => {
    const draft = await get(draftId);
    const sasaran2 = draft.document.nodes.find((n) => n.kind === 'sasaran_general' && n.number === '2')!;
    const refused = await s.request({ method: 'DELETE', url: `/api/versions/${draftId}/nodes/${sasaran2.key}` });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('NODE_HAS_CHILDREN');
    const kegiatan = draft.document.nodes.find((n) => n.parentKey === sasaran2.key)!;
    const res = await s.request({ method: 'DELETE', url: `/api/versions/${draftId}/nodes/${kegiatan.key}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().deletedIndicators.length).toBeGreaterThan(0);
    const after = await get(draftId);
    expect(after.document.nodes.some((n) => n.key === kegiatan.key)).toBe(false);
    for (const k of res.json().deletedIndicators)
      expect(after.document.indicators.some((i) => i.key === k)).toBe(false);
  });

  it('places an existing indicator in a second row and refuses a duplicate placement', async () => {
    const draft = await get(draftId);
    const tema = draft.document.nodes.find((n) => n.kind === 'sasaran_tematik')!;
    const ind = draft.document.indicators[0]!;
    const body = { tableCode: 'tabel3', nodeKey: tema.key, indicatorKey: ind.key };
    const first = await s.request({ method: 'POST', url: `/api/versions/${draftId}/placements`, payload: body });
    expect(first.statusCode, first.body).toBe(201);
    const dup = await s.request({ method: 'POST', url: `/api/versions/${draftId}/placements`, payload: body });
    expect(dup.statusCode).toBe(409);
    const removed = await s.request({
      method: 'DELETE',
      url: `/api/versions/${draftId}/placements?tableCode=tabel3&nodeKey=${tema.key}&indicatorKey=${ind.key}`,
    });
    expect(removed.statusCode).toBe(200);
  });

  it('renames a sasaran with optimistic locking', async () => {
    const draft = await get(draftId);
    const sasaran = draft.document.nodes.find((n) => n.kind === 'sasaran_general' && n.number === '3')!;
    const { key: _k, order: _o, ...node } = sasaran;
    const ok = await s.request({
      method: 'PUT',
      url: `/api/versions/${draftId}/nodes/${sasaran.key}`,
      payload: { rowVersion: 1, node: { ...node, name: `${sasaran.name} (dipertajam)` } },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const stale = await s.request({
      method: 'PUT',
      url: `/api/versions/${draftId}/nodes/${sasaran.key}`,
      payload: { rowVersion: 1, node },
    });
    expect(stale.statusCode).toBe(409);
  });

  it('shows added and removed kegiatan and indicators and the renamed sasaran in the diff', async () => {
    const res = await s.request({ url: `/api/versions/${original.id}/diff/${draftId}` });
    expect(res.statusCode).toBe(200);
    const text = JSON.stringify(res.json().diff);
    expect(text).toContain('Evaluasi kelembagaan perangkat daerah');
    expect(text).toContain('Persentase perangkat daerah yang dievaluasi kelembagaannya');
    expect(text).toContain('(dipertajam)');
    expect(text).toContain('removed');
  });

  it('audits every structure change', async () => {
    const events = (await s.request({ url: '/api/audit?limit=50' })).json() as { action: string }[];
    const actions = new Set(events.map((e) => e.action));
    for (const a of [
      'result_node.create',
      'indikator.create',
      'result_node.delete',
      'indikator.delete',
      'placement.create',
      'placement.delete',
      'result_node.update',
    ]) {
      expect(actions).toContain(a);
    }
  });
});
