// Browser test of accounts and audit on one fresh server: the admin creates an operator for BKPSDM
// and sees the temporary password once, that user signs in (forced change), the admin disables them
// (through a 409 conflict and reload) and they can no longer sign in; the audit log shows the
// creation under filters and pages with "load more"; the STU changes the own password voluntarily;
// an operator sees neither Pengguna nor Log audit and is told so on /pengguna.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { hasChromium, launchBrowser, openPage, type TestPage } from './helpers/browser.ts';
import { startE2eServer } from './helpers/server.ts';
import { loginAs, submitLogin } from './helpers/login.ts';
import type { TestServer } from '../test/helpers/app.ts';
import { DEMO_PASSWORD } from '../src/server/seed/demo-users.ts';

const suite = hasChromium ? describe : describe.skip;

const NEW_USER = 'operator.uji';
const NEW_NAME = 'Operator Uji BKPSDM';
const NEW_PASSWORD = 'Sandi-Baru-Uji-2024';

suite('accounts and audit in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  /** Every page opened by a test, checked for errors and closed after it. */
  let pages: TestPage[] = [];

  async function open(): Promise<TestPage> {
    const tp = await openPage(browser, server.baseUrl);
    pages.push(tp);
    return tp;
  }

  const nav = (page: Page, name: string) =>
    page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name, exact: true });

  async function signIn(username: string, password = DEMO_PASSWORD): Promise<TestPage> {
    const tp = await open();
    await loginAs(tp.page, username, password);
    return tp;
  }

  /** A JSON call with the page's session and CSRF token, as another tab of the same user would make. */
  async function api(page: Page, method: 'GET' | 'PUT', path: string, data?: unknown) {
    const me = (await (await page.request.get(`${server.baseUrl}/api/auth/me`)).json()) as {
      user: { csrfToken: string };
    };
    const res = await page.request.fetch(`${server.baseUrl}${path}`, {
      method,
      headers: { 'x-csrf-token': me.user.csrfToken },
      ...(data === undefined ? {} : { data }),
    });
    return { status: res.status(), body: (await res.json()) as unknown };
  }

  interface ApiAccount {
    id: string;
    username: string;
    displayName: string;
    disabled: boolean;
    rowVersion: number;
    roles: { role: string; pdKey: string | null }[];
  }

  async function account(page: Page, username: string): Promise<ApiAccount> {
    const list = (await api(page, 'GET', '/api/users')).body as ApiAccount[];
    const found = list.find((u) => u.username === username);
    if (!found) throw new Error(`no account ${username}`);
    return found;
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
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
    await browser?.close();
    await server?.close();
  });

  it('admin creates an operator, the operator signs in, the admin disables them and they are locked out', async () => {
    const admin = await signIn('admin');
    const page = admin.page;
    await nav(page, 'Pengguna').click();
    await page.getByRole('heading', { level: 1, name: 'Pengguna' }).waitFor();
    const table = page.locator('table.users-table');
    await table.locator('tbody tr[data-username="admin"]').waitFor();
    // The demo accounts are listed with their roles and PD.
    await table
      .locator('tbody tr[data-username="operator.bkpsdm"]', { hasText: 'Operator perangkat daerah · BKPSDM' })
      .waitFor();

    // ——— create ———
    await page.getByRole('button', { name: 'Tambah pengguna' }).click();
    const form = page.locator('form.user-form', { has: page.getByRole('heading', { name: 'Pengguna baru' }) });
    await form.getByLabel('Nama pengguna', { exact: true }).fill(NEW_USER);
    await form.getByLabel('Nama lengkap').fill(NEW_NAME);
    // The PD picker stays closed until a PD-scoped role is chosen; a missing PD is caught first.
    expect(await form.getByLabel('Perangkat daerah', { exact: true }).isDisabled()).toBe(true);
    await form.getByLabel('Peran', { exact: true }).selectOption('operator_pd');
    await form.getByRole('button', { name: 'Buat pengguna' }).click();
    await form.getByText('Peran ini memerlukan perangkat daerah.').waitFor();
    await form.getByLabel('Perangkat daerah', { exact: true }).selectOption('bkpsdm');
    await form.getByRole('button', { name: 'Buat pengguna' }).click();

    const notice = page.locator('.secret-notice');
    await notice.getByText(`Akun ${NEW_USER} telah dibuat.`).waitFor();
    expect(await notice.textContent()).toContain('hanya ditampilkan sekali');
    const temporary = (await notice.locator('.secret-value').textContent())?.trim() ?? '';
    expect(temporary).toMatch(/^rb-[\w-]{8,}$/);
    const row = table.locator(`tbody tr[data-username="${NEW_USER}"]`);
    await row.waitFor();
    const rowText = (await row.textContent()) ?? '';
    expect(rowText).toContain(NEW_NAME);
    expect(rowText).toContain('Operator perangkat daerah · BKPSDM');
    expect(rowText).toContain('Aktif');
    expect(rowText).toContain('wajib ganti kata sandi');
    expect(rowText).toContain('belum pernah');
    // Closing the notice removes the password from the screen for good.
    await notice.getByRole('button', { name: 'Sudah saya catat, tutup' }).click();
    expect(await page.locator('.secret-notice').count()).toBe(0);

    // ——— the new operator signs in with the temporary password and must change it ———
    const op = await open();
    await op.page.goto('/');
    await submitLogin(op.page, NEW_USER, temporary);
    await op.page.getByRole('heading', { level: 1, name: 'Ganti kata sandi' }).waitFor();
    await op.page.getByLabel('Kata sandi sekarang').fill(temporary);
    await op.page.getByLabel('Kata sandi baru', { exact: true }).fill(NEW_PASSWORD);
    await op.page.getByLabel('Ulangi kata sandi baru').fill(NEW_PASSWORD);
    await op.page.getByRole('button', { name: 'Simpan' }).click();
    await op.page.locator('nav.app-nav').waitFor();
    expect(await op.page.locator('.user-menu .user-name').textContent()).toBe(NEW_NAME);
    expect(await nav(op.page, 'Pengguna').count()).toBe(0);

    // ——— the admin disables the account; someone else renamed it meanwhile (409, reload) ———
    await page.reload();
    await row.waitFor();
    expect(await row.textContent()).not.toContain('belum pernah');
    expect(await row.textContent()).not.toContain('wajib ganti kata sandi');
    await row.getByRole('button', { name: 'Ubah' }).click();
    const edit = page.locator('form.user-edit');
    await edit.getByRole('heading', { name: `Ubah pengguna ${NEW_USER}` }).waitFor();
    const before = await account(page, NEW_USER);
    const renamed = await api(page, 'PUT', `/api/users/${before.id}`, {
      rowVersion: before.rowVersion,
      displayName: `${NEW_NAME} (diubah)`,
      disabled: false,
      roles: before.roles,
    });
    expect(renamed.status).toBe(200);
    admin.expectConsoleError(/409/);
    await edit.getByLabel(/Nonaktifkan akun/).check();
    await edit.getByRole('button', { name: 'Simpan' }).click();
    const conflict = edit.locator('.conflict');
    await conflict.getByText('Akun ini sudah diubah orang lain sejak Anda membukanya.').waitFor();
    expect(await conflict.textContent()).toContain(`${NEW_NAME} (diubah)`);
    await conflict.getByRole('button', { name: 'Muat ulang data terbaru' }).click();
    expect(await edit.getByLabel('Nama lengkap').inputValue()).toBe(`${NEW_NAME} (diubah)`);
    expect(await edit.getByLabel(/Nonaktifkan akun/).isChecked()).toBe(false);
    await edit.getByLabel(/Nonaktifkan akun/).check();
    await edit.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText(`Perubahan pada ${NEW_USER} telah disimpan.`).waitFor();
    expect(await row.locator('.user-off').textContent()).toBe('Nonaktif');
    expect((await account(page, NEW_USER)).disabled).toBe(true);

    // ——— the disabled operator is signed out and cannot sign in again ———
    op.expectConsoleError(/401/);
    await op.page.reload();
    await op.page.getByRole('heading', { level: 1, name: 'Masuk' }).waitFor();
    await submitLogin(op.page, NEW_USER, NEW_PASSWORD);
    await op.page.getByText('Belum berhasil masuk.').waitFor();
    expect(await op.page.locator('nav.app-nav').count()).toBe(0);
  });

  it('the audit log shows the creation under filters, expands its fields and pages with "load more"', async () => {
    const admin = await signIn('admin');
    const page = admin.page;
    // More user_account events by the admin than one page holds (50), for "load more".
    const target = await account(page, NEW_USER);
    let rowVersion = target.rowVersion;
    for (let i = 1; i <= 50; i++) {
      const res = await api(page, 'PUT', `/api/users/${target.id}`, {
        rowVersion,
        displayName: `${NEW_NAME} ${i}`,
        disabled: true,
        roles: target.roles,
      });
      expect(res.status).toBe(200);
      rowVersion = (res.body as { user: { rowVersion: number } }).user.rowVersion;
    }

    await nav(page, 'Log audit').click();
    await page.getByRole('heading', { level: 1, name: 'Log audit' }).waitFor();
    await page.locator('tr.audit-row').first().waitFor();
    await page.getByLabel('Jenis entitas').selectOption({ label: 'Akun pengguna' });
    await page.getByLabel('Pengguna (nama pengguna)').fill('admin');
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await page.waitForURL(/entitas=user_account/);
    expect(page.url()).toContain('pengguna=admin');

    const rows = page.locator('tr.audit-row');
    await page.getByRole('button', { name: 'Muat lebih banyak' }).waitFor();
    expect(await rows.count()).toBe(50);
    await page.getByRole('button', { name: 'Muat lebih banyak' }).click();
    await page.getByText('Semua kejadian yang cocok sudah ditampilkan.').waitFor();
    const total = await rows.count();
    expect(total).toBeGreaterThan(50);
    // Every row matches the filters, and no event shows twice across the pages.
    expect(new Set(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-entity-type'))))).toEqual(
      new Set(['user_account']),
    );
    const actors = await rows.locator('td:nth-child(2)').allTextContents();
    expect(new Set(actors)).toEqual(new Set(['admin']));
    const times = await rows.locator('td.audit-time').allTextContents();
    expect(times[0]).toMatch(/^\d{1,2} \w+ \d{4} pukul \d{2}\.\d{2}$/);
    const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-event-id')));
    expect(new Set(ids).size).toBe(total);

    // The creation of the operator: one row, with IP and request id, expanding into its fields.
    const created = page.locator('tr.audit-row[data-action="user.create"]');
    expect(await created.count()).toBe(1);
    const createdText = (await created.textContent()) ?? '';
    expect(createdText).toContain('Administrator');
    expect(createdText).toContain('127.0.0.1');
    await created.getByRole('button', { name: /Lihat perubahan/ }).click();
    const diff = page.locator('tr.audit-diff-row table.diff');
    await diff.waitFor();
    const line = (table: Locator, path: string) =>
      table.locator('tbody tr', { has: page.locator(`th code:text-is("${path}")`) }).locator('td');
    expect(await line(diff, 'username').allTextContents()).toEqual(['(kosong)', NEW_USER]);
    expect(await line(diff, 'roles[0].pdKey').allTextContents()).toEqual(['(kosong)', 'bkpsdm']);

    // An update shows only what changed, before and after side by side.
    const lastUpdate = page.locator('tr.audit-row[data-action="user.update"]').first();
    await lastUpdate.getByRole('button', { name: /Lihat perubahan/ }).click();
    // The newest event is the top row, so its expansion is the first one on the page.
    const updateDiff = page.locator('tr.audit-diff-row table.diff').first();
    await page.locator('tr.audit-diff-row').nth(1).waitFor();
    expect(await updateDiff.locator('tbody tr').count()).toBe(1);
    expect(await line(updateDiff, 'displayName').allTextContents()).toEqual([`${NEW_NAME} 49`, `${NEW_NAME} 50`]);

    // Another entity type leaves none of these rows.
    await page.getByLabel('Jenis entitas').selectOption({ label: 'Perangkat daerah' });
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await page.getByText('Tidak ada kejadian yang cocok dengan filter.').waitFor();
    expect(await rows.count()).toBe(0);
  });

  it('the STU changes the own password from the user menu and signs in with the new one', async () => {
    const stu = await signIn('stu');
    const page = stu.page;
    // The STU reads the audit log but does not manage users.
    await nav(page, 'Log audit').waitFor();
    expect(await nav(page, 'Pengguna').count()).toBe(0);
    await page.locator('.user-menu').getByRole('link', { name: 'Ganti kata sandi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ganti kata sandi' }).waitFor();
    // (It may not contain the username, so no "stu" in it.)
    const next = 'Rahasia-Koordinator-2025';
    // A wrong current password is refused next to its field.
    stu.expectConsoleError(/422/);
    await page.getByLabel('Kata sandi sekarang').fill('bukan-sandi-lama');
    await page.getByLabel('Kata sandi baru', { exact: true }).fill(next);
    await page.getByLabel('Ulangi kata sandi baru').fill(next);
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Kata sandi saat ini salah.').waitFor();
    await page.getByLabel('Kata sandi sekarang').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Kata sandi Anda telah diganti.').waitFor();
    // Still signed in on this browser.
    expect(await page.locator('nav.app-nav').count()).toBe(1);
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Masuk' }).waitFor();

    stu.expectConsoleError(/401/);
    await submitLogin(page, 'stu', DEMO_PASSWORD);
    await page.getByText('Belum berhasil masuk.').waitFor();
    await submitLogin(page, 'stu', next);
    await page.locator('nav.app-nav').waitFor();
    expect(await page.locator('.user-menu .user-name').textContent()).toContain('Koordinator STU');
  });

  it('an operator sees neither Pengguna nor Log audit and is told so on /pengguna', async () => {
    const op = await signIn('operator.bkpsdm');
    const page = op.page;
    // The navigation is there (the checks below are not vacuous), without the admin entries.
    await nav(page, 'Tabel 1').waitFor();
    expect(await nav(page, 'Pengguna').count()).toBe(0);
    expect(await nav(page, 'Log audit').count()).toBe(0);
    expect(await page.locator('.user-menu').getByRole('link', { name: 'Ganti kata sandi' }).count()).toBe(1);
    await page.goto('/pengguna');
    await page.getByRole('heading', { level: 1, name: 'Pengguna' }).waitFor();
    await page.getByText('Akun Anda tidak berwenang mengelola pengguna.').waitFor();
    expect(await page.locator('table.users-table').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Tambah pengguna' }).count()).toBe(0);
    await page.goto('/audit');
    await page.getByText('Akun Anda tidak berwenang membuka log audit.').waitFor();
    expect(await page.locator('tr.audit-row').count()).toBe(0);
  });
});
