// HTTP routes of what is overdue (meeting follow-ups, complaints) and the STU's reminder about it.
// Shapes come from src/domain/contracts/terlambat.ts.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as contract from '../../../domain/contracts/terlambat.ts';
import { contractRoute } from '../../contract-route.ts';
import { instansiOf } from '../../instansi.ts';
import { auditContext } from '../../request-context.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import * as service from './terlambat.service.ts';

export const terlambatRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['terlambat'];
  app.route({
    ...contractRoute(contract.getTerlambat, {
      tags,
      summary: 'Tindak lanjut rapat dan pengaduan yang melewati tenggat',
      permission: 'rapat:read',
    }),
    handler: async (req) => service.terlambat(app.database.db, currentUser(req).roles, await instansiOf(req)),
  });
  app.route({
    ...contractRoute(contract.remindTerlambat, {
      tags,
      summary: 'Kirim pengingat kepada pemilik tindak lanjut dan pengaduan yang terlambat',
      permission: 'stu:manage',
    }),
    handler: async (req) => service.remind(app.database.db, auditContext(req), await instansiOf(req), req.body.pdKeys),
  });
};
