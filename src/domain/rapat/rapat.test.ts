import { describe, expect, it } from 'vitest';
import {
  attendanceProblems,
  isOverdue,
  keputusanProblems,
  meetingMembers,
  movesAllowed,
  normalizeAttendance,
  tindakLanjutMove,
} from './rapat.ts';

describe('attendance', () => {
  const members = new Set(['a', 'b']);
  it('records a non-member as a guest, and a member marked guest as present', () => {
    const out = normalizeAttendance(
      [
        { orangId: 'a', nama: 'A', jabatan: '', status: 'tamu', alasan: null },
        { orangId: 'x', nama: 'X', jabatan: '', status: 'tidak_hadir', alasan: 'sakit' },
        { orangId: null, nama: 'Narasumber', jabatan: '', status: 'hadir', alasan: null },
      ],
      members,
    );
    expect(out.map((h) => [h.status, h.alasan])).toEqual([
      ['hadir', null],
      ['tamu', null],
      ['tamu', null],
    ]);
  });
  it('needs a reason for an absence and no one twice', () => {
    const p = attendanceProblems([
      { orangId: 'a', nama: 'A', jabatan: '', status: 'tidak_hadir', alasan: ' ' },
      { orangId: 'a', nama: 'A', jabatan: '', status: 'hadir', alasan: null },
    ]);
    expect(p.map((x) => `${x.field}:${x.code}`)).toEqual([
      'hadir.0.alasan:ABSENCE_REASON_REQUIRED',
      'hadir.1.nama:DUPLICATE_ATTENDEE',
    ]);
  });
});

describe('who belongs to a meeting', () => {
  const s = {
    orang: [
      { ref: 'a', pdKey: null },
      { ref: 'b', pdKey: 'bkpsdm' },
      { ref: 'c', pdKey: 'bp4d' },
    ],
    pokja: [{ ref: 'p', anggotaRefs: ['c', 'b'] }],
  };
  it('is the pokja for its meeting, everyone for the pleno, the PD for its own', () => {
    expect(meetingMembers(s, { jenis: 'pokja', pokjaId: 'p', pdKey: null })).toEqual(['b', 'c']);
    expect(meetingMembers(s, { jenis: 'pleno', pokjaId: null, pdKey: null })).toEqual(['a', 'b', 'c']);
    expect(meetingMembers(s, { jenis: 'internal_pd', pokjaId: null, pdKey: 'bp4d' })).toEqual(['c']);
  });
});

describe('decisions and their follow-up', () => {
  const k = {
    uraian: 'x',
    pemilikPdKey: 'bkpsdm',
    pemilikNama: null,
    tenggat: '2024-04-01',
    tautanJenis: null,
    tautanId: null,
  };
  it('needs an owner and a due date, and a complete link', () => {
    expect(keputusanProblems(k)).toEqual([]);
    expect(keputusanProblems({ ...k, pemilikPdKey: null, tenggat: null }).map((p) => p.code)).toEqual([
      'FOLLOW_UP_OWNER_REQUIRED',
      'FOLLOW_UP_DUE_REQUIRED',
    ]);
    expect(keputusanProblems({ ...k, tautanJenis: 'indikator' }, 'keputusan.0.')[0]).toMatchObject({
      field: 'keputusan.0.tautanId',
      code: 'LINK_INCOMPLETE',
    });
  });
  it('lets the owner finish and the manager verify or return', () => {
    expect(tindakLanjutMove('terbuka', 'selesai')).toBe('owner');
    expect(tindakLanjutMove('selesai', 'terverifikasi')).toBe('manager');
    expect(tindakLanjutMove('selesai', 'terbuka')).toBe('manager');
    expect(tindakLanjutMove('terbuka', 'terverifikasi')).toBeNull();
    expect(tindakLanjutMove('terverifikasi', 'terbuka')).toBeNull();
  });
  it('offers each reader only the moves their part allows', () => {
    expect(movesAllowed('terbuka', { owner: true, manager: false })).toEqual(['selesai']);
    expect(movesAllowed('terbuka', { owner: false, manager: true })).toEqual([]);
    expect(movesAllowed('selesai', { owner: true, manager: true })).toEqual(['terbuka', 'terverifikasi']);
    expect(movesAllowed('terverifikasi', { owner: true, manager: true })).toEqual([]);
  });

  it('is overdue only while open after its due day', () => {
    expect(isOverdue({ status: 'terbuka', tenggat: '2024-04-01' }, '2024-04-02')).toBe(true);
    expect(isOverdue({ status: 'terbuka', tenggat: '2024-04-01' }, '2024-04-01')).toBe(false);
    expect(isOverdue({ status: 'selesai', tenggat: '2024-04-01' }, '2024-05-01')).toBe(false);
  });
});
