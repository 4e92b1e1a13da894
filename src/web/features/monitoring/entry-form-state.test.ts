import { describe, expect, it } from 'vitest';
import type { Scale } from '../../../domain/roadmap/types.ts';
import { canSave, entryBody, initialTexts, valueProblem } from './entry-form-state.ts';

const persen: Scale = {
  code: 'persen',
  name: 'Persen',
  kind: 'numeric',
  min: 0,
  max: 100,
  decimals: 2,
  unitLabel: 'persen',
};

const row = {
  id: '00000000-0000-4000-8000-000000000001',
  periodeId: '00000000-0000-4000-8000-000000000002',
  subjectType: 'indikator' as const,
  subjectKey: 'ind-1',
  pdKey: 'bkpsdm',
  value: { kind: 'number' as const, value: 21.78 },
  numerator: 2178,
  denominator: 10000,
  anggaranRealisasi: null,
  narrative: 'catatan',
  kendala: 'Server lambat',
  solusi: 'Ganti penyedia',
  status: 'draft' as const,
  returnReason: null,
  updatedBy: 'operator',
  updatedAt: '2024-07-01T00:00:00.000Z',
  enteredBy: 'operator',
  submittedBy: null,
  rowVersion: 3,
  comments: [],
  evidence: [],
  flags: [],
};

describe('entry form state', () => {
  it('starts from the saved row, numbers with the Indonesian comma', () => {
    expect(initialTexts(row)).toEqual({
      value: '21,78',
      numerator: '2.178',
      denominator: '10.000',
      anggaran: '',
      narrative: 'catatan',
      kendala: 'Server lambat',
      solusi: 'Ganti penyedia',
    });
    expect(initialTexts(undefined).value).toBe('');
  });

  it('checks the value by the scale, and requires one only once saving was tried', () => {
    const f = { ...initialTexts(undefined) };
    expect(valueProblem(f, persen, false)).toBeNull();
    expect(valueProblem(f, persen, true)).toEqual({ required: true });
    expect(valueProblem({ ...f, value: '120' }, persen, false)).toHaveProperty('message');
    expect(valueProblem({ ...f, value: 'abc' }, persen, false)).toHaveProperty('message');
    expect(canSave({ ...f, value: '21,5' }, persen)).toBe(true);
    expect(canSave({ ...f, numerator: '1', denominator: '2' }, persen)).toBe(true);
    expect(canSave(f, persen)).toBe(false);
  });

  it('sends the fraction for percentages and the budget (without Rp) for plans', () => {
    const f = {
      value: ' 21,5 ',
      numerator: '',
      denominator: '4',
      anggaran: 'Rp 1.000',
      narrative: '',
      kendala: 'k',
      solusi: '',
    };
    const base = { periodeId: row.periodeId, subjectKey: 'k', rowVersion: 0 };
    expect(entryBody(f, { ...base, subjectType: 'indikator', isPercent: true })).toEqual({
      ...base,
      subjectType: 'indikator',
      value: '21,5',
      numerator: null,
      denominator: '4',
      narrative: '',
      kendala: 'k',
      solusi: '',
    });
    expect(entryBody(f, { ...base, subjectType: 'rencana_aksi', isPercent: true })).toEqual({
      ...base,
      subjectType: 'rencana_aksi',
      value: '21,5',
      anggaranRealisasi: '1.000',
      narrative: '',
      kendala: 'k',
      solusi: '',
    });
  });
});

describe('fraction checks in the form', () => {
  const empty = { value: '', numerator: '', denominator: '', anggaran: '', narrative: '', kendala: '', solusi: '' };
  it("uses the server's fraction rule with its Indonesian messages", async () => {
    const { fractionMessages } = await import('./entry-form-state.ts');
    expect(fractionMessages({ ...empty, numerator: '1' }, persen).get('denominator')).toBe(
      'Isi pembilang dan penyebut keduanya, atau kosongkan keduanya.',
    );
    expect(fractionMessages({ ...empty, numerator: '1', denominator: '0' }, persen).get('denominator')).toBe(
      'Penyebut tidak boleh nol.',
    );
    expect(fractionMessages({ ...empty, value: '30', numerator: '1', denominator: '4' }, persen).get('value')).toMatch(
      /pembilang\/penyebut/,
    );
    expect(fractionMessages({ ...empty, value: '25', numerator: '1', denominator: '4' }, persen).size).toBe(0);
    expect(canSave({ ...empty, numerator: '1' }, persen, true)).toBe(false);
  });
});
