// The import gate: work runs one at a time, a bounded number waits, and the rest get SERVER_BUSY.
import { describe, expect, it } from 'vitest';
import { createGate } from './import-gate.ts';

describe('createGate', () => {
  it('runs one at a time, queues up to the limit and refuses beyond it', async () => {
    const gate = createGate({ concurrency: 1, maxWaiting: 1 });
    const order: string[] = [];
    let open!: () => void;
    const first = gate.run(async () => {
      order.push('first start');
      await new Promise<void>((resolve) => (open = resolve));
      order.push('first end');
    });
    const second = gate.run(async () => void order.push('second'));
    await expect(gate.run(async () => 'third')).rejects.toMatchObject({ code: 'SERVER_BUSY', status: 503 });
    expect([gate.active, gate.waiting]).toEqual([1, 1]);
    open();
    await Promise.all([first, second]);
    expect(order).toEqual(['first start', 'first end', 'second']);
    expect([gate.active, gate.waiting]).toEqual([0, 0]);
  });

  it('frees its slot when the work fails', async () => {
    const gate = createGate({ concurrency: 1, maxWaiting: 0 });
    await expect(gate.run(async () => Promise.reject(new Error('rusak')))).rejects.toThrow('rusak');
    await expect(gate.run(async () => 'ok')).resolves.toBe('ok');
  });
});
