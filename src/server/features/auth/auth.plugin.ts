// Enforces the permission table on every request, before the body is even read: resolves the
// session cookie, refuses anonymous access to non-public routes (401), requires the CSRF token on
// every state-changing request of a signed-in user, and refuses roles without the route's
// permission (403). Resource-level PD scopes are checked by the services.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { canAny, isRoutePermission, type Action } from '../../../domain/permissions.ts';
import { AppError, forbidden, unauthenticated } from '../../errors.ts';
export { forbidden, unauthenticated };
import { resolveSession, SESSION_COOKIE, type SessionUser } from './auth.service.ts';

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The signed-in user of a request that passed the permission check (never null there). */
export function currentUser(req: FastifyRequest): SessionUser {
  if (!req.user) throw unauthenticated();
  return req.user;
}

async function authPlugin(app: FastifyInstance) {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (req) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) req.user = await resolveSession(app.database.db, token);
    const permission = (req.routeOptions.config as { permission?: string } | undefined)?.permission;
    // Not-found requests have no route: the not-found handler answers them.
    if (!req.routeOptions.url) return;
    if (!permission || !isRoutePermission(permission)) throw forbidden();
    if (permission === 'public') return;
    if (!req.user) throw unauthenticated();
    if (!SAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== req.user.csrfToken) {
      throw new AppError(
        'CSRF_INVALID',
        'Sesi formulir tidak valid. Muat ulang halaman lalu coba lagi.',
        'Missing or invalid CSRF token. Reload the page and try again.',
      );
    }
    if (permission === 'session') return;
    if (req.user.mustChangePassword) {
      throw new AppError(
        'PASSWORD_CHANGE_REQUIRED',
        'Ganti kata sandi Anda terlebih dahulu.',
        'Change your password first.',
      );
    }
    if (!canAny(req.user.roles, permission as Action)) throw forbidden();
  });
}

export default fp(authPlugin, { name: 'peta-rb-auth', dependencies: ['@fastify/cookie'] });
