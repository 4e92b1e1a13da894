// Runs a raw SQL query on either driver and returns its rows: PGlite and node-postgres both answer
// with an object holding `rows`, but Drizzle types them differently.
import type { SQL } from 'drizzle-orm';
import type { Tx } from './client.ts';

export async function queryRows<T>(tx: Tx, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
