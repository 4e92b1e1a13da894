// Browser test of the Tim Evaluasi Internal's reviews (issue #12 items 2, 3, 5) on a fresh Kupang
// server: with the 2024 team and three BKPSDM plans in place (through the API), the evaluator
// reviews the three ex-ante and returns one; the PD answers after revising it; the evaluator closes
// it in a second round; in the closed S1 the on-going review finds one "Tidak sesuai" on kualitas;
// the PD files a sanggah with evidence; the evaluator accepts it and the judgement changes.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser, openPage, type TestPage } from './helpers/browser.ts';
import { startE2eServer } from './helpers/server.ts';
import { loginAs } from './helpers/login.ts';
import type { TestServer } from '../test/helpers/app.ts';
import { rencanaAksiBody } from '../test/helpers/factories.ts';
import { login } from '../test/helpers/session.ts';

const suite = hasChromium ? describe : describe.skip;
const PLANS = ['Penilaian mandiri sistem merit', 'Penyusunan talent pool ASN', 'Uji kompetensi jabatan'];

suite('Reviu rencana aksi and sanggah in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let tp: TestPage | undefined;
  let page: Page;
  let thirdId = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
    const [evaluator, operator, stu] = await Promise.all([
      login(server.app, 'evaluator'),
      login(server.app, 'operator.bkpsdm'),
      login(server.app, 'stu'),
    ]);
    const tim = (await evaluator.request('/api/evaluasi/2024/tim')).json();
    const me = tim.pilihan.akun[0].id;
    const saved = await evaluator.request({
      method: 'PUT',
      url: '/api/evaluasi/2024/tim',
      payload: { anggota: [{ userId: me, peran: 'ketua', pdKey: 'inspektorat' }], tugas: [], rowVersion: 0 },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    for (const rincianKegiatan of PLANS) {
      const res = await operator.request({
        method: 'POST',
        url: '/api/rencana-aksi',
        payload: rencanaAksiBody(2024, { rincianKegiatan }),
      });
      expect(res.statusCode, res.body).toBe(201);
      thirdId = res.json().id;
    }
    // S1 2024 was reopened for the demo; the STU closes it so its on-going review can be done.
    const s1 = (await stu.request('/api/periode?year=2024')).json().find((p: { code: string }) => p.code === 'S1');
    const closed = await stu.request({
      method: 'POST',
      url: `/api/periode/${s1.id}/tutup`,
      payload: { rowVersion: s1.rowVersion },
    });
    expect(closed.statusCode, closed.body).toBe(200);
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
    await page.goto('/evaluasi?tahun=2024&tab=reviu');
    await page.getByRole('heading', { name: 'Reviu rencana aksi 2024' }).waitFor();
  }
  const subject = (label: string) => page.locator('li.rv-subject').filter({ hasText: label });
  async function open(label: string) {
    await page.getByRole('button', { name: `Buka: ${label}` }).click();
    return subject(label).locator('.rv-detail');
  }
  async function judge(label: string, tidakKualitas: string | null) {
    const box = await open(label);
    for (const dim of ['Ketepatan', 'Ketercapaian output', 'Kualitas', 'Kesesuaian waktu'])
      await box
        .getByRole('group', { name: dim })
        .getByLabel(dim === 'Kualitas' && tidakKualitas ? 'Tidak sesuai' : 'Sesuai', { exact: true })
        .check();
    if (tidakKualitas) await box.getByRole('group', { name: 'Kualitas' }).getByLabel('Catatan').fill(tidakKualitas);
    return box;
  }
  async function finalise(box: ReturnType<Page['locator']>, label: string) {
    await box.getByRole('button', { name: 'Finalkan' }).click();
    await box
      .getByRole('group', { name: /Finalkan reviu ini\?/ })
      .getByRole('button', { name: 'Finalkan' })
      .click();
    await subject(label).locator('.badge', { hasText: 'Final' }).waitFor();
  }

  it('the evaluator reviews three plans ex-ante, finalises two and returns one', async () => {
    await signIn('evaluator');
    for (const label of PLANS.slice(0, 2)) {
      const box = await judge(label, null);
      await finalise(box, label);
    }
    const box = await judge(PLANS[2]!, 'Indikator output tidak terukur');
    await box.getByLabel('Rekomendasi untuk PD').fill('revisi');
    await box.getByRole('button', { name: 'Kembalikan ke PD' }).click();
    await box.getByText('Tulis apa yang harus diperbaiki PD', { exact: false }).waitFor();
    await box.getByLabel('Rekomendasi untuk PD').fill('Rumuskan indikator output yang dapat dihitung per semester');
    await box.getByRole('button', { name: 'Kembalikan ke PD' }).click();
    await subject(PLANS[2]!).locator('.badge', { hasText: 'Dikembalikan ke PD' }).waitFor();
    const summary = page.getByRole('table', { name: /Persentase sesuai per dimensi/ });
    expect(await summary.getByRole('row', { name: /^BKPSDM/ }).textContent()).toContain('100%');
  });

  it('the PD revises the returned plan and answers; the evaluator closes it in a second round', async () => {
    const operator = await login(server.app, 'operator.bkpsdm');
    const plan = (await operator.request('/api/rencana-aksi?year=2024'))
      .json()
      .find((p: { id: string }) => p.id === thirdId);
    const revised = await operator.request({
      method: 'PUT',
      url: `/api/rencana-aksi/${thirdId}`,
      payload: {
        ...rencanaAksiBody(2024, { rincianKegiatan: PLANS[2] }),
        indikatorOutput: 'Jumlah jabatan yang diuji kompetensinya per semester',
        rowVersion: plan.rowVersion,
      },
    });
    expect(revised.statusCode, revised.body).toBe(200);
    await signIn('operator.bkpsdm');
    const box = await open(PLANS[2]!);
    await box.getByText('Rumuskan indikator output yang dapat dihitung per semester').waitFor();
    await box.getByLabel('Tanggapan PD').fill('Indikator output dirumuskan ulang sebagai jumlah jabatan per semester.');
    await box.getByRole('button', { name: 'Kirim tanggapan' }).click();
    await subject(PLANS[2]!).locator('.badge', { hasText: 'Ditanggapi PD' }).waitFor();

    await signIn('evaluator');
    const again = await judge(PLANS[2]!, null);
    await again.getByText('Rencana aksi sudah diubah PD sejak dinilai', { exact: false }).waitFor();
    await finalise(again, PLANS[2]!);
    const reopened = subject(PLANS[2]!).locator('.rv-detail');
    await reopened.getByText('Putaran 2', { exact: false }).first().waitFor();
    await reopened.getByText('Putaran sebelumnya').click();
    await reopened.getByText('Indikator output dirumuskan ulang', { exact: false }).first().waitFor();
  });

  it('the S1 on-going review finds "Tidak sesuai" on kualitas; the PD files a sanggah and it is accepted', async () => {
    await signIn('evaluator');
    await page.getByLabel('Reviu on-going').check();
    await page.getByLabel('Periode').waitFor();
    const box = await judge(PLANS[0]!, 'Bukti dukung belum diunggah');
    await finalise(box, PLANS[0]!);
    const summary = page.getByRole('table', { name: /Persentase sesuai per dimensi/ });
    expect(await summary.getByRole('row', { name: /^BKPSDM/ }).textContent()).toContain('0%');

    await signIn('operator.bkpsdm');
    await page.getByLabel('Reviu on-going').check();
    const mine = await open(PLANS[0]!);
    await mine.getByLabel('Yang disanggah').selectOption({ label: 'Kualitas' });
    await mine.getByLabel('Alasan sanggah').fill('Dokumen penilaian mandiri sudah diunggah pada 28 Juni 2024');
    await mine.getByRole('button', { name: 'Ajukan sanggah' }).click();
    await mine.locator('.rv-sanggah-item .badge', { hasText: 'Diajukan' }).waitFor();
    await mine.getByLabel('Lampirkan bukti').setInputFiles({
      name: 'penilaian-mandiri.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% sanggah\ntrailer <<>>\n%%EOF\n'),
    });
    await mine.getByRole('link', { name: /penilaian-mandiri\.pdf/ }).waitFor();

    await signIn('evaluator');
    await page.getByLabel('Reviu on-going').check();
    const answer = await open(PLANS[0]!);
    await answer.getByLabel('Diterima — ubah penilaian').check();
    await answer
      .locator('.rv-sanggah-form')
      .getByRole('group', { name: 'Kualitas' })
      .getByLabel('Sesuai', { exact: true })
      .check();
    await answer.getByLabel('Jawaban tim').fill('Dokumen penilaian mandiri diterima sebagai bukti dukung');
    await answer.getByRole('button', { name: 'Kirim jawaban' }).click();
    await answer.locator('.rv-sanggah-item .badge', { hasText: 'Diterima' }).waitFor();
    const after = page.getByRole('table', { name: /Persentase sesuai per dimensi/ });
    expect(await after.getByRole('row', { name: /^BKPSDM/ }).textContent()).toContain('100%');
  });

  it('the LHEI is compiled from the reviews, refuses an invented number, and is finalised and downloaded', async () => {
    await signIn('evaluator');
    await page.goto('/evaluasi?tahun=2024&tab=lhei');
    await page.getByRole('heading', { name: 'Laporan Hasil Evaluasi Internal 2024' }).waitFor();
    const eff = page.getByRole('table', { name: /Efektivitas rencana aksi per dimensi/ });
    expect(await eff.getByRole('row', { name: /^Ex-ante/ }).textContent()).toContain('100%');
    const narasi = page.getByLabel('Simpulan dan uraian hasil evaluasi');
    expect(await narasi.inputValue()).toContain('Reviu ex-ante atas 3 subjek yang final');
    // The number rule is the server's: the browser logs its 422.
    tp!.expectConsoleError(/422.*\/api\/lhei\/2024/);
    await narasi.fill('Sebanyak 95,5% rencana aksi berjalan baik.');
    await page.getByRole('button', { name: 'Simpan LHEI' }).click();
    await page.getByText('Narasi memuat angka yang tidak ada dalam data laporan: 95,5', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Gunakan narasi yang disusun dari data' }).click();
    await page.getByLabel('Nama Inspektur (penanda tangan)').fill('Drs. Yohanes Manafe');
    await page.getByRole('button', { name: 'Finalkan LHEI' }).click();
    await page
      .getByRole('group', { name: /Finalkan LHEI\?/ })
      .getByRole('button', { name: 'Finalkan LHEI' })
      .click();
    await page.locator('.lhei .badge', { hasText: 'Final' }).waitFor();
    for (const [name, type] of [
      ['Unduh LHEI (PDF)', 'application/pdf'],
      ['Unduh LHEI (Excel)', 'spreadsheetml'],
    ] as const) {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      const res = await page.request.get(href!);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain(type);
    }
  });
});
