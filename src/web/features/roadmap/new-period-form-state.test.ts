// The new-period form: sensible defaults after the last road map, and the domain's period rules.
import { describe, expect, it } from 'vitest';
import { sampleRoadMap } from '../../../domain/roadmap/fixtures.ts';
import { initialNewPeriodForm, newPeriodBodyOf, newPeriodErrors } from './new-period-form-state.ts';

const doc = sampleRoadMap();
const maps = [{ id: 'x', title: 'Road Map 2020–2024', periodStart: 2020, periodEnd: 2024, versions: [] }];

describe('new period form', () => {
  it('proposes the five years after the last road map', () => {
    const f = initialNewPeriodForm(doc, maps);
    expect([f.periodStart, f.periodEnd]).toEqual(['2025', '2029']);
    expect(f.catalogue).toBe(true);
    expect(newPeriodErrors(f, maps)).toEqual({});
  });

  it('names the field of an overlapping, inverted or malformed period', () => {
    const f = initialNewPeriodForm(doc, maps);
    expect(newPeriodErrors({ ...f, periodStart: '2024', periodEnd: '2028' }, maps).periodStart).toContain(
      'tumpang tindih',
    );
    expect(newPeriodErrors({ ...f, periodEnd: '2024' }, maps).periodEnd).toContain('sebelum');
    expect(newPeriodErrors({ ...f, periodEnd: '29' }, maps).periodEnd).toContain('empat angka');
  });

  it('sends the carried indicators with the version they come from', () => {
    const f = { ...initialNewPeriodForm(doc, maps), carry: ['a'] };
    expect(newPeriodBodyOf(f, 'v1')).toMatchObject({
      carryFromVersionId: 'v1',
      carryIndicatorKeys: ['a'],
      periodStart: 2025,
    });
    expect(newPeriodBodyOf({ ...f, carry: [] }, 'v1')).not.toHaveProperty('carryFromVersionId');
  });
});
