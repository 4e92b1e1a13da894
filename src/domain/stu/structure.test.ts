import { describe, expect, it } from 'vitest';
import { strukturProblems, type StrukturInput } from './structure.ts';

const known = { pdKeys: new Set(['bkpsdm']), nodeKeys: new Set(['sg-1', 'ku-1']) };
const base = (): StrukturInput => ({
  orang: [
    { ref: 'a', nama: 'Sekda', jabatan: 'Sekretaris Daerah', pdKey: null, userId: null, peranStu: 'ketua' },
    { ref: 'b', nama: 'Kepala BKPSDM', jabatan: 'Kepala', pdKey: 'bkpsdm', userId: null, peranStu: null },
  ],
  pokja: [{ ref: 'p', nama: 'Pokja ASN', ketuaRef: 'b', anggotaRefs: ['a'], lingkup: ['sg-1'] }],
});

describe('the STU structure', () => {
  it('accepts a well-formed structure', () => {
    expect(strukturProblems(base(), known)).toEqual([]);
  });
  it('names each problem by field path', () => {
    const s = base();
    s.orang[1]!.pdKey = 'dinas-x';
    s.orang[1]!.nama = ' ';
    s.pokja.push({ ref: 'q', nama: 'pokja asn', ketuaRef: null, anggotaRefs: ['zz'], lingkup: ['sg-1', 'nope'] });
    expect(strukturProblems(s, known).map((p) => `${p.field}:${p.code}`)).toEqual([
      'orang.1.nama:REQUIRED',
      'orang.1.pdKey:UNKNOWN_PD',
      'pokja.1.nama:DUPLICATE_NAME',
      'pokja.1.ketuaRef:REQUIRED',
      'pokja.1.anggotaRefs.0:UNKNOWN_PERSON',
      'pokja.1.lingkup.1:UNKNOWN_NODE',
      'pokja.1.lingkup.0:NODE_TWO_POKJA',
    ]);
  });
});
