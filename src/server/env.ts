// Reads and validates the process environment once, at start: a wrong setting stops the app with
// a message naming the variable instead of failing later at a request.
import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'harus berupa URL postgres://… / must be a postgres:// URL')
    .optional(),
  PETA_RB_DATA_DIR: z.string().min(1).default('./data'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Upload limit for imports, in bytes. */
  PETA_RB_MAX_UPLOAD_BYTES: z.coerce.number().int().min(1024).max(200 * 1024 * 1024).default(10 * 1024 * 1024),
});

export type Env = z.infer<typeof envSchema> & { dataDir: string };

export class EnvError extends Error {
  override name = 'EnvError';
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // Empty strings mean "not set" (a common result of `FOO= npm start`).
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new EnvError(`Konfigurasi lingkungan tidak valid / invalid environment:\n${lines.join('\n')}`);
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.PETA_RB_DATA_DIR) };
}
