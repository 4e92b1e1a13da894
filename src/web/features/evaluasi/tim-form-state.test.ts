// The team form's pure state: assignments travel with their members, the body is what the server
// takes, and a member is not offered for a PD they belong to.
import { describe, expect, it } from 'vitest';
import type { Tim } from '../../../domain/contracts/tim-evaluasi.ts';
import { draftOfTim, knownOf, mayEvaluatePd, timBodyOf, timDraftProblems } from './tim-form-state.ts';

const tim: Tim = {
  year: 2024,
  exists: true,
  skNomor: '700/1/2024',
  anggota: [
    { userId: 'u1', displayName: 'Ketua', peran: 'ketua', pdKey: null },
    { userId: 'u2', displayName: 'Anggota', peran: 'anggota', pdKey: 'bp4d' },
  ],
  tugas: [
    { userId: 'u2', jenis: 'pd', key: 'bkpsdm' },
    { userId: 'u1', jenis: 'sasaran', key: 'sg-1' },
  ],
  rowVersion: 3,
  pilihan: {
    akun: [
      { id: 'u1', displayName: 'Ketua', pdKeys: [] },
      { id: 'u2', displayName: 'Anggota', pdKeys: [] },
    ],
    pd: [
      { key: 'bkpsdm', name: 'BKPSDM' },
      { key: 'bp4d', name: 'BP4D' },
    ],
    sasaran: [{ key: 'sg-1', name: '1. Manajemen ASN' }],
  },
};

describe('team form state', () => {
  it('sends the team back as stored', () => {
    expect(timBodyOf(draftOfTim(tim), 3)).toEqual({
      skNomor: '700/1/2024',
      anggota: [
        { userId: 'u1', peran: 'ketua', pdKey: null },
        { userId: 'u2', peran: 'anggota', pdKey: 'bp4d' },
      ],
      tugas: [
        { userId: 'u2', jenis: 'pd', key: 'bkpsdm' },
        { userId: 'u1', jenis: 'sasaran', key: 'sg-1' },
      ],
      rowVersion: 3,
    });
  });

  it('drops the assignments of a removed member, and does not offer a member for their own PD', () => {
    const d = draftOfTim(tim);
    const known = knownOf(tim);
    expect(mayEvaluatePd(d, 'u2', 'bp4d', known)).toBe(false);
    expect(mayEvaluatePd(d, 'u2', 'bkpsdm', known)).toBe(true);
    const without = { ...d, anggota: d.anggota.filter((a) => a.userId !== 'u2') };
    expect(timBodyOf(without, 3).tugas).toEqual([{ userId: 'u1', jenis: 'sasaran', key: 'sg-1' }]);
    d.tugas['pd:bp4d'] = 'u2';
    expect(timDraftProblems(d, known).get('tugas.2.key')).toMatch(/tidak boleh mengevaluasi/);
  });
});
