// The PD × route read matrix (issue #9): data is entered in two perangkat daerah through the API,
// each with marker strings (narrative, comment, evidence file name, action plan, recommendation),
// then every GET route of the route table is read as the operator and the kepala of bkpsdm and as
// the STU. The other PD's markers must never appear in a PD role's answer; the STU must see them
// where the route carries them (so the test fails when the data is not there to leak).
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteEntry } from '../src/server/app.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { skipDb } from './helpers/database.ts';
import { multipart } from './helpers/multipart.ts';
import { login, type Session } from './helpers/session.ts';

const OWN = 'MILIK-BKPSDM-7731';
const OTHER = 'RAHASIA-PD-LAIN-4409';
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`);

const t: TestApp | null = skipDb() ? null : await createTestApp();
const routes: RouteEntry[] = (t?.app.routeTable ?? []).filter(
  (r) => r.method === 'GET' && r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'),
);

/** Routes whose answer must carry the other PD's markers for the STU (the data is there to leak). */
const STU_SEES_OTHER = new Set([
  '/api/realisasi',
  '/api/monitoring/dashboard',
  '/api/evaluasi/:year/evidence-candidates',
  '/api/evidence/:sha256',
  '/api/history',
  '/api/rencana-aksi',
  '/api/rekomendasi',
  '/api/evaluasi/:year/laporan.xlsx',
]);

interface Seeded {
  periodeId: string;
  otherPd: string;
  ids: Record<string, string>;
  /** History queries: records of either PD. */
  history: { entityType: string; entityId: string }[];
}

describe.skipIf(skipDb())('PD × route read matrix: no leak between perangkat daerah', () => {
  let operator: Session;
  let kepala: Session;
  let stu: Session;
  let seeded: Seeded;

  async function enterWithEvidence(s: Session, periodeId: string, subjectKey: string, value: string, marker: string) {
    const res = await s.request({
      method: 'PUT',
      url: '/api/realisasi',
      payload: {
        periodeId,
        subjectType: 'indikator',
        subjectKey,
        value,
        narrative: `narasi ${marker}`,
        rowVersion: 0,
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const id = res.json().id as string;
    const up = await s.request({
      method: 'POST',
      url: `/api/realisasi/${id}/evidence`,
      ...multipart(pdf(marker), { fileName: `bukti-${marker}.pdf` }),
    });
    expect(up.statusCode, up.body).toBe(201);
    const c = await stu.request({
      method: 'POST',
      url: `/api/realisasi/${id}/comments`,
      payload: { body: `komentar ${marker}` },
    });
    expect(c.statusCode, c.body).toBe(201);
    return { id, sha256: up.json().sha256 as string };
  }

  async function plan(s: Session, pdKey: string, marker: string) {
    const res = await s.request({
      method: 'POST',
      url: '/api/rencana-aksi',
      payload: {
        year: 2024,
        nodeKey: 'ku-sistem-merit',
        rincianKegiatan: `Kegiatan ${marker}`,
        indikatorOutput: `Output ${marker}`,
        satuan: 'Dokumen',
        targetTotal: 1,
        startDate: '2024-02-01',
        endDate: '2024-11-30',
        pelaksanaPdKey: pdKey,
        penanggungJawab: `Penanggung jawab ${marker}`,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }

  beforeAll(async () => {
    const app = t!.app;
    [operator, kepala, stu] = [
      await login(app, 'operator.bkpsdm'),
      await login(app, 'kepala.bkpsdm'),
      await login(app, 'stu'),
    ];
    const evaluator = await login(app, 'evaluator');
    const periodes = (await stu.request('/api/periode?year=2024')).json();
    const periodeId = periodes.find((p: { code: string }) => p.code === 'S1').id as string;
    const dash = (await stu.request(`/api/monitoring/dashboard?periodeId=${periodeId}`)).json();
    const otherInd = dash.indicators.find((i: { key: string }) => i.key === 'persentase-penduduk-miskin');
    const otherPd = otherInd.pdKey as string;

    const own = await enterWithEvidence(operator, periodeId, 'indeks-sistem-merit', '112,5', OWN);
    // The STU may enter for any PD: it stands in for the other PD's operator.
    const other = await enterWithEvidence(stu, periodeId, otherInd.key, '20,5', OTHER);
    const ownPlan = await plan(operator, 'bkpsdm', OWN);
    const otherPlan = await plan(stu, otherPd, OTHER);

    expect(
      (await evaluator.request({ method: 'POST', url: '/api/evaluasi', payload: { year: 2024 } })).statusCode,
    ).toBe(201);
    const rec = async (pdKey: string, marker: string) => {
      const res = await evaluator.request({
        method: 'POST',
        url: '/api/rekomendasi',
        payload: { year: 2024, lineCode: null, body: `Rekomendasi ${marker}`, pdKey, dueDate: '2025-03-31' },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    const ownRec = await rec('bkpsdm', OWN);
    const otherRec = await rec(otherPd, OTHER);
    // The evaluator reviewed both PDs' files on one worksheet line.
    const ws = (await evaluator.request('/api/evaluasi/2024')).json();
    const line = ws.lines[0].lineCode as string;
    for (const [sha256, m] of [
      [own.sha256, OWN],
      [other.sha256, OTHER],
    ] as const) {
      const res = await evaluator.request({
        method: 'POST',
        url: `/api/evaluasi/2024/lines/${line}/evidence`,
        payload: { sha256, fileName: `baris-${m}.pdf` },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const lke = (await stu.request('/api/lke-configs')).json();
    const maps = (await stu.request('/api/road-maps')).json();
    const versionId = maps[0].versions[0].id as string;
    seeded = {
      periodeId,
      otherPd,
      ids: {
        year: '2024',
        versionId,
        fromId: versionId,
        toId: versionId,
        id: lke[0].id,
        ownSha: own.sha256,
        otherSha: other.sha256,
      },
      history: [
        { entityType: 'realisasi', entityId: own.id },
        { entityType: 'realisasi', entityId: other.id },
        { entityType: 'rencana_aksi', entityId: ownPlan },
        { entityType: 'rencana_aksi', entityId: otherPlan },
        { entityType: 'rekomendasi', entityId: ownRec },
        { entityType: 'rekomendasi', entityId: otherRec },
        { entityType: 'evaluasi_line', entityId: `${ws.evaluasi.id}:${line}` },
      ],
    };
  });
  afterAll(async () => t?.close());

  /** The URLs one route is read with (its path parameters and the query strings it needs). */
  function urlsOf(route: RouteEntry): string[] {
    const { ids, periodeId } = seeded;
    if (route.url === '/api/evidence/:sha256') return [`/api/evidence/${ids.ownSha}`, `/api/evidence/${ids.otherSha}`];
    if (route.url === '/api/history')
      return seeded.history.map(
        (h) => `/api/history?entityType=${h.entityType}&entityId=${encodeURIComponent(h.entityId)}`,
      );
    const path = route.url.replace(/:([A-Za-z0-9_]+)/g, (_, p: string) => ids[p] ?? 'x');
    const query: Record<string, string> = {
      '/api/realisasi': `periodeId=${periodeId}`,
      '/api/monitoring/dashboard': `periodeId=${periodeId}`,
      '/api/rencana-aksi': 'year=2024',
      '/api/rencana-aksi/export.xlsx': 'year=2024',
      '/api/rekomendasi': 'year=2024',
      '/api/periode': 'year=2024',
    };
    return [query[route.url] ? `${path}?${query[route.url]}` : path];
  }

  /** The answer as text: JSON and files as they are, a workbook as its cells' text. */
  async function bodyText(s: Session, url: string): Promise<{ status: number; text: string }> {
    const res = await s.request(url);
    const type = String(res.headers['content-type'] ?? '');
    if (res.statusCode === 200 && type.includes('spreadsheetml')) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const cells: string[] = [];
      wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void cells.push(String(c.text)))));
      return { status: res.statusCode, text: cells.join('\n') };
    }
    return { status: res.statusCode, text: res.rawPayload.toString('latin1') };
  }

  it('reads every GET route of the route table', () => {
    expect(routes.length).toBeGreaterThan(25);
    for (const u of STU_SEES_OTHER) expect(routes.map((r) => r.url)).toContain(u);
  });

  it.each(routes.map((r) => [r.url, r] as const))('%s: a PD role reads no other PD’s data', async (_name, route) => {
    const problems: string[] = [];
    let stuSaw = false;
    for (const url of urlsOf(route)) {
      for (const [who, s] of [
        ['operator.bkpsdm', operator],
        ['kepala.bkpsdm', kepala],
      ] as const) {
        const { status, text } = await bodyText(s, url);
        if (status >= 500) problems.push(`${who} ${url}: ${status}`);
        if (text.includes(OTHER)) problems.push(`${who} ${url}: other PD's marker in the answer`);
        // A 404 names the hash the reader asked for: only an answer about another URL may not.
        if (!url.includes(seeded.ids.otherSha!) && text.includes(seeded.ids.otherSha!))
          problems.push(`${who} ${url}: other PD's evidence hash in the answer`);
      }
      const { status, text } = await bodyText(stu, url);
      if (status >= 500) problems.push(`stu ${url}: ${status}`);
      if (text.includes(OTHER)) stuSaw = true;
    }
    if (STU_SEES_OTHER.has(route.url) && !stuSaw)
      problems.push("stu: the other PD's data is missing, nothing was tested");
    expect(problems).toEqual([]);
  });

  it('gives the PD its own data in detail', async () => {
    const { periodeId, ids } = seeded;
    for (const url of [
      `/api/realisasi?periodeId=${periodeId}`,
      `/api/monitoring/dashboard?periodeId=${periodeId}`,
      '/api/evaluasi/2024/evidence-candidates',
      '/api/rencana-aksi?year=2024',
      '/api/rekomendasi?year=2024',
      `/api/evidence/${ids.ownSha}`,
    ]) {
      const { status, text } = await bodyText(operator, url);
      expect(status, url).toBe(200);
      expect(text, url).toContain(OWN);
    }
    const dash = (await operator.request(`/api/monitoring/dashboard?periodeId=${periodeId}`)).json();
    const other = dash.indicators.filter((i: { pdKey: string | null }) => i.pdKey === seeded.otherPd);
    expect(other.length).toBeGreaterThan(0);
    expect(
      other.every((i: { realisasi: unknown; capaian: unknown }) => i.realisasi === null && i.capaian === null),
    ).toBe(true);
    // Aggregates stay: completeness of the other PD counts its entry.
    expect(dash.completeness.find((c: { pdKey: string }) => c.pdKey === seeded.otherPd).entered).toBeGreaterThan(0);
    expect((await operator.request(`/api/evidence/${ids.otherSha}`)).statusCode).toBe(404);
  });
});
