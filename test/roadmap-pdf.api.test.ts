// The Lampiran PDF download on a real database with the Kupang seed: each table of the version in
// force comes out as A4 landscape pages with the Perbup heading, the table header repeated on every
// page, "Halaman x dari y", and the Bupati's signature on the last page together with table rows;
// pages render (poppler) to non-blank images. A draft is marked DRAF and carries no signature.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { skipDb } from './helpers/database.ts';
import { hasPoppler, inkRatio, pageCount, pageText, pdfFile, renderPage } from './helpers/pdf.ts';
import { login, type Session } from './helpers/session.ts';

describe.skipIf(skipDb() || !hasPoppler())('Lampiran PDF download', () => {
  let t: TestApp;
  let s: Session;
  let activeId: string;
  let roadMapId: string;

  beforeAll(async () => {
    t = await createTestApp();
    s = await login(t.app, 'stu');
    const maps = (await s.request({ url: '/api/road-maps' })).json();
    roadMapId = maps[0].id;
    activeId = maps[0].versions.find((x: { status: string }) => x.status === 'active').id;
  });
  afterAll(async () => t?.close());

  async function download(versionId: string, table: string, session: Session = s) {
    const res = await session.request(`/api/versions/${versionId}/lampiran.pdf?table=${table}`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    return { file: pdfFile(res.rawPayload), disposition: String(res.headers['content-disposition']) };
  }

  it('prints Tabel 2 over several pages: heading, repeated header, page numbers, signature with rows', async () => {
    const { file, disposition } = await download(activeId, 'tabel2');
    expect(disposition).toBe('attachment; filename="lampiran-tabel2-kab-kupang-v1.pdf"');
    const n = pageCount(file);
    expect(n).toBeGreaterThan(1);
    const pages = Array.from({ length: n }, (_, i) => pageText(file, i + 1));
    pages.forEach((text, i) => expect(text).toContain(`Halaman ${i + 1} dari ${n}`));
    expect(pages[0]).toMatch(/LAMPIRAN\s+PERATURAN BUPATI KUPANG\s+NOMOR 17 TAHUN 2024/);
    expect(pages[0]).toContain('TABEL 2');
    expect(pages[0]).toContain('Kegiatan Utama Pelaksanaan Reformasi Birokrasi General Kabupaten Kupang');
    for (const label of ['No', 'Sasaran', 'Kegiatan Utama', 'Indikator', 'Satuan', 'Baseline', 'Target', '2024'])
      expect(pages[1]).toContain(label);
    expect(pages[1]).toMatch(/Perangkat Daerah\s/);
    // The signature block is on the last page only, under table rows (an indicator's unit).
    const last = pages[n - 1]!;
    expect(last).toMatch(/Ditetapkan di Oelamasi\s+pada tanggal 8 Mei 2024/);
    expect(last).toContain('BUPATI KUPANG,');
    expect(last.indexOf('Persen')).toBeGreaterThan(-1);
    expect(last.indexOf('Persen')).toBeLessThan(last.indexOf('Ditetapkan di'));
    for (const p of pages.slice(0, -1)) expect(p).not.toContain('Ditetapkan di');
    expect(pages.join('\n')).not.toContain('DRAF');
  });

  it('renders a page of Tabel 2 to a landscape, non-blank image', async () => {
    const { file } = await download(activeId, 'tabel2');
    const img = renderPage(file, 2);
    expect(img.png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(img.width).toBeGreaterThan(img.height);
    const ink = inkRatio(img);
    expect(ink).toBeGreaterThan(0.01);
    expect(ink).toBeLessThan(0.5);
  });

  it.each(['tabel1', 'tabel3'])('prints %s with its heading, page numbers and the signature', async (table) => {
    const { file } = await download(activeId, table);
    const n = pageCount(file);
    const first = pageText(file, 1);
    expect(first).toContain(`TABEL ${table.slice(-1)}`);
    expect(first).toContain(`Halaman 1 dari ${n}`);
    expect(pageText(file, n)).toContain('BUPATI KUPANG,');
    expect(inkRatio(renderPage(file, 1))).toBeGreaterThan(0.005);
  });

  it('marks a draft DRAF on every page, without number or signature', async () => {
    const created = await s.request({
      method: 'POST',
      url: `/api/road-maps/${roadMapId}/amendments`,
      payload: {
        basedOnVersionId: activeId,
        versionLabel: 'Perbup 4/2025',
        regulasi: { type: 'perbup', number: '4', year: 2025, title: 'Perubahan' },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { file, disposition } = await download(created.json().versionId, 'tabel2');
    expect(disposition).toMatch(/-draf\.pdf"$/);
    const n = pageCount(file);
    const pages = Array.from({ length: n }, (_, i) => pageText(file, i + 1));
    for (const p of pages) expect(p).toContain('DRAF');
    expect(pages[0]).toContain('NOMOR ..... TAHUN .....');
    expect(pages.join('\n')).not.toContain('Ditetapkan di');
  });

  it('refuses an unknown table, an unknown version and an anonymous caller', async () => {
    const bad = await s.request(`/api/versions/${activeId}/lampiran.pdf?table=tabel9`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    const missing = await s.request('/api/versions/00000000-0000-4000-8000-000000000000/lampiran.pdf');
    expect(missing.statusCode).toBe(404);
    const anon = await t.app.inject({ url: `/api/versions/${activeId}/lampiran.pdf` });
    expect(anon.statusCode).toBe(401);
  });
});
