// Bounds how many spreadsheet imports one process works on at once. Reading a workbook is the most
// memory-hungry thing the server does (exceljs keeps every cell as an object), so imports run one
// after another; a few more may wait their turn, and beyond that the caller is told to retry (503)
// rather than the process running out of heap.
import { appError } from './errors.ts';

export interface Gate {
  run<T>(work: () => Promise<T>): Promise<T>;
  readonly active: number;
  readonly waiting: number;
}

export function createGate(opts: { concurrency: number; maxWaiting: number }): Gate {
  let active = 0;
  const queue: (() => void)[] = [];
  const release = () => {
    active--;
    const next = queue.shift();
    if (next) {
      active++;
      next();
    }
  };
  return {
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
    async run<T>(work: () => Promise<T>): Promise<T> {
      if (active >= opts.concurrency) {
        if (queue.length >= opts.maxWaiting) throw appError('SERVER_BUSY');
        await new Promise<void>((resolve) => queue.push(resolve));
      } else {
        active++;
      }
      try {
        return await work();
      } finally {
        release();
      }
    },
  };
}

/** The process-wide gate of .xlsx imports (road map and rencana aksi). */
export const xlsxImportGate = createGate({ concurrency: 1, maxWaiting: 4 });
