// HTTP routes of the STU and pokja structure of a year. Shapes come from src/domain/contracts/stu.ts.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as contract from '../../../domain/contracts/stu.ts';
import { contractRoute } from '../../contract-route.ts';
import { auditContext } from '../../request-context.ts';
import { instansiOf } from '../../instansi.ts';
import * as service from './stu.service.ts';

export const stuRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['stu'];
  app.route({
    ...contractRoute(contract.getStruktur, {
      tags,
      summary: 'Struktur STU dan pokja setahun (siapa menjawab untuk apa)',
      permission: 'roadmap:read',
    }),
    handler: async (req) => service.getStruktur(app.database.db, await instansiOf(req), req.query.year),
  });
  app.route({
    ...contractRoute(contract.getLingkup, {
      tags,
      summary: 'Sasaran, kegiatan utama dan tema yang dapat menjadi lingkup pokja pada suatu tahun',
      permission: 'roadmap:read',
    }),
    handler: async (req) => service.lingkupOptions(app.database.db, await instansiOf(req), req.query.year),
  });
  app.route({
    ...contractRoute(contract.listAkunStu, {
      tags,
      summary: 'Akun yang dapat ditautkan ke orang dalam struktur STU (ketua pokja memimpin rapatnya)',
      permission: 'stu:manage',
    }),
    handler: async (req) => service.akunOptions(app.database.db, await instansiOf(req)),
  });
  app.route({
    ...contractRoute(contract.saveStruktur, {
      tags,
      summary: 'Simpan struktur STU dan pokja setahun (seluruhnya, satu transaksi)',
      permission: 'stu:manage',
    }),
    handler: async (req) => service.saveStruktur(app.database.db, auditContext(req), await instansiOf(req), req.body),
  });
  app.route({
    ...contractRoute(contract.copyStruktur, {
      tags,
      summary: 'Mulai struktur STU suatu tahun dari tahun lain',
      permission: 'stu:manage',
    }),
    handler: async (req, reply) => {
      const out = await service.copyStruktur(
        app.database.db,
        auditContext(req),
        await instansiOf(req),
        req.body.fromYear,
        req.body.toYear,
      );
      return reply.status(contract.copyStruktur.status).send(out);
    },
  });
};
