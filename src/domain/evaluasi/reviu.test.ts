import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DIMENSI,
  dimensiProblems,
  judgeRefusal,
  penilaianProblems,
  reviuMoves,
  reviuSummary,
  unjudged,
  type Penilaian,
} from './reviu.ts';
import type { TimKnown } from './tim.ts';

const all = (sesuai: boolean): Penilaian[] =>
  DEFAULT_DIMENSI.map((d) => ({ dimensi: d.code, sesuai, catatan: sesuai ? '' : 'Bukti tidak lengkap sama sekali' }));

describe('review judgements', () => {
  it('needs a note for "Tidak sesuai", known dimensions, each once', () => {
    expect(penilaianProblems(all(true), DEFAULT_DIMENSI)).toEqual([]);
    expect(penilaianProblems(all(false), DEFAULT_DIMENSI)).toEqual([]);
    const problems = penilaianProblems(
      [
        { dimensi: 'kualitas', sesuai: false, catatan: 'kurang' },
        { dimensi: 'kualitas', sesuai: true, catatan: '' },
        { dimensi: 'rasa', sesuai: true, catatan: '' },
      ],
      DEFAULT_DIMENSI,
    );
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['penilaian.0.catatan', 'CATATAN_WAJIB'],
      ['penilaian.1.dimensi', 'DUPLICATE_DIMENSI'],
      ['penilaian.2.dimensi', 'UNKNOWN_DIMENSI'],
    ]);
    expect(unjudged([{ dimensi: 'kualitas', sesuai: null, catatan: '' }], DEFAULT_DIMENSI)).toEqual([
      'ketepatan',
      'ketercapaian',
      'kualitas',
      'waktu',
    ]);
  });

  it('offers the moves of each status to each side', () => {
    expect(reviuMoves(null, 'evaluator')).toEqual(['nilai']);
    expect(reviuMoves('draft', 'evaluator')).toEqual(['nilai', 'kembalikan', 'final']);
    expect(reviuMoves('dikembalikan', 'evaluator')).toEqual([]);
    expect(reviuMoves('ditanggapi', 'evaluator')).toEqual(['nilai']);
    expect(reviuMoves('final', 'evaluator')).toEqual([]);
    expect(reviuMoves('dikembalikan', 'pd')).toEqual(['tanggapi']);
    expect(reviuMoves('draft', 'pd')).toEqual([]);
  });
});

describe('who may judge', () => {
  const known: TimKnown = {
    users: new Map([
      ['ketua', { pdKeys: [] }],
      ['dalang', { pdKeys: ['diskominfo'] }],
      ['anggota', { pdKeys: [] }],
    ]),
    pdKeys: new Set(['bkpsdm', 'diskominfo', 'inspektorat']),
    sasaranKeys: new Set(['sg-1', 'sg-2']),
  };
  const team = {
    anggota: [
      { userId: 'ketua', peran: 'ketua' as const, pdKey: 'inspektorat' },
      { userId: 'dalang', peran: 'pengendali_teknis' as const, pdKey: null },
      { userId: 'anggota', peran: 'anggota' as const, pdKey: null },
    ],
    tugas: [
      { userId: 'anggota', jenis: 'pd' as const, key: 'bkpsdm' },
      { userId: 'anggota', jenis: 'sasaran' as const, key: 'sg-2' },
    ],
  };
  const s = (pdKey: string, sasaranKeys: string[] = []) => ({ pdKey, sasaranKeys });

  it('never lets a member judge a PD they belong to, by home PD or by account', () => {
    expect(judgeRefusal(team, known, 'ketua', s('inspektorat'))).toBe('EVALUATOR_OWN_PD');
    expect(judgeRefusal(team, known, 'dalang', s('diskominfo'))).toBe('EVALUATOR_OWN_PD');
    expect(judgeRefusal(team, known, 'ketua', s('bkpsdm'))).toBeNull();
  });

  it('lets an anggota judge only what is assigned: the PD, or a sasaran the subject serves', () => {
    expect(judgeRefusal(team, known, 'anggota', s('bkpsdm'))).toBeNull();
    expect(judgeRefusal(team, known, 'anggota', s('diskominfo', ['sg-2']))).toBeNull();
    expect(judgeRefusal(team, known, 'anggota', s('diskominfo', ['sg-1']))).toBe('NOT_ASSIGNED');
    expect(judgeRefusal(team, known, 'orang-luar', s('bkpsdm'))).toBe('NOT_IN_TEAM');
  });
});

describe('% Sesuai per dimension', () => {
  it('counts final reviews only, per PD and for the instansi', () => {
    const mixed = all(true).map((p) => (p.dimensi === 'kualitas' ? { ...p, sesuai: false } : p));
    const out = reviuSummary(
      [
        { pdKey: 'bkpsdm', status: 'final', penilaian: all(true) },
        { pdKey: 'bkpsdm', status: 'final', penilaian: mixed },
        { pdKey: 'diskominfo', status: 'final', penilaian: all(false) },
        { pdKey: 'diskominfo', status: 'draft', penilaian: all(true) },
      ],
      DEFAULT_DIMENSI,
    );
    expect(out.perPd.map((r) => r.pdKey)).toEqual(['bkpsdm', 'diskominfo']);
    expect(out.perPd[0]!.perDimensi.kualitas).toEqual({ sesuai: 1, dinilai: 2, persen: 50 });
    expect(out.perPd[0]!.total).toEqual({ sesuai: 7, dinilai: 8, persen: 87.5 });
    expect(out.perPd[1]!.total).toEqual({ sesuai: 0, dinilai: 4, persen: 0 });
    expect(out.total.perDimensi.ketepatan).toEqual({ sesuai: 2, dinilai: 3, persen: 66.67 });
    expect(reviuSummary([], DEFAULT_DIMENSI).total.total.persen).toBeNull();
  });

  it('checks a configured set of dimensions', () => {
    expect(dimensiProblems(DEFAULT_DIMENSI, new Set(['KELOGISAN', 'KETEPATAN_TARGET', 'RELEVANSI_OUTPUT']))).toEqual(
      [],
    );
    expect(dimensiProblems([], new Set()).map((p) => p.code)).toEqual(['DIMENSI_REQUIRED']);
    expect(
      dimensiProblems([DEFAULT_DIMENSI[0]!, DEFAULT_DIMENSI[0]!], new Set(['KELOGISAN'])).map((p) => p.code),
    ).toEqual(['DUPLICATE_DIMENSI']);
    expect(dimensiProblems([DEFAULT_DIMENSI[0]!], new Set()).map((p) => p.code)).toEqual(['UNKNOWN_CRITERION']);
  });
});
