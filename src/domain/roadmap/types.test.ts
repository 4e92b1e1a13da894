import { describe, expect, it } from 'vitest';
import type { IndicatorValue } from './types.ts';

describe('types', () => {
  it('number values carry their kind', () => {
    const v: IndicatorValue = { kind: 'number', value: 21.78 };
    expect(v.kind).toBe('number');
  });
});
