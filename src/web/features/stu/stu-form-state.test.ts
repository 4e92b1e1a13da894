// The structure editor's pure state: new refs are never reused, removing a person removes their pokja
// places, the body carries the ketua apart from the members, problems are the server's by field, and
// the two readings (scope → pokja, a PD's people) of a saved structure.
import { describe, expect, it } from 'vitest';
import type { Struktur } from '../../../domain/contracts/stu.ts';
import {
  addOrang,
  addPokja,
  bodyOf,
  draftOf,
  draftProblems,
  peopleOfPd,
  pokjaOfNode,
  removeOrang,
} from './stu-form-state.ts';

const saved: Struktur = {
  year: 2025,
  exists: true,
  skNomor: '800/1/2025',
  skTanggal: '2025-01-10',
  rowVersion: 3,
  orang: [
    { ref: 'a', nama: 'Sekda', jabatan: 'Sekretaris Daerah', pdKey: null, userId: null, peranStu: 'ketua' },
    { ref: 'b', nama: 'Kepala BKPSDM', jabatan: 'Kepala Badan', pdKey: 'bkpsdm', userId: 'u-1', peranStu: 'anggota' },
    { ref: 'c', nama: 'Analis', jabatan: 'Analis SDM', pdKey: 'bkpsdm', userId: null, peranStu: null },
  ],
  pokja: [{ ref: 'p', nama: 'Pokja ASN', ketuaRef: 'b', anggotaRefs: ['b', 'c'], lingkup: ['sg-1', 'ku-1'] }],
};
const known = { pdKeys: new Set(['bkpsdm']), nodeKeys: new Set(['sg-1', 'ku-1']) };

describe('structure editor state', () => {
  it('shows the ketua apart from the members and sends the same structure back', () => {
    const d = draftOf(saved);
    expect(d.pokja[0]!.anggotaRefs).toEqual(['c']);
    const body = bodyOf(d, 2025, 3);
    expect(body.pokja[0]).toEqual({
      ref: 'p',
      nama: 'Pokja ASN',
      ketuaRef: 'b',
      anggotaRefs: ['c'],
      lingkup: ['sg-1', 'ku-1'],
    });
    expect(body.orang[0]).toMatchObject({ pdKey: null, userId: null, peranStu: 'ketua' });
    expect(draftProblems(d, known).size).toBe(0);
  });

  it('gives new rows refs that are never reused, and flags their empty fields by path', () => {
    let d = addOrang(draftOf(saved));
    d = removeOrang(d, 'baru-1');
    d = addOrang(d);
    expect(d.orang.at(-1)!.ref).toBe('baru-2');
    d = addPokja(d);
    const problems = draftProblems(d, known);
    expect(problems.get('orang.3.nama')).toMatch(/wajib/);
    expect(problems.get('pokja.1.ketuaRef')).toMatch(/ketua/);
  });

  it('removes a person from the pokja they led or sat in', () => {
    const d = removeOrang(draftOf(saved), 'b');
    expect(d.pokja[0]).toMatchObject({ ketuaRef: '', anggotaRefs: ['c'] });
    expect(draftProblems(d, known).get('pokja.0.ketuaRef')).toBe('Pilih ketua pokja.');
  });

  it('tells who answers for each scope node and where a PD’s people sit', () => {
    expect(pokjaOfNode(saved).get('ku-1')).toBe('Pokja ASN');
    expect(peopleOfPd(saved, 'bkpsdm')).toEqual([
      {
        nama: 'Kepala BKPSDM',
        jabatan: 'Kepala Badan',
        peranStu: 'anggota',
        ketuaPokja: ['Pokja ASN'],
        anggotaPokja: [],
      },
      { nama: 'Analis', jabatan: 'Analis SDM', peranStu: null, ketuaPokja: [], anggotaPokja: ['Pokja ASN'] },
    ]);
  });
});
