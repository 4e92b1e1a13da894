// Semester progress reports through the API on both databases (issue #11 item 4): a pokja's ketua
// drafts the pokja's report from the data (indicators under its scope, its rencana aksi with budget,
// its meetings), edits the narrative and submits it (then it is frozen and refuses edits, 409); a PD
// of another pokja cannot read it; the STU compiles the instansi report from the pokja reports,
// links it to the pleno, and downloads it as PDF and XLSX with numbers as numbers.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { skipDb } from './helpers/database.ts';
import { rencanaAksiBody, SMALL_YEAR } from './helpers/factories.ts';
import { fingerprint } from './helpers/fingerprint.ts';
import { hasPoppler, pageText, pdfFile } from './helpers/pdf.ts';
import { operatorOf } from './helpers/accounts.ts';
import { login, type Session } from './helpers/session.ts';

describe.skipIf(skipDb())('progress reports (laporan kemajuan)', () => {
  let t: TestApp;
  let stu: Session;
  let kepala: Session;
  let operator: Session;
  let bp4d: Session;
  let s1 = '';
  let pokjaId = '';
  let plenoId = '';
  let pokjaRapatId = '';
  let pokjaReport = '';

  beforeAll(async () => {
    t = await createTestApp({ fixture: 'small' });
    [stu, kepala, operator, bp4d] = await Promise.all([
      login(t.app, 'stu'),
      login(t.app, 'kepala.bkpsdm'),
      login(t.app, 'operator.bkpsdm'),
      operatorOf(t, 'bp4d'),
    ]);
    const users = (await (await login(t.app, 'admin')).request('/api/users')).json() as {
      id: string;
      username: string;
    }[];
    const saved = await stu.request({
      method: 'PUT',
      url: '/api/stu',
      payload: {
        year: SMALL_YEAR,
        rowVersion: 0,
        orang: [
          { ref: 'a', nama: 'Sekda', jabatan: 'Sekretaris Daerah', peranStu: 'ketua' },
          {
            ref: 'b',
            nama: 'Kepala BKPSDM',
            jabatan: 'Kepala Badan',
            pdKey: 'bkpsdm',
            userId: users.find((u) => u.username === 'kepala.bkpsdm')!.id,
          },
        ],
        pokja: [{ ref: 'p', nama: 'Pokja Manajemen ASN', ketuaRef: 'b', lingkup: ['sg-1'] }],
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    pokjaId = saved.json().pokja[0].ref;
    s1 = ((await stu.request(`/api/periode?year=${SMALL_YEAR}`)).json() as { id: string; code: string }[]).find(
      (p) => p.code === 'S1',
    )!.id;
    const plan = await operator.request({
      method: 'POST',
      url: '/api/rencana-aksi',
      payload: rencanaAksiBody(SMALL_YEAR, {
        nodeKey: 'ku-1',
        koordinatorPdKey: null,
        targets: [
          { periodCode: 'S1', target: 2 },
          { periodCode: 'S2', target: 4 },
        ],
        targetTotal: 4,
        pagu: 50_000_000,
      }),
    });
    expect(plan.statusCode, plan.body).toBe(201);
    for (const payload of [
      { subjectType: 'indikator', subjectKey: 'asn-kompeten', value: '54' },
      { subjectType: 'rencana_aksi', subjectKey: plan.json().id, value: '1', anggaranRealisasi: '20.000.000' },
    ]) {
      const r = await operator.request({
        method: 'PUT',
        url: '/api/realisasi',
        payload: { periodeId: s1, narrative: 'Dilaporkan', rowVersion: 0, ...payload },
      });
      expect(r.statusCode, r.body).toBe(200);
    }
    const meeting = (
      await kepala.request({
        method: 'POST',
        url: '/api/rapat',
        payload: { jenis: 'pokja', pokjaId, judul: 'Rapat pokja Maret', tanggal: `${SMALL_YEAR}-03-10` },
      })
    ).json();
    pokjaRapatId = meeting.rapat.id;
    await kepala.request({
      method: 'PUT',
      url: `/api/rapat/${pokjaRapatId}`,
      payload: {
        judul: 'Rapat pokja Maret',
        tanggal: `${SMALL_YEAR}-03-10`,
        keputusan: [{ uraian: 'Susun peta jabatan', pemilikPdKey: 'bkpsdm', tenggat: `${SMALL_YEAR}-04-30` }],
        rowVersion: 1,
      },
    });
    plenoId = (
      await stu.request({
        method: 'POST',
        url: '/api/rapat',
        payload: { jenis: 'pleno', judul: 'Rapat pleno Semester I', tanggal: `${SMALL_YEAR}-06-25` },
      })
    ).json().rapat.id;
  });
  afterAll(async () => t?.close());

  it('offers the pokja’s ketua the pokja and the PD, not the instansi, and refuses a pokja not named', async () => {
    const list = (await kepala.request(`/api/laporan?periodeId=${s1}`)).json();
    expect(list.available.map((a: { jenis: string; nama: string }) => `${a.jenis}:${a.nama}`)).toEqual([
      'pokja:Pokja Manajemen ASN',
      'pd:BKPSDM',
    ]);
    const before = await fingerprint(t);
    const bad = await kepala.request({
      method: 'POST',
      url: '/api/laporan',
      payload: { periodeId: s1, jenis: 'pokja' },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields[0]).toMatchObject({ field: 'pokjaId', code: 'POKJA_REQUIRED' });
    expect(
      (await bp4d.request({ method: 'POST', url: '/api/laporan', payload: { periodeId: s1, jenis: 'instansi' } }))
        .statusCode,
    ).toBe(403);
    expect(await fingerprint(t)).toBe(before);
  });

  it('drafts the pokja report from the data, with a narrative naming the computed figures', async () => {
    const res = await kepala.request({
      method: 'POST',
      url: '/api/laporan',
      payload: { periodeId: s1, jenis: 'pokja', pokjaId },
    });
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json();
    pokjaReport = d.laporan.id;
    expect(d.isi.indikator.map((i: { key: string }) => i.key)).toEqual(['asn-kompeten', 'predikat-sakip']);
    expect(d.isi.indikator[0]).toMatchObject({ target: '60%', realisasi: '54%', capaian: 90 });
    expect(d.isi.rencanaAksi[0]).toMatchObject({
      target: 2,
      realisasi: 1,
      capaian: 50,
      tertinggal: true,
      anggaranRealisasi: 20_000_000,
    });
    expect(d.isi.rapat).toEqual([
      expect.objectContaining({ id: pokjaRapatId, keputusan: expect.objectContaining({ jumlah: 1 }) }),
    ]);
    expect(d.ringkasan.rencanaAksi.serapan).toBe(40);
    expect(d.laporan.narasi).toContain('Pokja Manajemen ASN memantau 2 indikator; 1 telah dilaporkan realisasinya');
    expect(d.laporan.narasi).toContain('Realisasi anggaran Rp20.000.000 dari pagu Rp50.000.000 (40%).');
    const again = await kepala.request({
      method: 'POST',
      url: '/api/laporan',
      payload: { periodeId: s1, jenis: 'pokja', pokjaId },
    });
    expect(again.json().error.code).toBe('LAPORAN_EXISTS');
  });

  it('is read by instansi-wide readers and the pokja, not by another PD', async () => {
    expect((await bp4d.request(`/api/laporan/${pokjaReport}`)).statusCode).toBe(403);
    expect((await (await login(t.app, 'evaluator')).request(`/api/laporan/${pokjaReport}`)).statusCode).toBe(200);
    expect((await bp4d.request(`/api/laporan?periodeId=${s1}`)).json().items).toEqual([]);
  });

  it('edits the narrative, submits it frozen, refuses edits after (409), and the STU reopens it', async () => {
    const edited = await kepala.request({
      method: 'PUT',
      url: `/api/laporan/${pokjaReport}`,
      payload: { narasi: 'Peta jabatan dalam penyusunan.', rowVersion: 1 },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const submitted = await kepala.request({
      method: 'POST',
      url: `/api/laporan/${pokjaReport}/ajukan`,
      payload: { rowVersion: 2 },
    });
    expect(submitted.json()).toMatchObject({
      laporan: { status: 'diajukan', submittedBy: 'kepala.bkpsdm' },
      mayManage: false,
    });
    const late = await kepala.request({
      method: 'PUT',
      url: `/api/laporan/${pokjaReport}`,
      payload: { narasi: 'x', rowVersion: 3 },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('LAPORAN_DIAJUKAN');
    // New data after submission does not change what was submitted.
    await kepala.request({
      method: 'POST',
      url: '/api/rapat',
      payload: { jenis: 'pokja', pokjaId, judul: 'Rapat tambahan', tanggal: `${SMALL_YEAR}-05-02` },
    });
    expect((await kepala.request(`/api/laporan/${pokjaReport}`)).json().isi.rapat).toHaveLength(1);
    expect(
      (await kepala.request({ method: 'POST', url: `/api/laporan/${pokjaReport}/buka`, payload: { rowVersion: 3 } }))
        .statusCode,
    ).toBe(403);
    const reopened = await stu.request({
      method: 'POST',
      url: `/api/laporan/${pokjaReport}/buka`,
      payload: { rowVersion: 3 },
    });
    expect(reopened.json().laporan.status).toBe('draf');
    expect(reopened.json().isi.rapat).toHaveLength(2);
    await kepala.request({ method: 'POST', url: `/api/laporan/${pokjaReport}/ajukan`, payload: { rowVersion: 4 } });
  });

  it('compiles the instansi report from the pokja reports, links it to the pleno, and downloads it', async () => {
    const created = await stu.request({
      method: 'POST',
      url: '/api/laporan',
      payload: { periodeId: s1, jenis: 'instansi' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().laporan.id;
    expect(created.json().isi.bagian).toEqual([
      { nama: 'Pokja Manajemen ASN', status: 'diajukan', narasi: 'Peta jabatan dalam penyusunan.' },
    ]);
    const notPleno = await stu.request({
      method: 'PUT',
      url: `/api/laporan/${id}/pleno`,
      payload: { rapatId: pokjaRapatId, rowVersion: 1 },
    });
    expect(notPleno.json().error.fields[0].code).toBe('NOT_A_PLENO');
    const linked = await stu.request({
      method: 'PUT',
      url: `/api/laporan/${id}/pleno`,
      payload: { rapatId: plenoId, rowVersion: 1 },
    });
    expect(linked.json().laporan.rapatId).toBe(plenoId);

    const xlsx = await stu.request(`/api/laporan/${id}/laporan.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sum = wb.getWorksheet('Ringkasan')!;
    const row = (label: string) => sum.getRows(1, sum.rowCount)!.find((r) => r.getCell(1).value === label)!;
    expect(row('Indikator dipantau').getCell(2).value).toBe(2);
    expect(row('Pagu rencana aksi (Rp)').getCell(2).value).toBe(50_000_000);
    expect(wb.getWorksheet('Capaian indikator')!.getRow(2).getCell(6).value).toBe(90);
    expect(wb.getWorksheet('Laporan pokja')!.getRow(2).getCell(2).value).toBe('Pokja Manajemen ASN');

    const pdf = await stu.request(`/api/laporan/${id}/laporan.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    if (hasPoppler()) {
      const file = pdfFile(pdf.rawPayload);
      const text = pageText(file, 1);
      for (const s of [
        'LAPORAN KEMAJUAN REFORMASI BIROKRASI',
        'Semester I 2024',
        'DRAF',
        'I. Ringkasan',
        'Rapat pleno Semester I',
        'Halaman 1 dari',
      ])
        expect(text).toContain(s);
    }
  });
});
