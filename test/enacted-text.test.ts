// The enacted text is immutable (issue #10 item 1): every write on a version's content, taken from
// the route table, is refused with VERSION_ENACTED on the active and on a superseded version and
// changes nothing; corrections go through a draft, where an edit can be an audited erratum; drafts
// can be deleted; an import is labelled as an import. Also the transition year of item 5.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { fingerprint } from './helpers/fingerprint.ts';
import { skipDb } from './helpers/database.ts';
import { login, type Session } from './helpers/session.ts';
import { multipart } from './helpers/multipart.ts';
import { exportRoadMapXlsx } from '../src/server/features/roadmap-xlsx/roadmap-xlsx.export.ts';
import { todayWita } from '../src/domain/periods/periods.ts';
import type { RoadMapDocument } from '../src/domain/roadmap/types.ts';

interface VersionBody {
  id: string;
  roadMapId: string;
  status: string;
  document: RoadMapDocument;
  indicatorRowVersions: Record<string, number>;
}

/** A valid request for each write on a version's content, against document `d` of version `id`. */
function validRequest(route: string, id: string, v: VersionBody) {
  const d = v.document;
  const ind = d.indicators[0]!;
  const { key: _k, ...indicator } = ind;
  const sasaran = d.nodes.find((n) => n.kind === 'sasaran_general')!;
  const kegiatan = d.nodes.find((n) => n.kind === 'kegiatan_utama' && !d.nodes.some((c) => c.parentKey === n.key))!;
  const placed = d.placements.find((p) => p.tableCode === 'tabel2')!;
  const fresh = { ...indicator, name: 'Indikator baru', targets: [], responsible: [] };
  const table: Record<string, { url: string; payload?: Record<string, unknown> }> = {
    'PUT /api/versions/:versionId/indicators/:key': {
      url: `/api/versions/${id}/indicators/${ind.key}`,
      payload: { rowVersion: v.indicatorRowVersions[ind.key], indicator: { ...indicator, name: 'Diubah' } },
    },
    'DELETE /api/versions/:versionId/indicators/:key': { url: `/api/versions/${id}/indicators/${ind.key}` },
    'POST /api/versions/:versionId/indicators/:key/rebase': {
      url: `/api/versions/${id}/indicators/${ind.key}/rebase`,
      payload: {
        rowVersion: v.indicatorRowVersions[ind.key],
        fromYear: d.roadMap.periodEnd,
        scaleCode: 'indeks_pemdi',
      },
    },
    'POST /api/versions/:versionId/indicators': {
      url: `/api/versions/${id}/indicators`,
      payload: { nodeKey: kegiatan.key, tableCode: 'tabel2', indicator: fresh },
    },
    'POST /api/versions/:versionId/nodes': {
      url: `/api/versions/${id}/nodes`,
      payload: { kind: 'kegiatan_utama', parentKey: sasaran.key, name: 'Kegiatan baru' },
    },
    'PUT /api/versions/:versionId/nodes/:key': {
      url: `/api/versions/${id}/nodes/${kegiatan.key}`,
      payload: { rowVersion: 1, node: { kind: 'kegiatan_utama', parentKey: kegiatan.parentKey, name: 'Diubah' } },
    },
    'DELETE /api/versions/:versionId/nodes/:key': { url: `/api/versions/${id}/nodes/${kegiatan.key}` },
    'POST /api/versions/:versionId/placements': {
      url: `/api/versions/${id}/placements`,
      payload: { tableCode: 'tabel2', nodeKey: kegiatan.key, indicatorKey: ind.key },
    },
    'DELETE /api/versions/:versionId/placements': {
      url: `/api/versions/${id}/placements?tableCode=tabel2&nodeKey=${placed.nodeKey}&indicatorKey=${placed.indicatorKey}`,
    },
    'DELETE /api/versions/:versionId': { url: `/api/versions/${id}` },
    'PUT /api/versions/:versionId/regulasi': {
      url: `/api/versions/${id}/regulasi`,
      payload: { type: 'perbup', number: '99', year: 2024, title: 'Peraturan lain' },
    },
  };
  return table[route];
}

// Writes on a version: every non-GET route under /api/versions/:versionId except activation (a
// change of status, with its own rules) and the diff/export reads.
const t: TestApp | null = skipDb() ? null : await createTestApp();
const contentWrites = (t?.app.routeTable ?? [])
  .filter((r) => r.method !== 'GET' && r.method !== 'HEAD' && r.url.startsWith('/api/versions/:versionId'))
  .filter((r) => !r.url.endsWith('/activate'))
  .map((r) => `${r.method} ${r.url}`);

describe.skipIf(skipDb())('the enacted text', () => {
  let s: Session;
  let active: VersionBody;
  const get = async (id: string): Promise<VersionBody> => (await s.request({ url: `/api/versions/${id}` })).json();
  const amend = (base: string, number: string) =>
    s.request({
      method: 'POST',
      url: `/api/road-maps/${active.roadMapId}/amendments`,
      payload: {
        basedOnVersionId: base,
        versionLabel: `Perbup ${number}/2025`,
        regulasi: { type: 'perbup', number, year: 2025, title: 'Perubahan' },
      },
    });

  beforeAll(async () => {
    s = await login(t!.app, 'stu');
    const maps = (await s.request({ url: '/api/road-maps' })).json();
    active = await get(maps[0].versions.find((v: { status: string }) => v.status === 'active').id);
  });
  afterAll(async () => t?.close());

  it('finds the version-content writes in the route table', () => {
    expect(contentWrites.length).toBeGreaterThanOrEqual(9);
  });

  it.each(contentWrites)('%s on the active version: 409 VERSION_ENACTED, nothing changes', async (route) => {
    const req = validRequest(route, active.id, active);
    expect(req, `no sample request for ${route}: add one to validRequest`).toBeDefined();
    const before = await fingerprint(t!);
    const res = await s.request({ method: route.split(' ')[0] as 'PUT', ...req! });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.code).toBe('VERSION_ENACTED');
    expect(await fingerprint(t!)).toBe(before);
  });

  it('marks a draft edit as an erratum with its reason, in the audit and the history', async () => {
    const draftId = (await amend(active.id, '11')).json().versionId as string;
    const draft = await get(draftId);
    const ind = draft.document.indicators[0]!;
    const { key, ...indicator } = ind;
    const url = `/api/versions/${draftId}/indicators/${key}`;
    const rowVersion = draft.indicatorRowVersions[key];
    const short = await s.request({ method: 'PUT', url, payload: { rowVersion, indicator, erratum: { reason: 'x' } } });
    expect(short.statusCode).toBe(400);
    const reason = 'Salah ketik saat impor: Lampiran tertulis 80,25';
    const ok = await s.request({
      method: 'PUT',
      url,
      payload: { rowVersion, indicator: { ...indicator, name: `${ind.name} (ralat)` }, erratum: { reason } },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const history = (await s.request({ url: `/api/history?entityType=indikator&entityId=${draftId}:${key}` })).json();
    expect(history[0]).toMatchObject({ action: 'indikator.erratum', after: { erratum: { reason } } });
  });

  it('deletes a draft with its regulasi (audited), but not a base of another draft', async () => {
    const firstId = (await amend(active.id, '12')).json().versionId as string;
    const secondId = (await amend(firstId, '13')).json().versionId as string;
    const refused = await s.request({ method: 'DELETE', url: `/api/versions/${firstId}` });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('VERSION_IS_BASE');
    for (const id of [secondId, firstId]) {
      const res = await s.request({ method: 'DELETE', url: `/api/versions/${id}` });
      expect(res.statusCode, res.body).toBe(200);
      expect((await s.request({ url: `/api/versions/${id}` })).statusCode).toBe(404);
    }
    const audit = (await s.request({ url: `/api/history?entityType=road_map_version&entityId=${firstId}` })).json();
    expect(audit[0]).toMatchObject({ action: 'road_map_version.delete', after: null, before: { status: 'draft' } });
    // The regulation went with its draft, so the same amendment can be made again.
    expect((await amend(active.id, '12')).statusCode).toBe(201);
  });

  it('refuses every write on a superseded version too', async () => {
    const nextId = (await amend(active.id, '14')).json().versionId as string;
    expect((await s.request({ method: 'POST', url: `/api/versions/${nextId}/activate` })).statusCode).toBe(200);
    const old = await get(active.id);
    expect(old.status).toBe('superseded');
    const before = await fingerprint(t!);
    for (const route of contentWrites) {
      const res = await s.request({ method: route.split(' ')[0] as 'PUT', ...validRequest(route, old.id, old)! });
      expect(res.json().error?.code, `${route}: ${res.body.slice(0, 200)}`).toBe('VERSION_ENACTED');
    }
    expect(await fingerprint(t!)).toBe(before);
    active = await get(nextId);
  });

  it('labels an imported workbook as an import, not as the regulation', async () => {
    const file = await exportRoadMapXlsx(active.document);
    const res = await s.request({
      method: 'POST',
      url: '/api/imports/road-map/commit',
      ...multipart(file, { fileName: 'lampiran.xlsx', fields: { status: 'draft' } }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const maps = (await s.request({ url: '/api/road-maps' })).json();
    const v = maps[0].versions.find((x: { id: string }) => x.id === res.json().versionId);
    expect(v).toMatchObject({ status: 'draft', versionLabel: `Impor lampiran.xlsx ${todayWita(new Date())}` });
  });

  it('keeps the last road map in force for plans of the transition years after its period', async () => {
    const operator = await login(t!.app, 'operator.bkpsdm');
    expect((await operator.request('/api/rencana-aksi?year=2025')).statusCode).toBe(200);
    expect((await operator.request('/api/rencana-aksi?year=2026')).statusCode).toBe(200);
    expect((await operator.request('/api/rencana-aksi?year=2030')).json().error.code).toBe('NO_ACTIVE_ROAD_MAP');
  });
});
