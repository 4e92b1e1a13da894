// Browser test of the annual internal evaluation on one fresh server: a verified S1 2024 merit
// index (set up through the API as the PD and the STU would) pre-fills the 2024 worksheet that the
// evaluator starts; the evaluator fills lines (a comma decimal, an Opini BPK level, a value out of
// range refused on the field), reads Indeks RB and predikat, simulates a change and resets it, and
// issues two recommendations; the BKPSDM operator sees only BKPSDM's, follows it up with a PDF and
// marks it done; the evaluator closes it; the admin clones the LKE configuration for a new year
// and sees bad edits refused.
import { rencanaAksiBody } from '../test/helpers/factories.ts';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { request, type APIRequestContext, type Browser, type Locator, type Page } from 'playwright-core';
import { hasChromium, launchBrowser, openPage, type TestPage } from './helpers/browser.ts';
import { startE2eServer } from './helpers/server.ts';
import { loginAs } from './helpers/login.ts';
import type { TestServer } from '../test/helpers/app.ts';
import { DEMO_PASSWORD } from '../src/server/seed/demo-users.ts';
import { BANDS_2023 } from '../src/domain/evaluasi/lke-2023-kabkota.ts';
import { inBand } from '../src/domain/evaluasi/lke-score.ts';
import { formatNumber } from '../src/domain/format/number.ts';

const suite = hasChromium ? describe : describe.skip;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const MERIT_REK = 'Percepat penilaian mandiri sistem merit';
const BP4D_REK = 'Susun pernyataan keabsahan rencana aksi';

const two = (n: number) => formatNumber(n, 'id', { decimals: 2 });
const predikatOf = (indeks: number) => BANDS_2023.find((b) => inBand(b, indeks))!.code;

suite('evaluasi (internal evaluation) in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let pages: TestPage[] = [];
  const apis: APIRequestContext[] = [];

  /** An API session of a demo user, with the CSRF token on every call, as another tab would have. */
  async function apiAs(username: string) {
    const ctx = await request.newContext({ baseURL: server.baseUrl });
    apis.push(ctx);
    const res = await ctx.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
    expect(res.status(), await res.text()).toBe(200);
    const csrf = ((await res.json()) as { user: { csrfToken: string } }).user.csrfToken;
    const headers = { 'x-csrf-token': csrf };
    return {
      get: async (path: string) => (await ctx.get(path)).json() as Promise<unknown>,
      send: async (method: 'POST' | 'PUT', path: string, data?: unknown) => {
        const r = await ctx.fetch(path, { method, headers, ...(data === undefined ? {} : { data }) });
        expect(r.status(), `${method} ${path}: ${await r.text()}`).toBeLessThan(300);
        return (await r.json()) as unknown;
      },
      upload: async (path: string, name: string, buffer: Buffer) => {
        const r = await ctx.post(path, {
          headers,
          multipart: { file: { name, mimeType: 'application/pdf', buffer } },
        });
        expect(r.status(), await r.text()).toBe(201);
      },
    };
  }

  async function signIn(username: string): Promise<TestPage> {
    const tp = await openPage(browser, server.baseUrl);
    pages.push(tp);
    await loginAs(tp.page, username);
    return tp;
  }

  async function openEvaluasi(page: Page) {
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Evaluasi', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Evaluasi Internal RB' }).waitFor();
  }

  const row = (page: Page, code: string): Locator => page.locator(`table.lke-table tr[data-line="${code}"]`);
  const headIndeks = (page: Page) => page.locator('[data-testid="indeks-tahun"] [data-role="indeks"]');
  const headPredikat = (page: Page) => page.locator('[data-testid="indeks-tahun"] [data-role="predikat"]');
  const rekCard = (page: Page, text: string) => page.locator('article.ev-rek', { hasText: text });

  /** Saves one line and waits until the server's answer shows in the row (the source badge). */
  async function saveLine(page: Page, code: string) {
    await row(page, code)
      .getByRole('button', { name: `Simpan baris ${code}` })
      .click();
    await row(page, code).locator('.ev-src', { hasText: 'Diisi evaluator' }).waitFor();
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
    // A verified S1 2024 merit index with its evidence (BKPSDM enters and submits, the STU verifies).
    const operator = await apiAs('operator.bkpsdm');
    const kepala = await apiAs('kepala.bkpsdm');
    const stu = await apiAs('stu');
    const periods = (await stu.get('/api/periode?year=2024')) as { id: string; code: string }[];
    const s1 = periods.find((p) => p.code === 'S1')!;
    const entered = (await operator.send('PUT', '/api/realisasi', {
      periodeId: s1.id,
      subjectType: 'indikator',
      subjectKey: 'indeks-sistem-merit',
      value: '250',
      narrative: 'Hasil penilaian KASN.',
      rowVersion: 0,
    })) as { id: string };
    await operator.upload(`/api/realisasi/${entered.id}/evidence`, 'kasn.pdf', PDF);
    await kepala.send('POST', `/api/realisasi/${entered.id}/submit`);
    await stu.send('POST', '/api/realisasi/verify', { ids: [entered.id] });
    // A 2025 plan of BKPSDM, made under the transition rule (the 2020–2024 road map still governs).
    await operator.send(
      'POST',
      '/api/rencana-aksi',
      rencanaAksiBody(2025, { rincianKegiatan: 'Penilaian mandiri sistem merit 2025' }),
    );
  });
  afterEach(async () => {
    const open = pages;
    pages = [];
    try {
      for (const tp of open) tp.assertNoErrors();
    } finally {
      await Promise.all(open.map((tp) => tp.close()));
    }
  });
  afterAll(async () => {
    await Promise.all(apis.map((a) => a.dispose()));
    await browser?.close();
    await server?.close();
  });

  it('the evaluator starts 2024, fills lines, reads the index, simulates and issues recommendations', async () => {
    const { page } = await signIn('evaluator');
    await openEvaluasi(page);
    await page.locator('#ev-year').selectOption('2024');
    await page.getByText('Belum ada evaluasi untuk tahun 2024.').waitFor();
    await page.getByRole('button', { name: 'Mulai evaluasi 2024' }).click();

    // ——— pre-filled from the verified realisasi, with its evidence ———
    const merit = row(page, '1B2a');
    await merit.waitFor();
    expect(await merit.getByLabel('Nilai baris 1B2a').inputValue()).toBe('250');
    expect(await merit.locator('.ev-src').textContent()).toBe('Realisasi terverifikasi');
    expect(await merit.locator('.lke-source').textContent()).toContain('Realisasi terverifikasi S1');
    expect(await merit.getByRole('link', { name: 'kasn.pdf' }).getAttribute('href')).toMatch(
      /^\/api\/evidence\/[0-9a-f]{64}$/,
    );
    // (250 / 410) × 4 = 2,44 of 4.
    expect(await merit.locator('.lke-score').textContent()).toBe('2,44 / 4');
    const before = await headIndeks(page).textContent();

    // ——— a typo is caught as typed and cannot be saved ———
    const sakip = row(page, '1B1e');
    await sakip.getByLabel('Nilai baris 1B1e').fill('lima puluh');
    await sakip.locator('.field-error', { hasText: 'bukan angka' }).waitFor();
    expect(await sakip.getByRole('button', { name: 'Simpan baris 1B1e' }).isDisabled()).toBe(true);

    // ——— a comma decimal ———
    await sakip.getByLabel('Nilai baris 1B1e').fill('55,66');
    expect(await sakip.locator('.field-error').count()).toBe(0);
    await saveLine(page, '1B1e');
    expect(await sakip.getByLabel('Nilai baris 1B1e').inputValue()).toBe('55,66');
    expect(await sakip.locator('.lke-score').textContent()).toBe('2,23 / 4');
    // Its history: who changed what, from the audit trail.
    await sakip.locator('.record-history summary').click();
    const change = sakip.locator('.record-history .history-item', { hasText: 'evaluasi.line_update oleh evaluator' });
    await change.waitFor();
    expect(await change.locator('.diff-changed', { hasText: 'raw.value' }).textContent()).toContain('55.66');

    // ——— a level line (Opini BPK) ———
    const opini = row(page, '1C1d');
    await opini.getByLabel('Nilai baris 1C1d').selectOption('WDP');
    await saveLine(page, '1C1d');
    expect(await opini.locator('.lke-score').textContent()).toBe('3,33 / 5');

    // ——— out of range: the form checks with the server's rule and message, nothing can be saved ———
    const spip = row(page, '1B1c');
    await spip.getByLabel('Nilai baris 1B1c').fill('0,5');
    await spip.locator('.field-error', { hasText: 'di luar rentang baris 1B1c' }).waitFor();
    expect(await spip.getByRole('button', { name: 'Simpan baris 1B1c' }).isDisabled()).toBe(true);
    expect(await spip.getByLabel('Nilai baris 1B1c').getAttribute('aria-invalid')).toBe('true');
    expect(await spip.locator('.ev-src').textContent()).toBe('Belum diisi');
    await spip.getByLabel('Nilai baris 1B1c').fill('3');
    await saveLine(page, '1B1c');

    // ——— evidence reviewed: the PD's KASN file recorded on the SPI line too, then removed ———
    const spi = row(page, '1C2b');
    await spi.getByRole('button', { name: '+ Catat bukti yang diperiksa' }).click();
    const picker = spi.getByLabel('Bukti dari realisasi tahun ini untuk baris 1C2b');
    await picker.locator('option', { hasText: 'kasn.pdf — Indeks sistem merit (S1)' }).waitFor({ state: 'attached' });
    await picker.selectOption({ label: 'kasn.pdf — Indeks sistem merit (S1)' });
    await spi.getByRole('button', { name: 'Catat', exact: true }).click();
    await spi.getByRole('link', { name: 'kasn.pdf' }).waitFor();
    await spi.getByRole('button', { name: 'Lepas bukti kasn.pdf' }).click();
    await spi.getByRole('link', { name: 'kasn.pdf' }).waitFor({ state: 'detached' });
    expect(await spip.locator('.field-error').count()).toBe(0);

    // ——— Indeks RB and predikat: moved by the saves, as the server scores them ———
    const ev = await apiAs('evaluator');
    const ws = (await ev.get('/api/evaluasi/2024')) as {
      result: { indeks: number; predikat: { code: string; label: string } };
    };
    await page
      .locator('[data-testid="indeks-tahun"] [data-role="indeks"]', { hasText: two(ws.result.indeks) })
      .waitFor();
    expect(await headIndeks(page).textContent()).not.toBe(before);
    expect(await headPredikat(page).textContent()).toBe(predikatOf(ws.result.indeks));
    expect(await page.locator('[data-testid="indeks-tahun"]').textContent()).toContain(ws.result.predikat.label);

    // ——— what-if: SPI and SKM at 100 add 10 + 8 points, nothing is saved, reset brings it back ———
    await page.getByRole('link', { name: 'Simulasi dan prioritas', exact: true }).click();
    await page.getByText('Simulasi — perubahan di sini tidak disimpan.', { exact: false }).waitFor();
    const simIndeks = page.locator('[data-testid="indeks-simulasi"] [data-role="indeks"]');
    const simPredikat = page.locator('[data-testid="indeks-simulasi"] [data-role="predikat"]');
    expect(await simIndeks.textContent()).toBe(two(ws.result.indeks));
    const puts: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET' && r.url().includes('/api/evaluasi')) puts.push(r.url());
    });
    await page.locator('tr[data-sim-line="1C2b"] input').fill('100');
    await page.locator('tr[data-sim-line="1C2c"] input').fill('100');
    const simulated = ws.result.indeks + 18;
    expect(await simIndeks.textContent()).toBe(two(simulated));
    expect(await simPredikat.textContent()).toBe(predikatOf(simulated));
    expect(await page.locator('[data-testid="indeks-simulasi"] .ev-delta').textContent()).toBe('▲ +18,00');
    // The saved index did not move and nothing was sent.
    expect(await page.locator('[data-testid="indeks-saved"] [data-role="indeks"]').textContent()).toBe(
      two(ws.result.indeks),
    );
    expect(puts).toEqual([]);
    // Priorities follow the simulation: SPI is no longer a line with points available.
    await page.getByText('Dihitung dari nilai simulasi.').waitFor();
    expect(await page.locator('.ev-prio-list li[data-priority="1C2b"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Atur ulang simulasi' }).click();
    expect(await simIndeks.textContent()).toBe(two(ws.result.indeks));
    expect(await page.locator('[data-testid="indeks-simulasi"] .ev-delta').count()).toBe(0);
    expect(await page.locator('tr[data-sim-line="1C2b"] input').inputValue()).toBe('');
    await page.getByText('Dihitung dari nilai tersimpan.').waitFor();
    expect(await page.locator('.ev-prio-list li[data-priority="1C2b"]').count()).toBe(1);

    // ——— two recommendations: one for BKPSDM on the merit line, one general for BP4D (overdue) ———
    await page.getByRole('link', { name: 'Rekomendasi', exact: true }).click();
    await page.getByText('Belum ada rekomendasi untuk tahun ini.').waitFor();
    const issue = async (line: string, pd: string, due: string, text: string) => {
      await page.getByRole('button', { name: 'Terbitkan rekomendasi' }).click();
      const form = page.locator('form.ev-rek-form');
      await form.getByLabel('Baris LKE').selectOption(line);
      await form.getByLabel('Perangkat daerah').selectOption(pd);
      await form.getByLabel('Tenggat').fill(due);
      await form.getByLabel('Rekomendasi', { exact: true }).fill(text);
      await form.getByRole('button', { name: 'Terbitkan', exact: true }).click();
      await rekCard(page, text).waitFor();
    };
    await issue('1B2a', 'bkpsdm', '2030-12-31', MERIT_REK);
    await issue('', 'bp4d', '2025-03-31', BP4D_REK);
    const meritCard = rekCard(page, MERIT_REK);
    expect(await meritCard.locator('[data-role="status"]').textContent()).toBe('Terbuka');
    expect(await meritCard.textContent()).toContain('BKPSDM');
    expect(await meritCard.textContent()).toContain('31 Desember 2030');
    expect(await meritCard.getByRole('heading', { level: 3 }).textContent()).toBe('1B2a Indeks Sistem Merit');
    expect(await rekCard(page, BP4D_REK).textContent()).toContain('Lewat tenggat');
    await page.getByLabel('Hanya yang lewat tenggat').check();
    await page.getByText('1 rekomendasi').waitFor();
    expect(await rekCard(page, MERIT_REK).count()).toBe(0);
    expect(await rekCard(page, BP4D_REK).count()).toBe(1);
  });

  it('the BKPSDM operator sees only BKPSDM’s recommendation, follows it up with evidence and marks it done', async () => {
    const { page } = await signIn('operator.bkpsdm');
    await openEvaluasi(page);
    // PD staff land on the recommendations of the newest evaluation.
    const card = rekCard(page, MERIT_REK);
    await card.waitFor();
    expect(await page.locator('article.ev-rek').count()).toBe(1);
    expect(await rekCard(page, BP4D_REK).count()).toBe(0);
    // PD staff cannot score: no worksheet inputs, no "issue" button.
    expect(await page.getByRole('button', { name: 'Terbitkan rekomendasi' }).count()).toBe(0);

    await card.getByLabel('Tindak lanjut baru').fill('Penilaian mandiri sudah diunggah ke KASN.');
    await card.getByLabel('Bukti tindak lanjut').setInputFiles({
      name: 'bukti-tl.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await card.getByRole('button', { name: 'Kirim tindak lanjut' }).click();
    const link = card.getByRole('link', { name: 'bukti-tl.pdf' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(/^\/api\/evidence\/[0-9a-f]{64}$/);
    expect(await card.textContent()).toContain('Penilaian mandiri sudah diunggah ke KASN.');

    // Carried across the road map's period boundary into the 2025 plan.
    await card.getByRole('button', { name: 'Bawa ke rencana aksi 2025' }).click();
    await card.getByLabel('Rencana aksi 2025').selectOption({ label: 'Penilaian mandiri sistem merit 2025' });
    await card.getByRole('button', { name: 'Bawa', exact: true }).click();
    await card.getByText('Dibawa ke rencana aksi tahun 2025.').waitFor();

    await card.getByRole('button', { name: 'Tandai selesai' }).click();
    await card.locator('[data-role="status"]', { hasText: 'Selesai (menunggu verifikasi)' }).waitFor();
    // Done: no more follow-up form; only the evaluator closes.
    expect(await card.getByLabel('Tindak lanjut baru').count()).toBe(0);
    expect(await card.getByRole('button', { name: 'Tutup rekomendasi' }).count()).toBe(0);
  });

  it('the evaluator opens the risk-based review sample of a period', async () => {
    const { page } = await signIn('evaluator');
    const stu = await apiAs('stu');
    const periods = (await stu.get('/api/periode?year=2024')) as { id: string; code: string }[];
    await page.goto(`/monitoring?tahun=2024&periode=${periods.find((p) => p.code === 'S1')!.id}&tab=sampel`);
    const sample = page.getByRole('region', { name: 'Sampel reviu berbasis risiko' });
    await sample.waitFor();
    // One verified realisasi (Indeks Sistem Merit): at least a tenth of the verifier's rows is one row.
    await expect.poll(() => sample.locator('tbody tr').count()).toBe(1);
    expect(await sample.locator('tbody tr').textContent()).toContain('Sampel acak verifikator');
    // Other roles have no such tab.
    const op = await signIn('operator.bkpsdm');
    await op.page.goto('/monitoring?tab=sampel');
    await op.page
      .getByRole('navigation', { name: /Pemantauan|tab/i })
      .first()
      .waitFor();
    expect(await op.page.getByRole('link', { name: 'Sampel reviu' }).count()).toBe(0);
  });

  it('the evaluator closes the followed-up recommendation', async () => {
    const { page } = await signIn('evaluator');
    await openEvaluasi(page);
    await page.getByRole('link', { name: 'Rekomendasi', exact: true }).click();
    const card = rekCard(page, MERIT_REK);
    await card.locator('[data-role="status"]', { hasText: 'Selesai (menunggu verifikasi)' }).waitFor();
    expect(await card.textContent()).toContain('Ditandai selesai');
    await card.getByRole('button', { name: 'Tutup rekomendasi' }).click();
    await card.locator('[data-role="status"]', { hasText: 'Ditutup' }).waitFor();
    expect(await card.locator('[data-role="status"]').textContent()).toBe('Ditutup');
    expect(await card.textContent()).toContain('Ditutup evaluator');
    expect(await card.getByRole('button', { name: 'Ubah' }).count()).toBe(0);
  });
  it('the admin clones the LKE configuration for 2025; a year out of bounds, an unreadable number and bad weights are refused', async () => {
    const tp = await signIn('admin');
    const page = tp.page;
    // The weights below are refused by the server on purpose; the browser logs the 422.
    tp.expectConsoleError(/422 \(Unprocessable Entity\).*\/api\/lke-configs\//);
    await page.goto('/evaluasi/konfigurasi');
    await page.getByRole('heading', { level: 1, name: 'Konfigurasi LKE' }).waitFor();
    await page.getByRole('button', { name: 'Lihat 2023' }).click();
    await page.getByRole('button', { name: 'Salin untuk tahun baru' }).click();
    const form = page.locator('form.ev-clone-form');
    await form.getByLabel('Nama konfigurasi').fill('LKE 2025 (uji)');
    // The contract's year bounds (2000–2100) decide in the form too.
    await form.getByLabel('Tahun').fill('1999');
    expect(await form.getByRole('button', { name: 'Salin', exact: true }).isDisabled()).toBe(true);
    await form.getByLabel('Tahun').fill('2025');
    await form.getByRole('button', { name: 'Salin', exact: true }).click();
    await page.locator('tr[data-config="2025"]').waitFor();
    await page.getByRole('heading', { level: 2, name: 'LKE 2025 (uji)' }).waitFor();

    await page.getByRole('button', { name: 'Ubah bobot, rentang dan nama' }).click();
    const first = page.locator('table.ev-cfg-tree tr.lke-line').first();
    const code = (await first.getAttribute('data-cfg-row'))!;
    const weight = first.locator('td.num input').first();
    await weight.fill('x');
    await page.locator('.field-error', { hasText: `Angka tidak terbaca pada: ${code}` }).waitFor();
    expect(await page.getByRole('button', { name: 'Simpan konfigurasi' }).isDisabled()).toBe(true);
    // Weights that no longer add up: the server's findings, shown by the code they concern.
    await weight.fill('999');
    await page.getByRole('button', { name: 'Simpan konfigurasi' }).click();
    await page.getByText('Konfigurasi tidak disimpan.').waitFor();
    expect(await page.locator('table.ev-cfg-tree .field-error, ul.ev-cfg-findings li').count()).toBeGreaterThan(0);
  });
});
