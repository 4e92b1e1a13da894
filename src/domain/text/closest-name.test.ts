import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from './closest-name.ts';

describe('closestName', () => {
  it('suggests the known name a typo came from, and nothing for a far one', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    const pds = ['Dinas Kesehatan', 'Dinas Pendidikan dan Kebudayaan', 'BKPSDM'];
    expect(closestName('Dinas Kesehtan', pds)).toBe('Dinas Kesehatan');
    expect(closestName('dinas  kesehatan ', pds)).toBe('Dinas Kesehatan');
    expect(closestName('Badan Pendapatan Daerah', pds)).toBeNull();
    expect(closestName('X', [])).toBeNull();
  });
});
