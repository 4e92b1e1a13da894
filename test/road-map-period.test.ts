// The road map over time (issue #10 items 2–4): a new period starts as a draft from the national
// catalogue plus indicators carried over with their last verified realisasi as baseline; the
// previous road map governs the transition years until the new one is enacted; an indicator moves
// from Indeks SPBE to Indeks Pemdi from 2026 with its history kept; bad periods, theme years and
// re-basings are refused with stable codes and write nothing. On both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { skipDb } from './helpers/database.ts';
import { SMALL_YEAR, rencanaAksiBody } from './helpers/factories.ts';
import { fingerprint } from './helpers/fingerprint.ts';
import { login, type Session } from './helpers/session.ts';
import type { RoadMapDocument } from '../src/domain/roadmap/types.ts';

interface Version {
  id: string;
  status: string;
  document: RoadMapDocument;
  indicatorRowVersions: Record<string, number>;
  findings: { code: string; entityKey: string }[];
}

describe.skipIf(skipDb())('a new road map period', () => {
  let t: TestApp;
  let stu: Session;
  let oldVersionId: string;
  let oldRoadMapId: string;
  let draft: Version;
  const getVersion = async (id: string): Promise<Version> => (await stu.request(`/api/versions/${id}`)).json();
  const start = (body: Record<string, unknown>) =>
    stu.request({
      method: 'POST',
      url: '/api/road-maps',
      payload: { title: 'Road Map RB 2025–2029', versionLabel: 'Rancangan 2025–2029', catalogue: true, ...body },
    });

  beforeAll(async () => {
    t = await createTestApp({ fixture: 'small' });
    stu = await login(t.app, 'stu');
    const maps = (await stu.request('/api/road-maps')).json();
    oldRoadMapId = maps[0].id;
    oldVersionId = maps[0].versions[0].id;
    // The last verified realisasi of 2024 (S2) becomes the carried baseline.
    const operator = await login(t.app, 'operator.bkpsdm');
    const kepala = await login(t.app, 'kepala.bkpsdm');
    const periodes = (await stu.request(`/api/periode?year=${SMALL_YEAR}`)).json() as { id: string; code: string }[];
    for (const [code, value] of [
      ['S1', '55'],
      ['S2', '62,5'],
    ] as const) {
      const periodeId = periodes.find((p) => p.code === code)!.id;
      const entered = await operator.request({
        method: 'PUT',
        url: '/api/realisasi',
        payload: {
          periodeId,
          subjectType: 'indikator',
          subjectKey: 'asn-kompeten',
          value,
          narrative: '',
          rowVersion: 0,
        },
      });
      expect(entered.statusCode, entered.body).toBe(200);
      const id = entered.json().id as string;
      expect(
        (await kepala.request({ method: 'POST', url: `/api/realisasi/${id}/submit`, payload: {} })).statusCode,
      ).toBe(200);
      const ok = await stu.request({ method: 'POST', url: '/api/realisasi/verify', payload: { ids: [id] } });
      expect(ok.statusCode, ok.body).toBe(200);
    }
  });
  afterAll(async () => t?.close());

  it('refuses an inverted, an overlong and an overlapping period with stable codes, writing nothing', async () => {
    const before = await fingerprint(t);
    const inverted = await start({ periodStart: 2029, periodEnd: 2025 });
    expect(inverted.statusCode).toBe(422);
    expect(inverted.json().error).toMatchObject({
      code: 'ROAD_MAP_PERIOD_INVALID',
      fields: [{ code: 'PERIOD_INVERTED' }],
    });
    const long = await start({ periodStart: 2025, periodEnd: 2031 });
    expect(long.statusCode).toBe(422);
    expect(long.json().error.fields[0]).toMatchObject({ field: 'periodEnd', code: 'PERIOD_TOO_LONG' });
    const overlap = await start({ periodStart: 2024, periodEnd: 2028 });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().error.code).toBe('ROAD_MAP_PERIOD_OVERLAP');
    expect(overlap.json().error.message).toContain('tumpang tindih');
    const unknown = await start({
      periodStart: 2025,
      periodEnd: 2029,
      carryFromVersionId: oldVersionId,
      carryIndicatorKeys: ['tidak-ada'],
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.fields[0]).toMatchObject({ field: 'carryIndicatorKeys', code: 'UNKNOWN_INDICATOR' });
    expect(await fingerprint(t)).toBe(before);
  });

  it('starts 2025–2029 as a draft from the catalogue plus a carried indicator with its last realisasi as baseline', async () => {
    const res = await start({
      periodStart: 2025,
      periodEnd: 2029,
      carryFromVersionId: oldVersionId,
      carryIndicatorKeys: ['asn-kompeten'],
    });
    expect(res.statusCode, res.body).toBe(201);
    draft = await getVersion(res.json().versionId);
    expect(draft.status).toBe('draft');
    const doc = draft.document;
    expect(doc.roadMap).toMatchObject({ periodStart: 2025, periodEnd: 2029, status: 'draft' });
    const carried = doc.indicators.find((i) => i.key === 'asn-kompeten')!;
    expect(carried.baseline).toMatchObject({ year: 2024, status: 'value', value: { kind: 'number', value: 62.5 } });
    expect(carried.baselineOrigin).toEqual({
      kind: 'carried_realisasi',
      fromRoadMap: 'Road Map Reformasi Birokrasi Kabupaten Contoh 2020–2024',
      periode: 'S2 2024',
    });
    expect(carried.targets).toEqual([]);
    expect(doc.nodes.map((n) => n.key)).toContain('ku-1');
    // Catalogue indicators for a kabupaten only; the SPBE one is flagged as on a superseded scale.
    const national = doc.indicators.filter((i) => i.nationalIndicatorCode);
    expect(national.length).toBeGreaterThan(10);
    expect(national.find((i) => i.nationalIndicatorCode === 'KU03-1')?.scaleCode).toBe('indeks_spbe');
    expect(draft.findings).toContainEqual(
      expect.objectContaining({ code: 'SCALE_SUPERSEDED', entityKey: 'nasional-ku03-1' }),
    );
    const audit = (await stu.request(`/api/history?entityType=road_map&entityId=${res.json().roadMapId}`)).json();
    expect(audit[0]).toMatchObject({ action: 'road_map.create', after: { carried: ['asn-kompeten'] } });
  });

  it('keeps the previous road map governing 2025–2026 until the new one is enacted', async () => {
    const years = (await stu.request('/api/road-maps/years')).json() as {
      year: number;
      roadMapId: string;
      transition: boolean;
      pendingRoadMapId: string | null;
    }[];
    expect(years.find((y) => y.year === 2024)).toMatchObject({ roadMapId: oldRoadMapId, transition: false });
    expect(years.find((y) => y.year === 2025)).toMatchObject({
      roadMapId: oldRoadMapId,
      transition: true,
      pendingRoadMapId: expect.any(String),
    });
    // Monitoring 2025 works under the old road map: its indicators are what the year reports on.
    const plans = await stu.request('/api/rencana-aksi?year=2025');
    expect(plans.statusCode, plans.body).toBe(200);
  });

  it('carries a 2024 recommendation into a 2025 plan made under the transition rule', async () => {
    const evaluator = await login(t.app, 'evaluator');
    const operator = await login(t.app, 'operator.bkpsdm');
    expect(
      (await evaluator.request({ method: 'POST', url: '/api/evaluasi', payload: { year: 2024 } })).statusCode,
    ).toBe(201);
    const rec = await evaluator.request({
      method: 'POST',
      url: '/api/rekomendasi',
      payload: {
        year: 2024,
        lineCode: '1B2a',
        body: 'Lakukan penilaian mandiri sistem merit',
        pdKey: 'bkpsdm',
        dueDate: '2025-06-30',
      },
    });
    expect(rec.statusCode, rec.body).toBe(201);
    const plan = await operator.request({
      method: 'POST',
      url: '/api/rencana-aksi',
      payload: rencanaAksiBody(2025, {
        nodeKey: 'ku-1',
        rincianKegiatan: 'Penilaian mandiri sistem merit 2025',
        koordinatorPdKey: 'bp4d',
      }),
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const carried = await operator.request({
      method: 'POST',
      url: `/api/rekomendasi/${rec.json().id}/carry`,
      payload: { rencanaAksiId: plan.json().id, rowVersion: rec.json().rowVersion },
    });
    expect(carried.statusCode, carried.body).toBe(200);
    expect(carried.json()).toMatchObject({ rencanaAksiId: plan.json().id });
  });

  it('moves Indeks SPBE to Indeks Pemdi from 2026, keeping 2025 on the old scale; refuses bad re-basings', async () => {
    const key = 'nasional-ku03-1';
    const url = `/api/versions/${draft.id}/indicators/${key}/rebase`;
    const rowVersion = draft.indicatorRowVersions[key];
    const before = await fingerprint(t);
    const outside = await stu.request({
      method: 'POST',
      url,
      payload: { rowVersion, fromYear: 2031, scaleCode: 'indeks_pemdi' },
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error).toMatchObject({
      code: 'SCALE_REBASE_INVALID',
      fields: [{ code: 'REBASE_YEAR_OUTSIDE_PERIOD' }],
    });
    const unmapped = await stu.request({
      method: 'POST',
      url,
      payload: { rowVersion, fromYear: 2026, scaleCode: 'persen' },
    });
    expect(unmapped.statusCode).toBe(422);
    expect(unmapped.json().error.fields[0]).toMatchObject({ field: 'mapping', code: 'SCALE_MAPPING_REQUIRED' });
    expect(await fingerprint(t)).toBe(before);

    const ok = await stu.request({
      method: 'POST',
      url,
      payload: { rowVersion, fromYear: 2026, scaleCode: 'indeks_pemdi', name: 'Indeks Pemerintah Digital' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().findings.map((f: { code: string }) => f.code)).not.toContain('SCALE_SUPERSEDED');
    const after = await getVersion(draft.id);
    const ind = after.document.indicators.find((i) => i.key === key)!;
    expect(ind.scaleCode).toBe('indeks_spbe');
    expect(ind.scaleChanges).toEqual([
      {
        fromYear: 2026,
        scaleCode: 'indeks_pemdi',
        name: 'Indeks Pemerintah Digital',
        unit: 'indeks',
        mapping: { kind: 'identity' },
      },
    ]);
    expect(after.document.scales.map((s) => s.code)).toContain('indeks_pemdi');
    const again = await stu.request({
      method: 'POST',
      url,
      payload: { rowVersion: ok.json().rowVersion, fromYear: 2026, scaleCode: 'indeks_pemdi' },
    });
    expect(again.json().error.fields[0].code).toBe('REBASE_NOT_AFTER_LAST');
    const history = (await stu.request(`/api/history?entityType=indikator&entityId=${draft.id}:${key}`)).json();
    expect(history[0]).toMatchObject({ action: 'indikator.rebase', after: { rebase: { fromYear: 2026 } } });
    // An ordinary edit of the indicator keeps its scale history.
    const { key: _k, ...body } = ind;
    const edited = await stu.request({
      method: 'PUT',
      url: `/api/versions/${draft.id}/indicators/${key}`,
      payload: { rowVersion: ok.json().rowVersion, indicator: { ...body, scaleChanges: [], note: 'Diubah' } },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().indicator.scaleChanges).toHaveLength(1);
  });

  it('scopes a theme to years inside the period and refuses a year outside it', async () => {
    const url = `/api/versions/${draft.id}/nodes`;
    const before = await fingerprint(t);
    const bad = await stu.request({
      method: 'POST',
      url,
      payload: { kind: 'tema', parentKey: null, name: 'Tema baru', validFrom: 2031 },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields[0]).toMatchObject({ field: 'validFrom', code: 'THEME_YEAR_OUTSIDE_PERIOD' });
    expect(await fingerprint(t)).toBe(before);
    const ok = await stu.request({
      method: 'POST',
      url,
      payload: { kind: 'tema', parentKey: null, name: 'Tema 2026', validFrom: 2026 },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().node).toMatchObject({ kind: 'tema', validFrom: 2026 });
    const stored = (await getVersion(draft.id)).document.nodes.find((n) => n.name === 'Tema 2026');
    expect(stored?.validFrom).toBe(2026);
  });

  it('refuses to enact a draft that still cites the draft regulation, until its number is set', async () => {
    const early = await stu.request({ method: 'POST', url: `/api/versions/${draft.id}/activate`, payload: {} });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.code).toBe('VERSION_REGULASI_DRAFT');
    const url = `/api/versions/${draft.id}/regulasi`;
    const reg = { type: 'perbup', year: 2025, title: 'Road Map Reformasi Birokrasi 2025–2029' };
    const placeholder = await stu.request({ method: 'PUT', url, payload: { ...reg, number: 'Rancangan' } });
    expect(placeholder.statusCode).toBe(422);
    expect(placeholder.json().error.fields).toEqual([
      expect.objectContaining({ field: 'number', code: 'REGULASI_NUMBER_DRAFT' }),
    ]);
    const set = await stu.request({
      method: 'PUT',
      url,
      payload: { ...reg, number: '9', enactedAt: '2025-03-14', place: 'Oelamasi' },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({
      number: '9',
      enactedAt: '2025-03-14',
      key: expect.stringContaining('rancangan'),
    });
    const maps = (await stu.request('/api/road-maps')).json() as {
      versions: { id: string; regulasi: { number: string } }[];
    }[];
    expect(maps.flatMap((m) => m.versions).find((v) => v.id === draft.id)!.regulasi.number).toBe('9');
  });

  it('after enactment the new road map governs 2025 and the old one is untouched', async () => {
    const act = await stu.request({ method: 'POST', url: `/api/versions/${draft.id}/activate`, payload: {} });
    expect(act.statusCode, act.body).toBe(200);
    // The enacted regulation is now part of the text in force: it cannot be rewritten.
    const late = await stu.request({
      method: 'PUT',
      url: `/api/versions/${draft.id}/regulasi`,
      payload: { type: 'perbup', year: 2025, title: 'Lain', number: '10' },
    });
    expect(late.statusCode).toBe(409);
    const years = (await stu.request('/api/road-maps/years')).json() as {
      year: number;
      roadMapId: string;
      transition: boolean;
    }[];
    expect(years.find((y) => y.year === 2025)).toMatchObject({ transition: false });
    expect(years.find((y) => y.year === 2025)!.roadMapId).not.toBe(oldRoadMapId);
    expect((await getVersion(oldVersionId)).status).toBe('active');
  });
});
