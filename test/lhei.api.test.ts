// The Laporan Hasil Evaluasi Internal through the API on both databases (issue #12 item 4): no team,
// no report; compiled from the data (reviews by dimension, findings, the worksheet's Indeks RB);
// PD staff do not read it; a narrative citing an invented number is refused (nothing written);
// saved, final (frozen, 409 on change), reopened; PDF with page numbers and both signatures, and a
// workbook with numbers as numbers.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { skipDb } from './helpers/database.ts';
import { rencanaAksiBody, SMALL_YEAR } from './helpers/factories.ts';
import { fingerprint } from './helpers/fingerprint.ts';
import { hasPoppler, pageCount, pageText, pdfFile } from './helpers/pdf.ts';
import { login, type Session } from './helpers/session.ts';

const Y = SMALL_YEAR;

describe.skipIf(skipDb())('LHEI', () => {
  let t: TestApp;
  let evaluator: Session;
  let operator: Session;
  let stu: Session;
  let planId = '';

  beforeAll(async () => {
    t = await createTestApp({ fixture: 'small' });
    [evaluator, operator, stu] = await Promise.all([
      login(t.app, 'evaluator'),
      login(t.app, 'operator.bkpsdm'),
      login(t.app, 'stu'),
    ]);
    const plan = await operator.request({
      method: 'POST',
      url: '/api/rencana-aksi',
      payload: rencanaAksiBody(Y, { nodeKey: 'ku-1', koordinatorPdKey: null }),
    });
    expect(plan.statusCode, plan.body).toBe(201);
    planId = plan.json().id;
  });
  afterAll(async () => t?.close());

  it('has no report while the year has no team', async () => {
    const res = await evaluator.request(`/api/lhei/${Y}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('TIM_BELUM_ADA');
  });

  it('compiles the reviews, findings and Indeks RB, and drafts a narrative from them', async () => {
    const tim = (await evaluator.request(`/api/evaluasi/${Y}/tim`)).json();
    const me = tim.pilihan.akun[0].id;
    expect(
      (
        await evaluator.request({
          method: 'PUT',
          url: `/api/evaluasi/${Y}/tim`,
          payload: {
            skNomor: '700/3/INSP/2024',
            anggota: [{ userId: me, peran: 'ketua', pdKey: null }],
            tugas: [],
            rowVersion: 0,
          },
        })
      ).statusCode,
    ).toBe(200);
    const judged = await evaluator.request({
      method: 'PUT',
      url: '/api/reviu',
      payload: {
        year: Y,
        tahap: 'ex_ante',
        periodeId: null,
        subjectType: 'rencana_aksi',
        subjectKey: planId,
        penilaian: ['ketepatan', 'ketercapaian', 'kualitas', 'waktu'].map((dimensi) => ({
          dimensi,
          sesuai: dimensi !== 'kualitas',
          catatan: dimensi === 'kualitas' ? 'Bukti dukung belum ditetapkan' : '',
        })),
        rowVersion: 0,
      },
    });
    const fin = await evaluator.request({
      method: 'POST',
      url: `/api/reviu/${judged.json().id}/final`,
      payload: { rowVersion: 1 },
    });
    expect(fin.statusCode, fin.body).toBe(200);
    expect((await evaluator.request({ method: 'POST', url: '/api/evaluasi', payload: { year: Y } })).statusCode).toBe(
      201,
    );

    const res = await evaluator.request(`/api/lhei/${Y}`);
    expect(res.statusCode, res.body).toBe(200);
    const l = res.json();
    expect(l).toMatchObject({ exists: false, status: 'draf', mayEdit: true, rowVersion: 0 });
    expect(l.narasi).toBe(l.narasiUsulan);
    expect(l.isi.efektivitas[0]).toMatchObject({
      tahap: 'ex_ante',
      final: 1,
      total: { sesuai: 3, dinilai: 4, persen: 75 },
    });
    expect(l.isi.temuan).toEqual([
      expect.objectContaining({ subjek: 'Penilaian mandiri sistem merit', dimensi: 'Kualitas', pdKey: 'bkpsdm' }),
    ]);
    expect(l.isi.indeks).toMatchObject({ nilai: expect.any(Number), status: 'open' });
    expect(l.isi.sasaran.map((s: { key: string }) => s.key)).toEqual(['sg-1']);
    expect(l.narasiUsulan).toContain('75% penilaian sesuai');
    expect((await operator.request(`/api/lhei/${Y}`)).statusCode).toBe(403);
    expect((await stu.request(`/api/lhei/${Y}`)).json().mayEdit).toBe(false);
  });

  it('refuses a narrative that cites a number the data does not give, writing nothing', async () => {
    const before = await fingerprint(t);
    const res = await evaluator.request({
      method: 'PUT',
      url: `/api/lhei/${Y}`,
      payload: { narasi: 'Sebanyak 95,5% rencana aksi berjalan baik.', rowVersion: 0 },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields).toEqual([
      expect.objectContaining({
        field: 'narasi',
        code: 'NARASI_UNCITED_NUMBER',
        message: expect.stringContaining('95,5'),
      }),
    ]);
    expect(await fingerprint(t)).toBe(before);
  });

  it('saves, finalises (frozen), refuses a change, prints both signatures, and reopens', async () => {
    const current = (await evaluator.request(`/api/lhei/${Y}`)).json();
    const saved = await evaluator.request({
      method: 'PUT',
      url: `/api/lhei/${Y}`,
      payload: {
        narasi: `${current.narasiUsulan}\n\nTim merekomendasikan penetapan bukti dukung sebelum Semester II.`,
        inspekturNama: 'Drs. Yohanes Manafe',
        inspekturNip: '196801011990031001',
        rowVersion: 0,
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const draftPdf = await evaluator.request(`/api/lhei/${Y}/lhei.pdf`);
    expect(draftPdf.statusCode).toBe(200);
    if (hasPoppler()) expect(pageText(pdfFile(draftPdf.rawPayload), 1)).toContain('SEMENTARA');

    const fin = await evaluator.request({ method: 'POST', url: `/api/lhei/${Y}/final`, payload: { rowVersion: 1 } });
    expect(fin.statusCode, fin.body).toBe(200);
    expect(fin.json()).toMatchObject({ status: 'final', finalAt: expect.any(String) });
    const frozen = fin.json().isi;
    const change = await evaluator.request({
      method: 'PUT',
      url: `/api/lhei/${Y}`,
      payload: { narasi: current.narasiUsulan, rowVersion: 2 },
    });
    expect(change.statusCode).toBe(409);
    expect(change.json().error.code).toBe('LHEI_FINAL');
    // The data moves on; the final report does not.
    await operator.request({
      method: 'POST',
      url: '/api/rencana-aksi',
      payload: rencanaAksiBody(Y, { nodeKey: 'ku-1', koordinatorPdKey: null, rincianKegiatan: 'Rencana aksi baru' }),
    });
    expect((await evaluator.request(`/api/lhei/${Y}`)).json().isi).toEqual(frozen);

    const pdf = await evaluator.request(`/api/lhei/${Y}/lhei.pdf`);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    if (hasPoppler()) {
      const file = pdfFile(pdf.rawPayload);
      const pages = pageCount(file);
      const first = pageText(file, 1);
      const last = pageText(file, pages);
      for (const s of [
        'LAPORAN HASIL EVALUASI INTERNAL REFORMASI BIROKRASI',
        'Tahun 2024',
        'I. Ringkasan',
        `Halaman 1 dari ${pages}`,
      ])
        expect(first).toContain(s);
      expect(first).not.toContain('SEMENTARA');
      for (const s of ['Ketua Tim Evaluasi Internal', 'Inspektur', 'Drs. Yohanes Manafe', 'NIP 196801011990031001'])
        expect(last).toContain(s);
    }
    const xlsx = await evaluator.request(`/api/lhei/${Y}/lhei.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const eff = wb.worksheets.find((w) => w.name.startsWith('Efektivitas rencana aksi per d'))!;
    expect(eff.getRow(2).getCell(3).value).toBe(1);
    expect(eff.getRow(2).getCell(eff.getRow(1).cellCount).value).toBe(75);

    const reopened = await evaluator.request({
      method: 'POST',
      url: `/api/lhei/${Y}/buka`,
      payload: { rowVersion: 2 },
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({ status: 'draf' });
    expect(reopened.json().isi.rencanaAksi).toBe(2);
  });
});
