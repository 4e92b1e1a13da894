// Contract of the auth feature: signing in and out, the signed-in user (with the CSRF token and the
// actions the browser may offer), and changing one's own password.
import { z } from 'zod';
import { ACTIONS, ROLES, type Action } from '../permissions.ts';
import { defineRoute } from './http.ts';

/** One role of an account, for one perangkat daerah when the role is PD-scoped. */
export const roleAssignmentSchema = z.object({ role: z.enum(ROLES), pdKey: z.string().nullable() });

export const sessionUserSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(roleAssignmentSchema),
  /** The perangkat daerah the user acts for (PD-scoped roles). */
  pdKeys: z.array(z.string()),
  /** Actions the user may perform at least for some PD: the UI hides the rest. */
  permissions: z.array(z.enum(ACTIONS as [Action, ...Action[]])),
  mustChangePassword: z.boolean(),
  isDemo: z.boolean(),
  csrfToken: z.string(),
});

const ok = z.object({ ok: z.literal(true) });

export const login = defineRoute({
  method: 'POST',
  path: '/auth/login',
  body: z.object({
    username: z.string().trim().min(1, 'Nama pengguna wajib diisi').max(100),
    password: z.string().min(1, 'Kata sandi wajib diisi').max(200),
  }),
  response: z.object({ user: sessionUserSchema }),
});

export const logout = defineRoute({ method: 'POST', path: '/auth/logout', response: ok });

export const me = defineRoute({
  method: 'GET',
  path: '/auth/me',
  response: z.object({ user: sessionUserSchema.nullable() }),
});

export const changePassword = defineRoute({
  method: 'POST',
  path: '/auth/password',
  body: z.object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) }),
  response: ok,
});

export type SessionUser = z.output<typeof sessionUserSchema>;
export type Me = z.output<typeof me.response>;
