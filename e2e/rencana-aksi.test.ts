// Browser test of action plans and period management on one fresh server: the STU creates an RB General
// plan for BKPSDM (a fractional count is caught inline, the pagu is shown the Indonesian way) and an
// RB Tematik plan for Dinas Sosial with two fokus intervensi; a concurrent change is shown and reloaded;
// the timeline shows the bar over the plan's months; the export downloads an .xlsx; the BKPSDM operator
// sees the own plan and not Dinas Sosial's; the STU sets up 2022 and reopens a locked period with a reason.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { hasChromium, launchBrowser, openPage, type TestPage } from './helpers/browser.ts';
import { startE2eServer } from './helpers/server.ts';
import { loginAs } from './helpers/login.ts';
import type { TestServer } from '../test/helpers/app.ts';

const suite = hasChromium ? describe : describe.skip;

const MERIT_PLAN = 'Penilaian mandiri sistem merit';
const SOSIAL_PLAN = 'Pemutakhiran data terpadu kesejahteraan sosial';

suite('rencana aksi and periods in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let tp: TestPage | undefined;
  let page: Page;
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peta-rb-e2e-ra-'));

  async function signIn(username: string) {
    await tp?.close();
    tp = await openPage(browser, server.baseUrl);
    page = tp.page;
    await loginAs(page, username);
  }

  const navLink = (name: string) =>
    page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name, exact: true });

  async function openPlans() {
    await navLink('Rencana Aksi').click();
    await page.getByRole('heading', { level: 1, name: 'Rencana Aksi' }).waitFor();
    // The current year (a transition year of the 2020–2024 road map) is the default: pick 2024.
    expect(await page.getByLabel('Tahun').inputValue()).toBe(String(new Date().getUTCFullYear()));
    await page.getByLabel('Tahun').selectOption('2024');
    await expect.poll(() => page.url()).toContain('tahun=2024');
  }

  const planRow = (name: string): Locator =>
    page.locator('table.plans tbody tr', { has: page.getByRole('rowheader', { name, exact: true }) });
  const form = () => page.locator('form.plan-form');

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

  it('STU creates plans, edits through a conflict, sees the timeline and downloads the export', async () => {
    await signIn('stu');
    await openPlans();
    await page.getByRole('button', { name: 'Tambah rencana aksi' }).click();
    const f = form();
    await f.getByLabel('Kegiatan utama / sasaran tematik').selectOption({
      label: 'Penataan sistem merit dan sistem manajemen ASN',
    });
    // RB General: no permasalahan or fokus intervensi.
    expect(await f.getByText('Fokus intervensi').count()).toBe(0);
    await f.getByLabel('Rincian kegiatan').fill(MERIT_PLAN);
    await f.getByLabel('Indikator output').fill('Dokumen penilaian mandiri');
    await f.getByLabel('Satuan').fill('Dokumen');
    await f.getByLabel('Target', { exact: true }).fill('2');
    await f.getByLabel('Semester I', { exact: true }).fill('1,5');
    const s1Error = f.locator('.period-targets .field-error');
    await s1Error.waitFor();
    expect(await s1Error.textContent()).toContain('bilangan bulat');
    await f.getByLabel('Semester I', { exact: true }).fill('1');
    await f.getByLabel('Semester II', { exact: true }).fill('2');
    await f.getByLabel('Mulai pelaksanaan').fill('2024-02-01');
    await f.getByLabel('Selesai pelaksanaan').fill('2024-05-31');
    await f.getByLabel('Penanggung jawab').fill('Kepala Bidang Pengembangan ASN');
    const pagu = f.getByLabel('Pagu anggaran');
    await pagu.fill('1250000');
    await pagu.blur();
    expect(await pagu.inputValue()).toBe('1.250.000');
    await f
      .getByLabel('PD pelaksana')
      .selectOption({ label: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia' });
    await f.getByRole('button', { name: 'Simpan rencana aksi' }).click();
    await page.getByText(`Rencana aksi "${MERIT_PLAN}" disimpan.`).waitFor();
    expect(await planRow(MERIT_PLAN).textContent()).toContain('Rp1.250.000');

    // RB Tematik with two foci, for another PD.
    await page.getByRole('button', { name: 'Tambah rencana aksi' }).click();
    await f.getByLabel('Kegiatan utama / sasaran tematik').selectOption({ label: 'Menurunnya Angka Kemiskinan' });
    await f.getByLabel('Rincian kegiatan').fill(SOSIAL_PLAN);
    await f.getByLabel('Indikator output').fill('Desa dengan data mutakhir');
    await f.getByLabel('Satuan').fill('Persen');
    await f.getByLabel('Target', { exact: true }).fill('75,5');
    await f.getByLabel('Semester I', { exact: true }).fill('40');
    await f.getByLabel('Semester II', { exact: true }).fill('75,5');
    await f.getByLabel('Penanggung jawab').fill('Sekretaris Dinas Sosial');
    await f.getByLabel('PD pelaksana').selectOption({ label: 'Dinas Sosial' });
    await f.getByLabel('Permasalahan yang ditangani').fill('Data penerima bantuan tidak mutakhir');
    await f.getByRole('button', { name: 'Simpan rencana aksi' }).click();
    // A thematic plan needs a focus: the error sits on the checkbox group, nothing is sent.
    await f.locator('.fokus-choices .field-error').waitFor();
    await f.getByLabel('Sumber daya manusia (SDM)').check();
    await f.getByLabel('Inovasi').check();
    await f.getByRole('button', { name: 'Simpan rencana aksi' }).click();
    await page.getByText(`Rencana aksi "${SOSIAL_PLAN}" disimpan.`).waitFor();
    expect(await planRow(SOSIAL_PLAN).textContent()).toContain('Sumber daya manusia (SDM), Inovasi');

    // Someone else changes the plan while it is open: the save shows the current value and reloads it.
    await planRow(MERIT_PLAN)
      .getByRole('button', { name: `Ubah rencana aksi ${MERIT_PLAN}` })
      .click();
    const plans = (await (await page.request.get('/api/rencana-aksi?year=2024')).json()) as {
      id: string;
      rincianKegiatan: string;
      fokusIntervensi: string[];
      [k: string]: unknown;
    }[];
    const merit = plans.find((p) => p.rincianKegiatan === MERIT_PLAN)!;
    const me = (await (await page.request.get('/api/auth/me')).json()) as { user: { csrfToken: string } };
    const { id, rowVersion, ...body } = merit;
    const put = await page.request.put(`/api/rencana-aksi/${id}`, {
      data: { ...body, rowVersion, penanggungJawab: 'Sekretaris BKPSDM' },
      headers: { 'x-csrf-token': me.user.csrfToken },
    });
    expect(put.status()).toBe(200);
    tp!.expectConsoleError(/409/);
    await f.getByLabel('Indikator output').fill('Laporan penilaian mandiri');
    await f.getByRole('button', { name: 'Simpan rencana aksi' }).click();
    const conflict = f.getByRole('alert').filter({ hasText: 'Sudah diubah orang lain.' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Sekretaris BKPSDM');
    await conflict.getByRole('button', { name: 'Muat data terkini' }).click();
    // The reload replaces the form's values when it arrives: type only after it has (the alert goes),
    // or the typed text can be overwritten by the reloaded one.
    await conflict.waitFor({ state: 'detached' });
    expect(await f.getByLabel('Penanggung jawab').inputValue()).toBe('Sekretaris BKPSDM');
    await f.getByLabel('Indikator output').fill('Laporan penilaian mandiri');
    expect(await f.getByLabel('Indikator output').inputValue()).toBe('Laporan penilaian mandiri');
    await f.getByRole('button', { name: 'Simpan rencana aksi' }).click();
    await page.getByText(`Rencana aksi "${MERIT_PLAN}" disimpan.`).waitFor();
    // The list refetch can land after the saved message: wait for the row itself to show the value
    // (it times out, and fails, if the saved value never arrives).
    await planRow(MERIT_PLAN).filter({ hasText: 'Laporan penilaian mandiri' }).waitFor();

    // Timeline: the bar spans February to May, grouped under BKPSDM.
    await page.getByRole('link', { name: 'Linimasa', exact: true }).click();
    const group = page.locator('.tl-group[data-group="bkpsdm"]');
    await group.waitFor();
    const bar = group.locator('.tl-row', { hasText: MERIT_PLAN }).locator('.tl-bar');
    expect(await bar.getAttribute('data-start-month')).toBe('2');
    expect(await bar.getAttribute('data-end-month')).toBe('5');
    expect(await bar.evaluate((el) => getComputedStyle(el).gridColumnStart)).toBe('2');
    expect(await bar.evaluate((el) => getComputedStyle(el).gridColumnEnd)).toBe('6');
    expect(await bar.textContent()).toContain('Belum ada realisasi');
    await page.getByLabel('Kegiatan', { exact: true }).click();
    await page.locator('.tl-group[data-group="st-angka-kemiskinan"]').waitFor();

    // Excel: the export downloads an .xlsx with the two plans.
    await page.getByRole('link', { name: 'Impor/Ekspor Excel', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Unduh rencana aksi 2024 (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^rencana-aksi-.+-2024\.xlsx$/);
    const file = path.join(tmpDir, download.suggestedFilename());
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Rencana Aksi')!;
    const texts = [5, 6].map((r) => ws.getCell(r, 4).value);
    expect(texts.sort()).toEqual([MERIT_PLAN, SOSIAL_PLAN].sort());
  });

  it("the BKPSDM operator sees the own PD's plan only, and no period management", async () => {
    await signIn('operator.bkpsdm');
    expect(await navLink('Periode').count()).toBe(0);
    await openPlans();
    await planRow(MERIT_PLAN).waitFor();
    expect(await page.getByText(SOSIAL_PLAN).count()).toBe(0);
    expect(await page.locator('table.plans tbody tr').count()).toBe(1);
    expect(
      await planRow(MERIT_PLAN)
        .getByRole('button', { name: `Ubah rencana aksi ${MERIT_PLAN}` })
        .count(),
    ).toBe(1);
    await page.getByRole('link', { name: 'Linimasa', exact: true }).click();
    await page.locator('.tl-bar').first().waitFor();
    expect(await page.locator('.tl-bar').count()).toBe(1);
  });

  it('the STU sets up 2022 and reopens a locked period with a reason, recorded in its history', async () => {
    await signIn('stu');
    await navLink('Periode').click();
    await page.getByRole('heading', { level: 1, name: 'Periode pelaporan' }).waitFor();
    await page.getByLabel('Tahun').selectOption('2022');
    await page.getByText('Periode tahun 2022 belum disiapkan.').waitFor();
    await page.getByRole('button', { name: 'Siapkan periode 2022' }).click();
    const s1 = page.locator('article.period-card[data-period="S1"]');
    await s1.waitFor();
    expect(await s1.locator('.badge').textContent()).toContain('Terkunci');

    await s1.getByRole('button', { name: 'Buka kembali', exact: true }).click();
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/reopen')) posts.push(r.url());
    });
    await s1.getByLabel('Alasan membuka kembali').fill('singkat');
    await s1.getByRole('button', { name: 'Setujui dan buka kembali' }).click();
    expect(await s1.locator('.field-error').first().textContent()).toContain('Alasan minimal 10 karakter');
    expect(posts).toHaveLength(0);
    expect(await s1.locator('.approver').textContent()).toContain('(stu)');
    const until = new Date(Date.now() + 8 * 3600_000 + 7 * 86400_000).toISOString().slice(0, 10);
    await s1.getByLabel('Alasan membuka kembali').fill('Perbaikan data realisasi semester pertama 2022');
    await s1.getByLabel('Dibuka sampai (WITA)').fill(until);
    await s1.getByRole('button', { name: 'Setujui dan buka kembali' }).click();
    await s1.locator('.badge', { hasText: 'Dibuka kembali' }).waitFor();
    expect(posts).toHaveLength(1);
    await s1.getByText('Periode dibuka kembali dan dicatat.').waitFor();
    await s1.getByText('Riwayat jendela dan pembukaan kembali').click();
    const history = s1.locator('.period-history li[data-action="periode.reopen"]');
    await history.waitFor();
    expect(await history.textContent()).toContain('Dibuka kembali oleh stu');
    expect(await history.textContent()).toContain('Perbaikan data realisasi semester pertama 2022');
    // The other semester stays locked.
    expect(await page.locator('article.period-card[data-period="S2"] .badge').textContent()).toContain('Terkunci');
  });
});
