// Action plans in Excel through the API: the export is one row per plan with Indonesian headers, real
// dates and Rupiah; export → import is a round trip; a bad row (unknown kegiatan, bad number, missing
// required field, another PD for an operator) is reported by row, column and code with nothing
// written; a commit saves every row in one transaction with the rows' audit events and an import event.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { skipDb } from './helpers/database.ts';
import { multipart } from './helpers/multipart.ts';
import { login, type Session } from './helpers/session.ts';

interface Problem {
  row: number | null;
  column: string | null;
  header: string | null;
  code: string;
  message: string;
  severity: 'error' | 'warning';
}

interface ImportResult {
  ok: boolean;
  year: number;
  counts: { rows: number; create: number; update: number; unchanged: number; errors: number };
  rows: { row: number; action: string; id: string | null; rincianKegiatan: string }[];
  problems: Problem[];
}

interface Plan {
  id: string;
  nodeKey: string;
  rincianKegiatan: string;
  satuan: string;
  targetTotal: number;
  targets: { periodCode: string; target: number }[];
  pagu: number | null;
  pelaksanaPdKey: string;
  fokusIntervensi: string[];
  permasalahan: string | null;
  startDate: string;
  endDate: string;
  rowVersion: number;
}

/** The plan sheet of a workbook, with its columns found by header text as a user would. */
async function openSheet(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Rencana Aksi')!;
  const headers = new Map<string, number>();
  ws.getRow(4).eachCell((cell, c) => headers.set(String(cell.value).replace(' *', ''), c));
  const col = (header: string) => {
    const c = headers.get(header);
    if (!c) throw new Error(`no column "${header}" in ${[...headers.keys()].join(', ')}`);
    return c;
  };
  const letter = (header: string) => ws.getColumn(col(header)).letter;
  const cell = (row: number, header: string) => ws.getCell(row, col(header));
  const rowOfId = (id: string) => {
    for (let r = 5; r <= ws.rowCount; r++) if (cell(r, 'ID (jangan diubah)').value === id) return r;
    throw new Error(`no row for ${id}`);
  };
  const lastRow = () => {
    let last = 4;
    for (let r = 5; r <= ws.rowCount; r++) if (cell(r, 'Rincian Kegiatan').value) last = r;
    return last;
  };
  /** Copies a row's values into a new row below the data (a user's copy-paste), without ID and version. */
  const addRowLike = (from: number, patch: Record<string, ExcelJS.CellValue>) => {
    const r = lastRow() + 1;
    for (const [, c] of headers) ws.getCell(r, c).value = ws.getCell(from, c).value;
    cell(r, 'ID (jangan diubah)').value = null;
    cell(r, 'Versi (jangan diubah)').value = null;
    for (const [header, v] of Object.entries(patch)) cell(r, header).value = v;
    return r;
  };
  const save = async () => Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return { wb, ws, headers, col, letter, cell, rowOfId, lastRow, addRowLike, save };
}

const upload = (file: Buffer, fields: Record<string, string>) =>
  multipart(file, { fileName: 'rencana-aksi.xlsx', fields });

describe.skipIf(skipDb())('rencana aksi in Excel: export, preview, commit', () => {
  let t: TestApp;
  let stu: Session;
  let operator: Session;
  let evaluator: Session;
  let merit: Plan;
  let kemiskinan: Plan;

  const count = async (table: string) =>
    (
      (await t.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as {
        rows: { n: number }[];
      }
    ).rows[0]!.n;
  const exportAs = async (s: Session, query = '') => {
    const res = await s.request(`/api/rencana-aksi/export.xlsx?year=2024${query}`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    return res.rawPayload;
  };
  const preview = async (s: Session, buf: Buffer, year = '2024') => {
    const res = await s.request({
      method: 'POST',
      url: '/api/rencana-aksi/import/preview',
      ...upload(buf, { year }),
    });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    return res.json() as ImportResult;
  };
  const commit = (s: Session, buf: Buffer) =>
    s.request({ method: 'POST', url: '/api/rencana-aksi/import/commit', ...upload(buf, { year: '2024' }) });
  const plans = async (s: Session) =>
    ((await s.request('/api/rencana-aksi?year=2024')).json() as Plan[]).sort((a, b) =>
      a.rincianKegiatan.localeCompare(b.rincianKegiatan),
    );

  beforeAll(async () => {
    t = await createTestApp();
    [stu, operator, evaluator] = [
      await login(t.app, 'stu'),
      await login(t.app, 'operator.bkpsdm'),
      await login(t.app, 'evaluator'),
    ];
    const base = {
      year: 2024,
      indikatorOutput: 'Dokumen penilaian mandiri',
      satuan: 'Dokumen',
      targetTotal: 2,
      targets: [
        { periodCode: 'S1', target: 1 },
        { periodCode: 'S2', target: 2 },
      ],
      startDate: '2024-02-01',
      endDate: '2024-11-30',
      koordinatorPdKey: 'bagian-organisasi',
    };
    const a = await stu.request({
      method: 'POST',
      url: '/api/rencana-aksi',
      payload: {
        ...base,
        nodeKey: 'ku-sistem-merit',
        rincianKegiatan: 'Penilaian mandiri sistem merit',
        pagu: 1250000,
        pelaksanaPdKey: 'bkpsdm',
        penanggungJawab: 'Kepala Bidang Pengembangan ASN',
      },
    });
    expect(a.statusCode, a.body).toBe(201);
    merit = a.json();
    const b = await stu.request({
      method: 'POST',
      url: '/api/rencana-aksi',
      payload: {
        ...base,
        nodeKey: 'st-angka-kemiskinan',
        rincianKegiatan: 'Pemutakhiran data terpadu kesejahteraan sosial',
        indikatorOutput: 'Desa dengan data mutakhir',
        satuan: 'Persen',
        targetTotal: 75.5,
        targets: [
          { periodCode: 'S1', target: 40 },
          { periodCode: 'S2', target: 75.5 },
        ],
        pagu: 300000000,
        pelaksanaPdKey: 'dinas-sosial',
        penanggungJawab: 'Sekretaris Dinas Sosial',
        permasalahan: 'Data penerima bantuan tidak mutakhir',
        fokusIntervensi: ['sdm', 'teknologi_informasi'],
      },
    });
    expect(b.statusCode, b.body).toBe(201);
    kemiskinan = b.json();
  });
  afterAll(async () => t?.close());

  it('keeps several fokus intervensi and types targets by their unit', async () => {
    expect(kemiskinan.fokusIntervensi).toEqual(['sdm', 'teknologi_informasi']);
    const fraction = await stu.request({
      method: 'PUT',
      url: `/api/rencana-aksi/${merit.id}`,
      payload: { ...merit, targetTotal: 2.5, targets: [{ periodCode: 'S2', target: 2.5 }] },
    });
    expect(fraction.statusCode).toBe(422);
    expect(fraction.json().error.fields[0]).toMatchObject({ field: 'targetTotal', code: 'NOT_WHOLE_NUMBER' });
    const impossible = await stu.request({
      method: 'PUT',
      url: `/api/rencana-aksi/${merit.id}`,
      payload: { ...merit, endDate: '2024-02-30' },
    });
    expect(impossible.statusCode).toBe(400);
    expect(impossible.json().error.fields[0].field).toBe('body.endDate');
  });

  it('lists and exports only the own PD for PD staff', async () => {
    expect((await plans(operator)).map((p) => p.pelaksanaPdKey)).toEqual(['bkpsdm']);
    expect((await plans(evaluator)).length).toBe(2);
    const mine = await openSheet(await exportAs(operator));
    expect(mine.lastRow()).toBe(5);
    expect(mine.cell(5, 'Rincian Kegiatan').value).toBe('Penilaian mandiri sistem merit');
  });

  it('exports one row per plan with Indonesian headers, dates and Rupiah a spreadsheet user recognises', async () => {
    const res = await stu.request('/api/rencana-aksi/export.xlsx?year=2024');
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="rencana-aksi-.*-2024\.xlsx"/);
    const s = await openSheet(res.rawPayload);
    expect([...s.headers.keys()].slice(0, 9)).toEqual([
      'No',
      'Jenis RB',
      'Kegiatan Utama / Sasaran Tematik',
      'Rincian Kegiatan',
      'Indikator Output',
      'Satuan',
      'Target',
      'Target Semester I',
      'Target Semester II',
    ]);
    expect(s.ws.getCell('A2').value).toBe('Tahun 2024');
    const r = s.rowOfId(merit.id);
    expect(s.cell(r, 'Jenis RB').value).toBe('RB General');
    expect(s.cell(r, 'Kegiatan Utama / Sasaran Tematik').value).toBe('Penataan sistem merit dan sistem manajemen ASN');
    expect(s.cell(r, 'Pagu Anggaran (Rp)').value).toBe(1250000);
    expect(s.cell(r, 'Pagu Anggaran (Rp)').numFmt).toBe('"Rp" #,##0');
    expect(s.cell(r, 'Waktu Mulai').value).toEqual(new Date('2024-02-01T00:00:00Z'));
    expect(s.cell(r, 'PD Pelaksana').value).toBe('BKPSDM');
    expect(s.cell(r, 'Versi (jangan diubah)').value).toBe(1);
    const k = s.rowOfId(kemiskinan.id);
    expect(s.cell(k, 'Jenis RB').value).toBe('RB Tematik');
    expect(s.cell(k, 'Fokus Intervensi (RB Tematik)').value).toBe('Sumber daya manusia (SDM); Teknologi dan informasi');
    expect(s.cell(k, 'Target Semester II').value).toBe(75.5);
    expect(s.wb.worksheets.map((w) => w.name)).toEqual(['Rencana Aksi', 'Petunjuk', 'Daftar Pilihan']);
  });

  it('round-trips: an unchanged export imports as unchanged, an edited one updates and adds, audited in one go', async () => {
    const file = await exportAs(stu);
    const same = await preview(stu, file);
    expect(same).toMatchObject({ ok: true, counts: { rows: 2, create: 0, update: 0, unchanged: 2, errors: 0 } });

    const s = await openSheet(file);
    const r = s.rowOfId(merit.id);
    s.cell(r, 'Rincian Kegiatan').value = 'Penilaian mandiri sistem merit ASN';
    s.cell(r, 'Pagu Anggaran (Rp)').value = 'Rp 2.500.000';
    s.cell(r, 'Target Semester I').value = '1';
    const added = s.addRowLike(r, {
      'Rincian Kegiatan': 'Sosialisasi sistem merit',
      'Waktu Mulai': '1 Maret 2024',
      'Waktu Selesai': '30/06/2024',
      Target: 3,
      'Target Semester I': 3,
      'Target Semester II': 3,
    });
    const edited = await s.save();

    const [plansBefore, auditBefore] = [await count('rencana_aksi'), await count('audit_event')];
    const pv = await preview(stu, edited);
    expect(pv.problems).toEqual([]);
    expect(pv).toMatchObject({ ok: true, counts: { rows: 3, create: 1, update: 1, unchanged: 1, errors: 0 } });
    expect(pv.rows.find((x) => x.row === added)).toMatchObject({
      action: 'create',
      rincianKegiatan: 'Sosialisasi sistem merit',
    });
    // The preview wrote nothing.
    expect([await count('rencana_aksi'), await count('audit_event')]).toEqual([plansBefore, auditBefore]);

    const auditId = (
      (await t.database.db.execute(sql`select coalesce(max(id), 0)::int as n from audit_event`)) as unknown as {
        rows: { n: number }[];
      }
    ).rows[0]!.n;
    const done = await commit(stu, edited);
    expect(done.statusCode, done.body.slice(0, 500)).toBe(201);
    expect(done.json()).toMatchObject({ ok: true, counts: { create: 1, update: 1, unchanged: 1 } });
    expect(await count('rencana_aksi')).toBe(plansBefore + 1);

    const events = (
      (await t.database.db.execute(
        sql`select action, actor, entity_id, before, after, request_id from audit_event where id > ${auditId} order by id`,
      )) as unknown as {
        rows: { action: string; actor: string; entity_id: string; before: unknown; after: Record<string, unknown> }[];
      }
    ).rows;
    expect(events.map((e) => e.action)).toEqual(['rencana_aksi.update', 'rencana_aksi.create', 'rencana_aksi.import']);
    expect(new Set(events.map((e) => (e as unknown as { request_id: string }).request_id)).size).toBe(1);
    expect(events.every((e) => e.actor === 'stu')).toBe(true);
    expect(events[0]).toMatchObject({
      entity_id: merit.id,
      before: { rincianKegiatan: 'Penilaian mandiri sistem merit', pagu: 1250000 },
      after: { rincianKegiatan: 'Penilaian mandiri sistem merit ASN', pagu: 2500000 },
    });
    expect(events[2]!.after).toMatchObject({
      year: 2024,
      fileName: 'rencana-aksi.xlsx',
      updated: [merit.id],
      unchanged: 1,
    });
    expect((events[2]!.after.sha256 as string).length).toBe(64);

    const now = await plans(stu);
    const created = now.find((p) => p.rincianKegiatan === 'Sosialisasi sistem merit')!;
    expect(created).toMatchObject({
      nodeKey: 'ku-sistem-merit',
      startDate: '2024-03-01',
      endDate: '2024-06-30',
      pelaksanaPdKey: 'bkpsdm',
      targetTotal: 3,
      fokusIntervensi: [],
    });
    // Exported again, everything imports as unchanged: the layout loses nothing.
    const again = await preview(stu, await exportAs(stu));
    expect(again).toMatchObject({ ok: true, counts: { rows: 3, unchanged: 3 } });
    const tematik = now.find((p) => p.id === kemiskinan.id)!;
    expect(tematik).toMatchObject({
      fokusIntervensi: ['sdm', 'teknologi_informasi'],
      targetTotal: 75.5,
      rowVersion: 1,
    });
    merit = now.find((p) => p.id === merit.id)!;
    expect(merit.rowVersion).toBe(2);
  });

  it('reports bad rows by row, column and code, and commits nothing while one row is wrong', async () => {
    const s = await openSheet(await exportAs(stu));
    const from = s.rowOfId(merit.id);
    const good = s.addRowLike(from, { 'Rincian Kegiatan': 'Baris yang benar' });
    const unknown = s.addRowLike(from, {
      'Rincian Kegiatan': 'Kegiatan tak dikenal',
      'Kegiatan Utama / Sasaran Tematik': 'Kegiatan yang tidak ada',
    });
    const badNumber = s.addRowLike(from, { 'Rincian Kegiatan': 'Target salah', Target: 'sepuluh' });
    const missing = s.addRowLike(from, { 'Rincian Kegiatan': 'Tanpa penanggung jawab', 'Penanggung Jawab': null });
    const badDate = s.addRowLike(from, { 'Rincian Kegiatan': 'Tanggal salah', 'Waktu Selesai': '31/02/2024' });
    const wrongTotal = s.addRowLike(from, { 'Rincian Kegiatan': 'Target akhir beda', Target: 5 });
    const file = await s.save();

    const [plansBefore, auditBefore] = [await count('rencana_aksi'), await count('audit_event')];
    const pv = await preview(stu, file);
    expect(pv.ok).toBe(false);
    const at = (row: number) => pv.problems.filter((p) => p.row === row).map((p) => [p.column, p.code]);
    expect(at(good)).toEqual([]);
    expect(at(unknown)).toEqual([[s.letter('Kegiatan Utama / Sasaran Tematik'), 'UNKNOWN_NODE']]);
    expect(at(badNumber)).toEqual([[s.letter('Target'), 'NOT_A_NUMBER']]);
    expect(at(missing)).toEqual([[s.letter('Penanggung Jawab'), 'REQUIRED']]);
    expect(at(badDate)).toEqual([[s.letter('Waktu Selesai'), 'INVALID_DATE']]);
    // A rule of the service (last period's target = total), located on the period's column.
    expect(at(wrongTotal)).toEqual([[s.letter('Target Semester II'), 'FINAL_TARGET_MISMATCH']]);
    const msg = pv.problems.find((p) => p.row === missing)!;
    expect(msg).toMatchObject({
      header: 'Penanggung Jawab',
      message: 'Penanggung Jawab wajib diisi.',
      severity: 'error',
    });
    expect(pv.counts).toMatchObject({ errors: 5, create: 1 });

    const res = await commit(stu, file);
    expect(res.statusCode).toBe(422);
    const err = res.json().error;
    expect(err.code).toBe('IMPORT_HAS_ERRORS');
    expect(err.message).toMatch(/tidak ada rencana aksi yang disimpan/);
    expect((err.details.problems as Problem[]).map((p) => p.code).sort()).toEqual(
      ['FINAL_TARGET_MISMATCH', 'INVALID_DATE', 'NOT_A_NUMBER', 'REQUIRED', 'UNKNOWN_NODE'].sort(),
    );
    // All or nothing: even the good row was not saved, and no audit event remains.
    expect([await count('rencana_aksi'), await count('audit_event')]).toEqual([plansBefore, auditBefore]);
  });

  it("refuses another PD's plans for an operator and a row changed since the export", async () => {
    const s = await openSheet(await exportAs(stu));
    const own = s.rowOfId(merit.id);
    const other = s.addRowLike(own, { 'Rincian Kegiatan': 'Untuk PD lain', 'PD Pelaksana': 'BP4D' });
    const foreign = s.rowOfId(kemiskinan.id);
    s.cell(foreign, 'Rincian Kegiatan').value = 'Diubah oleh operator BKPSDM';
    const file = await s.save();
    const before = [await count('rencana_aksi'), await count('audit_event')];
    const pv = await preview(operator, file);
    expect(pv.ok).toBe(false);
    expect(pv.problems.filter((p) => p.row === other).map((p) => [p.column, p.code])).toEqual([
      [s.letter('PD Pelaksana'), 'FORBIDDEN_PD'],
    ]);
    expect(pv.problems.filter((p) => p.row === foreign).map((p) => p.code)).toContain('FORBIDDEN_PD');
    expect((await commit(operator, file)).statusCode).toBe(422);
    expect([await count('rencana_aksi'), await count('audit_event')]).toEqual(before);

    // Someone saves the plan after the export: the file's row is stale.
    const stale = await openSheet(await exportAs(operator));
    const put = await operator.request({
      method: 'PUT',
      url: `/api/rencana-aksi/${merit.id}`,
      payload: { ...merit, penanggungJawab: 'Sekretaris BKPSDM' },
    });
    expect(put.statusCode, put.body).toBe(200);
    const r = stale.rowOfId(merit.id);
    stale.cell(r, 'Satuan').value = 'Laporan';
    const spv = await preview(operator, await stale.save());
    expect(spv.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [r, stale.letter('ID (jangan diubah)'), 'STALE_ROW'],
    ]);
  });

  it('refuses a wrong file: not an xlsx, another year, no year, and readers may not import', async () => {
    const notXlsx = await stu.request({
      method: 'POST',
      url: '/api/rencana-aksi/import/preview',
      ...multipart(Buffer.from('%PDF-1.4\n%%EOF\n'), { fileName: 'ra.xlsx', fields: { year: '2024' } }),
    });
    expect(notXlsx.statusCode).toBe(415);
    expect(notXlsx.json().error.code).toBe('NOT_XLSX');
    const file = await exportAs(stu);
    const wrongYear = await preview(stu, file, '2023');
    expect(wrongYear.ok).toBe(false);
    expect(wrongYear.problems.map((p) => p.code)).toEqual(['YEAR_MISMATCH']);
    const noYear = await stu.request({
      method: 'POST',
      url: '/api/rencana-aksi/import/preview',
      ...upload(file, {}),
    });
    expect(noYear.statusCode).toBe(400);
    expect(noYear.json().error.fields[0].code).toBe('YEAR_REQUIRED');
    const reader = await evaluator.request({
      method: 'POST',
      url: '/api/rencana-aksi/import/commit',
      ...upload(file, { year: '2024' }),
    });
    expect(reader.statusCode).toBe(403);
  });
});
