import { describe, expect, it } from 'vitest';
import { SAMPLE_SCALES, sampleRoadMap } from '../../../domain/roadmap/fixtures.ts';
import type { Indikator } from '../../../domain/roadmap/types.ts';
import { formFieldOfServerField } from './indicator-form-fields.ts';
import { knownFields, withNewPd, withNewTarget, withRole, withScale, withTarget } from './indicator-form-rows.ts';
import { numberText, readForm, toForm, type IndicatorDraft } from './indicator-form.ts';
import { reapply, withoutKey } from './indicator-reapply.ts';

const spbe: IndicatorDraft = {
  name: 'Indeks SPBE',
  scaleCode: 'indeks_spbe',
  unit: 'Indeks',
  polarity: 'higher_is_better',
  baseline: { year: 2019, status: 'value', value: { kind: 'number', value: 2.1 } },
  targets: [
    { year: 2021, type: 'point', value: { kind: 'number', value: 2.5 } },
    { year: 2020, type: 'point', value: { kind: 'number', value: 2.3 } },
  ],
  responsible: [{ pdKey: 'kominfo', role: 'lead' }],
};

describe('indicator form state', () => {
  it('round-trips an indicator: targets sorted by year, decimal comma', () => {
    const form = toForm(spbe, SAMPLE_SCALES);
    expect(form.targets.map((t) => [t.year, t.value])).toEqual([
      ['2020', '2,3'],
      ['2021', '2,5'],
    ]);
    const { draft, errors } = readForm(form, SAMPLE_SCALES, spbe);
    expect(errors).toEqual({});
    expect(draft?.targets.map((t) => t.year)).toEqual([2020, 2021]);
    expect(draft?.baseline).toEqual(spbe.baseline);
  });

  it('keeps a target year’s own baseline, and refuses one outside the scale', () => {
    const withBase: IndicatorDraft = {
      ...spbe,
      targets: [
        { year: 2021, type: 'point', value: { kind: 'number', value: 2.5 }, baseline: { kind: 'number', value: 2.2 } },
      ],
    };
    const form = toForm(withBase, SAMPLE_SCALES);
    expect(form.targets[0]!.baseline).toBe('2,2');
    expect(readForm(form, SAMPLE_SCALES, withBase).draft?.targets[0]?.baseline).toEqual({ kind: 'number', value: 2.2 });
    const cleared = withTarget(form, 0, { baseline: '' });
    expect(readForm(cleared, SAMPLE_SCALES, withBase).draft?.targets[0]).not.toHaveProperty('baseline');
    const bad = readForm(withTarget(form, 0, { baseline: 'abc' }), SAMPLE_SCALES, withBase);
    expect(bad.draft).toBeNull();
    expect(Object.keys(bad.errors)).toContain('targets.0.baseline');
  });

  it('groups thousands only on whole-number scales', () => {
    const rupiah = SAMPLE_SCALES.find((s) => s.code === 'rupiah');
    expect(numberText(1500000, rupiah)).toBe('1.500.000');
    expect(numberText(2.5, SAMPLE_SCALES[0])).toBe('2,5');
  });

  it('refuses what the server refuses, with the same Indonesian messages', () => {
    let form = toForm(spbe, SAMPLE_SCALES);
    form = withTarget(form, 1, { year: '2020' });
    form = {
      ...form,
      polarity: 'ordinal',
      responsible: [...form.responsible, { id: 'x', pdKey: 'kominfo', role: 'lead' }],
    };
    const { errors } = readForm(form, SAMPLE_SCALES, spbe);
    expect(errors['targets.1.year']?.id).toBe('Target tahun 2020 sudah ada.');
    expect(errors.polarity?.id).toContain('hanya untuk skala bertingkat');
    expect(errors['responsible.1.pdKey']?.id).toBe('Perangkat daerah yang sama disebut dua kali.');
    expect(errors.responsible?.id).toBe('Hanya satu perangkat daerah yang dapat menjadi penanggung jawab utama.');
  });

  it('judges a changed value against the scale, but leaves a stored out-of-scale value alone', () => {
    const stored: IndicatorDraft = {
      ...spbe,
      targets: [{ year: 2020, type: 'point', value: { kind: 'number', value: 5.05 } }],
    };
    const form = toForm(stored, SAMPLE_SCALES);
    expect(readForm(form, SAMPLE_SCALES, stored).errors).toEqual({});
    const changed = withTarget(form, 0, { value: '6' });
    expect(readForm(changed, SAMPLE_SCALES, stored).errors['targets.0.value']).toBeDefined();
    const band = withTarget(form, 0, { type: 'band', min: '3', max: '2' });
    expect(readForm(band, SAMPLE_SCALES, stored).errors['targets.0.max']?.id).toContain('Batas atas');
  });

  it('reads an unreadable year or empty name as a broken draft', () => {
    const form = { ...toForm(spbe, SAMPLE_SCALES), name: ' ', baselineYear: '19' };
    const r = readForm(form, SAMPLE_SCALES, spbe);
    expect(r.draft).toBeNull();
    expect(Object.keys(r.errors).sort()).toEqual(['baseline.year', 'name']);
  });
});

describe('indicator form rows', () => {
  it('an ordinal scale forces the ordinal polarity, and a numeric one drops it', () => {
    const form = toForm(spbe, SAMPLE_SCALES);
    const ordinal = withScale(form, SAMPLE_SCALES, 'opini_bpk');
    expect(ordinal.polarity).toBe('ordinal');
    expect(withScale(ordinal, SAMPLE_SCALES, 'persen').polarity).toBe('higher_is_better');
  });

  it('adds the next target year and keeps one lead', () => {
    let form = toForm(spbe, SAMPLE_SCALES);
    form = withNewTarget(form, 2020);
    expect(form.targets.at(-1)?.year).toBe('2022');
    expect(withNewTarget({ ...form, targets: [] }, 2020).targets[0]?.year).toBe('2020');
    form = withNewPd(form);
    expect(form.responsible[1]?.role).toBe('supporting');
    form = withRole(form, 1, 'lead');
    expect(form.responsible.map((r) => r.role)).toEqual(['supporting', 'lead']);
  });

  it('maps server field paths onto form fields', () => {
    const known = knownFields(toForm(spbe, SAMPLE_SCALES));
    expect(formFieldOfServerField('body.indicator.targets.0.value.value', known)).toBe('targets.0.value');
    expect(formFieldOfServerField('indicator.responsible.0.pdKey', known)).toBe('responsible.0.pdKey');
    expect(formFieldOfServerField('rowVersion', known)).toBeNull();
  });
});

describe('re-applying after a conflict', () => {
  it('takes my fields and target years, theirs elsewhere, and names the fields we both changed', () => {
    const ind: Indikator = sampleRoadMap().indicators[0]!;
    const original = withoutKey(ind);
    const mine = { ...original, name: 'Nama saya', note: 'catatan saya' };
    const current = { ...original, name: 'Nama mereka', unit: 'Satuan baru' };
    const { merged, theirs, conflicts } = reapply(original, mine, current);
    expect(merged.name).toBe('Nama saya');
    expect(merged.unit).toBe('Satuan baru');
    expect(merged.note).toBe('catatan saya');
    expect(theirs).toEqual(['name', 'unit']);
    expect(conflicts).toEqual(['name']);
  });
});
