// Browser test of the STU and its meetings (issue #11 items 1–2), on a fresh server with the Kupang
// road map: the STU sets up the year's structure with two pokja (a ketua linked to an account), the
// PD page shows its people; that ketua holds the pokja's meeting with attendance (an absence with
// its reason, a guest), an attachment, minutes and two decisions, finalises it and downloads the
// minutes PDF; the STU sees the overdue decision on the dashboard and reminds its owner; the owner PD
// marks it done and the ketua verifies it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser, openPage, type TestPage } from './helpers/browser.ts';
import { startE2eServer } from './helpers/server.ts';
import { loginAs } from './helpers/login.ts';
import type { TestServer } from '../test/helpers/app.ts';

const suite = hasChromium ? describe : describe.skip;
const YEAR = 2026;
const INDIKATOR = 'Persentase penyederhanaan struktur organisasi';

suite('STU, pokja and meetings in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let tp: TestPage | undefined;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
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
  }
  const nav = (name: string) =>
    page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name, exact: true }).click();

  async function person(i: number, nama: string, jabatan: string, pd: string, peran: string, akun = '') {
    await page.getByRole('button', { name: 'Tambah orang' }).click();
    await page.getByLabel(`Nama ${i}`, { exact: true }).fill(nama);
    await page.getByLabel(`Jabatan ${i}`, { exact: true }).fill(jabatan);
    if (pd) await page.getByLabel(`Perangkat daerah ${i}`, { exact: true }).selectOption(pd);
    if (peran) await page.getByLabel(`Peran di STU ${i}`, { exact: true }).selectOption(peran);
    if (akun) await page.getByLabel(`Akun Peta RB ${i}`, { exact: true }).selectOption({ label: akun });
  }

  async function pokja(n: number, nama: string, ketua: string, anggota: string[], lingkup: string) {
    await page.getByRole('button', { name: 'Tambah pokja' }).click();
    const box = page.locator('fieldset.stu-pokja-edit').nth(n);
    await box.getByLabel('Nama pokja').fill(nama);
    await box.getByLabel('Ketua', { exact: true }).selectOption({ label: ketua });
    for (const a of anggota) await box.getByRole('group', { name: 'Anggota' }).getByLabel(a).check();
    await box.getByLabel(lingkup).check();
  }

  it('sets up the STU and two pokja, and shows a PD its people', async () => {
    await signIn('stu');
    await nav('STU dan pokja');
    await page.getByRole('heading', { level: 1, name: 'STU dan pokja' }).waitFor();
    expect(await page.getByLabel('Tahun', { exact: true }).inputValue()).toBe(String(YEAR));
    await page.getByText(`Belum ada struktur STU tahun ${YEAR}.`, { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Susun struktur' }).click();
    await page.getByLabel('Nomor SK').fill('800/45/BO/2026');
    await person(1, 'Sekretaris Daerah', 'Sekda Kabupaten Kupang', '', 'ketua');
    await person(2, 'Kepala Bagian Organisasi', 'Kabag Organisasi', 'bagian-organisasi', 'sekretaris');
    await person(3, 'Kepala BKPSDM', 'Kepala Badan', 'bkpsdm', 'anggota', 'Kepala BKPSDM (demo) (kepala.bkpsdm)');
    await person(4, 'Analis SDM', 'Analis SDM Aparatur', 'bkpsdm', '');
    await person(5, 'Kepala Diskominfo', 'Kepala Dinas', 'diskominfo', 'anggota');

    // Saving with a pokja without ketua shows the rule at the field, and nothing is saved.
    await page.getByRole('button', { name: 'Tambah pokja' }).click();
    await page.getByRole('button', { name: 'Simpan struktur' }).click();
    await page.getByText('Pilih ketua pokja.').waitFor();
    await page.getByRole('button', { name: 'Hapus Pokja 1' }).click();

    await pokja(
      0,
      'Pokja Penyederhanaan Birokrasi',
      'Kepala BKPSDM',
      ['Analis SDM'],
      'Terimplementasikannya kebijakan penyederhanaan birokrasi',
    );
    await pokja(1, 'Pokja SPBE', 'Kepala Diskominfo', [], 'Terimplementasinya kebijakan arsitektur SPBE Nasional');
    await page.getByRole('button', { name: 'Simpan struktur' }).click();
    const card = page.locator('section[data-pokja="Pokja Penyederhanaan Birokrasi"]');
    await card.waitFor();
    expect(await card.textContent()).toContain('Kepala BKPSDM');
    expect(await card.textContent()).toContain('Analis SDM');
    const who = page.locator('table.stu-who');
    expect(
      await who
        .getByRole('row', { name: /arsitektur SPBE Nasional/ })
        .first()
        .textContent(),
    ).toContain('Pokja SPBE');

    await nav('Road map');
    await nav('Perangkat Daerah');
    const bkpsdm = page.locator('#pd-bkpsdm');
    await bkpsdm.getByText(`Di STU dan pokja ${YEAR}:`).waitFor();
    expect(await bkpsdm.textContent()).toContain('ketua Pokja Penyederhanaan Birokrasi');
  });

  it('holds the pokja meeting with attendance, an attachment and decisions, and finalises it', async () => {
    await signIn('kepala.bkpsdm');
    await nav('Rapat');
    await page
      .getByText(`Belum ada rapat tercatat`, { exact: false })
      .or(page.getByText('Belum ada rapat tahun'))
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Catat rapat' }).click();
    const form = page.locator('form.rp-new');
    await form.getByLabel('Jenis rapat').selectOption('pokja');
    await form.getByLabel('Pokja', { exact: true }).selectOption({ label: 'Pokja Penyederhanaan Birokrasi' });
    await form.getByLabel('Judul rapat').fill('Rapat pokja semester II');
    await form.getByLabel('Tanggal').fill(`${YEAR}-11-20`);
    await form.getByLabel('Tempat').fill('Ruang rapat BKPSDM');
    await form.getByRole('button', { name: 'Buat rapat' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rapat pokja semester II' }).waitFor();

    // The invitation is attached while the minutes are a draft.
    const invitation = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'peta-rb-e2e-rp-')), 'undangan-rapat.pdf');
    fs.writeFileSync(invitation, '%PDF-1.4\n% undangan\ntrailer <<>>\n%%EOF\n');
    await page.getByLabel('Tambah lampiran').setInputFiles(invitation);
    await page.getByRole('link', { name: 'undangan-rapat.pdf' }).waitFor();

    // Members are listed present; one is absent with a reason, and a guest is added.
    await page.getByLabel('Kehadiran Analis SDM').selectOption('tidak_hadir');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByText('Tuliskan alasan ketidakhadiran.').waitFor();
    await page.getByLabel('Alasan Analis SDM tidak hadir').fill('Dinas luar daerah');
    await page.getByRole('button', { name: 'Tambah tamu' }).click();
    await page.getByLabel('Nama tamu 3').fill('Narasumber Biro Organisasi Provinsi');
    await page.getByLabel('Isi notulen').fill('Pokja membahas capaian penyederhanaan birokrasi semester II.');
    for (const [i, uraian, tenggat] of [
      [0, 'Susun peta jabatan hasil penyetaraan', `${YEAR}-11-30`],
      [1, 'Laporkan evaluasi penyetaraan jabatan', `${YEAR + 1}-01-15`],
    ] as const) {
      await page.getByRole('button', { name: 'Tambah keputusan' }).click();
      const k = page.getByRole('group', { name: `Keputusan ${i + 1}` });
      await k.getByLabel('Keputusan', { exact: true }).fill(uraian);
      await k.getByLabel('PD pemilik tindak lanjut').selectOption('bkpsdm');
      if (i === 0) {
        await page.getByRole('button', { name: 'Simpan', exact: true }).click();
        await k.getByText('Tindak lanjut memerlukan tanggal tenggat.').waitFor();
      }
      await k.getByLabel('Tenggat').fill(tenggat);
      if (i === 0) {
        await k.getByLabel('Terkait dengan').selectOption('indikator');
        await k.getByLabel('Indikator', { exact: true }).selectOption({ label: INDIKATOR });
      }
    }
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByText('Rapat tersimpan.').waitFor();
    await page.getByRole('button', { name: 'Finalkan notulen' }).click();
    await page
      .getByRole('group', { name: /Finalkan notulen\?/ })
      .getByRole('button', { name: 'Finalkan notulen' })
      .click();
    await page.getByRole('heading', { name: 'Addendum', exact: true }).waitFor();
    expect(await page.locator('.rp-read').textContent()).toContain('Tidak hadir (Dinas luar daerah)');
    expect(await page.getByRole('link', { name: 'undangan-rapat.pdf' }).count()).toBe(1);
    expect(await page.locator('.rp-read').textContent()).toContain(`Terkait Indikator: ${INDIKATOR}`);
    expect(await page.getByLabel('Tambah lampiran').count()).toBe(0);
    const href = await page.getByRole('link', { name: 'Unduh daftar hadir dan notulen (PDF)' }).getAttribute('href');
    const pdf = await page.request.get(href!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    await page.getByLabel('Isi addendum').fill('Koreksi: rapat dimulai pukul 10.00 WITA.');
    await page.getByRole('button', { name: 'Tambahkan addendum' }).click();
    await page.getByText('Koreksi: rapat dimulai pukul 10.00 WITA.').first().waitFor();
  });

  it('shows the overdue decision to the STU, and follows it up to verified', async () => {
    // The STU sees the overdue decision on the Pemantauan dashboard and reminds its owner.
    await signIn('stu');
    await nav('Pemantauan');
    await page.getByLabel('Tahun', { exact: true }).selectOption('2024');
    await page.getByRole('link', { name: 'Dasbor periode', exact: true }).click();
    const late = page.locator('[data-card="terlambat"]');
    await late.getByText('1 tindak lanjut rapat melewati tenggat.').waitFor();
    expect(await late.textContent()).toContain('Susun peta jabatan hasil penyetaraan');
    await late.getByRole('button', { name: 'Kirim pengingat kepada pemiliknya' }).click();
    await late.getByText('Pengingat terkirim kepada 1 pemilik.').waitFor();

    // The owner PD's operator marks the overdue decision done, saying what was done.
    await signIn('operator.bkpsdm');
    await nav('Rapat');
    await page.getByRole('link', { name: 'Tindak lanjut', exact: true }).click();
    await page.getByLabel(/Hanya yang terlambat \(1\)/).check();
    const row = page.locator('tr[data-keputusan="Susun peta jabatan hasil penyetaraan"]');
    expect(await row.getByText('Terlambat').count()).toBe(1);
    expect(await row.getByRole('button', { name: 'Verifikasi' }).count()).toBe(0);
    await page.getByLabel(/Hanya yang terlambat/).uncheck();
    await row.getByLabel('Apa yang sudah dilakukan').fill('Peta jabatan disusun dan disahkan Sekda.');
    await row.getByRole('button', { name: 'Tandai selesai' }).click();
    await row.locator('.badge', { hasText: 'Selesai' }).waitFor();

    // The pokja's ketua, who holds the meeting, verifies it.
    await signIn('kepala.bkpsdm');
    await nav('Rapat');
    await page.getByRole('link', { name: 'Tindak lanjut', exact: true }).click();
    const again = page.locator('tr[data-keputusan="Susun peta jabatan hasil penyetaraan"]');
    await again.getByRole('button', { name: 'Verifikasi' }).click();
    await again.locator('.badge', { hasText: 'Terverifikasi' }).waitFor();
    expect(await again.textContent()).toContain('Peta jabatan disusun dan disahkan Sekda.');
  });
});
