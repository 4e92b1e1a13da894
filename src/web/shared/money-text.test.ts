import { describe, expect, it } from 'vitest';
import { rupiahText } from './money-text.ts';

describe('rupiahText', () => {
  it('drops the Rp prefix and keeps the Indonesian number', () => {
    expect(rupiahText('Rp 12.500.000')).toBe('12.500.000');
    expect(rupiahText('rp.1.000,50')).toBe('1.000,50');
    expect(rupiahText(' 2500 ')).toBe('2500');
  });
  it('is null when empty', () => {
    expect(rupiahText('')).toBeNull();
    expect(rupiahText('  Rp ')).toBeNull();
  });
});
