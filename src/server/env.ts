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
  /** Evidence files (content-addressed); default <data dir>/evidence, also with DATABASE_URL. */
  PETA_RB_EVIDENCE_DIR: z.string().min(1).optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  /** Demo accounts in production mode: refused unless explicitly enabled. */
  PETA_RB_DEMO_ACCOUNTS: z.enum(['0', '1', 'true', 'false']).optional(),
  /** Behind a reverse proxy: trust X-Forwarded-* (client IP, https for Secure cookies). */
  PETA_RB_TRUST_PROXY: z.enum(['0', '1', 'true', 'false']).default('0'),
  /** Sign-in attempts per client IP per minute. */
  PETA_RB_LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
  /** SMTP server for notification emails, e.g. smtp://user:pass@mail.example.go.id:587; unset = in-app only. */
  PETA_RB_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'harus berupa URL smtp://… atau smtps://… / must be an smtp:// or smtps:// URL')
    .optional(),
  PETA_RB_MAIL_FROM: z.string().min(3).default('Peta RB <no-reply@localhost>'),
  /** Public base URL of the app, for links in emails. */
  PETA_RB_PUBLIC_URL: z.url('harus berupa URL / must be a URL').optional(),
  /** Upload limit for imports, in bytes. */
  PETA_RB_MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(200 * 1024 * 1024)
    .default(10 * 1024 * 1024),
});

export type Env = z.infer<typeof envSchema> & {
  dataDir: string;
  evidenceDir: string;
  allowDemoAccounts: boolean;
  trustProxy: boolean;
};

const yes = (v: string | undefined) => v === '1' || v === 'true';

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
  const d = parsed.data;
  return {
    ...d,
    dataDir: path.resolve(d.PETA_RB_DATA_DIR),
    evidenceDir: path.resolve(d.PETA_RB_EVIDENCE_DIR ?? path.join(d.PETA_RB_DATA_DIR, 'evidence')),
    // Demo accounts are for the embedded demo and development; production needs an explicit yes.
    allowDemoAccounts:
      d.NODE_ENV === 'production'
        ? yes(d.PETA_RB_DEMO_ACCOUNTS)
        : d.PETA_RB_DEMO_ACCOUNTS !== '0' && d.PETA_RB_DEMO_ACCOUNTS !== 'false',
    trustProxy: yes(d.PETA_RB_TRUST_PROXY),
  };
}
