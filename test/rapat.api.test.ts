// The STU, pokja and their meetings through the API on both databases (issue #11 items 1–2): the
// year's structure saved whole and checked by field, a pokja's ketua holding its meeting (and no
// other pokja's), attendance with guests, decisions that become follow-up items, finalised minutes
// refusing edits (409) and taking an addendum, the minutes as PDF, and a follow-up moved open → done
// (by its owner PD, with evidence) → verified (by the meeting's manager).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { rencanaAksiBody } from './helpers/factories.ts';
import { fingerprint } from './helpers/fingerprint.ts';
import { skipDb } from './helpers/database.ts';
import { multipart } from './helpers/multipart.ts';
import { hasPoppler, pageCount, pageText, pdfFile } from './helpers/pdf.ts';
import { login, type Session } from './helpers/session.ts';

const pdf = Buffer.from('%PDF-1.4\n% bukti tindak lanjut\ntrailer <<>>\n%%EOF\n');

describe.skipIf(skipDb())('STU, pokja and meetings', () => {
  let t: TestApp;
  let stu: Session;
  let kepala: Session;
  let operator: Session;
  let kepalaUserId = '';

  const structure = () => ({
    year: 2024,
    skNomor: '800/123/2024',
    skTanggal: '2024-01-15',
    rowVersion: 0,
    orang: [
      { ref: 'baru-1', nama: 'Sekretaris Daerah', jabatan: 'Sekda', peranStu: 'ketua' },
      { ref: 'baru-2', nama: 'Kabag Organisasi', jabatan: 'Kepala Bagian Organisasi', peranStu: 'sekretaris' },
      {
        ref: 'baru-3',
        nama: 'Kepala BKPSDM',
        jabatan: 'Kepala Badan',
        pdKey: 'bkpsdm',
        userId: kepalaUserId,
        peranStu: 'anggota',
      },
      { ref: 'baru-4', nama: 'Analis SDM', jabatan: 'Analis', pdKey: 'bkpsdm' },
      { ref: 'baru-5', nama: 'Kepala BP4D', jabatan: 'Kepala Badan', pdKey: 'bp4d', peranStu: 'anggota' },
    ],
    pokja: [
      { ref: 'p-1', nama: 'Pokja Manajemen ASN', ketuaRef: 'baru-3', anggotaRefs: ['baru-4'], lingkup: ['sg-1'] },
      { ref: 'p-2', nama: 'Pokja Perencanaan', ketuaRef: 'baru-5', anggotaRefs: [], lingkup: ['ku-1'] },
    ],
  });

  beforeAll(async () => {
    t = await createTestApp({ fixture: 'small' });
    [stu, kepala, operator] = await Promise.all([
      login(t.app, 'stu'),
      login(t.app, 'kepala.bkpsdm'),
      login(t.app, 'operator.bkpsdm'),
    ]);
    const users = (await (await login(t.app, 'admin')).request('/api/users')).json() as {
      id: string;
      username: string;
    }[];
    kepalaUserId = users.find((u) => u.username === 'kepala.bkpsdm')!.id;
  });
  afterAll(async () => t?.close());

  it.each([
    [
      'an unknown scope node',
      (s: ReturnType<typeof structure>) => (s.pokja[0]!.lingkup = ['tidak-ada']),
      'pokja.0.lingkup.0',
      'UNKNOWN_NODE',
    ],
    [
      'a pokja ketua not in the list',
      (s: ReturnType<typeof structure>) => (s.pokja[1]!.ketuaRef = 'siapa'),
      'pokja.1.ketuaRef',
      'UNKNOWN_PERSON',
    ],
    [
      'two STU chairs',
      (s: ReturnType<typeof structure>) => (s.orang[1]!.peranStu = 'ketua'),
      'orang.1.peranStu',
      'ONE_PER_ROLE',
    ],
    [
      'one node under two pokja',
      (s: ReturnType<typeof structure>) => (s.pokja[1]!.lingkup = ['sg-1']),
      'pokja.1.lingkup.0',
      'NODE_TWO_POKJA',
    ],
  ])('refuses a structure with %s by field, writing nothing', async (_n, change, field, code) => {
    const body = structure();
    change(body);
    const before = await fingerprint(t);
    const res = await stu.request({ method: 'PUT', url: '/api/stu', payload: body });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
    expect(await fingerprint(t)).toBe(before);
  });

  it('offers the governing road map’s sasaran, kegiatan utama and tema as a pokja’s scope', async () => {
    const options = (await operator.request('/api/stu/lingkup?year=2024')).json() as { key: string; kind: string }[];
    expect(options.map((o) => o.key)).toEqual(expect.arrayContaining(['sg-1', 'ku-1']));
    // A sasaran comes before the kegiatan utama under it.
    expect(options.findIndex((o) => o.key === 'sg-1')).toBeLessThan(options.findIndex((o) => o.key === 'ku-1'));
    expect(
      options.every((o) => ['sasaran_general', 'kegiatan_utama', 'tema', 'sasaran_tematik'].includes(o.kind)),
    ).toBe(true);
  });

  it('lists the accounts a person can be linked to, for the STU only', async () => {
    expect((await operator.request('/api/stu/akun')).statusCode).toBe(403);
    const akun = (await stu.request('/api/stu/akun')).json() as { id: string; pdKey: string | null }[];
    expect(akun.find((a) => a.id === kepalaUserId)?.pdKey).toBe('bkpsdm');
  });

  it('saves the year’s structure whole; a PD operator may not', async () => {
    expect((await operator.request({ method: 'PUT', url: '/api/stu', payload: structure() })).statusCode).toBe(403);
    const saved = await stu.request({ method: 'PUT', url: '/api/stu', payload: structure() });
    expect(saved.statusCode, saved.body).toBe(200);
    const s = saved.json();
    expect(s).toMatchObject({ exists: true, rowVersion: 1, skNomor: '800/123/2024' });
    expect(s.pokja[0].anggotaRefs).toHaveLength(2); // the ketua is a member
    expect((await operator.request('/api/stu?year=2024')).json().orang).toHaveLength(5);
    const again = await stu.request({ method: 'PUT', url: '/api/stu', payload: structure() });
    expect(again.statusCode).toBe(409); // rowVersion 0 no longer holds
  });

  it('lets a pokja’s ketua hold its meeting, records attendance, decisions, finalises, and corrects by addendum', async () => {
    const s = (await stu.request('/api/stu?year=2024')).json();
    const [asn, plan] = s.pokja;
    const other = await kepala.request({
      method: 'POST',
      url: '/api/rapat',
      payload: { jenis: 'pokja', pokjaId: plan.ref, judul: 'Bukan pokja saya', tanggal: '2024-03-05' },
    });
    expect(other.statusCode).toBe(403);
    const created = await kepala.request({
      method: 'POST',
      url: '/api/rapat',
      payload: {
        jenis: 'pokja',
        pokjaId: asn.ref,
        judul: 'Rapat Pokja Manajemen ASN Semester I',
        tanggal: '2024-03-05',
        waktu: '09:00',
        tempat: 'Ruang rapat BKPSDM',
        agenda: 'Capaian indeks sistem merit',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const r = created.json().rapat;
    const [ketua, analis] = asn.anggotaRefs;
    const person = (ref: string) => s.orang.find((o: { ref: string }) => o.ref === ref);
    const base = {
      judul: r.judul,
      tanggal: r.tanggal,
      waktu: '09:00',
      tempat: r.tempat,
      agenda: r.agenda,
      notulen: 'Pokja membahas capaian sistem merit.',
      rowVersion: r.rowVersion,
    };
    const hadir = [
      { orangId: ketua, nama: person(ketua).nama, jabatan: person(ketua).jabatan, status: 'hadir' },
      {
        orangId: analis,
        nama: person(analis).nama,
        jabatan: person(analis).jabatan,
        status: 'tidak_hadir',
        alasan: 'Dinas luar',
      },
      // Not a member of this pokja: a guest, whatever the form said.
      { orangId: s.orang[4].ref, nama: 'Kepala BP4D', jabatan: 'Kepala Badan', status: 'hadir' },
      { nama: 'Narasumber KemenPANRB', jabatan: 'Asesor', status: 'tamu' },
    ];
    const bad = await kepala.request({
      method: 'PUT',
      url: `/api/rapat/${r.id}`,
      payload: {
        ...base,
        hadir: [{ ...hadir[1], alasan: null }],
        keputusan: [
          { uraian: 'Tanpa pemilik', tenggat: '2024-04-01' },
          { uraian: 'Tanpa tenggat', pemilikPdKey: 'bkpsdm' },
        ],
      },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields.map((f: { code: string }) => f.code)).toEqual([
      'ABSENCE_REASON_REQUIRED',
      'FOLLOW_UP_OWNER_REQUIRED',
      'FOLLOW_UP_DUE_REQUIRED',
    ]);
    const options = (await kepala.request('/api/rapat/tautan?year=2024')).json();
    expect(options.indikator.map((o: { id: string }) => o.id)).toEqual(['asn-kompeten', 'predikat-sakip']);
    // Another PD's rencana aksi is offered to the STU, not to BKPSDM's staff.
    const bp4dPlan = await stu.request({
      method: 'POST',
      url: '/api/rencana-aksi',
      payload: rencanaAksiBody(2024, { nodeKey: 'ku-1', pelaksanaPdKey: 'bp4d', koordinatorPdKey: null }),
    });
    expect(bp4dPlan.statusCode, bp4dPlan.body).toBe(201);
    const planIds = (x: { rencana_aksi: { id: string }[] }) => x.rencana_aksi.map((o) => o.id);
    expect(planIds(options)).not.toContain(bp4dPlan.json().id);
    expect(planIds((await kepala.request('/api/rapat/tautan?year=2024')).json())).not.toContain(bp4dPlan.json().id);
    expect(planIds((await stu.request('/api/rapat/tautan?year=2024')).json())).toContain(bp4dPlan.json().id);
    const unknownLink = await kepala.request({
      method: 'PUT',
      url: `/api/rapat/${r.id}`,
      payload: {
        ...base,
        keputusan: [
          {
            uraian: 'Tautan salah',
            pemilikPdKey: 'bkpsdm',
            tenggat: '2024-04-01',
            tautanJenis: 'indikator',
            tautanId: 'tidak-ada',
          },
        ],
      },
    });
    expect(unknownLink.json().error.fields[0]).toMatchObject({ field: 'keputusan.0.tautanId', code: 'UNKNOWN_LINK' });
    const saved = await kepala.request({
      method: 'PUT',
      url: `/api/rapat/${r.id}`,
      payload: {
        ...base,
        hadir,
        keputusan: [
          {
            uraian: 'Susun dokumen penilaian mandiri sistem merit',
            pemilikPdKey: 'bkpsdm',
            tenggat: '2024-04-30',
            tautanJenis: 'indikator',
            tautanId: 'asn-kompeten',
          },
          { uraian: 'Minta data dukung ke BP4D', pemilikNama: 'Analis SDM', tenggat: '2024-03-20' },
        ],
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const d = saved.json();
    expect(d.hadir.map((h: { status: string }) => h.status)).toEqual(['hadir', 'tidak_hadir', 'tamu', 'tamu']);
    expect(d.keputusan).toHaveLength(2);

    // Attachments go into the evidence store while the minutes are a draft; a removed one is gone.
    for (const fileName of ['undangan.pdf', 'bahan-paparan.pdf']) {
      const up = await kepala.request({
        method: 'POST',
        url: `/api/rapat/${r.id}/lampiran`,
        ...multipart(Buffer.from(`%PDF-1.4\n% ${fileName}\ntrailer <<>>\n%%EOF\n`), { fileName }),
      });
      expect(up.statusCode, up.body).toBe(201);
    }
    const listed = (await kepala.request(`/api/rapat/${r.id}`)).json().lampiran;
    expect(listed.map((l: { fileName: string }) => l.fileName)).toEqual(['undangan.pdf', 'bahan-paparan.pdf']);
    expect((await operator.request(`/api/evidence/${listed[0].sha256}`)).statusCode).toBe(200);
    const removed = await kepala.request({ method: 'DELETE', url: `/api/rapat/${r.id}/lampiran/${listed[1].sha256}` });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(
      (
        await operator.request({
          method: 'POST',
          url: `/api/rapat/${r.id}/lampiran`,
          ...multipart(pdf, { fileName: 'x.pdf' }),
        })
      ).statusCode,
    ).toBe(403);

    const final = await kepala.request({
      method: 'POST',
      url: `/api/rapat/${r.id}/final`,
      payload: { rowVersion: d.rapat.rowVersion },
    });
    expect(final.statusCode, final.body).toBe(200);
    expect(final.json().rapat.status).toBe('final');
    const edit = await kepala.request({
      method: 'PUT',
      url: `/api/rapat/${r.id}`,
      payload: { ...base, rowVersion: final.json().rapat.rowVersion },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('RAPAT_FINAL');
    const lateFile = await kepala.request({
      method: 'POST',
      url: `/api/rapat/${r.id}/lampiran`,
      ...multipart(pdf, { fileName: 'terlambat.pdf' }),
    });
    expect(lateFile.statusCode).toBe(409);
    const add = await kepala.request({
      method: 'POST',
      url: `/api/rapat/${r.id}/addendum`,
      payload: { isi: 'Koreksi: rapat dimulai pukul 09.30 WITA.' },
    });
    expect(add.statusCode, add.body).toBe(201);
    expect(add.json().addendum[0].isi).toContain('09.30');

    const file = await stu.request(`/api/rapat/${r.id}/notulen.pdf`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    if (hasPoppler()) {
      const f = pdfFile(file.rawPayload);
      const text = Array.from({ length: pageCount(f) }, (_, i) => pageText(f, i + 1)).join('\n');
      for (const s of [
        'NOTULEN RAPAT',
        'Selasa, 5 Maret 2024',
        'Daftar hadir',
        'Narasumber KemenPANRB',
        'Dinas luar',
        'Addendum',
        'Lampiran',
        'undangan.pdf',
        'Halaman 1 dari',
      ])
        expect(text).toContain(s);
    }
  });

  it('moves a follow-up open → done by its owner with evidence → verified by the meeting’s manager', async () => {
    const items = (await operator.request('/api/keputusan?year=2024')).json();
    const [due, late] = items.sort((a: { tenggat: string }, b: { tenggat: string }) =>
      b.tenggat.localeCompare(a.tenggat),
    );
    expect(late).toMatchObject({ status: 'terbuka', overdue: true });
    // The owner PD may finish it, not verify it; the screen offers only that.
    expect(due).toMatchObject({ moves: ['selesai'], mayAttach: true });
    const noNote = await operator.request({
      method: 'PUT',
      url: `/api/keputusan/${due.id}`,
      payload: { status: 'selesai', rowVersion: due.rowVersion },
    });
    expect(noNote.json().error.fields[0].code).toBe('EVIDENCE_OR_NOTE_REQUIRED');
    const up = await operator.request({
      method: 'POST',
      url: `/api/keputusan/${due.id}/bukti`,
      ...multipart(pdf, { fileName: 'dokumen-merit.pdf' }),
    });
    expect(up.statusCode, up.body).toBe(201);
    const done = await operator.request({
      method: 'PUT',
      url: `/api/keputusan/${due.id}`,
      payload: { status: 'selesai', rowVersion: due.rowVersion },
    });
    expect(done.statusCode, done.body).toBe(200);
    const verifyByOwner = await operator.request({
      method: 'PUT',
      url: `/api/keputusan/${due.id}`,
      payload: { status: 'terverifikasi', rowVersion: done.json().rowVersion },
    });
    expect(verifyByOwner.statusCode).toBe(403);
    expect(done.json().moves).toEqual([]);
    const asManager = (await kepala.request('/api/keputusan?year=2024'))
      .json()
      .find((k: { id: string }) => k.id === due.id);
    expect(asManager.moves).toEqual(['terbuka', 'terverifikasi']);
    const verified = await kepala.request({
      method: 'PUT',
      url: `/api/keputusan/${due.id}`,
      payload: { status: 'terverifikasi', rowVersion: done.json().rowVersion },
    });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json()).toMatchObject({ status: 'terverifikasi', bukti: [{ fileName: 'dokumen-merit.pdf' }] });
    // The evidence is readable by the owner PD.
    expect((await operator.request(`/api/evidence/${up.json().sha256}`)).statusCode).toBe(200);
  });

  it('keeps past attendance when a member leaves, and starts the next year from this one', async () => {
    const s = (await stu.request('/api/stu?year=2024')).json();
    const analis = s.orang.find((o: { nama: string }) => o.nama === 'Analis SDM');
    const left = await stu.request({
      method: 'PUT',
      url: '/api/stu',
      payload: {
        year: 2024,
        skNomor: s.skNomor,
        skTanggal: s.skTanggal,
        rowVersion: s.rowVersion,
        orang: s.orang.filter((o: { ref: string }) => o.ref !== analis.ref),
        pokja: s.pokja.map((p: { anggotaRefs: string[] }) => ({
          ...p,
          anggotaRefs: p.anggotaRefs.filter((r) => r !== analis.ref),
        })),
      },
    });
    expect(left.statusCode, left.body).toBe(200);
    const meetings = (await stu.request('/api/rapat?year=2024')).json();
    const d = (await stu.request(`/api/rapat/${meetings[0].id}`)).json();
    expect(d.hadir[1]).toMatchObject({
      nama: 'Analis SDM',
      orangId: null,
      status: 'tidak_hadir',
      alasan: 'Dinas luar',
    });

    const copied = await stu.request({
      method: 'POST',
      url: '/api/stu/salin',
      payload: { fromYear: 2024, toYear: 2025 },
    });
    expect(copied.statusCode, copied.body).toBe(201);
    expect(copied.json()).toMatchObject({ year: 2025, exists: true, skNomor: null });
    expect(copied.json().pokja.map((p: { nama: string }) => p.nama)).toEqual([
      'Pokja Manajemen ASN',
      'Pokja Perencanaan',
    ]);
    const twice = await stu.request({
      method: 'POST',
      url: '/api/stu/salin',
      payload: { fromYear: 2024, toYear: 2025 },
    });
    expect(twice.json().error.fields[0].code).toBe('YEAR_HAS_STRUCTURE');
  });
});
