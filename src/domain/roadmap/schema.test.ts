// The zod schemas: exactly the types of types.ts, Indonesian messages, dotted field paths.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { sampleRoadMap } from './fixtures.ts';
import type {
  baselineSchema,
  indicatorValueSchema,
  instansiSchema,
  narrativeSectionSchema,
  perangkatDaerahSchema,
  placementSchema,
  regulasiSchema,
  resultNodeSchema,
  roadMapHeaderSchema,
  scaleSchema,
  targetSchema,
} from './schema.ts';
import { findingSchema, formatZodIssues, indikatorSchema, roadMapDocumentSchema } from './schema.ts';
import type {
  Baseline,
  Finding,
  IndicatorValue,
  Indikator,
  Instansi,
  NarrativeSection,
  PerangkatDaerah,
  Placement,
  Regulasi,
  ResultNode,
  RoadMapDocument,
  RoadMapHeader,
  Scale,
  Target,
} from './types.ts';
import { validateRoadMap } from './validate.ts';

describe('schemas match types.ts exactly', () => {
  // Checked by tsc: a field missing from a schema would be stripped silently on import.
  it('infers the same types', () => {
    expectTypeOf<z.output<typeof indicatorValueSchema>>().toEqualTypeOf<IndicatorValue>();
    expectTypeOf<z.output<typeof scaleSchema>>().toEqualTypeOf<Scale>();
    expectTypeOf<z.output<typeof baselineSchema>>().toEqualTypeOf<Baseline>();
    expectTypeOf<z.output<typeof targetSchema>>().toEqualTypeOf<Target>();
    expectTypeOf<z.output<typeof indikatorSchema>>().toEqualTypeOf<Indikator>();
    expectTypeOf<z.output<typeof resultNodeSchema>>().toEqualTypeOf<ResultNode>();
    expectTypeOf<z.output<typeof placementSchema>>().toEqualTypeOf<Placement>();
    expectTypeOf<z.output<typeof perangkatDaerahSchema>>().toEqualTypeOf<PerangkatDaerah>();
    expectTypeOf<z.output<typeof regulasiSchema>>().toEqualTypeOf<Regulasi>();
    expectTypeOf<z.output<typeof instansiSchema>>().toEqualTypeOf<Instansi>();
    expectTypeOf<z.output<typeof narrativeSectionSchema>>().toEqualTypeOf<NarrativeSection>();
    expectTypeOf<z.output<typeof roadMapHeaderSchema>>().toEqualTypeOf<RoadMapHeader>();
    expectTypeOf<z.output<typeof roadMapDocumentSchema>>().toEqualTypeOf<RoadMapDocument>();
    expectTypeOf<z.output<typeof findingSchema>>().toEqualTypeOf<Finding>();
  });
});

describe('roadMapDocumentSchema', () => {
  it('accepts a valid document unchanged', () => {
    const doc = sampleRoadMap();
    const r = roadMapDocumentSchema.safeParse(doc);
    expect(r.success).toBe(true);
    expect(r.data).toEqual(doc);
  });

  it('accepts documents with reference problems: those are validation findings', () => {
    const doc = sampleRoadMap();
    doc.placements.push({ tableCode: 'tabel2', nodeKey: 'nowhere', indicatorKey: 'nothing', order: 9 });
    expect(roadMapDocumentSchema.safeParse(doc).success).toBe(true);
  });

  it('reports each problem with a dotted path, a zod code and an Indonesian message', () => {
    const doc = sampleRoadMap() as unknown as Record<string, unknown>;
    const inds = doc.indicators as Record<string, unknown>[];
    (inds[3]!.baseline as Record<string, unknown>).year = '2023';
    inds[1]!.name = '   ';
    inds[2]!.polarity = 'naik';
    (inds[0]!.targets as Record<string, unknown>[])[0]!.value = { kind: 'angka', value: 2 };
    (doc.perangkatDaerah as Record<string, unknown>[])[0]!.validFrom = '08-05-2024';
    (doc.roadMap as Record<string, unknown>).periodEnd = 2024.5;
    delete (doc.instansi as Record<string, unknown>).name;
    const r = roadMapDocumentSchema.safeParse(doc);
    expect(r.success).toBe(false);
    const issues = r.success ? [] : formatZodIssues(r.error);
    const byField = Object.fromEntries(issues.map((i) => [i.field, i]));
    expect(byField['indicators.3.baseline.year']?.message).toBe('Tahun baseline harus berupa angka.');
    expect(byField['indicators.3.baseline.year']?.code).toBe('invalid_type');
    expect(byField['indicators.1.name']?.message).toBe('Nama indikator tidak boleh kosong.');
    expect(byField['indicators.2.polarity']?.message).toBe(
      'Polaritas harus salah satu dari: higher_is_better, lower_is_better, target_band, ordinal.',
    );
    expect(byField['indicators.0.targets.0.value.kind']?.message).toBe(
      'Nilai: "kind" harus salah satu dari: number, level.',
    );
    expect(byField['perangkatDaerah.0.validFrom']?.message).toContain('TTTT-BB-HH');
    expect(byField['roadMap.periodEnd']?.message).toBe('Tahun akhir periode harus bilangan bulat.');
    expect(byField['instansi.name']?.message).toBe('Nama instansi wajib diisi.');
    expect(issues).toHaveLength(7);
  });

  it('speaks Indonesian for every kind of shape error', () => {
    const r = roadMapDocumentSchema.safeParse({
      schemaVersion: 2,
      instansi: 'Kupang',
      roadMap: {},
      regulasi: {},
      legalBasis: [1],
      perangkatDaerah: [{}],
      scales: [{ kind: 'numeric' }, { kind: 'ordinal', code: 'o', name: 'O', levels: [] }, { kind: 'x' }],
      nodes: [{ kind: 'bab' }],
      indicators: [{ baseline: { status: 'ada' }, targets: [{ type: 'naik' }], responsible: [{ role: 'boss' }] }],
      placements: [{ tableCode: 'tabel4' }],
      narrative: null,
    });
    expect(r.success).toBe(false);
    const issues = r.success ? [] : formatZodIssues(r.error);
    expect(issues.length).toBeGreaterThan(20);
    for (const i of issues) expect(i.message).not.toMatch(/Invalid|expected|received/);
  });

  it('reports a non-object root with an empty field', () => {
    const r = roadMapDocumentSchema.safeParse('bukan dokumen');
    expect(r.success ? [] : formatZodIssues(r.error)).toEqual([
      { field: '', code: 'invalid_type', message: 'Dokumen road map harus berupa objek.' },
    ]);
  });
});

describe('entity schemas', () => {
  it('can be narrowed for API bodies', () => {
    const body = indikatorSchema.omit({ key: true });
    const { key: _key, ...rest } = sampleRoadMap().indicators[0]!;
    expect(body.safeParse(rest).success).toBe(true);
  });

  it('validates the findings the validator produces', () => {
    const doc = sampleRoadMap();
    doc.indicators[0]!.targets = [{ year: 2024, type: 'point', value: { kind: 'number', value: 5.05 } }];
    const findings = validateRoadMap(doc);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(findingSchema.safeParse(f).success).toBe(true);
  });
});
