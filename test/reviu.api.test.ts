// The Tim Evaluasi Internal's reviews through the API on both databases (issue #12 items 2, 3, 5):
// no team, no review; an evaluator never reviews their own PD; the ex-ante round trip (judged,
// returned with a recommendation that says something, the plan revised, answered, judged again in a
// new round, final); the on-going review only of a closed period, with the PD's kendala and solusi;
// % Sesuai per dimension; a sanggah filed with evidence and answered; the window; the dimensions.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../src/server/features/users/users.service.ts';
import { SYSTEM_ACTOR } from '../src/server/request-context.ts';
import { operatorOf } from './helpers/accounts.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { skipDb } from './helpers/database.ts';
import { rencanaAksiBody, SMALL_YEAR } from './helpers/factories.ts';
import { fingerprint } from './helpers/fingerprint.ts';
import { multipart } from './helpers/multipart.ts';
import { login, type Session } from './helpers/session.ts';

const Y = SMALL_YEAR;
const ALL_SESUAI = ['ketepatan', 'ketercapaian', 'kualitas', 'waktu'].map((dimensi) => ({
  dimensi,
  sesuai: true,
  catatan: '',
}));
const KUALITAS_TIDAK = ALL_SESUAI.map((p) =>
  p.dimensi === 'kualitas' ? { ...p, sesuai: false, catatan: 'Bukti dukung tidak memuat tanda tangan' } : p,
);

describe.skipIf(skipDb())('reviu rencana aksi dan sanggah', () => {
  let t: TestApp;
  let evaluator: Session;
  let evaluator2: Session;
  let operator: Session;
  let operatorBp4d: Session;
  let stu: Session;
  let planA = '';
  let planB = '';
  let s1 = '';

  beforeAll(async () => {
    t = await createTestApp({ fixture: 'small' });
    await createAccount(t.database.db, SYSTEM_ACTOR, null, {
      username: 'evaluator.dua',
      displayName: 'Evaluator Dua',
      password: 'Evaluasi-Dua-2026!',
      roles: [{ role: 'evaluator_apip', pdKey: null }],
    });
    [evaluator, evaluator2, operator, stu, operatorBp4d] = await Promise.all([
      login(t.app, 'evaluator'),
      login(t.app, 'evaluator.dua', 'Evaluasi-Dua-2026!'),
      login(t.app, 'operator.bkpsdm'),
      login(t.app, 'stu'),
      operatorOf(t, 'bp4d'),
    ]);
    const a = await operator.request({
      method: 'POST',
      url: '/api/rencana-aksi',
      payload: rencanaAksiBody(Y, { nodeKey: 'ku-1', koordinatorPdKey: null }),
    });
    expect(a.statusCode, a.body).toBe(201);
    planA = a.json().id;
    const b = await operatorBp4d.request({
      method: 'POST',
      url: '/api/rencana-aksi',
      payload: rencanaAksiBody(Y, {
        nodeKey: 'ku-1',
        koordinatorPdKey: null,
        pelaksanaPdKey: 'bp4d',
        rincianKegiatan: 'Penyusunan peta proses bisnis',
      }),
    });
    expect(b.statusCode, b.body).toBe(201);
    planB = b.json().id;
    const periods = (await stu.request(`/api/periode?year=${Y}`)).json() as { id: string; code: string }[];
    s1 = periods.find((p) => p.code === 'S1')!.id;
  });
  afterAll(async () => t?.close());

  const judge = (who: Session, over: Record<string, unknown>) =>
    who.request({
      method: 'PUT',
      url: '/api/reviu',
      payload: {
        year: Y,
        tahap: 'ex_ante',
        periodeId: null,
        subjectType: 'rencana_aksi',
        subjectKey: planA,
        penilaian: ALL_SESUAI,
        rekomendasi: '',
        rowVersion: 0,
        ...over,
      },
    });
  const list = async (who: Session, q: string) => {
    const res = await who.request(`/api/reviu?year=${Y}&${q}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('refuses a review while the year has no team, writing nothing', async () => {
    const l = await list(evaluator, 'tahap=ex_ante');
    expect(l.timAda).toBe(false);
    expect(l.rows.map((r: { label: string }) => r.label)).toHaveLength(2);
    expect(l.rows[0].judgeRefusal).toBe('NOT_IN_TEAM');
    const before = await fingerprint(t);
    const res = await judge(evaluator, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('TIM_BELUM_ADA');
    expect(await fingerprint(t)).toBe(before);
  });

  it('sets up the team; an evaluator may not review the PD they belong to', async () => {
    const users = (await (await login(t.app, 'admin')).request('/api/users')).json() as {
      id: string;
      username: string;
    }[];
    const id = (u: string) => users.find((x) => x.username === u)!.id;
    const tim = await evaluator.request({
      method: 'PUT',
      url: `/api/evaluasi/${Y}/tim`,
      payload: {
        skNomor: '700/1/INSP/2024',
        anggota: [
          { userId: id('evaluator'), peran: 'ketua', pdKey: null },
          { userId: id('evaluator.dua'), peran: 'anggota', pdKey: 'bkpsdm' },
        ],
        tugas: [{ userId: id('evaluator.dua'), jenis: 'pd', key: 'bp4d' }],
        rowVersion: 0,
      },
    });
    expect(tim.statusCode, tim.body).toBe(200);
    const before = await fingerprint(t);
    const own = await judge(evaluator2, {});
    expect(own.statusCode).toBe(403);
    expect(own.json().error.code).toBe('REVIU_OWN_PD');
    expect(await fingerprint(t)).toBe(before);
    const l = await list(evaluator2, 'tahap=ex_ante');
    const refusal = Object.fromEntries(
      l.rows.map((r: { pdKey: string; judgeRefusal: string }) => [r.pdKey, r.judgeRefusal]),
    );
    expect(refusal).toEqual({ bkpsdm: 'EVALUATOR_OWN_PD', bp4d: null });
    expect((await judge(evaluator2, { subjectKey: planB })).statusCode).toBe(200);
  });

  it('requires a note for "Tidak sesuai" and a recommendation that says something to return a plan', async () => {
    const noNote = await judge(evaluator, {
      penilaian: ALL_SESUAI.map((p) => (p.dimensi === 'kualitas' ? { ...p, sesuai: false } : p)),
    });
    expect(noNote.statusCode).toBe(422);
    expect(noNote.json().error.fields).toEqual([
      expect.objectContaining({ field: 'penilaian.2.catatan', code: 'CATATAN_WAJIB' }),
    ]);
    const draft = await judge(evaluator, { penilaian: KUALITAS_TIDAK, rekomendasi: 'revisi' });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json()).toMatchObject({
      status: 'draft',
      putaran: 1,
      planRowVersion: 1,
      evaluator: expect.any(String),
    });
    const placeholder = await evaluator.request({
      method: 'POST',
      url: `/api/reviu/${draft.json().id}/kembalikan`,
      payload: { rowVersion: draft.json().rowVersion },
    });
    expect(placeholder.statusCode).toBe(422);
    expect(placeholder.json().error.fields[0]).toMatchObject({
      field: 'rekomendasi',
      code: 'RETURN_REASON_PLACEHOLDER',
    });
  });

  it('returns the plan, the PD revises and answers, the evaluator judges a second round and closes it', async () => {
    const saved = await judge(evaluator, {
      penilaian: KUALITAS_TIDAK,
      rekomendasi: 'Tetapkan bukti dukung berupa dokumen bertanda tangan kepala BKPSDM',
      rowVersion: 1,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const back = await evaluator.request({
      method: 'POST',
      url: `/api/reviu/${saved.json().id}/kembalikan`,
      payload: { rowVersion: saved.json().rowVersion },
    });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json().status).toBe('dikembalikan');
    // The PD hears of it, with the plan named and a link to its review.
    const notes = (await operator.request('/api/notifications')).json();
    expect(notes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'reviu_returned',
          title: 'Reviu ex-ante dikembalikan: Penilaian mandiri sistem merit',
          link: `/evaluasi?tahun=${Y}&tab=reviu`,
        }),
      ]),
    );
    expect(
      (await operatorBp4d.request('/api/notifications'))
        .json()
        .some((n: { kind: string }) => n.kind === 'reviu_returned'),
    ).toBe(false);
    const other = await operatorBp4d.request({
      method: 'POST',
      url: `/api/reviu/${saved.json().id}/tanggapi`,
      payload: { tanggapan: 'Bukan urusan kami sebenarnya', rowVersion: back.json().rowVersion },
    });
    expect(other.statusCode).toBe(403);

    const plan = (await operator.request(`/api/rencana-aksi?year=${Y}`))
      .json()
      .find((p: { id: string }) => p.id === planA);
    const revised = await operator.request({
      method: 'PUT',
      url: `/api/rencana-aksi/${planA}`,
      payload: {
        ...rencanaAksiBody(Y, { nodeKey: 'ku-1', koordinatorPdKey: null }),
        indikatorOutput: 'Dokumen penilaian mandiri bertanda tangan kepala BKPSDM',
        rowVersion: plan.rowVersion,
      },
    });
    expect(revised.statusCode, revised.body).toBe(200);
    const answered = await operator.request({
      method: 'POST',
      url: `/api/reviu/${saved.json().id}/tanggapi`,
      payload: { tanggapan: 'Indikator output diubah sesuai rekomendasi.', rowVersion: back.json().rowVersion },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json().status).toBe('ditanggapi');

    const round2 = await judge(evaluator, { penilaian: ALL_SESUAI, rowVersion: answered.json().rowVersion });
    expect(round2.statusCode, round2.body).toBe(200);
    expect(round2.json()).toMatchObject({ status: 'draft', putaran: 2, planRowVersion: 2, tanggapan: null });
    expect(round2.json().riwayat).toEqual([
      expect.objectContaining({
        putaran: 1,
        tanggapan: 'Indikator output diubah sesuai rekomendasi.',
        planRowVersion: 1,
        penilaian: expect.arrayContaining([expect.objectContaining({ dimensi: 'kualitas', sesuai: false })]),
      }),
    ]);
    const fin = await evaluator.request({
      method: 'POST',
      url: `/api/reviu/${round2.json().id}/final`,
      payload: { rowVersion: round2.json().rowVersion },
    });
    expect(fin.statusCode, fin.body).toBe(200);
    expect(fin.json()).toMatchObject({ status: 'final', sanggahSampai: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const again = await evaluator.request({
      method: 'POST',
      url: `/api/reviu/${round2.json().id}/kembalikan`,
      payload: { rowVersion: fin.json().rowVersion },
    });
    expect(again.json().error.code).toBe('REVIU_STATUS');

    const l = await list(evaluator, 'tahap=ex_ante');
    expect(l.ringkasan.perPd).toEqual([
      expect.objectContaining({ pdKey: 'bkpsdm', total: { sesuai: 4, dinilai: 4, persen: 100 } }),
    ]);
    // The judgement feeds the LKE rencana aksi grading: not typed twice.
    expect((await evaluator.request({ method: 'POST', url: '/api/evaluasi', payload: { year: Y } })).statusCode).toBe(
      201,
    );
    const ws = (await evaluator.request(`/api/evaluasi/${Y}`)).json();
    expect(ws.suggestions.renaksi.KELOGISAN).toEqual({
      percent: 100,
      detail: expect.stringContaining('Reviu ex-ante Tim Evaluasi Internal: 1 dari 1 rencana aksi sesuai'),
    });
  });

  it('judges an on-going period only once it is closed, and shows the PD its kendala and solusi', async () => {
    const entered = await operator.request({
      method: 'PUT',
      url: '/api/realisasi',
      payload: {
        periodeId: s1,
        subjectType: 'indikator',
        subjectKey: 'asn-kompeten',
        value: '55',
        narrative: 'Uji kompetensi 300 ASN',
        kendala: 'Asesor provinsi terbatas',
        solusi: 'Kerja sama asesor BKN regional',
        rowVersion: 0,
      },
    });
    expect(entered.statusCode, entered.body).toBe(200);
    expect(entered.json()).toMatchObject({ kendala: 'Asesor provinsi terbatas' });
    const body = {
      tahap: 'on_going',
      periodeId: s1,
      subjectType: 'indikator',
      subjectKey: 'asn-kompeten',
      penilaian: KUALITAS_TIDAK,
    };
    const before = await fingerprint(t);
    const open = await judge(evaluator, body);
    expect(open.statusCode).toBe(409);
    expect(open.json().error.code).toBe('PERIODE_BELUM_DITUTUP');
    expect(await fingerprint(t)).toBe(before);
    // The corrections are in: the STU closes the reopened period again.
    const p = (await stu.request(`/api/periode?year=${Y}`)).json().find((x: { id: string }) => x.id === s1);
    const closed = await stu.request({
      method: 'POST',
      url: `/api/periode/${s1}/tutup`,
      payload: { rowVersion: p.rowVersion },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ state: 'terkunci', reopenedUntil: null });
    const twice = await stu.request({
      method: 'POST',
      url: `/api/periode/${s1}/tutup`,
      payload: { rowVersion: closed.json().rowVersion },
    });
    expect(twice.json().error.code).toBe('PERIODE_NOT_LOCKED');
    const ok = await judge(evaluator, body);
    expect(ok.statusCode, ok.body).toBe(200);
    const l = await list(operator, `tahap=on_going&periodeId=${s1}`);
    const row = l.rows.find((r: { subjectKey: string }) => r.subjectKey === 'asn-kompeten');
    expect(row.realisasi).toMatchObject({
      kendala: 'Asesor provinsi terbatas',
      solusi: 'Kerja sama asesor BKN regional',
    });
    expect(l.periode).toMatchObject({ id: s1, closed: true });
    // A PD's staff see their own PD's subjects only.
    const bp = await list(operatorBp4d, `tahap=on_going&periodeId=${s1}`);
    expect(new Set(bp.rows.map((r: { pdKey: string }) => r.pdKey))).toEqual(new Set(['bp4d']));
    const fin = await evaluator.request({
      method: 'POST',
      url: `/api/reviu/${ok.json().id}/final`,
      payload: { rowVersion: ok.json().rowVersion },
    });
    expect(fin.statusCode, fin.body).toBe(200);
  });

  it('takes a sanggah with evidence and the accepted answer changes the judgement', async () => {
    const l = await list(operator, `tahap=on_going&periodeId=${s1}`);
    const row = l.rows.find((r: { subjectKey: string }) => r.subjectKey === 'asn-kompeten');
    expect(row.maySanggah).toBe(true);
    expect(l.ringkasan.perPd[0].perDimensi.kualitas).toEqual({ sesuai: 0, dinilai: 1, persen: 0 });
    const filed = await operator.request({
      method: 'POST',
      url: `/api/reviu/${row.reviu.id}/sanggah`,
      payload: { dimensi: 'kualitas', alasan: 'Dokumen bertanda tangan sudah diunggah pada 3 Juli 2024' },
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const second = await operator.request({
      method: 'POST',
      url: `/api/reviu/${row.reviu.id}/sanggah`,
      payload: { dimensi: null, alasan: 'Satu lagi untuk seluruh baris penilaian ini' },
    });
    expect(second.json().error.code).toBe('SANGGAH_PENDING');
    const pdf = Buffer.from('%PDF-1.4\n% sanggah\ntrailer <<>>\n%%EOF\n');
    const up = await operator.request({
      method: 'POST',
      url: `/api/sanggah/${filed.json().id}/bukti`,
      ...multipart(pdf, { fileName: 'sk-bertanda-tangan.pdf' }),
    });
    expect(up.statusCode, up.body).toBe(201);
    const sanggahId = filed.json().id;
    const noChange = await evaluator.request({
      method: 'POST',
      url: `/api/sanggah/${sanggahId}/jawab`,
      payload: { diterima: true, jawaban: 'Diterima', penilaian: KUALITAS_TIDAK, rowVersion: 1 },
    });
    expect(noChange.statusCode).toBe(422);
    expect(noChange.json().error.fields[0].code).toBe('SANGGAH_NO_CHANGE');
    const accepted = await evaluator.request({
      method: 'POST',
      url: `/api/sanggah/${sanggahId}/jawab`,
      payload: { diterima: true, jawaban: 'Bukti bertanda tangan diterima', penilaian: ALL_SESUAI, rowVersion: 1 },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({
      status: 'diterima',
      bukti: [expect.objectContaining({ fileName: 'sk-bertanda-tangan.pdf' })],
      penilaianSesudah: expect.arrayContaining([expect.objectContaining({ dimensi: 'kualitas', sesuai: true })]),
    });
    const told = (await operator.request('/api/notifications')).json();
    expect(told.map((n: { kind: string }) => n.kind)).toEqual(
      expect.arrayContaining(['reviu_final', 'sanggah_accepted']),
    );
    const after = await list(evaluator, `tahap=on_going&periodeId=${s1}`);
    expect(after.ringkasan.total.perDimensi.kualitas).toEqual({ sesuai: 1, dinilai: 1, persen: 100 });
    const r2 = after.rows.find((r: { subjectKey: string }) => r.subjectKey === 'asn-kompeten');
    expect(r2.sanggah).toEqual([expect.objectContaining({ id: sanggahId, status: 'diterima' })]);
    const twice = await evaluator.request({
      method: 'POST',
      url: `/api/sanggah/${sanggahId}/jawab`,
      payload: { diterima: false, jawaban: 'Ditolak karena alasan lain', rowVersion: 2 },
    });
    expect(twice.json().error.code).toBe('SANGGAH_ANSWERED');
  });

  it('rejects a sanggah only with a reason, and refuses one after the window', async () => {
    const l = await list(operator, 'tahap=ex_ante');
    const row = l.rows.find((r: { subjectKey: string }) => r.subjectKey === planA);
    const filed = await operator.request({
      method: 'POST',
      url: `/api/reviu/${row.reviu.id}/sanggah`,
      payload: { dimensi: null, alasan: 'Penilaian ketepatan tidak mempertimbangkan SK' },
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const vague = await evaluator.request({
      method: 'POST',
      url: `/api/sanggah/${filed.json().id}/jawab`,
      payload: { diterima: false, jawaban: 'tolak', rowVersion: 1 },
    });
    expect(vague.json().error.fields[0]).toMatchObject({ field: 'jawaban', code: 'RETURN_REASON_PLACEHOLDER' });
    const rejected = await evaluator.request({
      method: 'POST',
      url: `/api/sanggah/${filed.json().id}/jawab`,
      payload: { diterima: false, jawaban: 'Semua dimensi sudah dinilai sesuai; tidak ada yang diubah', rowVersion: 1 },
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    await t.database.db.execute(sql`update reviu set final_at = now() - interval '40 days' where id = ${row.reviu.id}`);
    const before = await fingerprint(t);
    const late = await operator.request({
      method: 'POST',
      url: `/api/reviu/${row.reviu.id}/sanggah`,
      payload: { dimensi: 'waktu', alasan: 'Jadwal pelaksanaan sudah sesuai dokumen' },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('SANGGAH_WINDOW_CLOSED');
    expect(await fingerprint(t)).toBe(before);
  });

  it('keeps the dimensions as data: the ketua configures them, a used one cannot be removed', async () => {
    const d = (await evaluator.request(`/api/reviu/dimensi?year=${Y}`)).json();
    expect(d).toMatchObject({ configured: false });
    expect(d.dimensi.map((x: { code: string }) => x.code)).toEqual(['ketepatan', 'ketercapaian', 'kualitas', 'waktu']);
    const extra = [
      ...d.dimensi,
      { code: 'anggaran', label: 'Dukungan anggaran', pertanyaan: '', kriteriaLke: 'ANGGARAN' },
    ];
    const byMember = await evaluator2.request({
      method: 'PUT',
      url: '/api/reviu/dimensi',
      payload: { year: Y, dimensi: extra },
    });
    expect(byMember.statusCode).toBe(403);
    const removing = await evaluator.request({
      method: 'PUT',
      url: '/api/reviu/dimensi',
      payload: { year: Y, dimensi: d.dimensi.slice(0, 3) },
    });
    expect(removing.statusCode).toBe(409);
    expect(removing.json().error).toMatchObject({ code: 'DIMENSI_DIPAKAI', details: { codes: ['waktu'] } });
    const saved = await evaluator.request({
      method: 'PUT',
      url: '/api/reviu/dimensi',
      payload: { year: Y, dimensi: extra },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await list(evaluator, 'tahap=ex_ante')).dimensi).toHaveLength(5);
  });
});
