// The audit log's before/after comparison: leaf fields by path, only real changes marked as changed.
import { describe, expect, it } from 'vitest';
import { AUDIT_PAGE_SIZE, NO_FILTERS, auditQuery, diffSnapshots, flatten } from './audit-api.ts';

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

describe('auditQuery', () => {
  it('sends only the filters that are set, the actor trimmed, and the page size', () => {
    expect(auditQuery(NO_FILTERS, undefined)).toEqual({ limit: AUDIT_PAGE_SIZE });
    expect(auditQuery({ ...NO_FILTERS, actor: '  admin ', from: '2026-01-02', entityType: 'periode' }, 41)).toEqual({
      actor: 'admin',
      entityType: 'periode',
      from: '2026-01-02',
      beforeId: 41,
      limit: AUDIT_PAGE_SIZE,
    });
  });

  it('does not send an actor made only of spaces', () => {
    expect(auditQuery({ ...NO_FILTERS, actor: '   ' }, undefined)).not.toHaveProperty('actor');
  });
});
