// Re-basing onto another scale: identity between equal ranges, an explicit mapping otherwise,
// targets from the change on converted, earlier years untouched.
import { describe, expect, it } from 'vitest';
import { findScale } from '../catalogue/scales.ts';
import { mapValue, rebaseIndicator } from './rebase.ts';
import type { Indikator } from './types.ts';

const spbe: Indikator = {
  key: 'spbe',
  name: 'Indeks SPBE',
  scaleCode: 'indeks_spbe',
  unit: 'Indeks',
  polarity: 'higher_is_better',
  baseline: { year: 2024, status: 'value', value: { kind: 'number', value: 2.1 } },
  targets: [
    { year: 2025, type: 'point', value: { kind: 'number', value: 2.5 } },
    { year: 2026, type: 'point', value: { kind: 'number', value: 3 } },
  ],
  responsible: [],
};
const period = { periodStart: 2025, periodEnd: 2029 };
const scales = (to: string) => ({ from: findScale('indeks_spbe'), to: findScale(to) });

describe('rebaseIndicator', () => {
  it('moves SPBE to Pemdi from 2026 by identity, keeping baseline and 2025', () => {
    const r = rebaseIndicator(spbe, { fromYear: 2026, scaleCode: 'indeks_pemdi' }, scales('indeks_pemdi'), period);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.indicator.targets).toEqual(spbe.targets);
    expect(r.indicator.baseline).toEqual(spbe.baseline);
    expect(r.indicator.scaleCode).toBe('indeks_spbe');
    expect(r.change).toMatchObject({ fromYear: 2026, scaleCode: 'indeks_pemdi', mapping: { kind: 'identity' } });
  });

  it('needs a mapping between different ranges and converts targets from the change on', () => {
    const refused = rebaseIndicator(spbe, { fromYear: 2026, scaleCode: 'persen' }, scales('persen'), period);
    expect(refused).toMatchObject({ ok: false, fields: [{ field: 'mapping', code: 'SCALE_MAPPING_REQUIRED' }] });
    const mapping = { kind: 'linear', fromMin: 1, fromMax: 5, toMin: 0, toMax: 100 } as const;
    const r = rebaseIndicator(spbe, { fromYear: 2026, scaleCode: 'persen', mapping }, scales('persen'), period);
    expect(
      r.ok && r.indicator.targets.map((t) => (t.type === 'point' && t.value.kind === 'number' ? t.value.value : 0)),
    ).toEqual([2.5, 50]);
  });

  it('refuses a year outside the period, an ordinal scale and an unknown scale', () => {
    expect(
      rebaseIndicator(spbe, { fromYear: 2030, scaleCode: 'indeks_pemdi' }, scales('indeks_pemdi'), period),
    ).toMatchObject({
      fields: [{ code: 'REBASE_YEAR_OUTSIDE_PERIOD' }],
    });
    expect(
      rebaseIndicator(spbe, { fromYear: 2026, scaleCode: 'predikat_akip' }, scales('predikat_akip'), period),
    ).toMatchObject({
      fields: [{ code: 'REBASE_ORDINAL' }],
    });
    expect(rebaseIndicator(spbe, { fromYear: 2026, scaleCode: 'x' }, scales('x'), period)).toMatchObject({
      fields: [{ code: 'SCALE_UNKNOWN' }],
    });
  });

  it('maps linearly at the new precision', () => {
    expect(mapValue(3, { kind: 'linear', fromMin: 1, fromMax: 5, toMin: 0, toMax: 100 })).toBe(50);
    expect(mapValue(4.2, { kind: 'identity' })).toBe(4.2);
  });
});
