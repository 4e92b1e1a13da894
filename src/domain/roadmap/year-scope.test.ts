// Year-scoped facts: themes outside their years drop out of the year's document with what hangs
// under them, and a re-based indicator carries the scale of the year.
import { describe, expect, it } from 'vitest';
import { sampleRoadMap } from './fixtures.ts';
import { documentForYear, indicatorInYear, nodeYearProblems } from './year-scope.ts';
import type { Indikator, RoadMapDocument } from './types.ts';

const withTheme = (): RoadMapDocument => {
  const doc = sampleRoadMap();
  return {
    ...doc,
    nodes: [
      ...doc.nodes,
      { key: 'tema-baru', kind: 'tema', parentKey: null, number: '9', order: 99, name: 'Tema baru', validFrom: 2026 },
      { key: 'st-baru', kind: 'sasaran_tematik', parentKey: 'tema-baru', number: '', order: 1, name: 'Sasaran baru' },
    ],
    placements: [
      ...doc.placements,
      { tableCode: 'tabel3', nodeKey: 'st-baru', indicatorKey: doc.indicators[0]!.key, order: 1 },
    ],
  };
};

describe('documentForYear', () => {
  it('leaves out a theme before its first year, with its sasaran and placements', () => {
    const doc = withTheme();
    const y2025 = documentForYear(doc, 2025);
    expect(y2025.nodes.some((n) => n.key === 'tema-baru' || n.key === 'st-baru')).toBe(false);
    expect(y2025.placements.some((p) => p.nodeKey === 'st-baru')).toBe(false);
    const y2026 = documentForYear(doc, 2026);
    expect(y2026.nodes.map((n) => n.key)).toContain('st-baru');
  });

  it('returns the same document when nothing depends on the year', () => {
    const doc = sampleRoadMap();
    expect(documentForYear(doc, 2024)).toBe(doc);
  });

  it('gives a re-based indicator the scale and name of the year', () => {
    const ind = {
      ...sampleRoadMap().indicators[0]!,
      scaleCode: 'indeks_spbe',
      scaleChanges: [
        { fromYear: 2026, scaleCode: 'indeks_pemdi', name: 'Indeks Pemdi', mapping: { kind: 'identity' } },
      ],
    } as Indikator;
    expect(indicatorInYear(ind, 2025).scaleCode).toBe('indeks_spbe');
    expect(indicatorInYear(ind, 2026)).toMatchObject({ scaleCode: 'indeks_pemdi', name: 'Indeks Pemdi' });
  });

  it('gives a target year its own baseline, and leaves the other years on the printed one', () => {
    const doc = sampleRoadMap();
    const ind = doc.indicators[0]!;
    const printed = ind.baseline;
    const year = ind.targets[0]!.year;
    ind.targets[0] = { ...ind.targets[0]!, baseline: { kind: 'number', value: 42.5 } };
    const inYear = documentForYear(doc, year).indicators[0]!;
    expect(inYear.baseline).toEqual({
      year: year - 1,
      status: 'value',
      value: { kind: 'number', value: 42.5 },
      note: `Baseline tahun target ${year}`,
    });
    expect(documentForYear(doc, year + 1).indicators[0]!.baseline).toEqual(printed);
  });
});

describe('nodeYearProblems', () => {
  const period = { periodStart: 2025, periodEnd: 2029 };
  it('accepts theme years inside the period', () => {
    expect(nodeYearProblems({ kind: 'tema', validFrom: 2026, validTo: 2029 }, period)).toEqual([]);
  });
  it('names the field and a stable code for years outside, inverted, or on a non-theme', () => {
    expect(nodeYearProblems({ kind: 'tema', validFrom: 2024 }, period)[0]).toMatchObject({
      field: 'validFrom',
      code: 'THEME_YEAR_OUTSIDE_PERIOD',
    });
    expect(nodeYearProblems({ kind: 'tema', validFrom: 2028, validTo: 2026 }, period)[0]!.code).toBe(
      'THEME_YEARS_INVERTED',
    );
    expect(nodeYearProblems({ kind: 'sasaran_general', validFrom: 2026 }, period)[0]!.code).toBe(
      'YEARS_ONLY_FOR_THEME',
    );
  });
});
