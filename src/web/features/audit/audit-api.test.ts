// The audit log's before/after comparison: leaf fields by path, only real changes marked as changed.
import { describe, expect, it } from 'vitest';
import { diffSnapshots, flatten } from './audit-api.ts';

describe('flatten', () => {
  it('splits objects and arrays of objects into dotted paths, keeps lists of plain values whole', () => {
    const flat = flatten({ a: 1, b: { c: 'x' }, roles: [{ role: 'admin', pdKey: null }], tags: ['p', 'q'] });
    expect([...flat.entries()]).toEqual([
      ['a', 1],
      ['b.c', 'x'],
      ['roles[0].role', 'admin'],
      ['roles[0].pdKey', null],
      ['tags', ['p', 'q']],
    ]);
  });
});

describe('diffSnapshots', () => {
  it('marks a creation as every field new', () => {
    const lines = diffSnapshots(null, { username: 'uji', roles: [] });
    expect(lines.map((l) => [l.path, l.hasBefore, l.changed])).toEqual([
      ['username', false, true],
      ['roles', false, true],
    ]);
  });

  it('tells changed from unchanged fields and keeps fields only the before side has', () => {
    const lines = diffSnapshots(
      { displayName: 'A', disabled: false, roles: [{ role: 'operator_pd', pdKey: 'bkpsdm' }], gone: 1 },
      { displayName: 'A', disabled: true, roles: [{ role: 'operator_pd', pdKey: 'bpkad' }] },
    );
    expect(lines.filter((l) => l.changed).map((l) => l.path)).toEqual(['disabled', 'roles[0].pdKey', 'gone']);
    expect(lines.find((l) => l.path === 'gone')).toMatchObject({ hasBefore: true, hasAfter: false });
    expect(lines.find((l) => l.path === 'displayName')?.changed).toBe(false);
  });

  it('has no lines when neither side was stored', () => {
    expect(diffSnapshots(null, null)).toEqual([]);
  });
});
