// HTTP routes of account administration (admin only).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES } from '../../../domain/permissions.ts';
import { auditContext } from '../../request-context.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import * as service from './users.service.ts';

const roleSchema = z.object({ role: z.enum(ROLES), pdKey: z.string().min(1).max(100).nullable().default(null) });
const idParams = z.object({ id: z.uuid() });
/** Where notifications are mailed when SMTP is configured; empty text clears it. */
const emailSchema = z
  .union([z.email('Alamat email tidak valid').max(200), z.literal('').transform(() => null), z.null()])
  .optional();

export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['pengguna'];
  app.get('/users', { config: { permission: 'user:manage' }, schema: { tags, summary: 'Daftar pengguna' } }, async () =>
    service.listAccounts(app.database.db),
  );
  app.post(
    '/users',
    {
      config: { permission: 'user:manage' },
      schema: {
        tags,
        summary: 'Buat pengguna (tanpa kata sandi: dibuatkan kata sandi sementara)',
        body: z.object({
          username: z
            .string()
            .trim()
            .regex(
              /^[a-zA-Z0-9._-]{3,50}$/,
              'Nama pengguna 3–50 karakter: huruf, angka, titik, garis bawah, tanda hubung',
            ),
          displayName: z.string().trim().min(1).max(200),
          email: emailSchema,
          password: z.string().min(1).max(200).optional(),
          roles: z.array(roleSchema).max(50),
        }),
      },
    },
    async (req, reply) => {
      const body = req.body;
      const out = await service.createAccount(app.database.db, auditContext(req), currentUser(req), {
        username: body.username,
        displayName: body.displayName,
        email: body.email ?? null,
        roles: body.roles,
        ...(body.password ? { password: body.password } : {}),
      });
      return reply.status(201).send(out);
    },
  );
  app.put(
    '/users/:id',
    {
      config: { permission: 'user:manage' },
      schema: {
        tags,
        summary: 'Ubah pengguna: nama, status aktif, peran',
        params: idParams,
        body: z.object({
          rowVersion: z.number().int().min(1),
          displayName: z.string().trim().min(1).max(200),
          email: emailSchema,
          disabled: z.boolean(),
          roles: z.array(roleSchema).max(50),
        }),
      },
    },
    async (req) => service.updateAccount(app.database.db, auditContext(req), currentUser(req), req.params.id, req.body),
  );
  app.post(
    '/users/:id/reset-password',
    {
      config: { permission: 'user:manage' },
      schema: { tags, summary: 'Atur ulang kata sandi (kata sandi sementara)', params: idParams },
    },
    async (req) => service.resetPassword(app.database.db, auditContext(req), req.params.id),
  );
};
