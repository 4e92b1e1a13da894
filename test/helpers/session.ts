// Signing in from tests: a request helper bound to one demo account's session (cookie + CSRF
// token), so every integration test exercises the real permission checks.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/server/seed/demo-users.ts';

export type DemoUser = (typeof DEMO_ACCOUNTS)[number]['username'];

export interface Session {
  username: string;
  cookie: string;
  csrfToken: string;
  /** inject() with this session's cookie and CSRF header. */
  request(opts: InjectOptions | string): Promise<LightMyRequestResponse>;
}

export async function login(
  app: FastifyInstance,
  username: string,
  password: string = DEMO_PASSWORD,
): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const setCookie = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('petarb_sid='));
  if (!setCookie) throw new Error('no session cookie');
  const cookie = setCookie.split(';')[0]!;
  const csrfToken = res.json().user.csrfToken as string;
  return {
    username,
    cookie,
    csrfToken,
    request: (opts) => {
      const o: InjectOptions = typeof opts === 'string' ? { url: opts } : opts;
      return app.inject({ ...o, headers: { ...(o.headers ?? {}), cookie, 'x-csrf-token': csrfToken } });
    },
  };
}

/** The demo account names by role, for matrices. */
export const ROLE_USERS: Record<string, string> = Object.fromEntries(
  DEMO_ACCOUNTS.map((a) => [a.roles[0]!.role, a.username]),
);
