// The hostile-text scan: NUL and lone surrogates anywhere in a value (keys too) are found with their
// path, surrogate pairs (emoji) are fine, and a deeply nested body does not overflow the stack.
import { describe, expect, it } from 'vitest';
import { escapeHostileText, findHostileText } from './hostile-text.ts';

describe('findHostileText', () => {
  it('names the first hostile string and leaves good text alone', () => {
    expect(findHostileText({ a: ['ok', { b: 'x\u0000' }] }, 'body')).toBe('body.a.1.b');
    expect(findHostileText({ a: 'lone \ud800 high' }, 'body')).toBe('body.a');
    expect(findHostileText({ a: 'lone \udfff low' }, 'body')).toBe('body.a');
    expect(findHostileText({ ['k\u0000']: 1 }, 'querystring')).toBe('querystring');
    expect(findHostileText({ a: 'emoji 😀, aksara ꦗꦮ', n: 1, z: null }, 'body')).toBeNull();
  });

  it('walks a deeply nested value without recursion', () => {
    let deep: unknown = 'dasar\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findHostileText(deep, 'body')).toMatch(/^body(\.0)+$/);
  });

  it('spells hostile characters out for the audit trail', () => {
    expect(escapeHostileText('ad\u0000min\ud800')).toBe('ad\\u0000min\\ud800');
    expect(escapeHostileText('😀')).toBe('😀');
  });
});
