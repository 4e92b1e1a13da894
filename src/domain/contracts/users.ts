// Contract of the users feature (account administration, admin only): list, create, change and
// reset the password of accounts. The form fields reuse these schemas' checks and messages.
import { z } from 'zod';
import { ROLES } from '../permissions.ts';
import { roleAssignmentSchema } from './auth.ts';
import { defineRoute } from './http.ts';

export const accountSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  /** Where notifications are mailed when the server has SMTP configured. */
  email: z.string().nullable(),
  disabled: z.boolean(),
  isDemo: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  rowVersion: z.number().int(),
  roles: z.array(roleAssignmentSchema),
});

/** A role as sent: pdKey may be left out for roles that are not PD-scoped. */
const roleInput = z.object({ role: z.enum(ROLES), pdKey: z.string().min(1).max(100).nullable().default(null) });

export const usernameSchema = z
  .string()
  .trim()
  .regex(/^[a-zA-Z0-9._-]{3,50}$/, 'Nama pengguna 3–50 karakter: huruf, angka, titik, garis bawah, tanda hubung');

export const displayNameSchema = z.string().trim().min(1).max(200);

/** Where notifications are mailed when SMTP is configured; empty text clears it. */
export const emailSchema = z
  .union([z.email('Alamat email tidak valid').max(200), z.literal('').transform(() => null), z.null()])
  .optional();

const idParams = z.object({ id: z.uuid() });

export const listUsers = defineRoute({ method: 'GET', path: '/users', response: z.array(accountSchema) });

export const createUser = defineRoute({
  method: 'POST',
  path: '/users',
  body: z.object({
    username: usernameSchema,
    displayName: displayNameSchema,
    email: emailSchema,
    password: z.string().min(1).max(200).optional(),
    roles: z.array(roleInput).max(50),
  }),
  status: 201,
  response: z.object({ user: accountSchema, temporaryPassword: z.string().nullable() }),
});

export const updateUser = defineRoute({
  method: 'PUT',
  path: '/users/:id',
  params: idParams,
  body: z.object({
    rowVersion: z.number().int().min(1),
    displayName: displayNameSchema,
    email: emailSchema,
    disabled: z.boolean(),
    roles: z.array(roleInput).max(50),
  }),
  response: z.object({ user: accountSchema }),
});

export const resetUserPassword = defineRoute({
  method: 'POST',
  path: '/users/:id/reset-password',
  params: idParams,
  response: z.object({ temporaryPassword: z.string() }),
});

export type Account = z.output<typeof accountSchema>;
export type CreateAccountBody = z.input<typeof createUser.body>;
export type UpdateAccountBody = z.input<typeof updateUser.body>;
