// A new road-map period: the period rules and the draft document from catalogue and carry-over.
import { describe, expect, it } from 'vitest';
import { findScale } from '../catalogue/scales.ts';
import { NATIONAL_KEGIATAN_UTAMA } from '../catalogue/national-kegiatan-utama.ts';
import { sampleRoadMap } from './fixtures.ts';
import { buildNewPeriodDocument, draftRegulasi, isDraftRegulasi, periodProblems } from './new-period.ts';
import { validateRoadMap } from './validate.ts';

const old = { title: 'Road Map 2020–2024', periodStart: 2020, periodEnd: 2024 };

describe('periodProblems', () => {
  it('accepts the five years after the previous road map', () => {
    expect(periodProblems({ periodStart: 2025, periodEnd: 2029 }, [old])).toEqual([]);
  });
  it('refuses inverted, longer than five years and overlapping periods', () => {
    expect(periodProblems({ periodStart: 2029, periodEnd: 2025 }, [])[0]!.code).toBe('PERIOD_INVERTED');
    expect(periodProblems({ periodStart: 2025, periodEnd: 2030 }, [])[0]!.code).toBe('PERIOD_TOO_LONG');
    const clash = periodProblems({ periodStart: 2024, periodEnd: 2028 }, [old])[0]!;
    expect(clash).toMatchObject({ field: 'periodStart', code: 'PERIOD_OVERLAPS' });
    expect(clash.message).toContain('Road Map 2020–2024');
  });
});

describe('buildNewPeriodDocument', () => {
  const from = sampleRoadMap();
  const base = {
    title: 'Road Map 2025–2029',
    versionLabel: 'Rancangan',
    periodStart: 2025,
    periodEnd: 2029,
    instansi: from.instansi,
    perangkatDaerah: from.perangkatDaerah,
    scaleOf: findScale,
  };

  it('from scratch is an empty, valid draft with its own draft regulation', () => {
    const doc = buildNewPeriodDocument({ ...base, catalogue: false });
    expect(doc.nodes).toEqual([]);
    expect(doc.regulasi[0]).toMatchObject({ key: 'rancangan-road-map-2025-2029', number: 'rancangan', type: 'perbup' });
    expect(validateRoadMap(doc).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('from the catalogue takes the kegiatan utama that apply to a kabupaten, the merit index once', () => {
    const doc = buildNewPeriodDocument({ ...base, catalogue: true });
    const notForKab = NATIONAL_KEGIATAN_UTAMA.flatMap((k) => k.indicators).filter((i) => !i.appliesToKabupaten);
    expect(doc.indicators.some((i) => notForKab.some((n) => n.code === i.nationalIndicatorCode))).toBe(false);
    expect(doc.indicators.filter((i) => i.name === 'Indeks Sistem Merit')).toHaveLength(1);
    expect(
      doc.placements.filter((p) => p.indicatorKey === doc.indicators.find((i) => i.name === 'Indeks Sistem Merit')!.key)
        .length,
    ).toBe(4);
    expect(validateRoadMap(doc).filter((f) => f.severity === 'error')).toEqual([]);
    const prov = buildNewPeriodDocument({ ...base, catalogue: true, instansi: { ...from.instansi, kind: 'provinsi' } });
    expect(prov.indicators.length).toBeGreaterThan(doc.indicators.length);
  });

  it('carries indicators with their nodes and the last realisasi as a marked baseline', () => {
    const ind = from.indicators[0]!;
    const doc = buildNewPeriodDocument({
      ...base,
      catalogue: false,
      carry: {
        from,
        indicatorKeys: [ind.key],
        lastRealisasi: new Map([[ind.key, { year: 2024, periode: 'S2 2024', value: { kind: 'number', value: 3 } }]]),
      },
    });
    const carried = doc.indicators[0]!;
    expect(carried.baseline).toMatchObject({ year: 2024, value: { kind: 'number', value: 3 } });
    expect(carried.baselineOrigin).toMatchObject({ kind: 'carried_realisasi', periode: 'S2 2024' });
    expect(carried.targets.every((t) => t.year >= 2025)).toBe(true);
    for (const p of doc.placements) expect(doc.nodes.some((n) => n.key === p.nodeKey)).toBe(true);
    expect(validateRoadMap(doc).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('draft regulation', () => {
  it('is what a new period starts under, and a signed number is not', () => {
    const draft = draftRegulasi({
      title: 'Road Map 2025–2029',
      periodStart: 2025,
      periodEnd: 2029,
      instansi: { code: 'kab-x', name: 'Kabupaten X', kind: 'kabupaten', region: '' },
    });
    expect(isDraftRegulasi(draft)).toBe(true);
    expect(isDraftRegulasi({ number: ' Rancangan ' })).toBe(true);
    expect(isDraftRegulasi({ number: '9' })).toBe(false);
  });
});
