// Audit completeness: every state-changing API route, exercised once with a valid request, writes
// the expected audit event(s) with actor, role, entity and the right before/after, in the same
// transaction as the change. A new mutating route without a scenario here fails the test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { skipDb } from './helpers/database.ts';
import { login, type Session } from './helpers/session.ts';
import { DEMO_PASSWORD } from '../src/db/seed/demo-users.ts';
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

function multipart(file: Buffer, fields: Record<string, string> = {}) {
  // Also used for evidence uploads: the file part's name does not matter to the server.
  const boundary = '----petarb' + Math.random().toString(16).slice(2);
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="rm.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

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

    const ind = v.document.indicators.find((i) => i.key === 'indeks-sistem-merit')!;
    const { key: _k, ...rest } = ind;
    const [upd] = await exercise('PUT /api/versions/:versionId/indicators/:key', () =>
      stu.request({
        method: 'PUT',
        url: `/api/versions/${v.id}/indicators/${ind.key}`,
        payload: {
          rowVersion: v.indicatorRowVersions[ind.key],
          indicator: { ...rest, name: 'Indeks sistem merit ASN' },
        },
      }),
    );
    expect(upd).toMatchObject({
      action: 'indikator.update',
      actor: 'stu',
      actor_role: 'koordinator_stu',
      entity_id: `${v.id}:${ind.key}`,
    });
    expect((upd!.before as { name: string }).name).toBe(ind.name);
    expect((upd!.after as { name: string }).name).toBe('Indeks sistem merit ASN');
    expect(upd!.request_id).toBeTruthy();

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
    const draft = (await stu.request(`/api/versions/${draftId}`)).json() as { document: RoadMapDocument };
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
      stu.request({ method: 'POST', url: '/api/imports/road-map/preview', ...multipart(xlsx) }),
    );
    expect(previewEvents).toEqual([]);
    const commitEvents = await exercise('POST /api/imports/road-map/commit', () =>
      stu.request({
        method: 'POST',
        url: '/api/imports/road-map/commit',
        ...multipart(xlsx, { status: 'draft', roadMapId: v.roadMapId }),
      }),
    );
    expect(commitEvents.map((e) => e.action)).toContain('road_map_version.create');
  });

  it('audits monitoring: periods, action plans, realisasi workflow, comments and evidence', async () => {
    const operator = await login(t.app, 'operator.bkpsdm');
    const kepala = await login(t.app, 'kepala.bkpsdm');
    const [setup] = await exercise('POST /api/periods/setup', () =>
      stu.request({ method: 'POST', url: '/api/periods/setup', payload: { year: 2022, scheme: 'quarter' } }),
    );
    expect(setup).toMatchObject({ action: 'periode.setup', after: { year: 2022, scheme: 'quarter' } });
    const periods = (await stu.request('/api/periods?year=2022')).json() as {
      id: string;
      code: string;
      rowVersion: number;
      deadline: string;
      opensAt: string;
    }[];
    const q1 = periods.find((p) => p.code === 'TW1')!;
    const [win] = await exercise('PUT /api/periods/:id', () =>
      stu.request({
        method: 'PUT',
        url: `/api/periods/${q1.id}`,
        payload: { opensAt: q1.opensAt, deadline: '2022-04-30', rowVersion: q1.rowVersion },
      }),
    );
    expect(win).toMatchObject({
      action: 'periode.update_window',
      before: { deadline: q1.deadline },
      after: { deadline: '2022-04-30' },
    });
    const [reopen] = await exercise('POST /api/periods/:id/reopen', () =>
      stu.request({
        method: 'POST',
        url: `/api/periods/${q1.id}/reopen`,
        payload: { reason: 'Perbaikan data triwulan pertama', until: '2099-12-31', rowVersion: q1.rowVersion + 1 },
      }),
    );
    expect(reopen).toMatchObject({
      action: 'periode.reopen',
      after: { reason: 'Perbaikan data triwulan pertama', approvedBy: 'stu' },
    });

    const ra = {
      year: 2024,
      nodeKey: 'ku-sistem-merit',
      rincianKegiatan: 'Penilaian mandiri sistem merit',
      indikatorOutput: 'Dokumen penilaian mandiri',
      satuan: 'Dokumen',
      targetTotal: 1,
      targets: [
        { periodCode: 'S1', target: 0 },
        { periodCode: 'S2', target: 1 },
      ],
      startDate: '2024-02-01',
      endDate: '2024-11-30',
      pagu: 25000000,
      pelaksanaPdKey: 'bkpsdm',
      koordinatorPdKey: 'bagian-organisasi',
      penanggungJawab: 'Kepala Bidang Pengembangan ASN',
    };
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

    const s1 = ((await stu.request('/api/periods?year=2024')).json() as { id: string; code: string }[]).find(
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
      operator.request({ method: 'POST', url: `/api/realisasi/${rid}/evidence`, ...multipart(pdf) }),
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

  it('left no state-changing route without a scenario', () => {
    const mutating = t.app.routeTable
      .filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.method !== 'GET')
      .map((r) => `${r.method} ${r.url}`);
    expect(mutating.filter((r) => !covered.has(r))).toEqual([]);
  });
});
