// The meeting form's pure state: members present by default, guests by name, the body the server
// takes (reason only for an absence), and the domain's rules by field before saving.
import { describe, expect, it } from 'vitest';
import type { RapatDetail } from '../../../domain/contracts/rapat.ts';
import { addHadir, addKeputusan, draftOfRapat, missingMembers, rapatBody, rapatProblems } from './rapat-form-state.ts';

const detail: RapatDetail = {
  rapat: {
    id: '00000000-0000-4000-8000-000000000001',
    jenis: 'pokja',
    pokjaId: 'p',
    pokjaNama: 'Pokja ASN',
    pdKey: null,
    judul: 'Rapat pokja S1',
    tanggal: '2024-05-02',
    status: 'draf',
    hadir: 0,
    keputusan: 0,
    terbuka: 0,
    waktu: '09:00',
    tempat: 'Aula',
    tautanDaring: null,
    agenda: 'Capaian S1',
    notulen: '',
    finalizedBy: null,
    finalizedAt: null,
    rowVersion: 2,
  },
  hadir: [],
  addendum: [],
  lampiran: [],
  keputusan: [],
  mayManage: true,
};
const members = [
  { ref: 'a', nama: 'Kepala BKPSDM', jabatan: 'Kepala Badan' },
  { ref: 'b', nama: 'Analis', jabatan: 'Analis SDM' },
];

describe('meeting form state', () => {
  it('starts with the members present and lists a later member as missing', () => {
    const d = draftOfRapat(detail, members);
    expect(d.hadir.map((h) => [h.orangId, h.status])).toEqual([
      ['a', 'hadir'],
      ['b', 'hadir'],
    ]);
    expect(missingMembers(d, [...members, { ref: 'c', nama: 'Baru', jabatan: 'Staf' }]).map((m) => m.ref)).toEqual([
      'c',
    ]);
  });

  it('sends a reason only for an absence and guests without a member id', () => {
    let d = draftOfRapat(detail, members);
    d = {
      ...d,
      hadir: d.hadir.map((h, i) =>
        i === 1 ? { ...h, status: 'tidak_hadir', alasan: 'Dinas luar' } : { ...h, alasan: 'x' },
      ),
    };
    d = addHadir(d, null);
    d.hadir[2] = { ...d.hadir[2]!, nama: 'Narasumber KemenPANRB' };
    const body = rapatBody(d, 2);
    expect(body.hadir!.map((h) => [h.orangId, h.status, h.alasan])).toEqual([
      ['a', 'hadir', null],
      ['b', 'tidak_hadir', 'Dinas luar'],
      [null, 'tamu', null],
    ]);
    expect(body).toMatchObject({ rowVersion: 2, waktu: '09:00', tautanDaring: null });
  });

  it('flags an absence without reason and a decision without owner or due date', () => {
    let d = draftOfRapat(detail, members);
    d.hadir[0] = { ...d.hadir[0]!, status: 'tidak_hadir' };
    d = addKeputusan(d);
    d.keputusan[0] = { ...d.keputusan[0]!, uraian: 'Susun dokumen merit' };
    const p = rapatProblems(d);
    expect(p.get('hadir.0.alasan')).toBe('Tuliskan alasan ketidakhadiran.');
    expect(p.get('keputusan.0.pemilikPdKey')).toMatch(/pemilik/);
    expect(p.get('keputusan.0.tenggat')).toMatch(/tenggat/);
    expect(p.has('keputusan.0.uraian')).toBe(false);
  });
});
