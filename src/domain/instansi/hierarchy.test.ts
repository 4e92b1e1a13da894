import { describe, expect, it } from 'vitest';
import { descendantsOf, isDescendant, parentProblem, parentProblemMessage, type InstansiNode } from './hierarchy.ts';

const nodes: InstansiNode[] = [
  { id: 'pan', name: 'KemenPANRB', kind: 'kementerian_lembaga', parentId: null },
  { id: 'ntt', name: 'Provinsi NTT', kind: 'provinsi', parentId: 'pan' },
  { id: 'kpg', name: 'Kabupaten Kupang', kind: 'kabupaten', parentId: 'ntt' },
  { id: 'alr', name: 'Kabupaten Alor', kind: 'kabupaten', parentId: 'ntt' },
  { id: 'ntb', name: 'Provinsi NTB', kind: 'provinsi', parentId: null },
];

describe('instansi hierarchy', () => {
  it('accepts a province for a kabupaten and a hub for a province', () => {
    expect(parentProblem(nodes, { id: null, kind: 'kota' }, 'ntt')).toBeNull();
    expect(parentProblem(nodes, { id: 'ntb', kind: 'provinsi' }, 'pan')).toBeNull();
  });

  it('refuses a parent of the wrong kind, itself, and a loop', () => {
    expect(parentProblem(nodes, { id: null, kind: 'kabupaten' }, 'kpg')).toBe('PARENT_KIND');
    expect(parentProblem(nodes, { id: null, kind: 'kabupaten' }, 'missing')).toBe('PARENT_KIND');
    expect(parentProblem(nodes, { id: 'ntt', kind: 'provinsi' }, 'ntt')).toBe('PARENT_SELF');
    const hubs: InstansiNode[] = [
      { id: 'a', name: 'A', kind: 'kementerian_lembaga', parentId: null },
      { id: 'b', name: 'B', kind: 'kementerian_lembaga', parentId: 'a' },
    ];
    expect(parentProblem(hubs, { id: 'a', kind: 'kementerian_lembaga' }, 'b')).toBe('PARENT_LOOP');
    expect(parentProblemMessage('PARENT_KIND', 'kota')).toBe('Induk kota harus provinsi yang terdaftar di server ini.');
  });

  it('tells descendants at any depth, and not the other way round', () => {
    expect(isDescendant(nodes, 'kpg', 'ntt')).toBe(true);
    expect(isDescendant(nodes, 'kpg', 'pan')).toBe(true);
    expect(isDescendant(nodes, 'ntt', 'kpg')).toBe(false);
    expect(isDescendant(nodes, 'ntb', 'pan')).toBe(false);
  });

  it('lists descendants depth first, each level by name, with their parent', () => {
    expect(descendantsOf(nodes, 'pan').map((d) => [d.node.id, d.depth, d.parentName])).toEqual([
      ['ntt', 1, 'KemenPANRB'],
      ['alr', 2, 'Provinsi NTT'],
      ['kpg', 2, 'Provinsi NTT'],
    ]);
    expect(descendantsOf(nodes, 'kpg')).toEqual([]);
  });
});
