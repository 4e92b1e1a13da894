// Browser test of the road map over time (issue #10): the STU sees 2025 governed by the 2020–2024
// road map in transition, starts the 2025–2029 road map from the national catalogue plus a carried
// Indeks SPBE, moves that indicator to Indeks Pemdi from 2026 on the draft, and finds the enacted
// Perbup 17/2024 without edit controls.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser, openPage, type TestPage } from './helpers/browser.ts';
import { startE2eServer } from './helpers/server.ts';
import { loginAs } from './helpers/login.ts';
import type { TestServer } from '../test/helpers/app.ts';
import type { RoadMapDocument } from '../src/domain/roadmap/types.ts';

const suite = hasChromium ? describe : describe.skip;

suite('a new road map period in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let tp: TestPage;
  let page: Page;
  let enactedId = '';
  let draftId = '';
  const main = () => page.locator('main');
  const getJson = async <T>(path: string): Promise<T> =>
    (await page.request.get(`${server.baseUrl}${path}`)).json() as Promise<T>;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
    tp = await openPage(browser, server.baseUrl);
    page = tp.page;
    await loginAs(page, 'stu');
    const maps = await getJson<{ versions: { id: string; status: string }[] }[]>('/api/road-maps');
    enactedId = maps[0]!.versions.find((v) => v.status === 'active')!.id;
  });
  afterEach(() => tp.assertNoErrors());
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows 2025 under the transition rule and starts 2025–2029 from the catalogue plus Indeks SPBE', async () => {
    await page.goto(`/v/${enactedId}/versi`);
    const y2025 = main().locator('tr[data-year="2025"]');
    await expect.poll(() => y2025.textContent()).toContain('Masa transisi');
    // Pemantauan of the 2020–2024 version serves the transition years too, the current one first.
    await page.goto(`/v/${enactedId}/pemantauan`);
    const yearSelect = main().getByLabel('Tahun', { exact: true });
    await expect.poll(() => yearSelect.locator('option').allTextContents()).toContain('2026');
    expect(await yearSelect.inputValue()).toBe(String(new Date().getUTCFullYear()));
    await page.goto(`/v/${enactedId}/versi`);
    const form = main().getByRole('form', { name: 'Mulai road map periode baru' });
    expect(await form.getByLabel('Tahun awal').inputValue()).toBe('2025');
    expect(await form.getByLabel('Tahun akhir').inputValue()).toBe('2029');
    await form.getByRole('checkbox', { name: 'Indeks SPBE', exact: true }).first().check();
    await form.getByRole('button', { name: 'Buat draf road map' }).click();
    await page.waitForURL((u) => /\/v\/[0-9a-f-]{36}\/versi/.test(u.pathname) && !u.pathname.includes(enactedId));
    draftId = /\/v\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    await expect.poll(() => main().locator('.lead').first().textContent()).toMatch(/2025.2029/);
    await expect.poll(() => main().locator('tr[data-year="2026"]').textContent()).toContain('menunggu penetapan');
  });

  it('moves the carried Indeks SPBE to Indeks Pemdi from 2026 on the draft', async () => {
    const v = await getJson<{ document: RoadMapDocument }>(`/api/versions/${draftId}`);
    const spbe = v.document.indicators.find((i) => i.name === 'Indeks SPBE' && i.scaleCode === 'indeks_spbe')!;
    await page.goto(`/v/${draftId}/indikator/${spbe.key}`);
    await main().getByRole('button', { name: 'Ganti skala' }).click();
    const form = main().getByRole('form', { name: 'Ganti skala' });
    expect(await form.getByLabel('Berlaku mulai tahun', { exact: true }).inputValue()).toBe('2026');
    expect(await form.getByLabel('Skala baru', { exact: true }).inputValue()).toBe('indeks_pemdi');
    await form.getByLabel('Nama indikator pada skala baru (opsional)').fill('Indeks Pemerintah Digital');
    await form.getByRole('button', { name: 'Ganti skala' }).click();
    const history = main().getByRole('region', { name: 'Riwayat skala' });
    await expect.poll(() => history.textContent()).toContain('mulai 2026: Indeks Pemerintah Digital (Pemdi)');
  });

  it('sets the years a theme applies on the draft under Tabel 3, refusing an inverted range as the server would', async () => {
    const me = await getJson<{ user: { csrfToken: string } }>('/api/auth/me');
    const added = await page.request.post(`${server.baseUrl}/api/versions/${draftId}/nodes`, {
      headers: { 'x-csrf-token': me.user.csrfToken },
      data: { kind: 'tema', parentKey: null, name: 'Digitalisasi Layanan Desa' },
    });
    expect(added.status()).toBe(201);
    await page.goto(`/v/${draftId}/tabel/3`);
    const card = main().getByRole('region', { name: 'Tahun berlaku tema' });
    await card.getByLabel('Berlaku mulai: Digitalisasi Layanan Desa').selectOption('2028');
    await card.getByLabel('Berlaku sampai: Digitalisasi Layanan Desa').selectOption('2026');
    await card.getByText('Tahun akhir berlaku tidak boleh sebelum tahun mulai berlaku.').waitFor();
    await card.getByLabel('Berlaku sampai: Digitalisasi Layanan Desa').selectOption('');
    await card.getByRole('button', { name: 'Simpan: Digitalisasi Layanan Desa' }).click();
    await card.getByText('Disimpan.').waitFor();
    const v = await getJson<{ document: RoadMapDocument }>(`/api/versions/${draftId}`);
    expect(v.document.nodes.find((n) => n.name === 'Digitalisasi Layanan Desa')).toMatchObject({ validFrom: 2028 });
    expect(v.document.nodes.find((n) => n.name === 'Digitalisasi Layanan Desa')!.validTo).toBeUndefined();
    // On the enacted Perbup the themes' years are shown, not editable.
    await page.goto(`/v/${enactedId}/tabel/3`);
    const enacted = main().getByRole('region', { name: 'Tahun berlaku tema' });
    await enacted.waitFor();
    expect(await enacted.locator('select').count()).toBe(0);
  });

  it('offers no edit and no re-basing on the enacted Perbup 17/2024', async () => {
    const v = await getJson<{ document: RoadMapDocument }>(`/api/versions/${enactedId}`);
    await page.goto(`/v/${enactedId}/indikator/${v.document.indicators[0]!.key}`);
    await main().locator('#edit-locked').waitFor();
    expect(await main().getByRole('button', { name: 'Ubah' }).count()).toBe(0);
    expect(await main().getByRole('button', { name: 'Ganti skala' }).count()).toBe(0);
  });

  it('enters the signed Perbup on the draft, and only then puts the 2025–2029 road map into force', async () => {
    await page.goto(`/v/${draftId}/versi`);
    const row = main().locator(`tr[data-version="${draftId}"]`);
    await row.getByText('Isi peraturan penetap sebelum memberlakukan.').waitFor();
    expect(await row.getByRole('button', { name: 'Berlakukan' }).count()).toBe(0);
    await row.getByRole('button', { name: 'Isi peraturan penetap' }).click();
    const form = main().getByRole('form', { name: /Peraturan penetap/ });
    await form.getByLabel('Nomor').fill('9');
    await form.getByLabel('Tanggal ditetapkan').fill('2025-03-14');
    await form.getByLabel('Tempat penetapan').fill('Oelamasi');
    await form.getByRole('button', { name: 'Simpan peraturan' }).click();
    await main().getByText('Peraturan penetap disimpan.').waitFor();
    await expect.poll(() => row.textContent()).toContain('Nomor 9 Tahun 2025');
    await row.getByRole('button', { name: 'Berlakukan' }).click();
    await row.getByRole('button', { name: 'Ya, berlakukan' }).click();
    // The confirmation's own question says "berlaku": wait for the dialog to go and the status to change.
    await expect.poll(() => row.getByRole('button', { name: 'Ya, berlakukan' }).count()).toBe(0);
    await expect.poll(() => row.locator('td').nth(1).textContent()).toContain('berlaku');
    expect(await row.getByRole('button', { name: 'Berlakukan' }).count()).toBe(0);
  });
});
