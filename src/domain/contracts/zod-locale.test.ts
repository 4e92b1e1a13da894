// The shared zod locale: after importing it, zod's default messages are Indonesian.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import './zod-locale.ts';

describe('zod locale', () => {
  it('gives zod default messages in Indonesian', () => {
    const r = z.string().safeParse(12);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/Input tidak valid/);
  });
});
