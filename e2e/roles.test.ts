// Browser test of role-aware screens: an operator PD sees only the own PD and no edit controls; the
// pimpinan (Sekda) reads everything and finds no control that changes anything.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser, openPage, type TestPage } from './helpers/browser.ts';
import { startE2eServer } from './helpers/server.ts';
import { loginAs } from './helpers/login.ts';
import type { TestServer } from '../test/helpers/app.ts';
import { login } from '../test/helpers/session.ts';

const suite = hasChromium ? describe : describe.skip;

suite('roles in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let tp: TestPage;
  let page: Page;

  const nav = (name: string) =>
    page.getByRole('navigation', { name: /Navigasi utama|Main navigation/ }).getByRole('link', { name, exact: true });

  async function signIn(username: string) {
    await tp?.close();
    tp = await openPage(browser, server.baseUrl);
    page = tp.page;
    await loginAs(page, username);
  }

  // On an amendment draft: the version in force is read-only for everyone, so its missing "Ubah"
  // would prove nothing about roles.
  let draftId = '';
  async function openIndicator(name: string) {
    await page.goto(`/v/${draftId}`);
    await nav('Tabel 2').click();
    await page.getByRole('link', { name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
    const stu = await login(server.app, 'stu');
    const maps = (await stu.request('/api/road-maps')).json();
    const active = maps[0].versions.find((v: { status: string }) => v.status === 'active');
    const res = await stu.request({
      method: 'POST',
      url: `/api/road-maps/${maps[0].id}/amendments`,
      payload: {
        basedOnVersionId: active.id,
        versionLabel: 'Perubahan uji peran',
        regulasi: { type: 'perbup', number: '98', year: 2026, title: 'Perubahan uji peran' },
      },
    });
    if (res.statusCode !== 201) throw new Error(`amendment: ${res.statusCode} ${res.body}`);
    draftId = res.json().versionId;
  });
  afterEach(() => tp?.assertNoErrors());
  afterAll(async () => {
    await tp?.close();
    await browser?.close();
    await server?.close();
  });

  it('an operator PD sees only the own perangkat daerah and no edit controls', async () => {
    await signIn('operator.bkpsdm');
    await nav('Perangkat Daerah').click();
    const rows = page.locator('table.pd-list tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('BKPSDM');
    await openIndicator('Indeks sistem merit');
    // The indicator's history is visible to every reader; editing is not.
    expect(await page.getByRole('button', { name: 'Ubah', exact: true }).count()).toBe(0);
    expect(await nav('Impor/Ekspor').count()).toBeLessThanOrEqual(1);
  });

  it('the pimpinan reads everything and finds no control that changes anything', async () => {
    await signIn('sekda');
    await nav('Perangkat Daerah').click();
    const rows = page.locator('table.pd-list tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(10);
    await openIndicator('Indeks kelola pengadaan');
    expect(await page.getByRole('button', { name: 'Ubah', exact: true }).count()).toBe(0);
    await nav('Versi').click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getByText('Buat versi perubahan').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Berlakukan/ }).count()).toBe(0);
  });

  it('the STU coordinator sees the same controls (the checks above are not vacuous)', async () => {
    await signIn('stu');
    await openIndicator('Indeks kelola pengadaan');
    await page.getByRole('button', { name: 'Ubah', exact: true }).waitFor();
    await nav('Versi').click();
    await page.getByText('Buat versi perubahan').first().waitFor();
  });
});
