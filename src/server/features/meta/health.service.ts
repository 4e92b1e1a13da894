// Readiness of the service: /api/health answers ok only when the database answers a trivial query
// within a short time; otherwise DATABASE_UNAVAILABLE (503), so a load balancer or monitor stops
// sending traffic. Liveness (/api/live) needs no database and says only that the process runs.
import type { Database } from '../../../db/client.ts';
import { AppError } from '../../errors.ts';
import { pingDatabase } from './health.repository.ts';

export const HEALTH_TIMEOUT_MS = 2000;

export interface Health {
  status: 'ok';
  database: Database['kind'];
}

function timeout(ms: number): { promise: Promise<never>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

export async function checkHealth(database: Database, timeoutMs = HEALTH_TIMEOUT_MS): Promise<Health> {
  const limit = timeout(timeoutMs);
  try {
    await Promise.race([pingDatabase(database.db), limit.promise]);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new AppError(
      'DATABASE_UNAVAILABLE',
      `Basis data (${database.kind}) tidak dapat dihubungi: ${why}`,
      `The database (${database.kind}) cannot be reached: ${why}`,
    );
  } finally {
    limit.cancel();
  }
  return { status: 'ok', database: database.kind };
}
