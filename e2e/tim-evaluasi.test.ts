// Browser test of the Tim Evaluasi Internal (issue #12 item 1) on a fresh Kupang server: the
// evaluator sets up the 2024 team, gives themselves a home PD (Inspektorat), is not offered for
// that PD, is assigned BKPSDM and a sasaran, and saves.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasChromium, launchBrowser, openPage, type TestPage } from './helpers/browser.ts';
import { startE2eServer } from './helpers/server.ts';
import { loginAs } from './helpers/login.ts';
import type { TestServer } from '../test/helpers/app.ts';

const suite = hasChromium ? describe : describe.skip;
const EVALUATOR = 'Evaluator Inspektorat (demo)';

suite('Tim Evaluasi Internal in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let tp: TestPage | undefined;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
  });
  afterEach(() => tp?.assertNoErrors());
  afterAll(async () => {
    await tp?.close();
    await browser?.close();
    await server?.close();
  });

  it('the evaluator sets up the 2024 team and is not offered for their own PD', async () => {
    tp = await openPage(browser, server.baseUrl);
    const page = tp.page;
    await loginAs(page, 'evaluator');
    await page.goto('/evaluasi?tahun=2024&tab=tim');
    await page.getByRole('heading', { name: 'Tim Evaluasi Internal 2024' }).waitFor();
    await page.getByText('Belum ada Tim Evaluasi Internal tahun 2024.', { exact: false }).waitFor();
    await page.getByLabel('Nomor SK tim').fill('700/15/INSP/2024');
    await page.getByRole('button', { name: `Tambah ${EVALUATOR}` }).click();
    const member = page.locator(`[data-anggota="${EVALUATOR}"]`);
    expect(await member.getByLabel('Peran', { exact: true }).inputValue()).toBe('ketua');
    await member.getByLabel('Perangkat daerah asal').selectOption({ label: 'Inspektorat' });
    const own = page.getByLabel('Inspektorat', { exact: true });
    expect(await own.locator('option').allTextContents()).toEqual(['— belum ditugaskan —']);
    await page.getByLabel('BKPSDM', { exact: true }).selectOption({ label: EVALUATOR });
    await page.getByLabel(/^1\. /).selectOption({ label: EVALUATOR });
    await page.getByRole('button', { name: 'Simpan tim' }).click();
    await page.getByText('Tim evaluasi tersimpan.').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Tim Evaluasi Internal 2024' }).waitFor();
    expect(await page.getByLabel('BKPSDM', { exact: true }).inputValue()).not.toBe('');
    expect(await page.getByLabel('Nomor SK tim').inputValue()).toBe('700/15/INSP/2024');
  });
});
