// Audit completeness: every state-changing API route, exercised once with a valid request, writes
// the expected audit event(s) with actor, role, entity and the right before/after, in the same
// transaction as the change. A new mutating route without a scenario here fails the test.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { rencanaAksiBody } from './helpers/factories.ts';
import { skipDb } from './helpers/database.ts';
import { multipart } from './helpers/multipart.ts';
import { login, type Session } from './helpers/session.ts';
import { DEMO_PASSWORD } from '../src/server/seed/demo-users.ts';
import { exportRoadMapXlsx } from '../src/server/features/roadmap-xlsx/roadmap-xlsx.export.ts';
import type { RoadMapDocument } from '../src/domain/roadmap/types.ts';

interface AuditRow {
  id: number;
  actor: string;
  actor_role: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  request_id: string | null;
}

/** Uploads in this file are named rm.xlsx (the import events record the file name). */
const upload = (file: Buffer, fields: Record<string, string> = {}) => multipart(file, { fileName: 'rm.xlsx', fields });

describe.skipIf(skipDb())('audit completeness', () => {
  let t: TestApp;
  let stu: Session;
  let admin: Session;
  const covered = new Set<string>();

  async function eventsSince(id: number): Promise<AuditRow[]> {
    const r = (await t.database.db.execute(sql`select * from audit_event where id > ${id} order by id`)) as unknown as {
      rows: AuditRow[];
    };
    return r.rows;
  }
  async function maxId(): Promise<number> {
    const r = (await t.database.db.execute(sql`select coalesce(max(id), 0)::int as n from audit_event`)) as unknown as {
      rows: { n: number }[];
    };
    return r.rows[0]!.n;
  }
  /** Runs one request and returns the audit events it wrote. */
  async function exercise(
    route: string,
    run: () => Promise<{ statusCode: number; body: string }>,
  ): Promise<AuditRow[]> {
    covered.add(route);
    const before = await maxId();
    const res = await run();
    expect(res.statusCode, `${route}: ${res.body.slice(0, 300)}`).toBeLessThan(300);
    return eventsSince(before);
  }

  beforeAll(async () => {
    t = await createTestApp();
    stu = await login(t.app, 'stu');
    admin = await login(t.app, 'admin');
  });
  afterAll(async () => t?.close());

  it('audits sign-in, sign-out and password change', async () => {
    let s: Session | null = null;
    const [loginEvent] = await exercise('POST /api/auth/login', async () => {
      s = await login(t.app, 'evaluator');
      return { statusCode: 200, body: '' };
    });
    expect(loginEvent).toMatchObject({
      action: 'auth.login',
      actor: 'evaluator',
      actor_role: 'evaluator_apip',
      entity_type: 'user_account',
    });
    const [pw] = await exercise('POST /api/auth/password', () =>
      s!.request({
        method: 'POST',
        url: '/api/auth/password',
        payload: { currentPassword: DEMO_PASSWORD, newPassword: 'Evaluasi-2025!' },
      }),
    );
    expect(pw).toMatchObject({ action: 'user.password_change', actor: 'evaluator' });
    expect(JSON.stringify(pw)).not.toMatch(/argon2|Evaluasi-2025/);
    const [out] = await exercise('POST /api/auth/logout', () =>
      s!.request({ method: 'POST', url: '/api/auth/logout' }),
    );
    expect(out).toMatchObject({ action: 'auth.logout', actor: 'evaluator' });
  });

  it('audits account administration without password hashes', async () => {
    const [created] = await exercise('POST /api/users', () =>
      admin.request({
        method: 'POST',
        url: '/api/users',
        payload: { username: 'audit.user', displayName: 'Audit', roles: [{ role: 'pimpinan', pdKey: null }] },
      }),
    );
    expect(created).toMatchObject({ action: 'user.create', actor: 'admin', before: null });
    expect(created!.after).toMatchObject({ username: 'audit.user', roles: [{ role: 'pimpinan', pdKey: null }] });
    const id = created!.entity_id;
    const [updated] = await exercise('PUT /api/users/:id', () =>
      admin.request({
        method: 'PUT',
        url: `/api/users/${id}`,
        payload: { rowVersion: 1, displayName: 'Audit 2', disabled: true, roles: [] },
      }),
    );
    expect(updated).toMatchObject({
      action: 'user.update',
      before: { displayName: 'Audit', disabled: false },
      after: { displayName: 'Audit 2', disabled: true, roles: [] },
    });
    const [reset] = await exercise('POST /api/users/:id/reset-password', () =>
      admin.request({ method: 'POST', url: `/api/users/${id}/reset-password` }),
    );
    expect(reset).toMatchObject({ action: 'user.reset_password', entity_id: id });
    expect(JSON.stringify([created, updated, reset])).not.toContain('argon2');
  });

  it('audits every road map change with before and after', async () => {
    const maps = (await stu.request('/api/road-maps')).json();
    const v = (await stu.request(`/api/versions/${maps[0].versions[0].id}`)).json() as {
      id: string;
      roadMapId: string;
      document: RoadMapDocument;
      indicatorRowVersions: Record<string, number>;
    };

    const amendEvents = await exercise('POST /api/road-maps/:roadMapId/amendments', () =>
      stu.request({
        method: 'POST',
        url: `/api/road-maps/${v.roadMapId}/amendments`,
        payload: {
          basedOnVersionId: v.id,
          versionLabel: 'Perbup 3/2025',
          regulasi: { type: 'perbup', number: '3', year: 2025, title: 'Perubahan' },
        },
      }),
    );
    expect(amendEvents.map((e) => e.action)).toEqual(['regulasi.create', 'road_map_version.create']);
    const draftId = amendEvents[1]!.entity_id;
    const draft = (await stu.request(`/api/versions/${draftId}`)).json() as {
      document: RoadMapDocument;
      indicatorRowVersions: Record<string, number>;
    };
    const ind = v.document.indicators.find((i) => i.key === 'indeks-sistem-merit')!;
    const { key: _k, ...rest } = ind;
    const [upd] = await exercise('PUT /api/versions/:versionId/indicators/:key', () =>
      stu.request({
        method: 'PUT',
        url: `/api/versions/${draftId}/indicators/${ind.key}`,
        payload: {
          rowVersion: draft.indicatorRowVersions[ind.key],
          indicator: { ...rest, name: 'Indeks sistem merit ASN' },
        },
      }),
    );
    expect(upd).toMatchObject({
      action: 'indikator.update',
      actor: 'stu',
      actor_role: 'koordinator_stu',
      entity_id: `${draftId}:${ind.key}`,
    });
    expect((upd!.before as { name: string }).name).toBe(ind.name);
    expect((upd!.after as { name: string }).name).toBe('Indeks sistem merit ASN');
    expect(upd!.request_id).toBeTruthy();

    const [erratum] = await exercise('PUT /api/versions/:versionId/indicators/:key (erratum)', () =>
      stu.request({
        method: 'PUT',
        url: `/api/versions/${draftId}/indicators/${ind.key}`,
        payload: {
          rowVersion: draft.indicatorRowVersions[ind.key]! + 1,
          indicator: { ...rest, name: ind.name },
          erratum: { reason: 'Salah ketik saat input' },
        },
      }),
    );
    expect(erratum).toMatchObject({
      action: 'indikator.erratum',
      before: { name: 'Indeks sistem merit ASN' },
      after: { name: ind.name, erratum: { reason: 'Salah ketik saat input' } },
    });

    const sasaran = draft.document.nodes.find((n) => n.kind === 'sasaran_general')!;

    const [nodeCreate] = await exercise('POST /api/versions/:versionId/nodes', () =>
      stu.request({
        method: 'POST',
        url: `/api/versions/${draftId}/nodes`,
        payload: { kind: 'kegiatan_utama', parentKey: sasaran.key, name: 'Kegiatan audit' },
      }),
    );
    expect(nodeCreate).toMatchObject({ action: 'result_node.create', before: null, after: { name: 'Kegiatan audit' } });
    const [nodeUpdate] = await exercise('PUT /api/versions/:versionId/nodes/:key', () =>
      stu.request({
        method: 'PUT',
        url: `/api/versions/${draftId}/nodes/kegiatan-audit`,
        payload: { rowVersion: 1, node: { kind: 'kegiatan_utama', parentKey: sasaran.key, name: 'Kegiatan audit 2' } },
      }),
    );
    expect(nodeUpdate).toMatchObject({
      action: 'result_node.update',
      before: { name: 'Kegiatan audit' },
      after: { name: 'Kegiatan audit 2' },
    });
    const [indCreate] = await exercise('POST /api/versions/:versionId/indicators', () =>
      stu.request({
        method: 'POST',
        url: `/api/versions/${draftId}/indicators`,
        payload: {
          nodeKey: 'kegiatan-audit',
          tableCode: 'tabel2',
          indicator: {
            name: 'Indikator audit',
            scaleCode: 'persen',
            unit: 'Persen',
            polarity: 'higher_is_better',
            baseline: { year: 2023, status: 'not_available', reason: 'Belum diukur' },
            targets: [],
            responsible: [],
          },
        },
      }),
    );
    expect(indCreate).toMatchObject({ action: 'indikator.create', before: null });
    const tema = draft.document.nodes.find((n) => n.kind === 'sasaran_tematik')!;
    const [plCreate] = await exercise('POST /api/versions/:versionId/placements', () =>
      stu.request({
        method: 'POST',
        url: `/api/versions/${draftId}/placements`,
        payload: { tableCode: 'tabel3', nodeKey: tema.key, indicatorKey: 'indikator-audit' },
      }),
    );
    expect(plCreate).toMatchObject({ action: 'placement.create', before: null });
    const [plDelete] = await exercise('DELETE /api/versions/:versionId/placements', () =>
      stu.request({
        method: 'DELETE',
        url: `/api/versions/${draftId}/placements?tableCode=tabel3&nodeKey=${tema.key}&indicatorKey=indikator-audit`,
      }),
    );
    expect(plDelete).toMatchObject({ action: 'placement.delete', after: null });
    const [indDelete] = await exercise('DELETE /api/versions/:versionId/indicators/:key', () =>
      stu.request({ method: 'DELETE', url: `/api/versions/${draftId}/indicators/indikator-audit` }),
    );
    expect(indDelete).toMatchObject({ action: 'indikator.delete', after: null });
    expect((indDelete!.before as { indicator: { name: string } }).indicator.name).toBe('Indikator audit');
    const [nodeDelete] = await exercise('DELETE /api/versions/:versionId/nodes/:key', () =>
      stu.request({ method: 'DELETE', url: `/api/versions/${draftId}/nodes/kegiatan-audit` }),
    );
    expect(nodeDelete).toMatchObject({ action: 'result_node.delete', after: null });

    const spare = await stu.request({
      method: 'POST',
      url: `/api/road-maps/${v.roadMapId}/amendments`,
      payload: {
        basedOnVersionId: v.id,
        versionLabel: 'Perbup 8/2025',
        regulasi: { type: 'perbup', number: '8', year: 2025, title: 'Perubahan yang batal' },
      },
    });
    const deletion = await exercise('DELETE /api/versions/:versionId', () =>
      stu.request({ method: 'DELETE', url: `/api/versions/${spare.json().versionId}` }),
    );
    expect(deletion.map((e) => [e.action, e.after])).toEqual([
      ['road_map_version.delete', null],
      ['regulasi.delete', null],
    ]);
    expect(deletion[0]).toMatchObject({ before: { versionLabel: 'Perbup 8/2025', status: 'draft' } });

    const activation = await exercise('POST /api/versions/:versionId/activate', () =>
      stu.request({ method: 'POST', url: `/api/versions/${draftId}/activate` }),
    );
    expect(activation.map((e) => [e.action, e.before, e.after])).toEqual([
      ['road_map_version.supersede', { status: 'active' }, { status: 'superseded' }],
      ['road_map_version.activate', { status: 'draft' }, { status: 'active' }],
    ]);

    const pdList = (await stu.request('/api/perangkat-daerah')).json();
    const bp4d = pdList.items.find((x: { pd: { key: string } }) => x.pd.key === 'bp4d');
    const { key: _pk, ...pd } = bp4d.pd;
    const [pdUpdate] = await exercise('PUT /api/perangkat-daerah/:key', () =>
      stu.request({
        method: 'PUT',
        url: '/api/perangkat-daerah/bp4d',
        payload: { rowVersion: bp4d.rowVersion, perangkatDaerah: { ...pd, shortName: 'BP4D Kupang' } },
      }),
    );
    expect(pdUpdate).toMatchObject({
      action: 'perangkat_daerah.update',
      entity_id: 'bp4d',
      before: { shortName: bp4d.pd.shortName },
      after: { shortName: 'BP4D Kupang' },
    });

    const xlsx = await exportRoadMapXlsx(draft.document);
    const previewEvents = await exercise('POST /api/imports/road-map/preview', () =>
      stu.request({ method: 'POST', url: '/api/imports/road-map/preview', ...upload(xlsx) }),
    );
    expect(previewEvents).toEqual([]);
    const commitEvents = await exercise('POST /api/imports/road-map/commit', () =>
      stu.request({
        method: 'POST',
        url: '/api/imports/road-map/commit',
        ...upload(xlsx, { status: 'draft', roadMapId: v.roadMapId }),
      }),
    );
    expect(commitEvents.map((e) => e.action)).toContain('road_map_version.create');
  });

  it('audits monitoring: periods, action plans, realisasi workflow, comments and evidence', async () => {
    const operator = await login(t.app, 'operator.bkpsdm');
    const kepala = await login(t.app, 'kepala.bkpsdm');
    const [setup] = await exercise('POST /api/periode/setup', () =>
      stu.request({ method: 'POST', url: '/api/periode/setup', payload: { year: 2022, scheme: 'quarter' } }),
    );
    expect(setup).toMatchObject({ action: 'periode.setup', after: { year: 2022, scheme: 'quarter' } });
    const periods = (await stu.request('/api/periode?year=2022')).json() as {
      id: string;
      code: string;
      rowVersion: number;
      deadline: string;
      opensAt: string;
    }[];
    const q1 = periods.find((p) => p.code === 'TW1')!;
    const [win] = await exercise('PUT /api/periode/:id', () =>
      stu.request({
        method: 'PUT',
        url: `/api/periode/${q1.id}`,
        payload: { opensAt: q1.opensAt, deadline: '2022-04-30', rowVersion: q1.rowVersion },
      }),
    );
    expect(win).toMatchObject({
      action: 'periode.update_window',
      before: { deadline: q1.deadline },
      after: { deadline: '2022-04-30' },
    });
    const [reopen] = await exercise('POST /api/periode/:id/reopen', () =>
      stu.request({
        method: 'POST',
        url: `/api/periode/${q1.id}/reopen`,
        payload: { reason: 'Perbaikan data triwulan pertama', until: '2099-12-31', rowVersion: q1.rowVersion + 1 },
      }),
    );
    expect(reopen).toMatchObject({
      action: 'periode.reopen',
      after: { reason: 'Perbaikan data triwulan pertama', approvedBy: 'stu' },
    });

    const ra = rencanaAksiBody(2024);
    const [raCreate] = await exercise('POST /api/rencana-aksi', () =>
      operator.request({ method: 'POST', url: '/api/rencana-aksi', payload: ra }),
    );
    expect(raCreate).toMatchObject({ action: 'rencana_aksi.create', actor: 'operator.bkpsdm', before: null });
    const raId = raCreate!.entity_id;
    const [raUpdate] = await exercise('PUT /api/rencana-aksi/:id', () =>
      operator.request({
        method: 'PUT',
        url: `/api/rencana-aksi/${raId}`,
        payload: { ...ra, satuan: 'Laporan', rowVersion: 1 },
      }),
    );
    expect(raUpdate).toMatchObject({
      action: 'rencana_aksi.update',
      before: { satuan: 'Dokumen' },
      after: { satuan: 'Laporan' },
    });

    const s1 = ((await stu.request('/api/periode?year=2024')).json() as { id: string; code: string }[]).find(
      (p) => p.code === 'S1',
    )!;
    const [created] = await exercise('PUT /api/realisasi', () =>
      operator.request({
        method: 'PUT',
        url: '/api/realisasi',
        payload: {
          periodeId: s1.id,
          subjectType: 'rencana_aksi',
          subjectKey: raId,
          value: '0',
          anggaranRealisasi: '5.000.000',
          narrative: 'Tim penilai dibentuk',
          rowVersion: 0,
        },
      }),
    );
    expect(created).toMatchObject({
      action: 'realisasi.create',
      before: null,
      after: { anggaranRealisasi: 5000000, status: 'draft' },
    });
    const rid = created!.entity_id;
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    const [ev] = await exercise('POST /api/realisasi/:id/evidence', () =>
      operator.request({ method: 'POST', url: `/api/realisasi/${rid}/evidence`, ...upload(pdf) }),
    );
    expect(ev).toMatchObject({ action: 'realisasi.evidence_add' });
    const sha = (ev!.after as { sha256: string }).sha256;
    const [evDel] = await exercise('DELETE /api/realisasi/:id/evidence/:sha256', () =>
      operator.request({ method: 'DELETE', url: `/api/realisasi/${rid}/evidence/${sha}` }),
    );
    expect(evDel).toMatchObject({ action: 'realisasi.evidence_remove', before: { sha256: sha }, after: null });
    const [sub] = await exercise('POST /api/realisasi/:id/submit', () =>
      kepala.request({ method: 'POST', url: `/api/realisasi/${rid}/submit` }),
    );
    expect(sub).toMatchObject({
      action: 'realisasi.submit',
      before: { status: 'draft' },
      after: { status: 'submitted' },
    });
    const [ret] = await exercise('POST /api/realisasi/:id/return', () =>
      stu.request({
        method: 'POST',
        url: `/api/realisasi/${rid}/return`,
        payload: { reason: 'Lengkapi SK tim penilai' },
      }),
    );
    expect(ret).toMatchObject({
      action: 'realisasi.return',
      after: { status: 'returned', reason: 'Lengkapi SK tim penilai' },
    });
    const [cm] = await exercise('POST /api/realisasi/:id/comments', () =>
      kepala.request({ method: 'POST', url: `/api/realisasi/${rid}/comments`, payload: { body: 'SK menyusul' } }),
    );
    expect(cm).toMatchObject({ action: 'realisasi.comment', after: { body: 'SK menyusul' } });
    await kepala.request({ method: 'POST', url: `/api/realisasi/${rid}/submit` });
    const [ver] = await exercise('POST /api/realisasi/verify', () =>
      stu.request({ method: 'POST', url: '/api/realisasi/verify', payload: { ids: [rid] } }),
    );
    expect(ver).toMatchObject({ action: 'realisasi.verify', after: { status: 'verified' } });

    const draft = await operator.request({
      method: 'PUT',
      url: '/api/realisasi',
      payload: {
        periodeId: s1.id,
        subjectType: 'indikator',
        subjectKey: 'indeks-sistem-merit',
        value: '110',
        narrative: '',
        rowVersion: 0,
      },
    });
    const [del] = await exercise('DELETE /api/realisasi/:id', () =>
      operator.request({ method: 'DELETE', url: `/api/realisasi/${draft.json().id}` }),
    );
    expect(del).toMatchObject({ action: 'realisasi.delete', after: null });

    const ra2 = await operator.request({
      method: 'POST',
      url: '/api/rencana-aksi',
      payload: { ...ra, rincianKegiatan: 'Sosialisasi' },
    });
    const [raDel] = await exercise('DELETE /api/rencana-aksi/:id', () =>
      operator.request({ method: 'DELETE', url: `/api/rencana-aksi/${ra2.json().id}` }),
    );
    expect(raDel).toMatchObject({ action: 'rencana_aksi.delete', after: null });

    // Marking a notification read changes only the reader's inbox state: no audit event.
    const notes = (await operator.request('/api/notifications')).json() as { id: string }[];
    const read = await exercise('POST /api/notifications/:id/read', () =>
      operator.request({ method: 'POST', url: `/api/notifications/${notes[0]!.id}/read` }),
    );
    expect(read).toEqual([]);
  });

  it('audits an action-plan import: every row and one import event; a preview writes none', async () => {
    const operator = await login(t.app, 'operator.bkpsdm');
    const exported = await operator.request('/api/rencana-aksi/export.xlsx?year=2024');
    expect(exported.statusCode, exported.body.slice(0, 200)).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Rencana Aksi')!;
    let pjCol = 0;
    ws.getRow(4).eachCell((c, n) => {
      if (String(c.value).startsWith('Penanggung Jawab')) pjCol = n;
    });
    ws.getCell(5, pjCol).value = 'Sekretaris BKPSDM';
    const xlsx = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);

    const preview = await exercise('POST /api/rencana-aksi/import/preview', () =>
      operator.request({
        method: 'POST',
        url: '/api/rencana-aksi/import/preview',
        ...upload(xlsx, { year: '2024' }),
      }),
    );
    expect(preview).toEqual([]);
    const events = await exercise('POST /api/rencana-aksi/import/commit', () =>
      operator.request({
        method: 'POST',
        url: '/api/rencana-aksi/import/commit',
        ...upload(xlsx, { year: '2024' }),
      }),
    );
    expect(events.map((e) => e.action)).toEqual(['rencana_aksi.update', 'rencana_aksi.import']);
    expect(events[0]).toMatchObject({ actor: 'operator.bkpsdm', after: { penanggungJawab: 'Sekretaris BKPSDM' } });
    expect(events[1]).toMatchObject({
      entity_type: 'rencana_aksi_import',
      after: { year: 2024, fileName: 'rm.xlsx', updated: [events[0]!.entity_id] },
    });
    expect(new Set(events.map((e) => e.request_id)).size).toBe(1);
  });

  it('audits the evaluation: configurations, worksheet, history, recommendations and follow-up', async () => {
    // The first scenario changed the evaluator's password.
    const evaluator = await login(t.app, 'evaluator', 'Evaluasi-2025!');
    const operator = await login(t.app, 'operator.bkpsdm');
    const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const [cfg] = (await admin.request('/api/lke-configs')).json();
    const tim = (await evaluator.request('/api/evaluasi/2024/tim')).json();
    const me = tim.pilihan.akun.find((a: { displayName: string }) => a.displayName.startsWith('Evaluator'))!;
    const [team] = await exercise('PUT /api/evaluasi/:year/tim', () =>
      evaluator.request({
        method: 'PUT',
        url: '/api/evaluasi/2024/tim',
        payload: {
          anggota: [{ userId: me.id, peran: 'ketua', pdKey: 'inspektorat' }],
          tugas: [{ userId: me.id, jenis: 'pd', key: 'bkpsdm' }],
          rowVersion: 0,
        },
      }),
    );
    expect(team).toMatchObject({ action: 'tim_evaluasi.save', entity_type: 'tim_evaluasi', before: null });
    expect(team!.after).toMatchObject({ tugas: [{ jenis: 'pd', key: 'bkpsdm' }] });

    const [clone] = await exercise('POST /api/lke-configs/:id/clone', () =>
      admin.request({
        method: 'POST',
        url: `/api/lke-configs/${cfg.id}/clone`,
        payload: { year: 2026, label: 'LKE 2026' },
      }),
    );
    expect(clone).toMatchObject({
      action: 'lke_config.clone',
      actor: 'admin',
      after: { year: 2026, clonedFromId: cfg.id },
    });
    const c2026 = (await admin.request(`/api/lke-configs/${clone!.entity_id}`)).json();
    const [cfgUpd] = await exercise('PUT /api/lke-configs/:id', () =>
      admin.request({
        method: 'PUT',
        url: `/api/lke-configs/${c2026.id}`,
        payload: { definition: { ...c2026.definition, label: 'LKE 2026 (diubah)' }, rowVersion: c2026.rowVersion },
      }),
    );
    expect(cfgUpd).toMatchObject({
      action: 'lke_config.update',
      before: { label: 'LKE 2026' },
      after: { label: 'LKE 2026 (diubah)' },
    });

    // The 2023 evaluation: its recommendations can be carried into the 2024 action plans.
    const [start] = await exercise('POST /api/evaluasi', () =>
      evaluator.request({ method: 'POST', url: '/api/evaluasi', payload: { year: 2023 } }),
    );
    expect(start).toMatchObject({ action: 'evaluasi.create', entity_type: 'evaluasi', actor_role: 'evaluator_apip' });
    let ws = (await evaluator.request('/api/evaluasi/2023')).json();
    const rv = (code: string) => ws.lines.find((l: { lineCode: string }) => l.lineCode === code).rowVersion;
    const [lineEv] = await exercise('PUT /api/evaluasi/:year/lines/:code', () =>
      evaluator.request({
        method: 'PUT',
        url: '/api/evaluasi/2023/lines/1B1e',
        payload: { raw: { kind: 'number', value: 55.66 }, sourceDocument: 'LHE AKIP 2023', rowVersion: rv('1B1e') },
      }),
    );
    expect(lineEv).toMatchObject({
      action: 'evaluasi.line_update',
      before: { raw: null },
      after: { raw: { kind: 'number', value: 55.66 }, source: 'manual', sourceDocument: 'LHE AKIP 2023' },
    });
    const pre = await exercise('POST /api/evaluasi/:year/prefill', () =>
      evaluator.request({ method: 'POST', url: '/api/evaluasi/2023/prefill', payload: { lineCodes: null } }),
    );
    expect(pre.every((e) => e.action === 'evaluasi.line_prefill')).toBe(true);
    const [evUpd] = await exercise('PUT /api/evaluasi/:year', () =>
      evaluator.request({
        method: 'PUT',
        url: '/api/evaluasi/2023',
        payload: { koefisien: -0.5, renaksiAnswers: { KEABSAHAN: { yes: false } }, rowVersion: ws.evaluasi.rowVersion },
      }),
    );
    expect(evUpd).toMatchObject({ action: 'evaluasi.update', before: { koefisien: null }, after: { koefisien: -0.5 } });

    const [hist] = await exercise('POST /api/indeks-history', () =>
      evaluator.request({
        method: 'POST',
        url: '/api/indeks-history',
        payload: { year: 2022, source: 'nasional', indeks: 48.1 },
      }),
    );
    expect(hist).toMatchObject({ action: 'indeks_history.create', after: { year: 2022, predikat: 'C' } });
    const [histDel] = await exercise('DELETE /api/indeks-history/:id', () =>
      evaluator.request({ method: 'DELETE', url: `/api/indeks-history/${hist!.entity_id}` }),
    );
    expect(histDel).toMatchObject({ action: 'indeks_history.delete', after: null, before: { indeks: 48.1 } });

    const [rec] = await exercise('POST /api/rekomendasi', () =>
      evaluator.request({
        method: 'POST',
        url: '/api/rekomendasi',
        payload: {
          year: 2023,
          lineCode: '1B2a',
          body: 'Lakukan penilaian mandiri sistem merit',
          pdKey: 'bkpsdm',
          dueDate: '2024-06-30',
        },
      }),
    );
    expect(rec).toMatchObject({ action: 'rekomendasi.create', after: { status: 'open', pdKey: 'bkpsdm' } });
    const recId = rec!.entity_id;
    const [recUpd] = await exercise('PUT /api/rekomendasi/:id', () =>
      evaluator.request({
        method: 'PUT',
        url: `/api/rekomendasi/${recId}`,
        payload: {
          lineCode: '1B2a',
          body: 'Lakukan penilaian mandiri sistem merit tahun 2024',
          pdKey: 'bkpsdm',
          dueDate: '2024-09-30',
          rowVersion: 1,
        },
      }),
    );
    expect(recUpd).toMatchObject({
      action: 'rekomendasi.update',
      before: { dueDate: '2024-06-30' },
      after: { dueDate: '2024-09-30' },
    });
    const [fu] = await exercise('POST /api/rekomendasi/:id/tindak-lanjut', () =>
      operator.request({
        method: 'POST',
        url: `/api/rekomendasi/${recId}/tindak-lanjut`,
        payload: { body: 'Tim penilai sudah dibentuk' },
      }),
    );
    expect(fu).toMatchObject({
      action: 'rekomendasi.follow_up',
      actor: 'operator.bkpsdm',
      after: { body: 'Tim penilai sudah dibentuk' },
    });
    const [fuEv] = await exercise('POST /api/tindak-lanjut/:id/evidence', () =>
      operator.request({
        method: 'POST',
        url: `/api/tindak-lanjut/${(fu!.after as { tindakLanjutId: string }).tindakLanjutId}/evidence`,
        ...upload(PDF),
      }),
    );
    expect(fuEv).toMatchObject({ action: 'rekomendasi.evidence_add', after: { mime: 'application/pdf' } });
    const sha = (fuEv!.after as { sha256: string }).sha256;
    const [start2] = await exercise('POST /api/rekomendasi/:id/progress', () =>
      operator.request({
        method: 'POST',
        url: `/api/rekomendasi/${recId}/progress`,
        payload: { move: 'start', rowVersion: 2 },
      }),
    );
    expect(start2).toMatchObject({
      action: 'rekomendasi.start',
      before: { status: 'open' },
      after: { status: 'in_progress' },
    });
    await operator.request({
      method: 'POST',
      url: `/api/rekomendasi/${recId}/progress`,
      payload: { move: 'complete', rowVersion: 3 },
    });
    const [dec] = await exercise('POST /api/rekomendasi/:id/decision', () =>
      evaluator.request({
        method: 'POST',
        url: `/api/rekomendasi/${recId}/decision`,
        payload: { move: 'reopen', reason: 'Bukti belum memuat hasil', rowVersion: 4 },
      }),
    );
    expect(dec).toMatchObject({
      action: 'rekomendasi.reopen',
      after: { status: 'in_progress', reason: 'Bukti belum memuat hasil' },
    });
    const plans = (await operator.request('/api/rencana-aksi?year=2024&pdKey=bkpsdm')).json() as { id: string }[];
    const [carried] = await exercise('POST /api/rekomendasi/:id/carry', () =>
      operator.request({
        method: 'POST',
        url: `/api/rekomendasi/${recId}/carry`,
        payload: { rencanaAksiId: plans[0]!.id, rowVersion: 5 },
      }),
    );
    expect(carried).toMatchObject({
      action: 'rekomendasi.carry',
      before: { rencanaAksiId: null },
      after: { rencanaAksiId: plans[0]!.id },
    });

    const [addEv] = await exercise('POST /api/evaluasi/:year/lines/:code/evidence', () =>
      evaluator.request({
        method: 'POST',
        url: '/api/evaluasi/2023/lines/1B2a/evidence',
        payload: { sha256: sha, fileName: 'tl.pdf' },
      }),
    );
    expect(addEv).toMatchObject({ action: 'evaluasi.evidence_add', entity_id: expect.stringMatching(/:1B2a$/) });
    const [rmEv] = await exercise('DELETE /api/evaluasi/:year/lines/:code/evidence/:sha256', () =>
      evaluator.request({ method: 'DELETE', url: `/api/evaluasi/2023/lines/1B2a/evidence/${sha}` }),
    );
    expect(rmEv).toMatchObject({ action: 'evaluasi.evidence_remove', before: { sha256: sha } });

    // Close needs every applicable line: mark the rest not applicable for this scenario.
    ws = (await evaluator.request('/api/evaluasi/2023')).json();
    for (const code of ws.result.missing as string[])
      await evaluator.request({
        method: 'PUT',
        url: `/api/evaluasi/2023/lines/${code}`,
        payload: { raw: null, applicable: false, rowVersion: rv(code) },
      });
    ws = (await evaluator.request('/api/evaluasi/2023')).json();
    const closeEvents = await exercise('POST /api/evaluasi/:year/close', () =>
      evaluator.request({
        method: 'POST',
        url: '/api/evaluasi/2023/close',
        payload: { rowVersion: ws.evaluasi.rowVersion },
      }),
    );
    expect(closeEvents).toEqual([
      expect.objectContaining({ action: 'evaluasi.close', after: expect.objectContaining({ status: 'closed' }) }),
    ]);
    const [reopen] = await exercise('POST /api/evaluasi/:year/reopen', () =>
      evaluator.request({
        method: 'POST',
        url: '/api/evaluasi/2023/reopen',
        payload: { reason: 'Koreksi nilai SAKIP', rowVersion: ws.evaluasi.rowVersion + 1 },
      }),
    );
    expect(reopen).toMatchObject({
      action: 'evaluasi.reopen',
      after: { status: 'open', reason: 'Koreksi nilai SAKIP' },
    });
  });

  it('audits reminders sent from the completeness monitor', async () => {
    const s1 = (await stu.request('/api/periode?year=2024')).json().find((p: { code: string }) => p.code === 'S1');
    const [remind] = await exercise('POST /api/periode/:id/remind', () =>
      stu.request({ method: 'POST', url: `/api/periode/${s1.id}/remind`, payload: { pdKeys: ['bp4d'] } }),
    );
    expect(remind).toMatchObject({ action: 'periode.remind', entity_id: s1.id, after: { reminded: ['bp4d'] } });
  });

  it('audits a new road map period and a re-basing, in the same transaction', async () => {
    const events = await exercise('POST /api/road-maps', () =>
      stu.request({
        method: 'POST',
        url: '/api/road-maps',
        payload: {
          title: 'Road Map 2025–2029',
          periodStart: 2025,
          periodEnd: 2029,
          versionLabel: 'Rancangan',
          catalogue: true,
        },
      }),
    );
    expect(events.map((e) => e.action)).toEqual(['road_map_version.create', 'road_map.create']);
    const versionId = events[0]!.entity_id;
    const draft = (await stu.request(`/api/versions/${versionId}`)).json() as {
      indicatorRowVersions: Record<string, number>;
    };
    const key = 'nasional-ku03-1';
    const [rebase] = await exercise('POST /api/versions/:versionId/indicators/:key/rebase', () =>
      stu.request({
        method: 'POST',
        url: `/api/versions/${versionId}/indicators/${key}/rebase`,
        payload: { rowVersion: draft.indicatorRowVersions[key], fromYear: 2026, scaleCode: 'indeks_pemdi' },
      }),
    );
    expect(rebase).toMatchObject({ action: 'indikator.rebase', actor: 'stu', entity_id: `${versionId}:${key}` });
    expect(rebase!.before).toMatchObject({ scaleCode: 'indeks_spbe' });
    expect(rebase!.after).toMatchObject({ rebase: { fromYear: 2026, scaleCode: 'indeks_pemdi' } });
    const [reg] = await exercise('PUT /api/versions/:versionId/regulasi', () =>
      stu.request({
        method: 'PUT',
        url: `/api/versions/${versionId}/regulasi`,
        payload: { type: 'perbup', number: '9', year: 2025, title: 'Road Map 2025–2029', enactedAt: '2025-03-14' },
      }),
    );
    expect(reg).toMatchObject({ action: 'regulasi.update', before: { number: 'rancangan' }, after: { number: '9' } });
  });

  it('audits creating an instansi with its first admin, moving it under a province, and adding an admin', async () => {
    const superadmin = await login(t.app, 'superadmin');
    const [prov] = await exercise('POST /api/server/instansi', () =>
      superadmin.request({
        method: 'POST',
        url: '/api/server/instansi',
        payload: { code: 'prov-audit', name: 'Provinsi Audit', kind: 'provinsi', region: 'Audit' },
      }),
    );
    expect(prov).toMatchObject({ action: 'instansi.create', actor: 'superadmin', actor_role: 'super_admin' });
    const events = await exercise('POST /api/server/instansi', () =>
      superadmin.request({
        method: 'POST',
        url: '/api/server/instansi',
        payload: {
          code: 'kab-audit',
          name: 'Kabupaten Audit',
          kind: 'kabupaten',
          parentId: prov!.entity_id,
          admin: { username: 'admin.audit', displayName: 'Admin Audit' },
        },
      }),
    );
    // The instansi and its admin in one transaction, each audited under the new instansi.
    expect(events.map((e) => e.action)).toEqual(['instansi.create', 'user.create']);
    expect(events[0]!.after).toMatchObject({ parentId: prov!.entity_id, parentCode: 'prov-audit' });
    const [moved] = await exercise('PUT /api/server/instansi/:id', () =>
      superadmin.request({
        method: 'PUT',
        url: `/api/server/instansi/${events[0]!.entity_id}`,
        payload: { name: 'Kabupaten Audit Baru', region: 'NTT', parentId: null },
      }),
    );
    expect(moved).toMatchObject({
      action: 'instansi.update',
      before: { name: 'Kabupaten Audit', parentId: prov!.entity_id },
      after: { name: 'Kabupaten Audit Baru', parentId: null },
    });
    const [added] = await exercise('POST /api/server/instansi/:id/admins', () =>
      superadmin.request({
        method: 'POST',
        url: `/api/server/instansi/${prov!.entity_id}/admins`,
        payload: { username: 'admin.prov.audit', displayName: 'Admin Provinsi' },
      }),
    );
    expect(added).toMatchObject({ action: 'user.create', after: { username: 'admin.prov.audit' } });
  });

  it('audits the complaint register: record, change, forward, import, its indicators and evidence', async () => {
    const operator = await login(t.app, 'operator.bkpsdm');
    const body = { kanal: 'telepon', tanggalDiterima: '2024-03-01', ringkasan: 'Layanan lambat', pdKey: 'bkpsdm' };
    const [created] = await exercise('POST /api/pengaduan', () =>
      operator.request({ method: 'POST', url: '/api/pengaduan', payload: body }),
    );
    expect(created).toMatchObject({ action: 'pengaduan.create', actor: 'operator.bkpsdm', before: null });
    expect(created!.after).toMatchObject({ status: 'diterima', pdKey: 'bkpsdm' });
    const [changed] = await exercise('PUT /api/pengaduan/:id', () =>
      operator.request({
        method: 'PUT',
        url: `/api/pengaduan/${created!.entity_id}`,
        payload: { ...body, status: 'diproses', rowVersion: 1 },
      }),
    );
    expect(changed).toMatchObject({
      action: 'pengaduan.update',
      before: { status: 'diterima' },
      after: { status: 'diproses' },
    });
    const [sent] = await exercise('POST /api/pengaduan/:id/disposisi', () =>
      operator.request({
        method: 'POST',
        url: `/api/pengaduan/${created!.entity_id}/disposisi`,
        payload: { kePdKey: 'inspektorat', catatan: 'Kewenangan Inspektorat', rowVersion: 2 },
      }),
    );
    expect(sent).toMatchObject({
      action: 'pengaduan.disposisi',
      before: { pdKey: 'bkpsdm' },
      after: { pdKey: 'inspektorat' },
    });
    const csv = Buffer.from(
      'Nomor Tracking;Tanggal Laporan;Isi Laporan;Instansi Tujuan;Status\nAUD-1;04/03/2024;Isi;Inspektorat Daerah;Proses\n',
    );
    const file = multipart(csv, { fileName: 'lapor.csv' });
    const preview = await exercise('POST /api/pengaduan/import/preview', () =>
      stu.request({ method: 'POST', url: '/api/pengaduan/import/preview', ...file }),
    );
    expect(preview).toEqual([]);
    const imported = await exercise('POST /api/pengaduan/import/commit', () =>
      stu.request({
        method: 'POST',
        url: '/api/pengaduan/import/commit',
        ...multipart(csv, { fileName: 'lapor.csv' }),
      }),
    );
    expect(imported.map((e) => e.action)).toEqual(['pengaduan.create', 'pengaduan.import']);
    expect(imported[1]!.after).toMatchObject({ fileName: 'lapor.csv', counts: { create: 1 } });
    const [config] = await exercise('PUT /api/pengaduan/indikator', () =>
      stu.request({
        method: 'PUT',
        url: '/api/pengaduan/indikator',
        payload: { keys: ['tingkat-tindak-lanjut-pengaduan-lapor'] },
      }),
    );
    expect(config).toMatchObject({
      action: 'pengaduan.indikator',
      after: { keys: ['tingkat-tindak-lanjut-pengaduan-lapor'] },
    });
    const periodes = (await stu.request('/api/periode?year=2024')).json() as { id: string; code: string }[];
    const entered = await stu.request({
      method: 'PUT',
      url: '/api/realisasi',
      payload: {
        periodeId: periodes.find((p) => p.code === 'S1')!.id,
        subjectType: 'indikator',
        subjectKey: 'tingkat-tindak-lanjut-pengaduan-lapor',
        value: '50',
        narrative: 'Dari register',
        rowVersion: 0,
      },
    });
    expect(entered.statusCode, entered.body).toBe(200);
    const [bukti] = await exercise('POST /api/pengaduan/tindak-lanjut/bukti', () =>
      stu.request({
        method: 'POST',
        url: '/api/pengaduan/tindak-lanjut/bukti',
        payload: { realisasiId: entered.json().id },
      }),
    );
    expect(bukti).toMatchObject({ action: 'realisasi.evidence_add', entity_id: entered.json().id });
    expect(bukti!.after).toMatchObject({ fileName: 'tindak-lanjut-pengaduan-2024-S1.xlsx' });
  });

  it('audits the STU structure, meetings, their finalising and addenda, and follow-ups with evidence', async () => {
    const body = {
      year: 2024,
      rowVersion: 0,
      orang: [
        { ref: 'n-1', nama: 'Sekretaris Daerah', jabatan: 'Sekda', peranStu: 'ketua' },
        { ref: 'n-2', nama: 'Kepala BKPSDM', jabatan: 'Kepala Badan', pdKey: 'bkpsdm' },
      ],
      pokja: [{ ref: 'p-1', nama: 'Pokja Pengaduan', ketuaRef: 'n-2', lingkup: ['ku-pengaduan-masyarakat'] }],
    };
    const [saved] = await exercise('PUT /api/stu', () =>
      stu.request({ method: 'PUT', url: '/api/stu', payload: body }),
    );
    expect(saved).toMatchObject({ action: 'stu.save', entity_type: 'stu_struktur', before: null });
    expect(saved!.after).toMatchObject({ year: 2024, pokja: [{ nama: 'Pokja Pengaduan' }] });
    const [copied] = await exercise('POST /api/stu/salin', () =>
      stu.request({ method: 'POST', url: '/api/stu/salin', payload: { fromYear: 2024, toYear: 2025 } }),
    );
    expect(copied).toMatchObject({ action: 'stu.save', after: { year: 2025 } });
    const [created] = await exercise('POST /api/rapat', () =>
      stu.request({
        method: 'POST',
        url: '/api/rapat',
        payload: { jenis: 'pleno', judul: 'Rapat pleno Semester I', tanggal: '2024-06-20' },
      }),
    );
    expect(created).toMatchObject({ action: 'rapat.create', entity_type: 'rapat', before: null });
    const id = created!.entity_id;
    const [updated] = await exercise('PUT /api/rapat/:id', () =>
      stu.request({
        method: 'PUT',
        url: `/api/rapat/${id}`,
        payload: {
          judul: 'Rapat pleno Semester I',
          tanggal: '2024-06-20',
          notulen: 'Laporan kemajuan pokja dibacakan.',
          hadir: [{ nama: 'Sekretaris Daerah', jabatan: 'Sekda', status: 'hadir' }],
          keputusan: [{ uraian: 'Lengkapi bukti pengaduan', pemilikPdKey: 'bkpsdm', tenggat: '2024-07-31' }],
          rowVersion: 1,
        },
      }),
    );
    expect(updated).toMatchObject({ action: 'rapat.update', before: { rapat: { notulen: '' } } });
    expect(updated!.after).toMatchObject({ rapat: { notulen: 'Laporan kemajuan pokja dibacakan.' } });
    const [attached] = await exercise('POST /api/rapat/:id/lampiran', () =>
      stu.request({
        method: 'POST',
        url: `/api/rapat/${id}/lampiran`,
        ...multipart(Buffer.from('%PDF-1.4\n% undangan\ntrailer <<>>\n%%EOF\n'), { fileName: 'undangan.pdf' }),
      }),
    );
    expect(attached).toMatchObject({
      action: 'rapat.attachment_add',
      entity_id: id,
      after: { fileName: 'undangan.pdf' },
    });
    const sha = (attached!.after as { sha256: string }).sha256;
    const [detached] = await exercise('DELETE /api/rapat/:id/lampiran/:sha256', () =>
      stu.request({ method: 'DELETE', url: `/api/rapat/${id}/lampiran/${sha}` }),
    );
    expect(detached).toMatchObject({ action: 'rapat.attachment_remove', before: { sha256: sha }, after: null });
    const [final] = await exercise('POST /api/rapat/:id/final', () =>
      stu.request({ method: 'POST', url: `/api/rapat/${id}/final`, payload: { rowVersion: 2 } }),
    );
    expect(final).toMatchObject({ action: 'rapat.finalize', after: { status: 'final' } });
    const [add] = await exercise('POST /api/rapat/:id/addendum', () =>
      stu.request({ method: 'POST', url: `/api/rapat/${id}/addendum`, payload: { isi: 'Koreksi nama peserta.' } }),
    );
    expect(add).toMatchObject({ action: 'rapat.addendum', after: { isi: 'Koreksi nama peserta.' } });
    const operator = await login(t.app, 'operator.bkpsdm');
    const k = (await operator.request('/api/keputusan?year=2024')).json()[0];
    const [file] = await exercise('POST /api/keputusan/:id/bukti', () =>
      operator.request({
        method: 'POST',
        url: `/api/keputusan/${k.id}/bukti`,
        ...multipart(Buffer.from('%PDF-1.4\n% tindak lanjut\ntrailer <<>>\n%%EOF\n'), { fileName: 'bukti.pdf' }),
      }),
    );
    expect(file).toMatchObject({ action: 'keputusan.evidence_add', entity_id: k.id, after: { fileName: 'bukti.pdf' } });
    const [moved] = await exercise('PUT /api/keputusan/:id', () =>
      operator.request({
        method: 'PUT',
        url: `/api/keputusan/${k.id}`,
        payload: { status: 'selesai', rowVersion: k.rowVersion },
      }),
    );
    expect(moved).toMatchObject({
      action: 'keputusan.update',
      before: { status: 'terbuka' },
      after: { status: 'selesai' },
    });
    const [reminded] = await exercise('POST /api/terlambat/pengingat', () =>
      stu.request({ method: 'POST', url: '/api/terlambat/pengingat', payload: { pdKeys: null } }),
    );
    expect(reminded).toMatchObject({ action: 'terlambat.remind', entity_type: 'instansi', before: null });

    // The pokja's progress report of S1 2024: started, edited, submitted, reopened, linked to the pleno.
    const s1 = ((await stu.request('/api/periode?year=2024')).json() as { id: string; code: string }[]).find(
      (p) => p.code === 'S1',
    )!;
    const pokjaId = (saved!.after as { pokja: { ref: string }[] }).pokja[0]!.ref;
    const [started] = await exercise('POST /api/laporan', () =>
      stu.request({ method: 'POST', url: '/api/laporan', payload: { periodeId: s1.id, jenis: 'pokja', pokjaId } }),
    );
    expect(started).toMatchObject({ action: 'laporan.create', entity_type: 'laporan_kemajuan', before: null });
    const lid = started!.entity_id;
    const [narrated] = await exercise('PUT /api/laporan/:id', () =>
      stu.request({ method: 'PUT', url: `/api/laporan/${lid}`, payload: { narasi: 'Uraian pokja.', rowVersion: 1 } }),
    );
    expect(narrated).toMatchObject({ action: 'laporan.update', after: { narasi: 'Uraian pokja.' } });
    const [submitted] = await exercise('POST /api/laporan/:id/ajukan', () =>
      stu.request({ method: 'POST', url: `/api/laporan/${lid}/ajukan`, payload: { rowVersion: 2 } }),
    );
    expect(submitted).toMatchObject({
      action: 'laporan.submit',
      before: { status: 'draf' },
      after: { status: 'diajukan' },
    });
    const [reopened] = await exercise('POST /api/laporan/:id/buka', () =>
      stu.request({ method: 'POST', url: `/api/laporan/${lid}/buka`, payload: { rowVersion: 3 } }),
    );
    expect(reopened).toMatchObject({ action: 'laporan.reopen', after: { status: 'draf' } });
    const [linked] = await exercise('PUT /api/laporan/:id/pleno', () =>
      stu.request({ method: 'PUT', url: `/api/laporan/${lid}/pleno`, payload: { rapatId: id, rowVersion: 4 } }),
    );
    expect(linked).toMatchObject({ action: 'laporan.pleno', after: { rapatId: id } });
  });

  it('audits the reviews: dimensions, judging, returning, the answer, finalising, and a sanggah with evidence', async () => {
    // The evaluation scenario set up the 2024 team with the evaluator as ketua.
    const evaluator = await login(t.app, 'evaluator', 'Evaluasi-2025!');
    const operator = await login(t.app, 'operator.bkpsdm');
    const plan = await operator.request({
      method: 'POST',
      url: '/api/rencana-aksi',
      payload: rencanaAksiBody(2024, { rincianKegiatan: 'Reviu ex-ante sistem merit' }),
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const s2 = (await stu.request('/api/periode?year=2024'))
      .json()
      .find((p: { code: string; state: string }) => p.code === 'S2' && p.state === 'dibuka_kembali');
    const [closed] = await exercise('POST /api/periode/:id/tutup', () =>
      stu.request({ method: 'POST', url: `/api/periode/${s2.id}/tutup`, payload: { rowVersion: s2.rowVersion } }),
    );
    expect(closed).toMatchObject({ action: 'periode.close_again', after: { reopenedUntil: null, state: 'terkunci' } });
    const dims = (await evaluator.request('/api/reviu/dimensi?year=2024')).json().dimensi;
    const [dimSave] = await exercise('PUT /api/reviu/dimensi', () =>
      evaluator.request({ method: 'PUT', url: '/api/reviu/dimensi', payload: { year: 2024, dimensi: dims } }),
    );
    expect(dimSave).toMatchObject({ action: 'reviu.dimensi_save', entity_type: 'reviu_dimensi', entity_id: '2024' });
    const penilaian = dims.map((d: { code: string }) => ({
      dimensi: d.code,
      sesuai: d.code !== 'kualitas',
      catatan: d.code === 'kualitas' ? 'Bukti dukung belum ditetapkan' : '',
    }));
    const [created] = await exercise('PUT /api/reviu', () =>
      evaluator.request({
        method: 'PUT',
        url: '/api/reviu',
        payload: {
          year: 2024,
          tahap: 'ex_ante',
          periodeId: null,
          subjectType: 'rencana_aksi',
          subjectKey: plan.json().id,
          penilaian,
          rekomendasi: 'Tetapkan dokumen bertanda tangan sebagai bukti dukung',
          rowVersion: 0,
        },
      }),
    );
    expect(created).toMatchObject({
      action: 'reviu.create',
      entity_type: 'reviu',
      before: null,
      after: { status: 'draft' },
    });
    const rid = created!.entity_id;
    const [returned] = await exercise('POST /api/reviu/:id/kembalikan', () =>
      evaluator.request({ method: 'POST', url: `/api/reviu/${rid}/kembalikan`, payload: { rowVersion: 1 } }),
    );
    expect(returned).toMatchObject({
      action: 'reviu.return',
      before: { status: 'draft' },
      after: { status: 'dikembalikan' },
    });
    const [answered] = await exercise('POST /api/reviu/:id/tanggapi', () =>
      operator.request({
        method: 'POST',
        url: `/api/reviu/${rid}/tanggapi`,
        payload: { tanggapan: 'Bukti dukung sudah ditetapkan', rowVersion: 2 },
      }),
    );
    expect(answered).toMatchObject({
      action: 'reviu.answer',
      actor: 'operator.bkpsdm',
      after: { status: 'ditanggapi' },
    });
    const judged = await evaluator.request({
      method: 'PUT',
      url: '/api/reviu',
      payload: {
        year: 2024,
        tahap: 'ex_ante',
        periodeId: null,
        subjectType: 'rencana_aksi',
        subjectKey: plan.json().id,
        penilaian,
        rowVersion: 3,
      },
    });
    expect(judged.json()).toMatchObject({ putaran: 2 });
    const [final] = await exercise('POST /api/reviu/:id/final', () =>
      evaluator.request({ method: 'POST', url: `/api/reviu/${rid}/final`, payload: { rowVersion: 4 } }),
    );
    expect(final).toMatchObject({ action: 'reviu.finalize', after: { status: 'final' } });
    const [filed] = await exercise('POST /api/reviu/:id/sanggah', () =>
      operator.request({
        method: 'POST',
        url: `/api/reviu/${rid}/sanggah`,
        payload: { dimensi: 'kualitas', alasan: 'SK penetapan bukti dukung terbit 2 Februari 2024' },
      }),
    );
    expect(filed).toMatchObject({ action: 'sanggah.file', entity_type: 'sanggah', before: null });
    const sid = filed!.entity_id;
    const PDF = Buffer.from('%PDF-1.4\n% sanggah\ntrailer <<>>\n%%EOF\n');
    const [added] = await exercise('POST /api/sanggah/:id/bukti', () =>
      operator.request({
        method: 'POST',
        url: `/api/sanggah/${sid}/bukti`,
        ...multipart(PDF, { fileName: 'sk.pdf' }),
      }),
    );
    expect(added).toMatchObject({ action: 'sanggah.evidence_add', after: { fileName: 'sk.pdf' } });
    const [removed] = await exercise('DELETE /api/sanggah/:id/bukti/:sha256', () =>
      operator.request({
        method: 'DELETE',
        url: `/api/sanggah/${sid}/bukti/${added!.after && (added!.after as { sha256: string }).sha256}`,
      }),
    );
    expect(removed).toMatchObject({ action: 'sanggah.evidence_remove', after: null });
    const events = await exercise('POST /api/sanggah/:id/jawab', () =>
      evaluator.request({
        method: 'POST',
        url: `/api/sanggah/${sid}/jawab`,
        payload: {
          diterima: true,
          jawaban: 'SK diterima sebagai bukti dukung',
          penilaian: penilaian.map((p: { dimensi: string }) => ({ ...p, sesuai: true, catatan: '' })),
          rowVersion: 1,
        },
      }),
    );
    expect(events.map((e) => e.action)).toEqual(['reviu.sanggah_accepted', 'sanggah.answer']);
    expect(new Set(events.map((e) => e.request_id)).size).toBe(1);

    const lhei = (await evaluator.request('/api/lhei/2024')).json();
    const [lheiSave] = await exercise('PUT /api/lhei/:year', () =>
      evaluator.request({
        method: 'PUT',
        url: '/api/lhei/2024',
        payload: { narasi: lhei.narasiUsulan, inspekturNama: 'Inspektur Kabupaten', rowVersion: 0 },
      }),
    );
    expect(lheiSave).toMatchObject({ action: 'lhei.create', entity_type: 'lhei', before: null });
    const [lheiFinal] = await exercise('POST /api/lhei/:year/final', () =>
      evaluator.request({ method: 'POST', url: '/api/lhei/2024/final', payload: { rowVersion: 1 } }),
    );
    expect(lheiFinal).toMatchObject({
      action: 'lhei.finalize',
      before: { status: 'draf' },
      after: { status: 'final' },
    });
    const [lheiOpen] = await exercise('POST /api/lhei/:year/buka', () =>
      evaluator.request({ method: 'POST', url: '/api/lhei/2024/buka', payload: { rowVersion: 2 } }),
    );
    expect(lheiOpen).toMatchObject({ action: 'lhei.reopen', after: { status: 'draf' } });
  });

  it('left no state-changing route without a scenario', () => {
    const mutating = t.app.routeTable
      .filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.method !== 'GET')
      .map((r) => `${r.method} ${r.url}`);
    expect(mutating.filter((r) => !covered.has(r))).toEqual([]);
  });
});
