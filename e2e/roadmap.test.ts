// Browser test of the "done" flow, in order on one fresh server: overview, the three tables,
// findings, the version in force read-only, an amendment draft whose indicator is edited (invalid,
// then an erratum) and compared with its base, Tabel 2 exported and imported back as a labelled
// draft that is then deleted, and the English interface.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser, openPage, type TestPage } from './helpers/browser.ts';
import { startE2eServer } from './helpers/server.ts';
import { submitLogin } from './helpers/login.ts';
import type { TestServer } from '../test/helpers/app.ts';

if (!hasChromium) {
  console.warn(
    '[e2e] SKIPPED: /usr/bin/chromium not found. Install it with `apt-get install -y chromium` to run the browser tests.',
  );
}

const suite = hasChromium ? describe : describe.skip;

suite('Peta RB in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let tp: TestPage;
  let page: Page;
  let originalVersionId = '';
  let amendmentVersionId = '';
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peta-rb-e2e-'));

  const nav = (name: string) =>
    page.getByRole('navigation', { name: /Navigasi utama|Main navigation/ }).getByRole('link', { name, exact: true });
  const main = () => page.locator('main');
  const versionIdInUrl = () => /\/v\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';

  /** When the server has accounts, sign in as the STU coordinator (may edit, amend and import). */
  const signInIfAsked = async () => {
    const login = page.getByRole('button', { name: 'Masuk', exact: true });
    const app = page.locator('nav.app-nav');
    await login.or(app).first().waitFor();
    if (!(await login.isVisible())) return;
    await submitLogin(page, 'stu');
    await app.waitFor();
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
    tp = await openPage(browser, server.baseUrl);
    page = tp.page;
    // Without accounts on the server the app asks /api/auth/me, gets 404 and runs open.
    tp.expectConsoleError(/404 \(Not Found\).*\/api\/auth\/me/);
  });

  afterEach(() => {
    tp.assertNoErrors();
  });

  afterAll(async () => {
    await tp?.close();
    await browser?.close();
    await server?.close();
    fs.rmSync(tmpDir, { recursive: true, force: true });
  });

  it('opens the active version on the overview', async () => {
    await page.goto('/');
    await signInIfAsked();
    await page.waitForURL(/\/v\/[0-9a-f-]{36}$/);
    originalVersionId = versionIdInUrl();
    await expect
      .poll(() => page.locator('header.app-header').textContent(), { timeout: 15_000 })
      .toContain('Kabupaten Kupang');
    // The overview screen is loaded lazily: wait for it rather than reading the loading state.
    await expect.poll(() => main().textContent(), { timeout: 15_000 }).toContain('Perbup 17/2024');
    const text = await main().textContent();
    expect(text).toContain('Peraturan Bupati Kupang Nomor 17 Tahun 2024, ditetapkan 8 Mei 2024 di Oelamasi');
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
  });

  it('shows Tabel 2 with its 14 sasaran and Tabel 3 with Indonesian numbers', async () => {
    await nav('Tabel 2').click();
    const t2 = page.locator('table[data-table="tabel2"]');
    await t2.waitFor();
    expect(await t2.locator('th.level1').count()).toBe(14);
    await nav('Tabel 3').click();
    const t3 = page.locator('table[data-table="tabel3"]');
    await t3.waitFor();
    const text = (await t3.textContent()) ?? '';
    expect(text).toContain('Rp527.562.744.023');
    expect(text).toContain('21,78');
  });

  it('lists the out-of-scale Indeks SPBE target among the findings', async () => {
    await nav('Temuan').click();
    await page.getByLabel('Tingkat').selectOption('error');
    const row = page.locator('tr[data-code="VALUE_OUT_OF_SCALE"]', { hasText: 'Indeks SPBE' });
    await row.first().waitFor();
    const text = (await row.first().textContent()) ?? '';
    expect(text).toContain('Kesalahan');
    expect(text).toContain('5,05');
  });

  it('shows no edit control on the version in force, and says why', async () => {
    await nav('Tabel 2').click();
    await page.getByRole('link', { name: 'Indeks kelola pengadaan', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Indeks kelola pengadaan' }).waitFor();
    await page.locator('#edit-locked', { hasText: 'Versi ini sedang berlaku' }).waitFor();
    expect(await page.getByRole('button', { name: 'Ubah' }).count()).toBe(0);
  });

  it('creates an amendment draft, where the indicator can be edited', async () => {
    await nav('Versi').click();
    await page.locator('#am-number').fill('5');
    await page.locator('#am-year').fill('2025');
    await page.locator('#am-title').fill('Perubahan Kedua atas Peraturan Bupati Kupang Nomor 20 Tahun 2023');
    await page.locator('#am-enactedAt').fill('2025-02-03');
    expect(await page.locator('#am-versionLabel').inputValue()).toBe('Perbup 5/2025');
    await page.getByRole('button', { name: 'Buat versi perubahan' }).click();
    await page.waitForURL(
      (url) => /\/v\/[0-9a-f-]{36}$/.test(url.pathname) && !url.pathname.includes(originalVersionId),
    );
    amendmentVersionId = versionIdInUrl();
    await main().getByText('Perbup 5/2025').first().waitFor();
    expect(await main().textContent()).toContain('draf');
  });

  it('refuses letters in a number with an inline Indonesian error and saves nothing', async () => {
    await nav('Tabel 2').click();
    await page.getByRole('link', { name: 'Indeks kelola pengadaan', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Indeks kelola pengadaan' }).waitFor();
    const puts: string[] = [];
    const onRequest = (r: { method(): string; url(): string }) => {
      if (r.method() === 'PUT') puts.push(r.url());
    };
    page.on('request', onRequest);
    await page.getByRole('button', { name: 'Ubah' }).click();
    await page.getByLabel('Nilai target 2024').fill('8o,5');
    await expect.poll(() => page.locator('.field-error', { hasText: 'bukan angka' }).count()).toBeGreaterThan(0);
    expect(await page.getByLabel('Nilai target 2024').getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Belum disimpan: perbaiki 1 isian yang ditandai.').waitFor();
    page.off('request', onRequest);
    expect(puts).toEqual([]);
    await page.getByRole('button', { name: 'Batal' }).click();
    expect(await page.locator('table.targets tr[data-year="2024"] td').textContent()).toContain('75,5');
  });

  it('corrects a 2024 target as an erratum with a decimal comma, shown in the history', async () => {
    await page.getByRole('button', { name: 'Ubah' }).click();
    await page.getByLabel('Nilai target 2024').fill('80,25');
    await page.locator('fieldset.erratum input[type="checkbox"]').check();
    await page.getByLabel('Alasan ralat').fill('Salah ketik saat input; Lampiran tertulis 80,25');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Perubahan tersimpan.').waitFor();
    await expect.poll(() => page.locator('table.targets tr[data-year="2024"] td').textContent()).toContain('80,25');
    const history = page.locator('#riwayat-section');
    await history.getByText('Ralat (kesalahan input)').waitFor();
    const text = (await history.textContent()) ?? '';
    expect(text).toContain('Lampiran tertulis 80,25');
    expect(text).toContain('75,5');
  });

  it('shows the changed target in the comparison with the base version', async () => {
    await nav('Versi').click();
    await page.getByRole('link', { name: 'Bandingkan dengan versi dasar' }).click();
    const change = page.locator('tbody[data-key="indeks-kelola-pengadaan"]');
    await change.waitFor();
    const text = (await change.textContent()) ?? '';
    expect(text).toContain('Diubah');
    expect(text).toContain('Target 2024');
    expect(await change.locator('td.before').first().textContent()).toContain('75,5');
    expect(await change.locator('td.after').first().textContent()).toContain('80,25');
  });

  it('keeps a baseline for the 2024 target year beside the printed one', async () => {
    await nav('Tabel 2').click();
    await page.getByRole('link', { name: 'Indeks kelola pengadaan', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Indeks kelola pengadaan' }).waitFor();
    await page.getByRole('button', { name: 'Ubah' }).click();
    await page.getByLabel('Baseline tahun target 2024').fill('71,5');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Perubahan tersimpan.').waitFor();
    await expect
      .poll(() => page.locator('table.targets tr[data-year="2024"] td').textContent())
      .toContain('Baseline tahun target 2024: 71,5');
  });

  it('downloads Tabel 2 as .xlsx and imports it back as a new draft', async () => {
    await nav('Tabel 2').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Unduh .xlsx' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = path.join(tmpDir, download.suggestedFilename());
    await download.saveAs(file);
    expect(fs.statSync(file).size).toBeGreaterThan(1000);

    await nav('Impor/Ekspor').click();
    await page.getByLabel('Berkas .xlsx').setInputFiles(file);
    await page.getByRole('button', { name: 'Pratinjau' }).click();
    await page.getByText('Berkas dapat diimpor').waitFor();
    expect(await page.locator('table.problems tr.row-error').count()).toBe(0);
    const commit = page.getByRole('button', { name: 'Simpan versi' });
    expect(await commit.isEnabled()).toBe(true);
    expect(await page.getByLabel('Draf (belum berlaku)').isChecked()).toBe(true);
    await commit.click();
    await page.getByText('Versi baru tersimpan.').waitFor();
    await page.getByRole('link', { name: 'Buka versi baru' }).click();
    await page.waitForURL((url) => {
      const id = /\/v\/([0-9a-f-]{36})/.exec(url.pathname)?.[1];
      return !!id && id !== originalVersionId && id !== amendmentVersionId;
    });
    await nav('Versi').click();
    await page.locator('table.versions').waitFor();
    expect(await page.locator('table.versions tbody tr').count()).toBe(3);
    expect(await page.locator('table.versions').textContent()).toMatch(/Impor road-map-[^ ]+\.xlsx \d{4}-\d{2}-\d{2}/);
  });

  it('deletes the imported draft, and offers no deletion of the version in force', async () => {
    const imported = page.locator('table.versions tbody tr', { hasText: 'Impor ' });
    await imported.getByRole('button', { name: 'Hapus draf' }).click();
    await imported.getByRole('button', { name: 'Ya, hapus' }).click();
    await expect.poll(() => page.locator('table.versions tbody tr').count()).toBe(2);
    const enacted = page.locator(`table.versions tr[data-version="${originalVersionId}"]`);
    expect(await enacted.getByRole('button', { name: 'Hapus draf' }).count()).toBe(0);
  });

  it('refuses an unknown PD in an import until it is ticked as a new PD', async () => {
    const wb = new ExcelJS.Workbook();
    const exported = fs.readdirSync(tmpDir).find((f) => f.endsWith('.xlsx'))!;
    await wb.xlsx.readFile(path.join(tmpDir, exported));
    const sheet = wb.getWorksheet('Tabel 2')!;
    let pdCol = 0;
    let headerRow = 0;
    sheet.eachRow((row, r) =>
      row.eachCell((c, col) => {
        // The header spans two merged rows: the last one found is the lower.
        if (c.value === 'Perangkat Daerah Penanggungjawab') [pdCol, headerRow] = [col, r];
      }),
    );
    let target = headerRow + 1;
    while (!sheet.getCell(target, pdCol).value) target++;
    sheet.getCell(target, pdCol).value = 'Dinas Baru Sekali';
    const file = path.join(tmpDir, 'pd-baru.xlsx');
    await wb.xlsx.writeFile(file);

    await nav('Impor/Ekspor').click();
    await page.getByLabel('Berkas .xlsx').setInputFiles(file);
    await page.getByRole('button', { name: 'Pratinjau' }).click();
    const box = page.getByRole('checkbox', { name: 'Dinas Baru Sekali' });
    await box.waitFor();
    expect(await page.locator('table.problems tr.row-error[data-code="UNKNOWN_PD"]').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Simpan versi' }).isEnabled()).toBe(false);
    await page.getByRole('group', { name: 'Buat perangkat daerah baru' }).waitFor();
    await box.check();
    await page.locator('table.problems tr[data-code="NEW_PD"]').waitFor();
    expect(await page.locator('table.problems tr.row-error').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Simpan versi' }).isEnabled()).toBe(true);
    await nav('Versi').click();
  });

  it('switches to English and keeps the choice after a reload', async () => {
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await nav('Overview').waitFor();
    for (const label of ['Table 2', 'Findings', 'Versions', 'Import/Export']) expect(await nav(label).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Road map versions');
    await page.reload();
    await nav('Overview').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await nav('Overview').click();
    await main().getByRole('heading', { name: 'Version and legal basis' }).waitFor();
    expect(await main().textContent()).toContain('Set by');
  });
});
