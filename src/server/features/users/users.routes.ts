// HTTP routes of account administration (admin only). Shapes come from src/domain/contracts/users.ts.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as contract from '../../../domain/contracts/users.ts';
import { auditContext } from '../../request-context.ts';
import { contractRoute } from '../../contract-route.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import { instansiOf } from '../../instansi.ts';
import * as service from './users.service.ts';

export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['pengguna'];
  const permission = 'user:manage';
  app.route({
    ...contractRoute(contract.listUsers, { tags, summary: 'Daftar pengguna', permission }),
    handler: async (req) => service.listAccounts(app.database.db, await instansiOf(req)),
  });
  app.route({
    ...contractRoute(contract.createUser, {
      tags,
      summary: 'Buat pengguna (tanpa kata sandi: dibuatkan kata sandi sementara)',
      permission,
    }),
    handler: async (req, reply) => {
      const body = req.body;
      const out = await service.createAccount(app.database.db, auditContext(req), currentUser(req), {
        username: body.username,
        displayName: body.displayName,
        email: body.email ?? null,
        roles: body.roles,
        ...(body.password ? { password: body.password } : {}),
      });
      // The contract's status (201); contractRoute types the success answer as 200 whatever the status.
      return reply.status(contract.createUser.status).send(out);
    },
  });
  app.route({
    ...contractRoute(contract.updateUser, { tags, summary: 'Ubah pengguna: nama, status aktif, peran', permission }),
    handler: async (req) =>
      service.updateAccount(app.database.db, auditContext(req), currentUser(req), req.params.id, req.body),
  });
  app.route({
    ...contractRoute(contract.resetUserPassword, {
      tags,
      summary: 'Atur ulang kata sandi (kata sandi sementara)',
      permission,
    }),
    handler: async (req) => service.resetPassword(app.database.db, auditContext(req), req.params.id),
  });
};
