// The unit rule table: which printed units fit which scales.
import { describe, expect, it } from 'vitest';
import { SAMPLE_SCALES } from './fixtures.ts';
import type { Scale } from './types.ts';
import { classifyUnit, normaliseUnit, unitScaleMismatch } from './units.ts';

function scale(code: string): Scale {
  const s = SAMPLE_SCALES.find((x) => x.code === code);
  if (!s) throw new Error(code);
  return s;
}

const numeric = (min: number | null, max: number | null, unitLabel = 'indeks'): Scale => ({
  code: 'x',
  name: 'Indeks X',
  kind: 'numeric',
  min,
  max,
  decimals: 2,
  unitLabel,
});

describe('unit words', () => {
  it('normalises punctuation, case and spacing', () => {
    expect(normaliseUnit('Rp.')).toBe('rp');
    expect(normaliseUnit(' Unit  Kerja ')).toBe('unit kerja');
    expect(normaliseUnit('%')).toBe('%');
  });

  it('classifies the units printed in the Lampiran', () => {
    expect(classifyUnit('Persen')).toBe('percent');
    expect(classifyUnit('%')).toBe('percent');
    expect(classifyUnit('Rp.')).toBe('currency');
    expect(classifyUnit('Unit Kerja')).toBe('count');
    expect(classifyUnit('Poin')).toBe('index');
    expect(classifyUnit('Skor')).toBe('index');
    expect(classifyUnit('Angka')).toBe('index');
    expect(classifyUnit('Predikat')).toBe('category');
    expect(classifyUnit('Opini')).toBe('category');
    expect(classifyUnit('Kategori')).toBe('category');
    expect(classifyUnit('Level')).toBe('level');
    expect(classifyUnit('Skala')).toBe('level');
    expect(classifyUnit('Hektar')).toBe('unknown');
  });
});

describe('unitScaleMismatch', () => {
  it('flags a percent on a 1–5 index and on the 100–400 merit index', () => {
    expect(unitScaleMismatch('Persen', numeric(1, 5))?.unitClass).toBe('percent');
    expect(unitScaleMismatch('Persen', numeric(100, 400))?.reason.id).toContain('100–400');
  });

  it('accepts a percent on a 0–100 scale and on open scales', () => {
    expect(unitScaleMismatch('Persen', { ...numeric(0, 100), name: 'Tingkat digitalisasi arsip' })).toBeNull();
    expect(unitScaleMismatch('%', { ...numeric(null, null), name: 'Persentase' })).toBeNull();
  });

  it('flags a percent on a 0–100 index: a score is not a share (Indeks Kualitas Kebijakan)', () => {
    expect(
      unitScaleMismatch('Persen', { ...numeric(0, 100), name: 'Indeks Kualitas Kebijakan (IKK)' })?.unitClass,
    ).toBe('percent');
  });

  it('flags a score word on a percent scale', () => {
    expect(unitScaleMismatch('Skor', scale('persen'))?.unitClass).toBe('index');
    expect(unitScaleMismatch('Persen', scale('persen'))).toBeNull();
  });

  it('ties currency words to currency scales, both ways', () => {
    expect(unitScaleMismatch('Rp.', scale('persen'))?.unitClass).toBe('currency');
    expect(unitScaleMismatch('Rp.', scale('rupiah'))).toBeNull();
    expect(unitScaleMismatch('Poin', scale('rupiah'))).not.toBeNull();
    expect(unitScaleMismatch('Hektar', scale('rupiah'))).not.toBeNull();
  });

  it('ties category words to ordinal scales and levels to small or ordinal scales', () => {
    expect(unitScaleMismatch('Opini', scale('opini_bpk'))).toBeNull();
    expect(unitScaleMismatch('Predikat', numeric(0, 100))).not.toBeNull();
    expect(unitScaleMismatch('Persen', scale('opini_bpk'))).not.toBeNull();
    expect(unitScaleMismatch('Level', numeric(1, 5))).toBeNull();
    expect(unitScaleMismatch('Level', numeric(0, 100))).not.toBeNull();
    expect(unitScaleMismatch('Skala', numeric(0, null))).toBeNull();
  });

  it('accepts counts on count scales and whole-number numeric scales', () => {
    expect(unitScaleMismatch('Unit Kerja', scale('jumlah_unit'))).toBeNull();
    expect(unitScaleMismatch('Unit Kerja', scale('persen'))).not.toBeNull();
  });

  it('does not judge units it does not know', () => {
    expect(unitScaleMismatch('Hektar', numeric(0, 100))).toBeNull();
    expect(unitScaleMismatch('', numeric(1, 5))).toBeNull();
  });
});
