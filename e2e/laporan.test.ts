// Browser test of semester progress reports (issue #11 item 4), on a fresh server with the Kupang
// road map and a 2024 STU structure: a pokja's ketua drafts the pokja's S1 2024 report from the
// data, edits its narrative, submits it and downloads it as PDF and XLSX; the STU then compiles the
// instansi report from the pokja reports and downloads it too.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser, openPage, type TestPage } from './helpers/browser.ts';
import { startE2eServer } from './helpers/server.ts';
import { loginAs } from './helpers/login.ts';
import type { TestServer } from '../test/helpers/app.ts';
import { firstInstansiId } from '../src/server/features/roadmap/roadmap.service.ts';
import { saveStruktur } from '../src/server/features/stu/stu.service.ts';
import { listAccounts } from '../src/server/features/users/users.service.ts';
import { SYSTEM_ACTOR } from '../src/server/request-context.ts';

const suite = hasChromium ? describe : describe.skip;
const POKJA = 'Pokja Penyederhanaan Birokrasi';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

suite('progress reports in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let tp: TestPage | undefined;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
    const db = server.database.db;
    const instansiId = (await firstInstansiId(db))!;
    const kepala = (await listAccounts(db, instansiId)).find((a) => a.username === 'kepala.bkpsdm')!;
    await saveStruktur(db, SYSTEM_ACTOR, instansiId, {
      year: 2024,
      skNomor: null,
      skTanggal: null,
      rowVersion: 0,
      orang: [
        { ref: 'a', nama: 'Sekretaris Daerah', jabatan: 'Sekda', pdKey: null, userId: null, peranStu: 'ketua' },
        {
          ref: 'b',
          nama: 'Kepala BKPSDM',
          jabatan: 'Kepala Badan',
          pdKey: 'bkpsdm',
          userId: kepala.id,
          peranStu: null,
        },
      ],
      pokja: [{ ref: 'p', nama: POKJA, ketuaRef: 'b', anggotaRefs: [], lingkup: ['sg-penyederhanaan-birokrasi'] }],
    });
  });
  afterEach(() => tp?.assertNoErrors());
  afterAll(async () => {
    await tp?.close();
    await browser?.close();
    await server?.close();
  });

  async function signIn(username: string) {
    await tp?.close();
    tp = await openPage(browser, server.baseUrl);
    page = tp.page;
    await loginAs(page, username);
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Laporan kemajuan', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Laporan kemajuan' }).waitFor();
    await page.getByLabel('Tahun', { exact: true }).selectOption('2024');
    await page.getByLabel('Periode', { exact: true }).selectOption({ label: 'Semester I 2024' });
  }

  async function downloads() {
    for (const [name, type] of [
      ['Unduh PDF', 'application/pdf'],
      ['Unduh XLSX', XLSX],
    ] as const) {
      const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
      const res = await page.request.get(href!);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain(type);
    }
  }

  it('the pokja’s ketua drafts, edits and submits the pokja report, and downloads it', async () => {
    await signIn('kepala.bkpsdm');
    await page.getByText('Belum ada laporan kemajuan untuk periode ini.').waitFor();
    await page.getByRole('button', { name: `Susun laporan ${POKJA}` }).click();
    await page.getByRole('heading', { level: 1, name: `Laporan kemajuan ${POKJA}` }).waitFor();
    const narasi = page.getByLabel('Uraian', { exact: true });
    expect(await narasi.inputValue()).toContain(`Pada Semester I 2024, ${POKJA} memantau`);
    await narasi.fill(`${await narasi.inputValue()} Kendala: peta jabatan menunggu validasi KemenPANRB.`);
    await page.getByRole('button', { name: 'Simpan uraian' }).click();
    await page.getByText('Uraian tersimpan.').waitFor();
    expect(await page.getByRole('region', { name: 'Capaian indikator' }).locator('tbody tr').count()).toBeGreaterThan(
      0,
    );
    await downloads();
    await page.getByRole('button', { name: 'Ajukan laporan' }).click();
    await page
      .getByRole('group', { name: /Ajukan laporan\?/ })
      .getByRole('button', { name: 'Ajukan laporan' })
      .click();
    await page.locator('.page-head .badge', { hasText: 'Diajukan' }).waitFor();
    expect(await page.getByLabel('Uraian', { exact: true }).count()).toBe(0);
  });

  it('the STU compiles the instansi report from the pokja reports and downloads it', async () => {
    await signIn('stu');
    await page.getByRole('link', { name: POKJA }).waitFor();
    await page.getByRole('button', { name: 'Susun laporan Kabupaten Kupang' }).click();
    await page.getByRole('heading', { level: 1, name: 'Laporan kemajuan Kabupaten Kupang' }).waitFor();
    const pokja = page.getByRole('region', { name: 'Laporan pokja' });
    expect(await pokja.getByRole('row', { name: new RegExp(POKJA) }).textContent()).toContain('Diajukan');
    expect(await pokja.textContent()).toContain('Kendala: peta jabatan menunggu validasi KemenPANRB.');
    await downloads();
  });
});
