// The version status rules shared by server and web.
import { describe, expect, it } from 'vitest';
import { importVersionLabel, isVersionDeletable, isVersionEditable } from './version-rules.ts';

describe('version rules', () => {
  it('lets only a draft be edited or deleted', () => {
    expect(isVersionEditable('draft')).toBe(true);
    expect(isVersionEditable('active')).toBe(false);
    expect(isVersionEditable('superseded')).toBe(false);
    expect(isVersionDeletable('active')).toBe(false);
  });

  it('labels an import by its file and day, not as a regulation', () => {
    expect(importVersionLabel('rm.xlsx', '2026-12-02')).toBe('Impor rm.xlsx 2026-12-02');
    expect(importVersionLabel('  ', '2026-12-02')).toBe('Impor berkas 2026-12-02');
  });
});
