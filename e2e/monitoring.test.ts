// Browser test of semester monitoring, the done flow on one fresh server: the BKPSDM operator
// enters two realisasi for S1 2024 (a typo is caught inline and not saved) and uploads a PDF, the
// kepala BKPSDM submits both, the STU returns one and verifies the other, and the period dashboard
// shows the capaian, the status badges and BKPSDM's completeness.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { hasChromium, launchBrowser, openPage, type TestPage } from './helpers/browser.ts';
import { startE2eServer } from './helpers/server.ts';
import { loginAs } from './helpers/login.ts';
import type { TestServer } from '../test/helpers/app.ts';

const suite = hasChromium ? describe : describe.skip;

const MERIT = 'Indeks sistem merit';
const KINERJA = 'Persentase implementasi pengelolaan kinerja pegawai ASN';

suite('pemantauan (monitoring) in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let tp: TestPage | undefined;
  let page: Page;
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peta-rb-e2e-mon-'));
  const pdfPath = path.join(tmpDir, 'bukti-merit.pdf');
  fs.writeFileSync(pdfPath, '%PDF-1.4\n%%EOF\n');

  async function signIn(username: string) {
    await tp?.close();
    tp = await openPage(browser, server.baseUrl);
    page = tp.page;
    await loginAs(page, username);
  }

  /** Opens Pemantauan on S1 2024. */
  async function openMonitoring() {
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Pemantauan', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Pemantauan' }).waitFor();
    // The current year (a transition year of the 2020–2024 road map) is the default: pick 2024.
    await page.getByLabel('Tahun', { exact: true }).selectOption('2024');
    const picker = page.getByLabel('Periode pelaporan');
    const s1 = page.locator('#mon-period option', { hasText: 'S1 2024' });
    await s1.waitFor({ state: 'attached' });
    await picker.selectOption((await s1.getAttribute('value')) ?? '');
    expect(await picker.locator('option:checked').textContent()).toContain('Dibuka kembali');
  }

  const card = (name: string): Locator =>
    page.locator('article.entry-card', { has: page.getByRole('heading', { level: 3, name, exact: true }) });
  const badge = (name: string) => card(name).locator('.entry-head .badge');

  async function waitBadge(name: string, text: string) {
    await card(name).locator('.entry-head .badge', { hasText: text }).waitFor();
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
  });
  afterEach(() => tp?.assertNoErrors());
  afterAll(async () => {
    await tp?.close();
    await browser?.close();
    await server?.close();
    fs.rmSync(tmpDir, { recursive: true, force: true });
  });

  it('enter, submit, return and verify, then read the dashboard', async () => {
    // ——— operator BKPSDM: enter two values and a PDF ———
    await signIn('operator.bkpsdm');
    await openMonitoring();
    const puts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PUT' && r.url().includes('/api/realisasi')) puts.push(r.url());
    });
    // Only BKPSDM's indicators are listed for its operator.
    expect(await page.locator('section.entry-group').count()).toBe(1);
    expect(await badge(MERIT).textContent()).toBe('Belum diisi');

    const meritValue = card(MERIT).getByLabel('Nilai realisasi');
    await meritValue.fill('sembilan');
    const error = card(MERIT).locator('.field-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('bukan angka');
    await card(MERIT).getByRole('button', { name: 'Simpan realisasi' }).click();
    expect(await meritValue.getAttribute('aria-invalid')).toBe('true');
    expect(puts).toHaveLength(0);
    expect(await badge(MERIT).textContent()).toBe('Belum diisi');

    await meritValue.fill('112,5');
    expect(await error.count()).toBe(0);
    await card(MERIT).getByRole('button', { name: 'Simpan realisasi' }).click();
    await waitBadge(MERIT, 'Draf');
    expect(puts).toHaveLength(1);
    expect(await card(MERIT).getByLabel('Nilai realisasi').inputValue()).toBe('112,5');

    await card(KINERJA).getByLabel('Nilai realisasi').fill('85');
    await card(KINERJA).getByRole('button', { name: 'Simpan realisasi' }).click();
    await waitBadge(KINERJA, 'Draf');

    await card(MERIT).getByLabel('Unggah bukti').setInputFiles(pdfPath);
    const link = card(MERIT).getByRole('link', { name: 'bukti-merit.pdf' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(/^\/api\/evidence\/[0-9a-f]{64}$/);

    // ——— kepala BKPSDM: submit both ———
    await signIn('kepala.bkpsdm');
    await openMonitoring();
    for (const name of [MERIT, KINERJA]) {
      await card(name).getByRole('button', { name: 'Ajukan', exact: true }).click();
      await waitBadge(name, 'Diajukan');
    }
    // Submitted values are read-only.
    expect(await card(MERIT).getByLabel('Nilai realisasi').count()).toBe(0);

    // ——— STU: return one with a reason, verify the other ———
    await signIn('stu');
    await openMonitoring();
    expect(await page.locator('section.entry-group').count()).toBeGreaterThan(1);
    await card(KINERJA).getByRole('button', { name: 'Kembalikan', exact: true }).click();
    await card(KINERJA).getByLabel('Alasan pengembalian').fill('Lampirkan data dukung dari e-Kinerja.');
    await card(KINERJA).getByRole('button', { name: 'Kembalikan ke PD' }).click();
    await waitBadge(KINERJA, 'Dikembalikan');
    expect(await card(KINERJA).locator('.returned-reason').textContent()).toContain(
      'Lampirkan data dukung dari e-Kinerja.',
    );
    await card(MERIT).getByRole('button', { name: 'Verifikasi', exact: true }).click();
    await waitBadge(MERIT, 'Terverifikasi');

    // ——— the period dashboard ———
    await page.getByRole('link', { name: 'Dasbor periode', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: /^Dasbor periode S1 2024/ }).waitFor();
    const avg = page.locator('[data-card="average-verified"]');
    expect(await avg.textContent()).toContain('Rata-rata capaian (terverifikasi)');
    expect(await avg.locator('.big').textContent()).toBe('90%');

    const meritRow = page.locator('table.dashboard-indicators tbody tr', {
      has: page.getByRole('rowheader', { name: MERIT, exact: true }),
    });
    expect(await meritRow.locator('td.capaian').textContent()).toBe('90%');
    expect(await meritRow.textContent()).toContain('Terverifikasi');
    const kinerjaRow = page.locator('table.dashboard-indicators tbody tr', {
      has: page.getByRole('rowheader', { name: KINERJA, exact: true }),
    });
    expect(await kinerjaRow.locator('td.capaian').textContent()).toBe('85%');
    expect(await kinerjaRow.textContent()).toContain('Dikembalikan');

    const bkpsdm = page.locator('table.completeness tr[data-pd="bkpsdm"]');
    expect(await bkpsdm.locator('[data-col="returned"]').textContent()).toBe('1');
    expect(await bkpsdm.locator('[data-col="verified"]').textContent()).toBe('1');
    expect(await bkpsdm.locator('[data-col="submitted"]').textContent()).toBe('0');

    // The STU reminds the PDs that are behind (BKPSDM has a returned item, others have not entered).
    await page.getByRole('button', { name: 'Kirim pengingat ke PD yang tertinggal' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Pengingat terkirim ke' });
    await status.waitFor();
    expect(await status.textContent()).toMatch(/Pengingat terkirim ke \d+ perangkat daerah\./);
  });

  it('the operator reports an action plan output with the budget realised; the kepala submits it', async () => {
    // The STU sets up a BKPSDM plan for 2024 through the API (the plan screen has its own test).
    await signIn('stu');
    const me = (await (await page.request.get('/api/auth/me')).json()) as { user: { csrfToken: string } };
    const created = await page.request.post('/api/rencana-aksi', {
      headers: { 'x-csrf-token': me.user.csrfToken },
      data: {
        year: 2024,
        nodeKey: 'ku-sistem-merit',
        rincianKegiatan: 'Penilaian mandiri sistem merit',
        indikatorOutput: 'Dokumen penilaian mandiri',
        satuan: 'Dokumen',
        targetTotal: 2,
        targets: [
          { periodCode: 'S1', target: 1 },
          { periodCode: 'S2', target: 2 },
        ],
        startDate: '2024-02-01',
        endDate: '2024-11-30',
        pagu: 25000000,
        pelaksanaPdKey: 'bkpsdm',
        koordinatorPdKey: 'bagian-organisasi',
        penanggungJawab: 'Kepala Bidang Pengembangan ASN',
      },
    });
    expect(created.status()).toBe(201);

    await signIn('operator.bkpsdm');
    await openMonitoring();
    const name = 'Penilaian mandiri sistem merit — Dokumen penilaian mandiri';
    const plan = card(name);
    await plan.waitFor();
    expect(await plan.textContent()).toContain('Dokumen');
    await plan.getByLabel('Nilai realisasi').fill('1');
    await plan.getByLabel('Realisasi anggaran s.d. periode ini (Rp)').fill('12.500.000');
    await plan.getByRole('button', { name: 'Simpan realisasi', exact: true }).click();
    await waitBadge(name, 'Draf');

    await signIn('kepala.bkpsdm');
    await openMonitoring();
    await card(name).getByRole('button', { name: 'Ajukan', exact: true }).click();
    await waitBadge(name, 'Diajukan');
    expect(await card(name).textContent()).toContain('Rp12.500.000');

    // Notifications and emails link to /monitoring?periode=…: it opens Pemantauan on that period.
    const periods = (await (await page.request.get('/api/periode?year=2024')).json()) as { id: string; code: string }[];
    const s2 = periods.find((p) => p.code === 'S2')!;
    await page.goto(`/monitoring?periode=${s2.id}`);
    await page.getByRole('heading', { level: 1, name: 'Pemantauan' }).waitFor();
    expect(await page.getByLabel('Periode pelaporan').locator('option:checked').textContent()).toContain('S2 2024');
  });
});
