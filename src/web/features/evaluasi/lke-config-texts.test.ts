import { describe, expect, it } from 'vitest';
import type { LkeConfig, LkeLine } from '../../../domain/evaluasi/lke-types.ts';
import { applyTexts, findingsByCode, textsOf } from './lke-config-texts.ts';

const line: LkeLine = { kind: 'line', code: '1A', name: 'Indeks', weight: 2.5, min: 0, max: 100 };
const config = {
  label: 'LKE 2025',
  general: { kind: 'component', code: 'G', name: 'General', weight: 2.5, children: [line] },
  tematik: { kind: 'component', code: 'T', name: 'Tematik', weight: 1, children: [{ ...line, code: '2A' }] },
} as unknown as LkeConfig;

describe('LKE configuration texts', () => {
  it('shows weights and ranges with the decimal comma', () => {
    const texts = textsOf(config);
    expect(texts['1A']).toEqual({ name: 'Indeks', weight: '2,5', min: '0', max: '100' });
    expect(texts.G).toEqual({ name: 'General', weight: '2,5', min: '', max: '' });
  });

  it('applies the edits and lists the codes whose numbers do not read', () => {
    const texts = textsOf(config);
    texts['1A'] = { ...texts['1A']!, weight: '3,75', max: '4' };
    texts['2A'] = { ...texts['2A']!, min: 'x' };
    const { definition, bad } = applyTexts(config, '  ', texts);
    expect(definition.label).toBe('LKE 2025');
    expect(definition.general.children[0]).toMatchObject({ code: '1A', weight: 3.75, max: 4 });
    expect(definition.tematik.children[0]).toMatchObject({ code: '2A', min: 0 });
    expect([...bad]).toEqual(['2A']);
  });

  it('groups findings by code: the refusal first, else the stored ones', () => {
    const refused = [
      { field: 'body.definition.1A', message: 'Bobot.' },
      { field: 'definition.1A', message: 'Rentang.' },
    ];
    const stored = [{ where: 'G', message: 'Jumlah bobot.' }];
    expect([...findingsByCode(refused, stored)]).toEqual([['1A', ['Bobot.', 'Rentang.']]]);
    expect([...findingsByCode(null, stored)]).toEqual([['G', ['Jumlah bobot.']]]);
  });
});
