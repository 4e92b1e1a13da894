// Browser test of the complaint register (issue #11), on a fresh server with the Kupang road map:
// the STU finds the empty register, records a walk-in complaint, imports a SP4N-LAPOR! export of 30
// complaints and then the updated export (no duplicates), reads "Tingkat tindak lanjut pengaduan"
// of S1 2024, and in Pemantauan fills the LAPOR indicator from the register and attaches its list.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser, openPage, type TestPage } from './helpers/browser.ts';
import { startE2eServer } from './helpers/server.ts';
import { loginAs } from './helpers/login.ts';
import type { TestServer } from '../test/helpers/app.ts';
import { laporCsv, laporRows } from '../test/helpers/lapor-export.ts';
import { createAccount } from '../src/server/features/users/users.service.ts';
import { SYSTEM_ACTOR } from '../src/server/request-context.ts';

const suite = hasChromium ? describe : describe.skip;
const LAPOR = 'Tingkat tindak lanjut pengaduan masyarakat (LAPOR)';
const INSPEKTORAT_PASSWORD = 'Inspektorat-Kupang-2026!';
const PDS = ['Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'Inspektorat'];

suite('pengaduan (complaint register) in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let tp: TestPage | undefined;
  let page: Page;
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peta-rb-e2e-pg-'));
  const first = path.join(tmpDir, 'lapor-juli.csv');
  const updated = path.join(tmpDir, 'lapor-agustus.csv');
  fs.writeFileSync(first, laporCsv(laporRows('first', PDS)));
  fs.writeFileSync(updated, laporCsv(laporRows('updated', PDS)));

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
    // The LAPOR indicator is Inspektorat's (Tabel 2): its operator enters the realisasi.
    await createAccount(server.database.db, SYSTEM_ACTOR, null, {
      username: 'operator.inspektorat',
      displayName: 'Operator Inspektorat',
      password: INSPEKTORAT_PASSWORD,
      roles: [{ role: 'operator_pd', pdKey: 'inspektorat' }],
    });
  });
  afterEach(() => tp?.assertNoErrors());
  afterAll(async () => {
    await tp?.close();
    await browser?.close();
    await server?.close();
    fs.rmSync(tmpDir, { recursive: true, force: true });
  });

  async function importFile(file: string, expected: { create: string; update: string }) {
    await page.getByRole('link', { name: 'Impor SP4N-LAPOR!', exact: true }).click();
    await page.getByLabel('Berkas ekspor (.csv UTF-8 atau .xlsx)').setInputFiles(file);
    await page.getByRole('button', { name: 'Periksa berkas' }).click();
    await page.getByText('Semua baris dapat disimpan.').waitFor();
    expect(await page.locator('[data-count="create"]').textContent()).toBe(expected.create);
    expect(await page.locator('[data-count="update"]').textContent()).toBe(expected.update);
    await page.getByRole('button', { name: 'Simpan semua pengaduan' }).click();
    await page.getByText(/^Tersimpan: /).waitFor();
  }

  it('records, imports twice without duplicates, computes the rate and fills the indicator from it', async () => {
    tp = await openPage(browser, server.baseUrl);
    page = tp.page;
    await loginAs(page, 'stu');
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pengaduan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pengaduan masyarakat' }).waitFor();
    await page.getByLabel('Tahun diterima').selectOption('2024');
    await page.getByText(/^Belum ada pengaduan yang diterima pada 2024/).waitFor();

    // A walk-in complaint, with the rule checked before saving: a rejection needs its reason.
    await page.getByRole('button', { name: 'Catat pengaduan' }).click();
    const form = page.locator('form.pg-form');
    await form.getByLabel('Diterima').fill('2024-02-01');
    await form.getByLabel('Ringkasan').fill('Antrean layanan kepegawaian terlalu lama');
    await form.getByLabel('Perangkat daerah yang menangani').selectOption('bkpsdm');
    await form.getByLabel('Status').selectOption('ditolak');
    await form.getByRole('button', { name: 'Simpan pengaduan' }).click();
    expect(await form.locator('.field-error').textContent()).toContain('memerlukan alasan');
    await form.getByLabel('Status').selectOption('diterima');
    await form.getByRole('button', { name: 'Simpan pengaduan' }).click();
    await form.waitFor({ state: 'detached' });
    await page.locator('table.pg-table tbody tr').first().waitFor();
    expect(await page.locator('[data-count="total"]').textContent()).toBe('1');

    await importFile(first, { create: '30', update: '0' });
    await importFile(updated, { create: '0', update: '6' });
    await page.getByRole('link', { name: 'Register', exact: true }).click();
    await page.locator('[data-count="total"]', { hasText: '31' }).waitFor();
    expect(await page.locator('table.pg-table tbody tr[data-ticket="LAP-2024-1002"]').count()).toBe(1);

    // S1 2024: 24 LAPOR complaints counted (6 rejected are not) plus the walk-in; 17 answered by 30 June.
    await page.getByRole('link', { name: 'Tingkat tindak lanjut', exact: true }).click();
    await page.getByLabel('Periode').selectOption({ label: 'S1 2024' });
    await page.locator('[data-count="denominator"]', { hasText: '25' }).waitFor();
    expect(await page.locator('[data-count="numerator"]').textContent()).toBe('17');
    expect(await page.locator('[data-count="value"]').textContent()).toBe('68%');
    const href = await page.getByRole('link', { name: 'Unduh daftar (.xlsx)' }).getAttribute('href');
    expect((await page.request.get(href!)).status()).toBe(200);

    // Pemantauan: Inspektorat's operator is offered the LAPOR indicator's value from the register.
    await tp.close();
    tp = await openPage(browser, server.baseUrl);
    page = tp.page;
    await loginAs(page, 'operator.inspektorat', INSPEKTORAT_PASSWORD);
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Pemantauan', exact: true })
      .click();
    await page.getByLabel('Tahun', { exact: true }).selectOption('2024');
    const s1 = page.locator('#mon-period option', { hasText: 'S1 2024' });
    await s1.waitFor({ state: 'attached' });
    await page.getByLabel('Periode pelaporan').selectOption((await s1.getAttribute('value')) ?? '');
    const card = page.locator('article.entry-card', {
      has: page.getByRole('heading', { level: 3, name: LAPOR, exact: true }),
    });
    await card.getByText('Dari register pengaduan: 68 % (17 dari 25 pengaduan).').waitFor();
    await card.getByRole('button', { name: 'Isi dari register' }).click();
    expect(await card.getByLabel('Nilai realisasi').inputValue()).toBe('68');
    await card.getByRole('button', { name: 'Simpan realisasi' }).click();
    await card.locator('.entry-head .badge', { hasText: 'Draf' }).waitFor();
    await card.getByRole('button', { name: 'Lampirkan daftar pengaduan sebagai bukti' }).click();
    await card.getByText('Daftar pengaduan terlampir.').waitFor();
    await card.getByRole('link', { name: 'tindak-lanjut-pengaduan-2024-S1.xlsx' }).waitFor();
  });
});
