// The complaint register through the API on both databases (issue #11): recording and answering a
// complaint, the rules by field with nothing written, PD scoping, forwarding, the SP4N-LAPOR! import
// (preview, all-or-nothing commit, re-import without duplicates, bad files), and "Tingkat tindak
// lanjut pengaduan" of S1 2024 computed from the register and attached as evidence.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { SMALL_YEAR } from './helpers/factories.ts';
import { fingerprint } from './helpers/fingerprint.ts';
import { skipDb } from './helpers/database.ts';
import { laporCsv, laporRows, LAPOR_S1 } from './helpers/lapor-export.ts';
import { multipart } from './helpers/multipart.ts';
import { login, type Session } from './helpers/session.ts';

const walkIn = {
  kanal: 'langsung',
  tanggalDiterima: '2024-02-01',
  ringkasan: 'Antrean layanan kepegawaian terlalu lama',
  pdKey: 'bkpsdm',
};

describe.skipIf(skipDb())('complaint register (pengaduan)', () => {
  let t: TestApp;
  let stu: Session;
  let operator: Session;
  let sekda: Session;

  beforeAll(async () => {
    t = await createTestApp({ fixture: 'small' });
    [stu, operator, sekda] = await Promise.all([
      login(t.app, 'stu'),
      login(t.app, 'operator.bkpsdm'),
      login(t.app, 'sekda'),
    ]);
  });
  afterAll(async () => t?.close());

  const upload = (s: Session, step: 'preview' | 'commit', file: Buffer, fileName = 'lapor.csv') =>
    s.request({ method: 'POST', url: `/api/pengaduan/import/${step}`, ...multipart(file, { fileName }) });

  it('records a walk-in complaint, answers it, and keeps its history and audit', async () => {
    const created = await operator.request({ method: 'POST', url: '/api/pengaduan', payload: walkIn });
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json();
    expect(c).toMatchObject({
      status: 'diterima',
      statusSejak: '2024-02-01',
      sla: { dueDate: '2024-02-06', overdue: true },
    });
    const answered = await operator.request({
      method: 'PUT',
      url: `/api/pengaduan/${c.id}`,
      payload: {
        ...walkIn,
        status: 'ditindaklanjuti',
        tanggalTanggapan: '2024-02-05',
        tanggapan: 'Loket tambahan dibuka',
        rowVersion: c.rowVersion,
      },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'ditindaklanjuti', statusSejak: '2024-02-05' });
    const detail = (await sekda.request(`/api/pengaduan/${c.id}`)).json();
    expect(detail.riwayat.map((h: { toValue: string }) => h.toValue)).toEqual(['diterima', 'ditindaklanjuti']);
    // Stale: the first version no longer holds.
    const stale = await operator.request({
      method: 'PUT',
      url: `/api/pengaduan/${c.id}`,
      payload: {
        ...walkIn,
        status: 'ditindaklanjuti',
        tanggalTanggapan: '2024-02-05',
        tanggapan: 'x',
        rowVersion: c.rowVersion,
      },
    });
    expect(stale.statusCode, stale.body).toBe(409);
  });

  it.each([
    [
      'a response before the received date',
      { status: 'ditindaklanjuti', tanggalTanggapan: '2024-01-20', tanggapan: 'x' },
      'tanggalTanggapan',
      'RESPONSE_BEFORE_RECEIVED',
    ],
    ['a rejection without its reason', { status: 'ditolak' }, 'alasanStatus', 'REASON_REQUIRED'],
    ['a follow-up without its response', { status: 'selesai' }, 'tanggalTanggapan', 'RESPONSE_REQUIRED'],
    ['an unknown PD', { pdKey: 'dinas-hilang' }, 'pdKey', 'UNKNOWN_PD'],
    ['a LAPOR complaint without tracking number', { kanal: 'lapor' }, 'nomorTiket', 'TRACKING_REQUIRED'],
    ['a received date in the future', { tanggalDiterima: '2099-01-01' }, 'tanggalDiterima', 'DATE_IN_FUTURE'],
  ])('refuses %s by field, writing nothing', async (_name, change, field, code) => {
    const before = await fingerprint(t);
    const res = await stu.request({ method: 'POST', url: '/api/pengaduan', payload: { ...walkIn, ...change } });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
    expect(res.json().error.fields[0].message).toMatch(/[a-z]/);
    expect(await fingerprint(t)).toBe(before);
  });

  it('refuses a status move the register does not allow', async () => {
    const c = (
      await stu.request({
        method: 'POST',
        url: '/api/pengaduan',
        payload: { ...walkIn, status: 'ditolak', alasanStatus: 'Ganda' },
      })
    ).json();
    const res = await stu.request({
      method: 'PUT',
      url: `/api/pengaduan/${c.id}`,
      payload: {
        ...walkIn,
        status: 'selesai',
        tanggalTanggapan: '2024-02-03',
        tanggapan: 'x',
        rowVersion: c.rowVersion,
      },
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.fields[0]).toMatchObject({ field: 'status', code: 'STATUS_MOVE_NOT_ALLOWED' });
  });

  it('keeps each PD to its own register, and forwarding hands the complaint over', async () => {
    const forbidden = await operator.request({
      method: 'POST',
      url: '/api/pengaduan',
      payload: { ...walkIn, pdKey: 'bp4d' },
    });
    expect(forbidden.statusCode).toBe(403);
    const c = (
      await operator.request({
        method: 'POST',
        url: '/api/pengaduan',
        payload: { ...walkIn, ringkasan: 'Salah alamat: perencanaan' },
      })
    ).json();
    const sent = await operator.request({
      method: 'POST',
      url: `/api/pengaduan/${c.id}/disposisi`,
      payload: { kePdKey: 'bp4d', catatan: 'Kewenangan BP4D', rowVersion: c.rowVersion },
    });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().pdKey).toBe('bp4d');
    // The operator of BKPSDM no longer reads or changes it; the STU sees the disposition.
    expect((await operator.request(`/api/pengaduan/${c.id}`)).statusCode).toBe(403);
    const list = (await operator.request(`/api/pengaduan?year=${SMALL_YEAR}`)).json() as {
      id: string;
      pdKey: string;
    }[];
    expect(list.every((p) => p.pdKey === 'bkpsdm')).toBe(true);
    const detail = (await stu.request(`/api/pengaduan/${c.id}`)).json();
    expect(detail.riwayat.at(-1)).toMatchObject({
      kind: 'disposisi',
      fromValue: 'bkpsdm',
      toValue: 'bp4d',
      note: 'Kewenangan BP4D',
    });
    const same = await stu.request({
      method: 'POST',
      url: `/api/pengaduan/${c.id}/disposisi`,
      payload: { kePdKey: 'bp4d', catatan: 'lagi', rowVersion: sent.json().rowVersion },
    });
    expect(same.json().error.fields[0].code).toBe('SAME_PD');
  });

  it('imports a LAPOR export of 30 complaints, then an updated one without duplicates', async () => {
    const first = laporCsv(laporRows('first'));
    const preview = await upload(stu, 'preview', first);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ ok: true, counts: { rows: 30, create: 30, update: 0, errors: 0 } });
    const before = await fingerprint(t);
    expect(await fingerprint(t)).toBe(before); // the preview wrote nothing (checked again after commit)
    const committed = await upload(stu, 'commit', first);
    expect(committed.statusCode, committed.body).toBe(201);
    const again = await upload(stu, 'commit', first);
    expect(again.json().counts).toMatchObject({ create: 0, update: 0, unchanged: 30 });
    const updated = await upload(stu, 'commit', laporCsv(laporRows('updated')));
    expect(updated.json().counts).toMatchObject({ create: 0, update: 6, unchanged: 24 });
    const all = (await stu.request(`/api/pengaduan?year=${SMALL_YEAR}`)).json() as { nomorTiket: string | null }[];
    const tracked = all.filter((p) => p.nomorTiket?.startsWith('LAP-'));
    expect(tracked).toHaveLength(30);
    expect(new Set(tracked.map((p) => p.nomorTiket)).size).toBe(30);
  });

  it('computes Tingkat tindak lanjut pengaduan of S1 2024 from the register and attaches its list', async () => {
    const periodes = (await stu.request(`/api/periode?year=${SMALL_YEAR}`)).json() as { id: string; code: string }[];
    const s1 = periodes.find((p) => p.code === 'S1')!;
    const set = await stu.request({
      method: 'PUT',
      url: '/api/pengaduan/indikator',
      payload: { keys: ['asn-kompeten'] },
    });
    expect(set.statusCode, set.body).toBe(200);
    const rate = (await sekda.request(`/api/pengaduan/tindak-lanjut?periodeId=${s1.id}`)).json();
    // The LAPOR figures plus the manual complaints of the tests above (all received 1 February 2024):
    // one answered walk-in, one rejected (not counted), the forwarded one and one more unanswered.
    const lapor = rate.rows.filter((r: { nomorTiket: string | null }) => r.nomorTiket?.startsWith('LAP-'));
    expect(lapor.length).toBe(LAPOR_S1.updated.denominator);
    expect(lapor.filter((r: { counted: boolean }) => r.counted).length).toBe(LAPOR_S1.updated.numerator);
    expect(rate.numerator).toBe(LAPOR_S1.updated.numerator + 1);
    expect(rate.denominator).toBe(rate.rows.length);
    expect(rate.value).toBeCloseTo((rate.numerator / rate.denominator) * 100, 2);
    expect(rate.indikator).toEqual([{ key: 'asn-kompeten', name: 'Persentase ASN kompeten', pdKey: 'bkpsdm' }]);
    expect(rate.narasi).toContain(`${rate.numerator} dari ${rate.denominator}`);
    // A PD's reader gets the instansi's figures but only its own complaints in the list.
    const own = (await operator.request(`/api/pengaduan/tindak-lanjut?periodeId=${s1.id}`)).json();
    expect(own.denominator).toBe(rate.denominator);
    expect(own.rows.every((r: { pdKey: string }) => r.pdKey === 'bkpsdm')).toBe(true);

    const xlsx = await stu.request(`/api/pengaduan/tindak-lanjut/daftar.xlsx?periodeId=${s1.id}`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(2).getCell(2).value).toBe(rate.denominator);
    expect(ws.getRow(3).getCell(2).value).toBe(rate.numerator);

    // The operator enters the computed value and attaches the list as its evidence.
    const entered = await operator.request({
      method: 'PUT',
      url: '/api/realisasi',
      payload: {
        periodeId: s1.id,
        subjectType: 'indikator',
        subjectKey: 'asn-kompeten',
        value: String(rate.value),
        numerator: String(rate.numerator),
        denominator: String(rate.denominator),
        narrative: rate.narasi,
        rowVersion: 0,
      },
    });
    expect(entered.statusCode, entered.body).toBe(200);
    const bukti = await operator.request({
      method: 'POST',
      url: '/api/pengaduan/tindak-lanjut/bukti',
      payload: { realisasiId: entered.json().id },
    });
    expect(bukti.statusCode, bukti.body).toBe(201);
    expect(bukti.json()).toMatchObject({
      fileName: `tindak-lanjut-pengaduan-${SMALL_YEAR}-S1.xlsx`,
      alreadyAttached: false,
    });
    const details = (await operator.request(`/api/realisasi?periodeId=${s1.id}`)).json();
    const row = details.find((d: { subjectKey: string }) => d.subjectKey === 'asn-kompeten');
    expect(JSON.stringify(row)).toContain(bukti.json().sha256);
  });

  it('refuses attaching the list to an indicator not filled from the register', async () => {
    const periodes = (await stu.request(`/api/periode?year=${SMALL_YEAR}`)).json() as { id: string; code: string }[];
    const kepala = await login(t.app, 'kepala.bkpsdm');
    const entered = await kepala.request({
      method: 'PUT',
      url: '/api/realisasi',
      payload: {
        periodeId: periodes.find((p) => p.code === 'S2')!.id,
        subjectType: 'indikator',
        subjectKey: 'asn-kompeten',
        value: '1',
        narrative: '',
        rowVersion: 0,
      },
    });
    expect(entered.statusCode, entered.body).toBe(200);
    await stu.request({ method: 'PUT', url: '/api/pengaduan/indikator', payload: { keys: [] } });
    const res = await kepala.request({
      method: 'POST',
      url: '/api/pengaduan/tindak-lanjut/bukti',
      payload: { realisasiId: entered.json().id },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('INDIKATOR_NOT_FROM_REGISTER');
    const unknown = await stu.request({
      method: 'PUT',
      url: '/api/pengaduan/indikator',
      payload: { keys: ['tidak-ada'] },
    });
    expect(unknown.json().error.fields[0]).toMatchObject({ field: 'keys', code: 'UNKNOWN_INDICATOR' });
  });

  describe('bad import files: a clear message with row and column, nothing written', () => {
    it('names the row and column of an unknown PD and an unknown channel', async () => {
      const rows = laporRows('first').map((r) => ({ ...r, tracking: r.tracking.replace('LAP', 'BAD') }));
      rows[3] = { ...rows[3]!, pd: 'Dinas Kesehtan' };
      rows[7] = { ...rows[7]!, source: 'Merpati pos' };
      const before = await fingerprint(t);
      const res = await upload(stu, 'commit', laporCsv(rows));
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().error.code).toBe('IMPORT_HAS_ERRORS');
      const problems = res.json().error.details.problems;
      expect(problems).toEqual([
        expect.objectContaining({ row: 5, column: 'H', header: 'Instansi Tujuan', code: 'UNKNOWN_PD' }),
        expect.objectContaining({ row: 9, column: 'G', header: 'Sumber', code: 'UNKNOWN_CHANNEL' }),
      ]);
      expect(await fingerprint(t)).toBe(before);
    });

    it('refuses a CSV that is not UTF-8 and one without a required column', async () => {
      const latin1 = Buffer.from(
        'Nomor Tracking;Tanggal Laporan;Isi Laporan;Instansi Tujuan;Status\nX1;01/02/2024;Pelayanan buruk di kantor camat \xe9;BKPSDM;Proses\n',
        'latin1',
      );
      const enc = await upload(stu, 'preview', latin1);
      expect(enc.json().problems[0]).toMatchObject({ code: 'FILE_ENCODING' });
      expect(enc.json().problems[0].message).toContain('CSV UTF-8');
      const noStatus = Buffer.from(
        'Nomor Tracking;Tanggal Laporan;Isi Laporan;Instansi Tujuan\nX1;01/02/2024;Isi;BKPSDM\n',
      );
      const miss = await upload(stu, 'preview', noStatus);
      expect(miss.json()).toMatchObject({
        ok: false,
        problems: [{ code: 'MISSING_COLUMN', header: 'Status', row: 1 }],
      });
    });

    it('reads the same export as .xlsx, dates as date cells', async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Laporan');
      ws.addRow([
        'Nomor Tracking',
        'Tanggal Laporan',
        'Isi Laporan',
        'Instansi Tujuan',
        'Status',
        'Tanggal Tanggapan',
        'Tanggapan',
      ]);
      ws.addRow([
        'XLS-1',
        new Date(Date.UTC(2024, 2, 4)),
        'Jalan rusak',
        'Badan Perencanaan Pembangunan Daerah',
        'Selesai',
        new Date(Date.UTC(2024, 2, 8)),
        'Diperbaiki',
      ]);
      const buf = Buffer.from(await wb.xlsx.writeBuffer());
      const res = await upload(stu, 'commit', buf, 'lapor.xlsx');
      expect(res.statusCode, res.body).toBe(201);
      const list = (await stu.request(`/api/pengaduan?year=2024&pdKey=bp4d&status=selesai`)).json();
      expect(list.find((p: { nomorTiket: string }) => p.nomorTiket === 'XLS-1')).toMatchObject({
        tanggalDiterima: '2024-03-04',
        tanggalTanggapan: '2024-03-08',
        kanal: 'lapor',
      });
    });

    it('refuses rows of another PD for a PD operator', async () => {
      const res = await upload(
        operator,
        'preview',
        laporCsv(laporRows('first').map((r) => ({ ...r, tracking: `OP-${r.tracking}` }))),
      );
      expect(res.json().ok).toBe(false);
      expect(res.json().problems.every((p: { code: string }) => p.code === 'FORBIDDEN_PD')).toBe(true);
      expect(res.json().counts.errors).toBe(15);
    });
  });
});
