import { describe, expect, it } from 'vitest';
import { firstByKey, groupBy } from './collections.ts';

describe('groupBy / firstByKey', () => {
  it('keeps each group in the original order and leaves out null keys', () => {
    const rows = [
      { k: 'b', n: 1 },
      { k: null, n: 2 },
      { k: 'a', n: 3 },
      { k: 'b', n: 4 },
    ];
    const g = groupBy(rows, (r) => r.k);
    expect([...g.keys()]).toEqual(['b', 'a']);
    expect(g.get('b')!.map((r) => r.n)).toEqual([1, 4]);
  });

  it('keeps the first item of a duplicated key, like Array.find', () => {
    const m = firstByKey(
      [
        { k: 'x', n: 1 },
        { k: 'x', n: 2 },
      ],
      (r) => r.k,
    );
    expect(m.get('x')!.n).toBe(1);
  });
});
