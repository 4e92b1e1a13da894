// HTTP routes for signing in and out, the current user (with the CSRF token and permissions the
// browser needs), and changing one's own password.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import * as contract from '../../../domain/contracts/auth.ts';
import { ACTIONS, can, ownPdKeys, type Action } from '../../../domain/permissions.ts';
import { auditContext } from '../../request-context.ts';
import { contractRoute } from '../../contract-route.ts';
import { currentUser } from './auth.plugin.ts';
import * as service from './auth.service.ts';

function publicUser(user: service.SessionUser): contract.SessionUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    pdKeys: ownPdKeys(user.roles),
    // Actions the user may perform at least for some PD: the UI hides the rest.
    permissions: ACTIONS.filter((a: Action) => user.roles.some((r) => can([r], a, r.pdKey ? [r.pdKey] : []))),
    mustChangePassword: user.mustChangePassword,
    isDemo: user.isDemo,
    csrfToken: user.csrfToken,
  };
}

function setSessionCookie(req: FastifyRequest, reply: FastifyReply, token: string) {
  void reply.setCookie(service.SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: req.protocol === 'https',
    path: '/',
    maxAge: Math.floor(service.SESSION_TTL_MS / 1000),
  });
}

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['akun'];
  const loginRoute = contractRoute(contract.login, { tags, summary: 'Masuk', permission: 'public' });
  app.route({
    ...loginRoute,
    config: { ...loginRoute.config, rateLimit: { max: app.loginRateLimit, timeWindow: '1 minute' } },
    handler: async (req, reply) => {
      const { token, user } = await service.login(
        app.database.db,
        req.body.username,
        req.body.password,
        { ip: req.ip ?? null, userAgent: req.headers['user-agent'] ?? null, requestId: String(req.id) },
        { allowDemo: app.allowDemoAccounts },
      );
      setSessionCookie(req, reply, token);
      return { user: publicUser(user) };
    },
  });
  app.route({
    ...contractRoute(contract.logout, { tags, summary: 'Keluar', permission: 'session' }),
    handler: async (req, reply) => {
      await service.logout(app.database.db, currentUser(req), auditContext(req));
      void reply.clearCookie(service.SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  });
  app.route({
    ...contractRoute(contract.me, { tags, summary: 'Pengguna yang sedang masuk', permission: 'public' }),
    handler: async (req) => ({ user: req.user ? publicUser(req.user) : null }),
  });
  app.route({
    ...contractRoute(contract.changePassword, { tags, summary: 'Ganti kata sandi sendiri', permission: 'session' }),
    handler: async (req) => {
      await service.changePassword(
        app.database.db,
        currentUser(req),
        auditContext(req),
        req.body.currentPassword,
        req.body.newPassword,
      );
      return { ok: true as const };
    },
  });
};
