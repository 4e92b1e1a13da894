// The audit filters' round trip through the address bar: malformed days ignored, blanks left out.
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from './audit-api.ts';
import { filtersFrom, filtersToParams } from './audit-filters.ts';

describe('audit filters in the address', () => {
  it('reads the Indonesian parameter names and drops days that are not YYYY-MM-DD', () => {
    const f = filtersFrom(
      new URLSearchParams('pengguna=admin&pd=bkpsdm&entitas=periode&dari=2026-01-02&sampai=kemarin'),
    );
    expect(f).toEqual({ actor: 'admin', pdKey: 'bkpsdm', entityType: 'periode', from: '2026-01-02', to: '' });
  });

  it('writes only the filters that are set, trimmed', () => {
    expect(filtersToParams({ ...NO_FILTERS, actor: ' uji ', to: '2026-03-04' }).toString()).toBe(
      'pengguna=uji&sampai=2026-03-04',
    );
    expect(filtersToParams(NO_FILTERS).toString()).toBe('');
  });

  it('reads back what it writes', () => {
    const f = { actor: 'a', pdKey: 'b', entityType: 'c', from: '2026-01-01', to: '2026-01-31' };
    expect(filtersFrom(filtersToParams(f))).toEqual(f);
  });
});
