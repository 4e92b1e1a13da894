// Browser test of many instansi on one server (issue #10, "Done means", tenancy half): the
// super-administrator creates Provinsi NTT and Kabupaten Alor with its own admin and moves Kupang
// under the province; the province's admin sees both in its comparison and opens Kupang read-only;
// Alor's admin sees only Alor's data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser, openPage, type TestPage } from './helpers/browser.ts';
import { startE2eServer } from './helpers/server.ts';
import { loginAs, submitLogin } from './helpers/login.ts';
import type { TestServer } from '../test/helpers/app.ts';

const suite = hasChromium ? describe : describe.skip;
const NEW_PASSWORD = 'Pembina-NTT-2026!';

suite('many instansi on one server in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  const pages: TestPage[] = [];
  const temporary: Record<string, string> = {};

  async function open(): Promise<Page> {
    const tp = await openPage(browser, server.baseUrl);
    pages.push(tp);
    return tp.page;
  }

  /** First sign-in with a temporary password: the app asks for a new one before anything else. */
  async function firstSignIn(username: string): Promise<Page> {
    const page = await open();
    await page.goto('/');
    await submitLogin(page, username, temporary[username]!);
    await page.getByLabel('Kata sandi sekarang').fill(temporary[username]!);
    await page.getByLabel('Kata sandi baru', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Ulangi kata sandi baru').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.locator('nav.app-nav').waitFor({ state: 'attached' });
    return page;
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
  });
  afterAll(async () => {
    for (const p of pages) p.assertNoErrors();
    await browser?.close();
    await server?.close();
  });

  it('the super-administrator creates a province and a kabupaten with its admin, and moves Kupang under it', async () => {
    const page = await open();
    await loginAs(page, 'superadmin');
    await page.getByRole('heading', { level: 1, name: 'Instansi di server ini' }).waitFor();
    const main = page.locator('main');

    const create = async (fields: { code: string; name: string; kind: string; parent?: string; admin: string }) => {
      await main.getByRole('button', { name: 'Instansi baru' }).click();
      const form = main.getByRole('form', { name: 'Instansi baru' });
      await form.getByLabel('Kode', { exact: true }).fill(fields.code);
      await form.getByLabel('Nama instansi').fill(fields.name);
      await form.getByLabel('Jenis').selectOption({ label: fields.kind });
      await form.getByLabel('Wilayah').fill('Nusa Tenggara Timur');
      if (fields.parent) await form.getByLabel('Induk').selectOption({ label: fields.parent });
      await form.getByLabel('Nama pengguna').fill(fields.admin);
      await form.getByRole('button', { name: 'Buat instansi' }).click();
      const secret = main.locator('.secret-value');
      await secret.waitFor();
      temporary[fields.admin] = (await secret.textContent())!.trim();
      await main.getByRole('button', { name: 'Tutup' }).click();
    };
    await create({ code: 'prov-ntt', name: 'Provinsi Nusa Tenggara Timur', kind: 'Provinsi', admin: 'admin.ntt' });
    await create({
      code: 'kab-alor',
      name: 'Kabupaten Alor',
      kind: 'Kabupaten',
      parent: 'Provinsi Nusa Tenggara Timur',
      admin: 'admin.alor',
    });
    // A kota may not be put under a kabupaten: the picker does not even offer it.
    await main.getByRole('button', { name: 'Instansi baru' }).click();
    const form = main.getByRole('form', { name: 'Instansi baru' });
    await form.getByLabel('Jenis').selectOption({ label: 'Kota' });
    expect(await form.getByLabel('Induk').locator('option').allTextContents()).toEqual([
      '— tanpa induk —',
      'Provinsi Nusa Tenggara Timur',
    ]);
    await form.getByRole('button', { name: 'Batal' }).click();

    await main.getByRole('button', { name: 'Ubah Kabupaten Kupang' }).click();
    const edit = main.getByRole('form', { name: 'Ubah Kabupaten Kupang' });
    await edit.getByLabel('Induk').selectOption({ label: 'Provinsi Nusa Tenggara Timur' });
    await edit.getByRole('button', { name: 'Simpan' }).click();
    await main.getByText('Perubahan Kabupaten Kupang disimpan.').waitFor();
    const kupangRow = main.locator('tbody tr', { hasText: 'Kabupaten Kupang' });
    expect(await kupangRow.textContent()).toContain('Provinsi Nusa Tenggara Timur');
  });

  it('the province sees both kabupaten in its comparison and opens Kupang read-only', async () => {
    const page = await firstSignIn('admin.ntt');
    await page.goto('/pembinaan?tahun=2024&periode=S1');
    const table = page.locator('main table.pembinaan-table');
    await table.waitFor();
    const names = await table.locator('tbody th[scope="row"] a').allTextContents();
    expect(names).toEqual(['Kabupaten Alor', 'Kabupaten Kupang']);
    const kupang = table.locator('tbody tr', { hasText: 'Kabupaten Kupang' });
    expect(await kupang.textContent()).toContain('Peraturan Bupati Kupang Nomor 17 Tahun 2024');
    expect(await table.locator('tbody tr', { hasText: 'Kabupaten Alor' }).textContent()).toContain(
      'Belum ada road map yang berlaku',
    );
    // Sorting by a column says so.
    await table.getByRole('button', { name: /Capaian semua indikator/ }).click();
    await expect.poll(() => page.url()).toContain('urut=capaian');

    await kupang.getByRole('link', { name: 'Kabupaten Kupang' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kabupaten Kupang' }).waitFor();
    await page.getByRole('heading', { name: /Indikator · S1/ }).waitFor();
    expect(await page.locator('main table').first().locator('tbody tr').count()).toBeGreaterThan(20);
    // Read-only: no control that writes.
    for (const name of ['Simpan', 'Ubah', 'Verifikasi', 'Ajukan'])
      expect(await page.locator('main').getByRole('button', { name }).count()).toBe(0);
  });

  it("the new kabupaten's admin sees only its own instansi", async () => {
    const page = await firstSignIn('admin.alor');
    const get = async (path: string) => (await page.request.get(`${server.baseUrl}${path}`)).json();
    expect(await get('/api/road-maps')).toEqual([]);
    expect((await get('/api/users')).map((u: { username: string }) => u.username)).toEqual(['admin.alor']);
    await page.goto('/pengguna');
    await page.locator('main table.users-table').waitFor();
    expect(await page.locator('main table.users-table tbody tr').count()).toBe(1);
    expect(await page.locator('main').textContent()).not.toContain('Kupang');
  });
});
