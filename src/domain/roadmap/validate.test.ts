// Every finding code on a hand-built road map: each case breaks one thing in a clean sample and
// expects exactly the findings it causes.
import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from './finding-codes.ts';
import { sampleRoadMap } from './fixtures.ts';
import type { Indikator, IndicatorValue, RoadMapDocument, Target } from './types.ts';
import { validateIndicator, validateRoadMap } from './validate.ts';

const num = (value: number): IndicatorValue => ({ kind: 'number', value });
const lvl = (code: string): IndicatorValue => ({ kind: 'level', code });
const point = (year: number, value: IndicatorValue): Target => ({ year, type: 'point', value });

function ind(doc: RoadMapDocument, key: string): Indikator {
  const found = doc.indicators.find((i) => i.key === key);
  if (!found) throw new Error(`no indicator ${key}`);
  return found;
}

/** Codes (with the entity they concern) found after one change to the clean sample. */
function after(change: (doc: RoadMapDocument) => void): string[] {
  const doc = sampleRoadMap();
  change(doc);
  return validateRoadMap(doc).map((f) => `${f.code}:${f.entityKey}`);
}

describe('the clean sample', () => {
  it('has no findings, so every case below starts from zero', () => {
    expect(validateRoadMap(sampleRoadMap())).toEqual([]);
  });
});

describe('values against the scale', () => {
  it('VALUE_OUT_OF_SCALE: a target above the maximum, with the bounds in the message', () => {
    const doc = sampleRoadMap();
    ind(doc, 'spbe').targets = [point(2024, num(5.05))];
    expect(validateRoadMap(doc)).toEqual([
      {
        code: 'VALUE_OUT_OF_SCALE',
        severity: 'error',
        entityType: 'indicator',
        entityKey: 'spbe',
        field: 'targets[2024]',
        where: { id: 'Tabel 1 › Tujuan 1 › Indeks SPBE', en: 'Table 1 › Goal 1 › Indeks SPBE' },
        why: {
          id: 'Target 2024: Nilai 5,05 di luar rentang skala Indeks SPBE (1–5).',
          en: 'Target 2024: Value 5.05 is outside the range of the scale Indeks SPBE (1–5).',
        },
        fix: {
          id: 'Perbaiki nilai agar berada dalam rentang 1–5 sesuai sumber resminya, atau ganti skala indikator bila keliru.',
          en: "Correct the value to lie within 1–5 as published by its source, or change the indicator's scale if it is wrong.",
        },
      },
    ]);
  });

  it('VALUE_OUT_OF_SCALE: a baseline below the minimum, and a band reaching outside', () => {
    expect(after((d) => (ind(d, 'skm').baseline = { year: 2023, status: 'value', value: num(20) }))).toEqual([
      'VALUE_OUT_OF_SCALE:skm',
    ]);
    expect(after((d) => (ind(d, 'miskin').targets = [{ year: 2024, type: 'band', min: 15, max: 120 }]))).toEqual([
      'VALUE_OUT_OF_SCALE:miskin',
    ]);
  });

  it('LEVEL_NOT_IN_SCALE: a level the ordinal scale does not have', () => {
    expect(after((d) => (ind(d, 'opini').targets = [point(2024, lvl('A'))]))).toEqual(['LEVEL_NOT_IN_SCALE:opini']);
  });

  it('VALUE_KIND_MISMATCH: a number on an ordinal scale, a level on a numeric one, a band on levels', () => {
    expect(after((d) => (ind(d, 'opini').targets = [point(2024, num(4))]))).toEqual(['VALUE_KIND_MISMATCH:opini']);
    expect(after((d) => (ind(d, 'spbe').baseline = { year: 2023, status: 'value', value: lvl('BAIK') }))).toEqual([
      'VALUE_KIND_MISMATCH:spbe',
    ]);
    expect(after((d) => (ind(d, 'opini').targets = [{ year: 2024, type: 'band', min: 3, max: 4 }]))).toEqual([
      'VALUE_KIND_MISMATCH:opini',
    ]);
  });

  it('VALUE_NOT_INTEGER: a fraction on a count scale', () => {
    expect(after((d) => (ind(d, 'wbk').targets = [point(2024, num(2.5))]))).toEqual(['VALUE_NOT_INTEGER:wbk']);
  });

  it('BAND_INVALID: a band whose minimum exceeds its maximum', () => {
    expect(after((d) => (ind(d, 'inflasi').targets = [{ year: 2024, type: 'band', min: 3.5, max: 1.5 }]))).toEqual([
      'BAND_INVALID:inflasi',
    ]);
  });

  it('UNKNOWN_SCALE: a scale code the document does not carry', () => {
    expect(after((d) => (ind(d, 'wbk').scaleCode = 'jumlah'))).toEqual(['UNKNOWN_SCALE:wbk']);
  });

  it('POLARITY_SCALE_MISMATCH: ordinal polarity and ordinal scales go together', () => {
    expect(after((d) => (ind(d, 'opini').polarity = 'higher_is_better'))).toEqual(['POLARITY_SCALE_MISMATCH:opini']);
    expect(after((d) => (ind(d, 'spbe').polarity = 'ordinal'))).toEqual(['POLARITY_SCALE_MISMATCH:spbe']);
  });

  it('UNIT_SCALE_MISMATCH: a percent unit on an index or a count', () => {
    expect(after((d) => (ind(d, 'spbe').unit = 'Persen'))).toEqual(['UNIT_SCALE_MISMATCH:spbe']);
    expect(after((d) => (ind(d, 'wbk').unit = '%'))).toEqual(['UNIT_SCALE_MISMATCH:wbk']);
    expect(after((d) => (ind(d, 'investasi').unit = 'Persen'))).toEqual(['UNIT_SCALE_MISMATCH:investasi']);
  });
});

describe('targets against baseline and polarity', () => {
  it('TARGET_CONTRADICTS_POLARITY: worse than the baseline under each polarity', () => {
    expect(after((d) => (ind(d, 'spbe').targets = [point(2024, num(1.85))]))).toEqual([
      'TARGET_CONTRADICTS_POLARITY:spbe',
    ]);
    expect(after((d) => (ind(d, 'miskin').targets = [point(2024, num(25))]))).toEqual([
      'TARGET_CONTRADICTS_POLARITY:miskin',
    ]);
    expect(after((d) => (ind(d, 'opini').targets = [point(2024, lvl('WDP'))]))).toEqual([
      'TARGET_CONTRADICTS_POLARITY:opini',
    ]);
    expect(after((d) => (ind(d, 'investasi').targets = [{ year: 2024, type: 'band', min: 1, max: 1000 }]))).toEqual([
      'TARGET_CONTRADICTS_POLARITY:investasi',
    ]);
  });

  it('TARGET_NOT_ABOVE_BASELINE: target equal to the baseline, unless the baseline is already the best', () => {
    expect(after((d) => (ind(d, 'skm').targets = [point(2024, num(76.49))]))).toEqual([
      'TARGET_NOT_ABOVE_BASELINE:skm',
    ]);
    expect(after((d) => (ind(d, 'miskin').targets = [point(2024, num(21.78))]))).toEqual([
      'TARGET_NOT_ABOVE_BASELINE:miskin',
    ]);
    expect(after((d) => (ind(d, 'opini').baseline = { year: 2023, status: 'value', value: lvl('WDP') }))).toEqual([]);
    expect(
      after((d) => {
        ind(d, 'opini').baseline = { year: 2023, status: 'value', value: lvl('WDP') };
        ind(d, 'opini').targets = [point(2024, lvl('WDP'))];
      }),
    ).toEqual(['TARGET_NOT_ABOVE_BASELINE:opini']);
    // 100 → 100 on a 25–100 scale, 0 → 0 when lower is better: nothing left to improve.
    expect(
      after((d) => {
        ind(d, 'skm').baseline = { year: 2023, status: 'value', value: num(100) };
        ind(d, 'skm').targets = [point(2024, num(100))];
        ind(d, 'miskin').baseline = { year: 2023, status: 'value', value: num(0) };
        ind(d, 'miskin').targets = [point(2024, num(0))];
      }),
    ).toEqual([]);
  });

  it('does not judge direction for target-band indicators, but asks for a band target', () => {
    expect(after((d) => (ind(d, 'inflasi').targets = [point(2024, num(1))]))).toEqual(['TARGET_NOT_A_BAND:inflasi']);
  });

  it('TARGET_LEAP: an ordinal target more than one level a year above the baseline', () => {
    const leap = (from: string, to: string, year: number) =>
      after((d) => {
        ind(d, 'opini').baseline = { year: 2023, status: 'value', value: { kind: 'level', code: from } };
        ind(d, 'opini').targets = [point(year, { kind: 'level', code: to })];
      });
    expect(leap('TMP', 'WDP', 2024)).toContain('TARGET_LEAP:opini'); // two levels in one year
    expect(leap('TW', 'WDP', 2024)).not.toContain('TARGET_LEAP:opini'); // one level a year
  });

  it('TARGET_IN_WORST_BAND: the target stays in the lowest predikat', () => {
    expect(
      after((d) => {
        ind(d, 'spbe').baseline = { year: 2023, status: 'value', value: num(1.2) };
        ind(d, 'spbe').targets = [point(2024, num(1.5))];
      }),
    ).toEqual(['TARGET_IN_WORST_BAND:spbe']);
    // Passing through the lowest grade on the way is fine; only the last target counts.
    expect(
      after((d) => {
        ind(d, 'spbe').baseline = { year: 2021, status: 'value', value: num(1.2) };
        ind(d, 'spbe').targets = [point(2022, num(1.5)), point(2023, num(2)), point(2024, num(2.6))];
      }),
    ).toEqual([]);
  });

  it('BASELINE_NOT_AVAILABLE: an N/A baseline', () => {
    const doc = sampleRoadMap();
    ind(doc, 'wbk').baseline = { year: 2023, status: 'not_available', reason: 'Tertulis N/A' };
    const [f, ...rest] = validateRoadMap(doc);
    expect(rest).toEqual([]);
    expect(f?.code).toBe('BASELINE_NOT_AVAILABLE');
    expect(f?.severity).toBe('warning');
    expect(f?.fix.id).toContain('nilai terukur pertama');
  });

  it('MISSING_TARGET: no target for the final year of the road map', () => {
    expect(after((d) => (ind(d, 'wbk').targets = []))).toEqual(['MISSING_TARGET:wbk']);
  });

  it('TARGET_YEAR_OUTSIDE_PERIOD, TARGET_YEAR_NOT_AFTER_BASELINE, DUPLICATE_TARGET_YEAR', () => {
    expect(after((d) => ind(d, 'wbk').targets.push(point(2025, num(3))))).toEqual(['TARGET_YEAR_OUTSIDE_PERIOD:wbk']);
    expect(after((d) => ind(d, 'wbk').targets.push(point(2023, num(1))))).toEqual([
      'TARGET_YEAR_NOT_AFTER_BASELINE:wbk',
    ]);
    expect(after((d) => ind(d, 'wbk').targets.push(point(2024, num(3))))).toEqual(['DUPLICATE_TARGET_YEAR:wbk']);
  });
});

describe('what the tables print', () => {
  const skmTabel1 = (d: RoadMapDocument) =>
    d.placements.find((p) => p.tableCode === 'tabel1' && p.indicatorKey === 'skm')!;

  it('BASELINE_CONFLICT: SKM printed 78,9 in Tabel 1 and 76,49 in Tabel 2', () => {
    const doc = sampleRoadMap();
    skmTabel1(doc).printedBaseline = { year: 2023, status: 'value', value: num(78.9) };
    const findings = validateRoadMap(doc);
    expect(findings.map((f) => f.code)).toEqual(['BASELINE_CONFLICT']);
    expect(findings[0]?.why.id).toBe(
      'Baseline dicetak berbeda: Tabel 1 mencetak 78,9 (2023), sedangkan Tabel 2 mencetak 76,49 (2023).',
    );
    expect(findings[0]?.where.id).toBe('Tabel 1 › Tujuan 1 › Nilai Survei Kepuasan Masyarakat');
  });

  it('BASELINE_CONFLICT also for N/A against a value; none when the printed value is the same', () => {
    expect(
      after((d) => (skmTabel1(d).printedBaseline = { year: 2023, status: 'not_available', reason: 'N/A' })),
    ).toEqual(['BASELINE_CONFLICT:skm']);
    expect(after((d) => (skmTabel1(d).printedBaseline = { year: 2023, status: 'value', value: num(76.49) }))).toEqual(
      [],
    );
  });

  it('checks a conflicting printed value against the scale too', () => {
    expect(after((d) => (skmTabel1(d).printedBaseline = { year: 2023, status: 'value', value: num(120) }))).toEqual([
      'BASELINE_CONFLICT:skm',
      'VALUE_OUT_OF_SCALE:skm',
    ]);
  });

  it('TARGET_CONFLICT: a different printed target or a year the indicator lacks', () => {
    expect(after((d) => (skmTabel1(d).printedTargets = [point(2024, num(90))]))).toEqual(['TARGET_CONFLICT:skm']);
    expect(after((d) => (skmTabel1(d).printedTargets = [point(2024, num(93)), point(2022, num(80))]))).toEqual([
      'TARGET_CONFLICT:skm',
    ]);
    expect(after((d) => (skmTabel1(d).printedTargets = [point(2024, num(93))]))).toEqual([]);
  });

  it('NAME_CONFLICT: a different printed name, but not a difference of case or punctuation', () => {
    expect(after((d) => (skmTabel1(d).printedName = 'Indeks Kepuasan Masyarakat'))).toEqual(['NAME_CONFLICT:skm']);
    expect(after((d) => (skmTabel1(d).printedName = 'nilai survei kepuasan masyarakat.'))).toEqual([]);
  });

  it('DUPLICATE_INDICATOR_NAME: two indicators whose names differ only in case and punctuation', () => {
    expect(after((d) => (ind(d, 'wbk').name = '  INDEKS spbe. '))).toEqual(['DUPLICATE_INDICATOR_NAME:wbk']);
  });
});

describe('responsibility', () => {
  it('NO_RESPONSIBLE_PD, except for indicators printed only in Tabel 1', () => {
    expect(after((d) => (ind(d, 'wbk').responsible = []))).toEqual(['NO_RESPONSIBLE_PD:wbk']);
    expect(after((d) => (ind(d, 'skm').responsible = []))).toEqual(['NO_RESPONSIBLE_PD:skm']);
    expect(after((d) => (ind(d, 'spbe').responsible = []))).toEqual([]);
  });

  it('UNKNOWN_PD, MULTIPLE_LEAD_PD, NO_LEAD_PD, DUPLICATE_RESPONSIBLE_PD', () => {
    expect(after((d) => (ind(d, 'wbk').responsible = [{ pdKey: 'bkpsdm', role: 'lead' }]))).toEqual(['UNKNOWN_PD:wbk']);
    expect(after((d) => (ind(d, 'opini').responsible[1]!.role = 'lead'))).toEqual(['MULTIPLE_LEAD_PD:opini']);
    expect(after((d) => (ind(d, 'opini').responsible[0]!.role = 'supporting'))).toEqual(['NO_LEAD_PD:opini']);
    expect(after((d) => ind(d, 'opini').responsible.push({ pdKey: 'inspektorat', role: 'supporting' }))).toEqual([
      'DUPLICATE_RESPONSIBLE_PD:opini',
    ]);
  });
});

describe('reference integrity and structure', () => {
  const node = (d: RoadMapDocument, key: string) => d.nodes.find((n) => n.key === key)!;

  it('UNKNOWN_NODE, UNKNOWN_INDICATOR, PLACEMENT_WRONG_TABLE', () => {
    expect(
      after((d) => d.placements.push({ tableCode: 'tabel2', nodeKey: 'ghost', indicatorKey: 'skm', order: 9 })),
    ).toEqual(['UNKNOWN_NODE:tabel2/ghost/skm']);
    expect(
      after((d) => d.placements.push({ tableCode: 'tabel2', nodeKey: 'ku-zi', indicatorKey: 'ghost', order: 9 })),
    ).toEqual(['UNKNOWN_INDICATOR:tabel2/ku-zi/ghost']);
    expect(after((d) => (d.placements.find((p) => p.indicatorKey === 'wbk')!.tableCode = 'tabel3'))).toEqual([
      'PLACEMENT_WRONG_TABLE:tabel3/ku-zi/wbk',
    ]);
  });

  it('UNKNOWN_PARENT and WRONG_PARENT_KIND', () => {
    expect(after((d) => (node(d, 'ku-zi').parentKey = 'ghost'))).toEqual(['UNKNOWN_PARENT:ku-zi']);
    expect(after((d) => (node(d, 'ku-zi').parentKey = 'tema-1'))).toEqual(['WRONG_PARENT_KIND:ku-zi']);
    expect(after((d) => (node(d, 'ku-zi').parentKey = null))).toEqual(['WRONG_PARENT_KIND:ku-zi']);
    expect(after((d) => (node(d, 'st-3').parentKey = 'sg-1'))).toEqual(['WRONG_PARENT_KIND:st-3']);
    // Moving the only sasaran strategis away also leaves the tujuan empty.
    expect(after((d) => (node(d, 'ss-hard').parentKey = 'sg-1'))).toEqual([
      'EMPTY_NODE:tujuan',
      'WRONG_PARENT_KIND:ss-hard',
    ]);
  });

  it('WRONG_PARENT_KIND for a root kind given a parent', () => {
    const codes = after((d) => (node(d, 'tema-2').parentKey = 'tema-1'));
    expect(codes).toContain('WRONG_PARENT_KIND:tema-2');
  });

  it('INDICATOR_NOT_PLACED and EMPTY_NODE', () => {
    expect(after((d) => d.indicators.push({ ...ind(d, 'wbk'), key: 'wbk-2', name: 'Jumlah unit kerja WBBM' }))).toEqual(
      ['INDICATOR_NOT_PLACED:wbk-2'],
    );
    expect(after((d) => (d.placements = d.placements.filter((p) => p.indicatorKey !== 'wbk')))).toEqual([
      'EMPTY_NODE:ku-zi',
      'INDICATOR_NOT_PLACED:wbk',
    ]);
    expect(
      after((d) =>
        d.nodes.push({
          key: 'sg-3',
          kind: 'sasaran_general',
          parentKey: null,
          number: '3',
          order: 3,
          name: 'Sasaran baru',
        }),
      ),
    ).toEqual(['EMPTY_NODE:sg-3']);
    expect(
      after((d) =>
        d.nodes.push({ key: 'tema-3', kind: 'tema', parentKey: null, number: '3', order: 3, name: 'Tema baru' }),
      ),
    ).toEqual(['EMPTY_NODE:tema-3']);
  });

  it('DUPLICATE_NODE_NAME: the same kegiatan twice, as in the shifted rows of Kupang Tabel 2', () => {
    expect(after((d) => (node(d, 'ku-opini').name = 'Pembangunan Zona Integritas'))).toEqual([
      'DUPLICATE_NODE_NAME:ku-zi',
    ]);
  });

  it('DUPLICATE_KEY for nodes, indicators, PDs, placements and registries', () => {
    expect(after((d) => d.nodes.push({ ...node(d, 'ku-zi'), name: 'Lain' }))).toEqual(['DUPLICATE_KEY:ku-zi']);
    expect(after((d) => d.indicators.push({ ...ind(d, 'wbk'), name: 'Lain' }))).toEqual(['DUPLICATE_KEY:wbk']);
    expect(after((d) => d.perangkatDaerah.push({ ...d.perangkatDaerah[0]! }))).toEqual(['DUPLICATE_KEY:organisasi']);
    expect(after((d) => d.placements.push({ ...d.placements[0]!, order: 5 }))).toEqual([
      'DUPLICATE_KEY:tabel1/ss-hard/spbe',
    ]);
    expect(after((d) => d.scales.push({ ...d.scales[0]! }))).toEqual(['DUPLICATE_KEY:indeks_spbe']);
    expect(after((d) => d.regulasi.push({ ...d.regulasi[0]! }))).toEqual(['DUPLICATE_KEY:perbup-1-2023']);
  });

  it('PERIOD_INVALID and UNKNOWN_REGULASI', () => {
    expect(after((d) => (d.roadMap.periodStart = 2025))).toEqual(['PERIOD_INVALID:roadMap']);
    expect(after((d) => (d.roadMap.regulasiKey = 'perbup-9'))).toEqual(['UNKNOWN_REGULASI:roadMap']);
    expect(after((d) => d.legalBasis.push('uu-5-2014'))).toEqual(['UNKNOWN_REGULASI:roadMap']);
    expect(after((d) => (d.regulasi[1]!.amendsKey = 'ghost'))).toEqual(['UNKNOWN_REGULASI:roadMap']);
  });

  it('SCALE_INVALID: reversed bounds, repeated level codes or ranks', () => {
    expect(
      after((d) =>
        d.scales.push({ code: 'rusak', name: 'Rusak', kind: 'numeric', min: 5, max: 1, decimals: 0, unitLabel: '' }),
      ),
    ).toEqual(['SCALE_INVALID:rusak']);
    expect(
      after((d) => {
        const opini = d.scales.find((s) => s.code === 'opini_bpk');
        if (opini?.kind === 'ordinal') opini.levels.push({ code: 'wtp', label: 'WTP lagi', rank: 4 });
      }),
    ).toEqual(['SCALE_INVALID:opini_bpk', 'SCALE_INVALID:opini_bpk']);
  });

  it('UNKNOWN_PD for a predecessor that is not listed', () => {
    expect(after((d) => (d.perangkatDaerah[1]!.predecessorKey = 'dishub'))).toEqual(['UNKNOWN_PD:kominfo']);
  });
});

describe('order and completeness', () => {
  function messy(): RoadMapDocument {
    const d = sampleRoadMap();
    ind(d, 'inflasi').targets = [{ year: 2024, type: 'band', min: 3.5, max: 1.5 }];
    ind(d, 'spbe').targets = [point(2024, num(5.05))];
    ind(d, 'wbk').unit = 'Persen';
    ind(d, 'skm').responsible = [];
    d.perangkatDaerah[1]!.predecessorKey = 'dishub';
    d.roadMap.regulasiKey = 'ghost';
    d.nodes.push({
      key: 'sg-0',
      kind: 'sasaran_general',
      parentKey: null,
      number: '0',
      order: 0,
      name: 'Sasaran kosong',
    });
    return d;
  }

  it('lists findings in Lampiran order: header, PDs, Tabel 1, 2, 3', () => {
    expect(validateRoadMap(messy()).map((f) => `${f.code}:${f.entityKey}`)).toEqual([
      'UNKNOWN_REGULASI:roadMap',
      'UNKNOWN_PD:kominfo',
      'VALUE_OUT_OF_SCALE:spbe',
      'NO_RESPONSIBLE_PD:skm',
      'EMPTY_NODE:sg-0',
      'UNIT_SCALE_MISMATCH:wbk',
      'BAND_INVALID:inflasi',
    ]);
  });

  it('does not depend on the order of the arrays in the document', () => {
    const reversed = messy();
    reversed.nodes.reverse();
    reversed.indicators.reverse();
    reversed.placements.reverse();
    expect(validateRoadMap(reversed)).toEqual(validateRoadMap(messy()));
  });

  it('gives every finding a known code, its severity and text in both languages', () => {
    for (const f of validateRoadMap(messy())) {
      expect(FINDING_CODES[f.code as keyof typeof FINDING_CODES]).toBe(f.severity);
      for (const t of [f.where, f.why, f.fix]) {
        expect(t.id.length).toBeGreaterThan(0);
        expect(t.en.length).toBeGreaterThan(0);
      }
      expect(f.why.id).not.toBe(f.why.en);
    }
  });
});

describe('validateIndicator', () => {
  it('returns the findings of one indicator only, including its rows', () => {
    const doc = sampleRoadMap();
    ind(doc, 'spbe').targets = [point(2024, num(5.05))];
    ind(doc, 'skm').targets = [point(2024, num(50))];
    doc.placements.push({ tableCode: 'tabel2', nodeKey: 'ghost', indicatorKey: 'skm', order: 9 });
    expect(validateIndicator(doc, 'skm').map((f) => f.code)).toEqual(['TARGET_CONTRADICTS_POLARITY', 'UNKNOWN_NODE']);
    expect(validateIndicator(doc, 'spbe').map((f) => f.code)).toEqual(['VALUE_OUT_OF_SCALE']);
  });

  it('reports a name clash from either side', () => {
    const doc = sampleRoadMap();
    ind(doc, 'wbk').name = 'Indeks SPBE';
    expect(validateIndicator(doc, 'spbe').map((f) => f.code)).toEqual(['DUPLICATE_INDICATOR_NAME']);
    expect(validateIndicator(doc, 'wbk').map((f) => f.code)).toEqual(['DUPLICATE_INDICATOR_NAME']);
    expect(validateRoadMap(doc).map((f) => f.entityKey)).toEqual(['wbk']);
  });

  it('matches the whole-document run for that indicator', () => {
    const doc = sampleRoadMap();
    ind(doc, 'opini').targets = [point(2024, lvl('XX'))];
    ind(doc, 'opini').responsible = [];
    expect(validateIndicator(doc, 'opini')).toEqual(validateRoadMap(doc).filter((f) => f.entityKey === 'opini'));
  });

  it('says so when the indicator does not exist', () => {
    expect(validateIndicator(sampleRoadMap(), 'nope').map((f) => f.code)).toEqual(['UNKNOWN_INDICATOR']);
  });
});
