import { describe, expect, it } from 'vitest';
import { INSTANSI_PD_KEY, isPercentIndicator, reportingPdKey, reportingPdOf } from './reporting.ts';

describe('reporting PD', () => {
  it('is the lead, else the first responsible PD, else the STU', () => {
    const lead = { pdKey: 'bkpsdm', role: 'lead' as const };
    const sup = { pdKey: 'bappeda', role: 'supporting' as const };
    expect(reportingPdOf({ responsible: [sup, lead] })).toBe('bkpsdm');
    expect(reportingPdOf({ responsible: [sup] })).toBe('bappeda');
    expect(reportingPdOf({ responsible: [] })).toBeNull();
    expect(reportingPdKey({ responsible: [] })).toBe(INSTANSI_PD_KEY);
  });
});

describe('percentage indicator', () => {
  it('reads the scale code and the printed unit', () => {
    expect(isPercentIndicator('Indeks', { code: 'persen' })).toBe(true);
    expect(isPercentIndicator('Persen')).toBe(true);
    expect(isPercentIndicator('%')).toBe(true);
    expect(isPercentIndicator('Persen (%)')).toBe(true);
    expect(isPercentIndicator('persentase')).toBe(true);
    expect(isPercentIndicator('Poin')).toBe(false);
    expect(isPercentIndicator('Unit kerja')).toBe(false);
  });
});
