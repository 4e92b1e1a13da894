// The annual internal evaluation through the API, on PGlite and PostgreSQL: the shipped 2023 LKE
// configuration and the regulation's 2023 index, a 2024 worksheet pre-filled from verified
// realisasi (value and evidence), scoring to Indeks RB and predikat, rencana aksi grading, bad
// input refused with nothing written, configuration edits checked and locked by a closed year,
// recommendations followed up by the PD and closed by the evaluator, and the reports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { skipDb } from './helpers/database.ts';
import { hasPoppler, pageCount, pageText, pdfFile } from './helpers/pdf.ts';
import { multipart } from './helpers/multipart.ts';
import { login, type Session } from './helpers/session.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe.skipIf(skipDb())('evaluation: LKE worksheet, Indeks RB, recommendations', () => {
  let t: TestApp;
  let operator: Session;
  let kepala: Session;
  let stu: Session;
  let evaluator: Session;
  let admin: Session;
  let sekda: Session;
  const count = async (table: string) =>
    (
      (await t.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as {
        rows: { n: number }[];
      }
    ).rows[0]!.n;
  const worksheet = async () => (await evaluator.request('/api/evaluasi/2024')).json();
  const line = (ws: { lines: { lineCode: string }[] }, code: string) =>
    ws.lines.find((l) => l.lineCode === code) as { lineCode: string; rowVersion: number; raw: unknown; source: string };
  const putLine = (s: Session, code: string, body: Record<string, unknown>) =>
    s.request({ method: 'PUT', url: `/api/evaluasi/2024/lines/${code}`, payload: body });

  beforeAll(async () => {
    t = await createTestApp();
    operator = await login(t.app, 'operator.bkpsdm');
    kepala = await login(t.app, 'kepala.bkpsdm');
    stu = await login(t.app, 'stu');
    evaluator = await login(t.app, 'evaluator');
    admin = await login(t.app, 'admin');
    sekda = await login(t.app, 'sekda');
    // A verified S1 2024 merit index (BKPSDM) with evidence: the worksheet must pick both up.
    const periods = (await stu.request('/api/periode?year=2024')).json();
    const s1 = periods.find((p: { code: string }) => p.code === 'S1');
    const entered = await operator.request({
      method: 'PUT',
      url: '/api/realisasi',
      payload: {
        periodeId: s1.id,
        subjectType: 'indikator',
        subjectKey: 'indeks-sistem-merit',
        value: '250',
        narrative: 'Hasil penilaian KASN.',
        rowVersion: 0,
      },
    });
    expect(entered.statusCode, entered.body).toBe(200);
    const id = entered.json().id;
    const up = await operator.request({
      method: 'POST',
      url: `/api/realisasi/${id}/evidence`,
      ...multipart(PDF, { fileName: 'kasn.pdf' }),
    });
    expect(up.statusCode, up.body).toBe(201);
    expect((await kepala.request({ method: 'POST', url: `/api/realisasi/${id}/submit` })).statusCode).toBe(200);
    const v = await stu.request({ method: 'POST', url: '/api/realisasi/verify', payload: { ids: [id] } });
    expect(v.statusCode, v.body).toBe(200);
  });
  afterAll(async () => t?.close());

  it('ships the 2023 kabupaten/kota LKE and the regulation’s 2023 index (52,94 CC)', async () => {
    const configs = (await sekda.request('/api/lke-configs')).json();
    expect(configs).toHaveLength(1);
    expect(configs[0]).toMatchObject({ year: 2023, instansiKind: 'kabupaten_kota', findings: [], locked: false });
    expect(configs[0].definition.general.weight).toBe(100);
    expect(configs[0].definition.tematik.weight).toBe(20);
    const history = (await sekda.request('/api/indeks-history')).json();
    expect(history).toEqual([
      expect.objectContaining({ year: 2023, source: 'regulasi', indeks: 52.94, predikat: 'CC' }),
    ]);
  });

  it('starts the 2024 worksheet on the 2023 configuration, pre-filled from verified realisasi with its evidence', async () => {
    expect((await stu.request({ method: 'POST', url: '/api/evaluasi', payload: { year: 2024 } })).statusCode).toBe(403);
    const res = await evaluator.request({ method: 'POST', url: '/api/evaluasi', payload: { year: 2024 } });
    expect(res.statusCode, res.body).toBe(201);
    const again = await evaluator.request({ method: 'POST', url: '/api/evaluasi', payload: { year: 2024 } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('EVALUASI_EXISTS');
    const ws = await worksheet();
    expect(ws.configFromEarlierYear).toBe(true);
    expect(ws.lines).toHaveLength(25 + 15);
    expect(line(ws, '1B2a')).toMatchObject({ raw: { kind: 'number', value: 250 }, source: 'realisasi' });
    expect(ws.evidence).toEqual([expect.objectContaining({ lineCode: '1B2a', fileName: 'kasn.pdf' })]);
    // The same file is offered to record on any line; removing and re-adding it is audited.
    const candidates = (await evaluator.request('/api/evaluasi/2024/evidence-candidates')).json();
    expect(candidates).toEqual([
      expect.objectContaining({
        fileName: 'kasn.pdf',
        subjectName: 'Indeks sistem merit',
        nationalIndicatorCode: 'KU19-1',
        pdKey: 'bkpsdm',
        periodCode: 'S1',
        status: 'verified',
      }),
    ]);
    const sha = candidates[0].sha256;
    const onSpi = await evaluator.request({
      method: 'POST',
      url: '/api/evaluasi/2024/lines/1C2b/evidence',
      payload: { sha256: sha, fileName: 'kasn.pdf' },
    });
    expect(onSpi.statusCode, onSpi.body).toBe(201);
    const off = await evaluator.request({ method: 'DELETE', url: `/api/evaluasi/2024/lines/1C2b/evidence/${sha}` });
    expect(off.statusCode).toBe(200);
    const unknown = await evaluator.request({
      method: 'POST',
      url: '/api/evaluasi/2024/lines/1C2b/evidence',
      payload: { sha256: 'a'.repeat(64), fileName: 'x.pdf' },
    });
    expect(unknown.statusCode).toBe(404);
    expect(ws.result.lines['1B2a'].score).toBeCloseTo((250 / 410) * 4, 10);
    expect(ws.result.predikat.code).toBe('D');
    expect(ws.suggestions.renaksi.KU_ADOPSI.percent).toBeGreaterThan(50);
    const audit = (await admin.request('/api/audit?entity=evaluasi')).json();
    expect(JSON.stringify(audit)).toContain('evaluasi.create');
  });

  it('refuses raw values outside the line’s range, unknown levels and text, writing nothing', async () => {
    const ws = await worksheet();
    const before = await count('audit_event');
    const sakip = line(ws, '1B1e');
    const cases: [string, Record<string, unknown>, string][] = [
      ['1B1e', { raw: { kind: 'number', value: 101 }, rowVersion: sakip.rowVersion }, 'OUT_OF_RANGE'],
      ['1B1c', { raw: { kind: 'number', value: 0.5 }, rowVersion: line(ws, '1B1c').rowVersion }, 'OUT_OF_RANGE'],
      ['1C1d', { raw: { kind: 'level', code: 'BAIK' }, rowVersion: line(ws, '1C1d').rowVersion }, 'UNKNOWN_LEVEL'],
      ['1C1d', { raw: { kind: 'number', value: 1 }, rowVersion: line(ws, '1C1d').rowVersion }, 'LEVEL_REQUIRED'],
      ['1B1e', { raw: { kind: 'number', value: '55,66' }, rowVersion: sakip.rowVersion }, 'invalid_union'],
      ['1B1e', { raw: null, status: 'final', rowVersion: sakip.rowVersion }, 'FINAL_NEEDS_VALUE'],
    ];
    for (const [code, body, expected] of cases) {
      const res = await putLine(evaluator, code, body);
      expect(res.statusCode, res.body).toBe(expected === 'invalid_union' ? 400 : 422);
      if (expected !== 'invalid_union') expect(res.json().error.fields[0].code).toBe(expected);
      expect(res.json().error.message).toMatch(/[a-z]/);
    }
    const koef = await evaluator.request({
      method: 'PUT',
      url: '/api/evaluasi/2024',
      payload: { koefisien: -11, renaksiAnswers: {}, rowVersion: ws.evaluasi.rowVersion },
    });
    expect(koef.statusCode).toBe(422);
    expect(koef.json().error.fields[0]).toMatchObject({ field: 'koefisien', code: 'OUT_OF_RANGE' });
    expect(await count('audit_event')).toBe(before);
    // A pimpinan reads but cannot score.
    expect(
      (await putLine(sekda, '1B1e', { raw: { kind: 'number', value: 60 }, rowVersion: sakip.rowVersion })).statusCode,
    ).toBe(403);
  });

  it('scores entered values to Indeks RB and predikat, grades the rencana aksi and guards stale writes', async () => {
    let ws = await worksheet();
    const values: Record<string, number | string> = {
      '1B1a': 80,
      '1B1b': 3,
      '1B1c': 3,
      '1B1d': 0,
      '1B1e': 55.66,
      '1B1f': 2,
      '1B1g': 40,
      '1B1h': 4,
      '1B1i': 60,
      '1B1j': 45,
      '1B1k': 2,
      '1B1l': 70,
      '1B2b': 2.99,
      '1B2c': 76.04,
      '1C1a': 2.5,
      '1C1b': 80,
      '1C1c': 60,
      '1C1d': 'WDP',
      '1C1e': 70,
      '1C2a': 62,
      '1C2b': 70,
      '1C2c': 80,
      '1A2': 60,
    };
    for (const [code, v] of Object.entries(values)) {
      const raw = typeof v === 'string' ? { kind: 'level', code: v } : { kind: 'number', value: v };
      const res = await putLine(evaluator, code, {
        raw,
        sourceDocument: 'LHE 2024',
        rowVersion: line(ws, code).rowVersion,
      });
      expect(res.statusCode, `${code} ${res.body}`).toBe(200);
    }
    // Two sessions, one line: the second write with the old version gets 409 and the current value.
    const stale = await putLine(evaluator, '1B1e', {
      raw: { kind: 'number', value: 50 },
      rowVersion: line(ws, '1B1e').rowVersion,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current.line.raw).toEqual({ kind: 'number', value: 55.66 });
    ws = await worksheet();
    // Rencana aksi quality: complete grading sets the 1A1 raw value (× 3).
    const answers = {
      KU_ADOPSI: { percent: 100 },
      KU_TARGET: { percent: 80 },
      KEABSAHAN: { yes: true },
      KELOGISAN: { percent: 60 },
      RELEVANSI_OUTPUT: { percent: 100 },
      KETEPATAN_TARGET: { percent: 50 },
      ANGGARAN: { percent: 5 },
    };
    const graded = await evaluator.request({
      method: 'PUT',
      url: '/api/evaluasi/2024',
      payload: { koefisien: 0, renaksiAnswers: answers, rowVersion: ws.evaluasi.rowVersion },
    });
    expect(graded.statusCode, graded.body).toBe(200);
    ws = await worksheet();
    // (1 + 0.75 + 1)/6 + (0.5 + 1 + 0.5 + 0)/8 = 0.7083…; × 3 = 2.125.
    expect(line(ws, '1A1')).toMatchObject({ raw: { kind: 'number', value: 2.125 }, source: 'renaksi' });
    expect(ws.result.missing.filter((c: string) => c.startsWith('1'))).toEqual([]);
    expect(ws.result.rbGeneral).toBeGreaterThan(50);
    expect(ws.result.predikat.code).toBe('CC');
    expect(ws.priorities.points[0].indeksGain).toBeGreaterThan(0);
    expect(ws.priorities.next.target.code).toBe('B');
    // Non-applicable line: excluded and RB General rescaled.
    const before = ws.result.indeks;
    const na = await putLine(evaluator, '1B1d', {
      raw: null,
      applicable: false,
      notes: 'Belum ada unit yang diusulkan ZI',
      rowVersion: line(ws, '1B1d').rowVersion,
    });
    expect(na.statusCode, na.body).toBe(200);
    ws = await worksheet();
    expect(ws.result.bobotPenyesuaian).toBeCloseTo(96.5, 10);
    expect(ws.result.indeks).toBeGreaterThan(before);
  });

  it('checks configuration edits, audits clones, and locks a configuration once its year is closed', async () => {
    const [cfg] = (await admin.request('/api/lke-configs')).json();
    expect(
      (
        await evaluator.request({
          method: 'POST',
          url: `/api/lke-configs/${cfg.id}/clone`,
          payload: { year: 2025, label: 'x' },
        })
      ).statusCode,
    ).toBe(403);
    const clone = await admin.request({
      method: 'POST',
      url: `/api/lke-configs/${cfg.id}/clone`,
      payload: { year: 2025, label: 'LKE RB 2025 Kabupaten/Kota (salinan)' },
    });
    expect(clone.statusCode, clone.body).toBe(201);
    const c = clone.json();
    const bad = structuredClone(c.definition);
    bad.general.children[0].children[0].weight = 4; // 1A no longer sums to 10
    bad.general.children[0].children[0].multiplier = '1A2'; // 1A1 ↔ 1A2 cycle
    const before = await count('audit_event');
    const res = await admin.request({
      method: 'PUT',
      url: `/api/lke-configs/${c.id}`,
      payload: { definition: bad, rowVersion: c.rowVersion },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields.map((f: { code: string; field: string }) => `${f.code}@${f.field}`)).toEqual(
      expect.arrayContaining(['LKE_WEIGHT_SUM@definition.1A', 'LKE_MULTIPLIER_CYCLE@definition.1A1']),
    );
    expect(await count('audit_event')).toBe(before);
    const good = structuredClone(c.definition);
    good.predikatRule = 'portal_2024';
    const ok = await admin.request({
      method: 'PUT',
      url: `/api/lke-configs/${c.id}`,
      payload: { definition: good, rowVersion: c.rowVersion },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await count('audit_event')).toBe(before + 1);
  });

  it('issues recommendations that the PD follows up with evidence and the evaluator closes', async () => {
    const create = (body: Record<string, unknown>) =>
      evaluator.request({
        method: 'POST',
        url: '/api/rekomendasi',
        payload: { year: 2024, dueDate: '2025-03-31', ...body },
      });
    const badPd = await create({
      lineCode: '1B2a',
      body: 'Percepat penilaian mandiri sistem merit',
      pdKey: 'tidak-ada',
    });
    expect(badPd.statusCode).toBe(422);
    expect(badPd.json().error.fields[0].code).toBe('UNKNOWN_PD');
    const r1 = (
      await create({ lineCode: '1B2a', body: 'Percepat penilaian mandiri sistem merit', pdKey: 'bkpsdm' })
    ).json();
    const r2 = (
      await create({ lineCode: null, body: 'Susun pernyataan keabsahan rencana aksi', pdKey: 'bp4d' })
    ).json();
    expect(r1.status).toBe('open');
    // The BKPSDM operator sees only BKPSDM's recommendation and cannot follow up another PD's.
    const mine = (await operator.request('/api/rekomendasi?year=2024')).json();
    expect(mine.map((r: { id: string }) => r.id)).toEqual([r1.id]);
    expect(
      (
        await operator.request({
          method: 'POST',
          url: `/api/rekomendasi/${r2.id}/tindak-lanjut`,
          payload: { body: 'Bukan urusan kami' },
        })
      ).statusCode,
    ).toBe(403);
    // Done needs evidence.
    const early = await operator.request({
      method: 'POST',
      url: `/api/rekomendasi/${r1.id}/progress`,
      payload: { move: 'complete', rowVersion: r1.rowVersion },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('REKOMENDASI_NEEDS_EVIDENCE');
    const fu = await operator.request({
      method: 'POST',
      url: `/api/rekomendasi/${r1.id}/tindak-lanjut`,
      payload: { body: 'Penilaian mandiri sudah diunggah ke KASN' },
    });
    expect(fu.statusCode, fu.body).toBe(201);
    const ev = await operator.request({
      method: 'POST',
      url: `/api/tindak-lanjut/${fu.json().id}/evidence`,
      ...multipart(PDF, { fileName: 'bukti-tl.pdf' }),
    });
    expect(ev.statusCode, ev.body).toBe(201);
    const done = await operator.request({
      method: 'POST',
      url: `/api/rekomendasi/${r1.id}/progress`,
      payload: { move: 'complete', rowVersion: r1.rowVersion },
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().status).toBe('done');
    // Only the evaluator closes; sending back needs a reason.
    expect(
      (
        await operator.request({
          method: 'POST',
          url: `/api/rekomendasi/${r1.id}/decision`,
          payload: { move: 'close', rowVersion: 2 },
        })
      ).statusCode,
    ).toBe(403);
    const noReason = await evaluator.request({
      method: 'POST',
      url: `/api/rekomendasi/${r1.id}/decision`,
      payload: { move: 'reopen', rowVersion: 2 },
    });
    expect(noReason.json().error.code).toBe('REKOMENDASI_NEEDS_REASON');
    const closed = await evaluator.request({
      method: 'POST',
      url: `/api/rekomendasi/${r1.id}/decision`,
      payload: { move: 'close', rowVersion: 2 },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().status).toBe('closed');
    const all = (await evaluator.request('/api/rekomendasi?year=2024')).json();
    const r1Full = all.find((r: { id: string }) => r.id === r1.id);
    expect(r1Full.tindakLanjut.map((f: { kind: string }) => f.kind)).toEqual(['action', 'complete', 'close']);
    expect(r1Full.tindakLanjut[0].evidence[0].fileName).toBe('bukti-tl.pdf');
    // r2 is past its due date (2025-03-31 < today) and open: overdue.
    const overdue = (await evaluator.request('/api/rekomendasi?overdue=1')).json();
    expect(overdue.map((r: { id: string }) => r.id)).toEqual([r2.id]);
  });

  it('closes the year only when complete, records the index in the history, and freezes the worksheet and its configuration', async () => {
    let ws = await worksheet();
    const incomplete = await evaluator.request({
      method: 'POST',
      url: '/api/evaluasi/2024/close',
      payload: { rowVersion: ws.evaluasi.rowVersion },
    });
    expect(incomplete.statusCode).toBe(409);
    expect(incomplete.json().error.code).toBe('EVALUASI_INCOMPLETE');
    for (const code of ws.result.missing as string[]) {
      const res = await putLine(evaluator, code, {
        raw:
          code.startsWith('2A1') || code.startsWith('2B')
            ? { kind: 'number', value: code.startsWith('2A1') ? 0.2 : 1.5 }
            : { kind: 'number', value: 50 },
        rowVersion: line(ws, code).rowVersion,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    ws = await worksheet();
    const close = await evaluator.request({
      method: 'POST',
      url: '/api/evaluasi/2024/close',
      payload: { rowVersion: ws.evaluasi.rowVersion },
    });
    expect(close.statusCode, close.body).toBe(200);
    const history = (await sekda.request('/api/indeks-history')).json();
    const internal = history.find((h: { source: string }) => h.source === 'internal');
    expect(internal).toMatchObject({ year: 2024, predikat: ws.result.predikat.code });
    expect(internal.indeks).toBeCloseTo(ws.result.indeks, 2);
    const frozen = await putLine(evaluator, '1B1e', {
      raw: { kind: 'number', value: 70 },
      rowVersion: line(ws, '1B1e').rowVersion,
    });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json().error.code).toBe('EVALUASI_CLOSED');
    const [cfg2023] = (await admin.request('/api/lke-configs')).json().filter((c: { year: number }) => c.year === 2023);
    expect(cfg2023.locked).toBe(true);
    const locked = await admin.request({
      method: 'PUT',
      url: `/api/lke-configs/${cfg2023.id}`,
      payload: { definition: cfg2023.definition, rowVersion: cfg2023.rowVersion },
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('LKE_CONFIG_LOCKED');
  });

  it('produces the report as xlsx and PDF', async () => {
    const x = await sekda.request('/api/evaluasi/2024/laporan.xlsx');
    expect(x.statusCode).toBe(200);
    expect(x.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Lembar Kerja', 'Ringkasan', 'Rekomendasi']);
    const sum = wb.getWorksheet('Ringkasan')!;
    const rows: string[] = [];
    sum.eachRow((r) => rows.push(String(r.getCell(1).value) + '|' + String(r.getCell(2).value)));
    expect(rows.some((r) => r.startsWith('Predikat|'))).toBe(true);
    expect(rows.some((r) => r.startsWith('2023|Regulasi'))).toBe(true);
    // Numbers stay numbers: the index, and every applicable line's score.
    const indeks = sum.getRows(1, sum.rowCount)!.find((r) => r.getCell(1).value === 'Indeks RB')!;
    expect(typeof indeks.getCell(2).value).toBe('number');
    const lines = wb.getWorksheet('Lembar Kerja')!;
    const scores: unknown[] = [];
    lines.eachRow((r, n) => n > 4 && scores.push(r.getCell(5).value));
    expect(scores.filter((s) => s !== null).every((s) => typeof s === 'number')).toBe(true);
    const p = await sekda.request('/api/evaluasi/2024/laporan.pdf');
    expect(p.statusCode).toBe(200);
    expect(p.headers['content-type']).toContain('application/pdf');
    expect(p.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(p.rawPayload.length).toBeGreaterThan(3000);
    if (hasPoppler()) {
      const file = pdfFile(p.rawPayload);
      const pages = pageCount(file);
      expect(pageText(file, 1)).toContain(`Halaman 1 dari ${pages}`);
      const last = pageText(file, pages);
      expect(last).toContain('Ditetapkan pada');
      expect(last).not.toContain('SEMENTARA');
      // The signature block is not alone on its page: the last history row stands above it.
      const row = /\d{4}\s+(Regulasi|Hasil nasional|Evaluasi internal)/.exec(last);
      expect(row).not.toBeNull();
      expect(row!.index).toBeLessThan(last.indexOf('Ketua Tim Evaluator Internal'));
    }
  });

  it('reopens a closed year with a reason, then applies the pre-fill to the chosen lines', async () => {
    let ws = await worksheet();
    const short = await evaluator.request({
      method: 'POST',
      url: '/api/evaluasi/2024/reopen',
      payload: { reason: 'x', rowVersion: ws.evaluasi.rowVersion },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields[0].message).toBe('Alasan minimal 5 karakter');
    const reopened = await evaluator.request({
      method: 'POST',
      url: '/api/evaluasi/2024/reopen',
      payload: { reason: 'Nilai LHE nasional berubah', rowVersion: ws.evaluasi.rowVersion },
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    // Reopened, the result is provisional again: the report says so and is not "ditetapkan".
    if (hasPoppler()) {
      const file = pdfFile((await sekda.request('/api/evaluasi/2024/laporan.pdf')).rawPayload);
      const all = Array.from({ length: pageCount(file) }, (_, i) => pageText(file, i + 1)).join('\n');
      expect(all).toContain('SEMENTARA');
      expect(all).not.toContain('Ditetapkan');
    }
    expect(reopened.json()).toMatchObject({ status: 'open', closedAt: null, closedBy: null });
    ws = await worksheet();
    const suggested = (ws.suggestions.lines as { lineCode: string; raw: unknown }[]).filter((s) => s.raw !== null);
    expect(suggested.length).toBeGreaterThan(0);
    const prefill = await evaluator.request({
      method: 'POST',
      url: '/api/evaluasi/2024/prefill',
      payload: { lineCodes: [suggested[0]!.lineCode] },
    });
    expect(prefill.statusCode, prefill.body).toBe(200);
    expect(prefill.json()).toEqual({ applied: [suggested[0]!.lineCode] });
  });

  it('documents an answer schema for every evaluation route', async () => {
    const spec = (await t.app.inject({ url: '/api/docs/json' })).json() as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
    };
    const mine = Object.entries(spec.paths).filter(([path]) =>
      /^\/api\/(evaluasi|lke-configs|indeks-history|rekomendasi|tindak-lanjut)\b/.test(path),
    );
    const operations = mine.flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })));
    // 20 evaluation routes, 8 of the recommendations, 2 of the Tim Evaluasi Internal.
    expect(operations.length).toBe(30);
    for (const { path, method, op } of operations) {
      const ok = op.responses['200'] ?? op.responses['201'];
      expect(ok?.content, `${method} ${path}`).toBeDefined();
    }
  });

  it('records national results in the history with a predikat that must fit the index', async () => {
    const mismatch = await evaluator.request({
      method: 'POST',
      url: '/api/indeks-history',
      payload: { year: 2022, source: 'nasional', indeks: 48.1, predikat: 'B' },
    });
    expect(mismatch.statusCode).toBe(422);
    expect(mismatch.json().error.fields[0].code).toBe('PREDIKAT_MISMATCH');
    const ok = await evaluator.request({
      method: 'POST',
      url: '/api/indeks-history',
      payload: { year: 2022, source: 'nasional', indeks: 48.1 },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().predikat).toBe('C');
  });
});
