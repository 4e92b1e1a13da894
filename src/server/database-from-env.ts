// Chooses the database from the environment: PostgreSQL when DATABASE_URL is set, otherwise the
// embedded PGlite in the data directory.
import type { Env } from './env.ts';
import { openDatabase, type Database } from '../db/client.ts';

export function openDatabaseFromEnv(env: Env): Promise<Database> {
  return env.DATABASE_URL
    ? openDatabase({ kind: 'postgres', url: env.DATABASE_URL })
    : openDatabase({ kind: 'pglite', dataDir: env.dataDir });
}
