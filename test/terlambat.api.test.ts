// What is overdue in the monitoring round, through the API on both databases: a meeting follow-up
// past its due day and a complaint past its working-day deadline show for the STU; a PD that does not
// own the complaint sees it counted but not listed; the STU's reminder reaches the owner PD in the app
// and nobody else may send it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { skipDb } from './helpers/database.ts';
import { operatorOf } from './helpers/accounts.ts';
import { login, type Session } from './helpers/session.ts';

describe.skipIf(skipDb())('overdue follow-ups and complaints', () => {
  let t: TestApp;
  let stu: Session;
  let bkpsdm: Session;
  let bp4d: Session;

  beforeAll(async () => {
    t = await createTestApp({ fixture: 'small' });
    [stu, bkpsdm, bp4d] = await Promise.all([
      login(t.app, 'stu'),
      login(t.app, 'operator.bkpsdm'),
      operatorOf(t, 'bp4d'),
    ]);
    const rapat = (
      await stu.request({
        method: 'POST',
        url: '/api/rapat',
        payload: { jenis: 'pleno', judul: 'Rapat pleno Semester I', tanggal: '2024-06-20' },
      })
    ).json();
    const saved = await stu.request({
      method: 'PUT',
      url: `/api/rapat/${rapat.rapat.id}`,
      payload: {
        judul: 'Rapat pleno Semester I',
        tanggal: '2024-06-20',
        keputusan: [
          { uraian: 'Lengkapi dokumen merit', pemilikPdKey: 'bkpsdm', tenggat: '2024-07-31' },
          { uraian: 'Susun jadwal evaluasi', pemilikPdKey: 'bkpsdm', tenggat: '2099-01-31' },
        ],
        rowVersion: 1,
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const complaint = await bkpsdm.request({
      method: 'POST',
      url: '/api/pengaduan',
      payload: { kanal: 'langsung', tanggalDiterima: '2024-02-01', ringkasan: 'Antrean layanan lama', pdKey: 'bkpsdm' },
    });
    expect(complaint.statusCode, complaint.body).toBe(201);
  });
  afterAll(async () => t?.close());

  it('lists the overdue follow-up and complaint for the STU', async () => {
    const res = await stu.request('/api/terlambat');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.keputusan.map((k: { uraian: string }) => k.uraian)).toEqual(['Lengkapi dokumen merit']);
    expect(body.keputusan[0]).toMatchObject({
      pemilikPdKey: 'bkpsdm',
      tenggat: '2024-07-31',
      rapatJudul: 'Rapat pleno Semester I',
    });
    expect(body.pengaduan.perPd).toEqual([{ pdKey: 'bkpsdm', count: 1 }]);
    expect(body.pengaduan.items).toHaveLength(1);
  });

  it('gives another PD the complaint count without the complaint', async () => {
    const body = (await bp4d.request('/api/terlambat')).json();
    expect(body.pengaduan.perPd).toEqual([{ pdKey: 'bkpsdm', count: 1 }]);
    expect(body.pengaduan.items).toEqual([]);
  });

  it('reminds the owner PD, in the app; a PD operator may not send reminders', async () => {
    expect(
      (await bkpsdm.request({ method: 'POST', url: '/api/terlambat/pengingat', payload: { pdKeys: null } })).statusCode,
    ).toBe(403);
    const res = await stu.request({ method: 'POST', url: '/api/terlambat/pengingat', payload: { pdKeys: null } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().reminded).toEqual([
      {
        pdKey: 'bkpsdm',
        body: expect.stringContaining(
          '1 tindak lanjut keputusan rapat melewati tenggat (tertua 31 Juli 2024); 1 pengaduan',
        ),
      },
    ]);
    const notes = (await bkpsdm.request('/api/notifications')).json() as { title: string; link: string }[];
    expect(notes.find((n) => n.title === 'Pengingat tindak lanjut yang terlambat')?.link).toBe(
      '/rapat?tab=tindak-lanjut',
    );
    const others = (await bp4d.request('/api/notifications')).json() as { title: string }[];
    expect(others.some((n) => n.title === 'Pengingat tindak lanjut yang terlambat')).toBe(false);
  });
});
