// HTTP routes of the super-administrator's instansi screen (issue #10). Shapes come from
// src/domain/contracts/instansi.ts; the instansi named by :id is any on the server (the role belongs
// to no instansi), so the tenant guard leaves it to this feature.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as contract from '../../../domain/contracts/instansi.ts';
import { auditContext } from '../../request-context.ts';
import { contractRoute } from '../../contract-route.ts';
import * as service from './instansi.service.ts';

export const instansiRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['instansi'];
  const permission = 'instansi:manage';
  app.route({
    ...contractRoute(contract.listServerInstansi, { tags, summary: 'Semua instansi di server ini', permission }),
    handler: async () => service.listServerInstansi(app.database.db),
  });
  app.route({
    ...contractRoute(contract.createServerInstansi, {
      tags,
      summary: 'Buat instansi (jenis, wilayah, induk) beserta admin pertamanya',
      permission,
    }),
    handler: async (req, reply) => {
      const out = await service.createInstansi(app.database.db, auditContext(req), req.body);
      return reply.status(contract.createServerInstansi.status).send(out);
    },
  });
  app.route({
    ...contractRoute(contract.updateServerInstansi, {
      tags,
      summary: 'Ubah nama, wilayah atau induk instansi',
      permission,
    }),
    handler: async (req) => service.updateInstansi(app.database.db, auditContext(req), req.params.id, req.body),
  });
  app.route({
    ...contractRoute(contract.addInstansiAdmin, {
      tags,
      summary: 'Tambah akun admin untuk instansi (kata sandi sementara)',
      permission,
    }),
    handler: async (req, reply) => {
      const out = await service.addInstansiAdmin(app.database.db, auditContext(req), req.params.id, req.body);
      return reply.status(contract.addInstansiAdmin.status).send(out);
    },
  });
};
