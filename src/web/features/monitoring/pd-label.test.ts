import { describe, expect, it } from 'vitest';
import { INSTANSI_PD_KEY } from '../../../domain/monitoring/reporting.ts';
import { pdName } from './pd-label.ts';

describe('pdName', () => {
  const doc = { perangkatDaerah: [{ key: 'bkpsdm', name: 'BKPSDM' }] } as never;
  it('names the PD, the instansi level, or falls back to the key', () => {
    expect(pdName(doc, 'bkpsdm', 'Tingkat instansi')).toBe('BKPSDM');
    expect(pdName(doc, INSTANSI_PD_KEY, 'Tingkat instansi')).toBe('Tingkat instansi');
    expect(pdName(doc, 'x', 'Tingkat instansi')).toBe('x');
  });
});
