// The Tim Evaluasi Internal's rules: one ketua, known members once each, assignments only to members,
// each scope once, and nobody evaluates a PD they belong to (by home PD or by their account's roles).
import { describe, expect, it } from 'vitest';
import { timProblems, type TimKnown } from './tim.ts';

const known: TimKnown = {
  users: new Map([
    ['u-ketua', { pdKeys: [] }],
    ['u-anggota', { pdKeys: [] }],
    ['u-bkpsdm', { pdKeys: ['bkpsdm'] }],
  ]),
  pdKeys: new Set(['bkpsdm', 'bp4d', 'inspektorat']),
  sasaranKeys: new Set(['sg-1']),
};
const codes = (t: Parameters<typeof timProblems>[0]) => timProblems(t, known).map((p) => `${p.field}:${p.code}`);

describe('Tim Evaluasi Internal', () => {
  const anggota = [
    { userId: 'u-ketua', peran: 'ketua' as const, pdKey: 'inspektorat' },
    { userId: 'u-anggota', peran: 'anggota' as const, pdKey: 'bp4d' },
    { userId: 'u-bkpsdm', peran: 'anggota' as const, pdKey: null },
  ];

  it('accepts a team with one ketua and assignments outside each evaluator’s own PD', () => {
    expect(
      codes({
        anggota,
        tugas: [
          { userId: 'u-ketua', jenis: 'pd', key: 'bkpsdm' },
          { userId: 'u-anggota', jenis: 'sasaran', key: 'sg-1' },
        ],
      }),
    ).toEqual([]);
  });

  it('refuses an evaluator for their own PD, by home PD and by account', () => {
    expect(
      codes({
        anggota,
        tugas: [
          { userId: 'u-anggota', jenis: 'pd', key: 'bp4d' },
          { userId: 'u-bkpsdm', jenis: 'pd', key: 'bkpsdm' },
        ],
      }),
    ).toEqual(['tugas.0.key:EVALUATOR_OWN_PD', 'tugas.1.key:EVALUATOR_OWN_PD']);
  });

  it('needs one ketua, members once, assignments to members, each scope once', () => {
    expect(
      codes({
        anggota: [
          { userId: 'u-anggota', peran: 'anggota', pdKey: null },
          { userId: 'u-anggota', peran: 'anggota', pdKey: 'dinas-x' },
          { userId: 'tidak-ada', peran: 'anggota', pdKey: null },
        ],
        tugas: [
          { userId: 'u-ketua', jenis: 'pd', key: 'bp4d' },
          { userId: 'u-anggota', jenis: 'pd', key: 'bkpsdm' },
          { userId: 'u-anggota', jenis: 'pd', key: 'bkpsdm' },
          { userId: 'u-anggota', jenis: 'sasaran', key: 'sg-9' },
        ],
      }),
    ).toEqual([
      'anggota.1.userId:DUPLICATE_MEMBER',
      'anggota.1.pdKey:UNKNOWN_PD',
      'anggota.2.userId:UNKNOWN_USER',
      'anggota:KETUA_REQUIRED',
      'tugas.0.userId:NOT_A_MEMBER',
      'tugas.2.key:ASSIGNED_TWICE',
      'tugas.3.key:UNKNOWN_NODE',
    ]);
  });
});
