// HTTP routes of the road map over time: start a new period, which road map governs each year,
// re-base an indicator onto a newer scale, the versions of national reference data. Shapes come
// from the feature's contract (src/domain/contracts/roadmap.ts); each route calls one service.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as contract from '../../../domain/contracts/roadmap.ts';
import { auditContext } from '../../request-context.ts';
import { contractRoute } from '../../contract-route.ts';
import { instansiOf } from '../../instansi.ts';
import * as service from './roadmap-period.service.ts';

export const roadmapPeriodRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['road map'];
  const db = () => app.database.db;

  app.route({
    ...contractRoute(contract.createRoadMapPeriod, {
      tags,
      summary: 'Mulai road map periode baru (draf): dari awal, katalog nasional, dan/atau indikator yang dibawa',
      permission: 'roadmap:import',
    }),
    handler: async (req, reply) => {
      const { carryFromVersionId, ...rest } = req.body;
      const out = await service.startRoadMapPeriod(db(), auditContext(req), await instansiOf(req), {
        ...rest,
        ...(carryFromVersionId ? { carryFromVersionId } : {}),
      });
      return reply.status(201).send(out);
    },
  });

  app.route({
    ...contractRoute(contract.setEnactingRegulasi, {
      tags,
      summary: 'Isi peraturan penetap draf (nomor, tanggal, tempat) sebelum diberlakukan',
      permission: 'roadmap:amend',
    }),
    handler: async (req) => service.setEnactingRegulasi(db(), auditContext(req), req.params.versionId, req.body),
  });

  app.route({
    ...contractRoute(contract.getYearGovernance, {
      tags,
      summary: 'Road map yang berlaku untuk setiap tahun (termasuk masa transisi)',
      permission: 'roadmap:read',
    }),
    handler: async (req) => service.yearGovernance(db(), await instansiOf(req)),
  });

  app.route({
    ...contractRoute(contract.rebaseIndicator, {
      tags,
      summary: 'Pindahkan indikator ke skala lain mulai tahun tertentu (riwayat tetap)',
      permission: 'roadmap:update',
    }),
    handler: async (req) => {
      const { name, mapping, ...rest } = req.body;
      return service.rebaseIndicator(db(), auditContext(req), req.params.versionId, req.params.key, {
        ...rest,
        ...(name ? { name } : {}),
        ...(mapping ? { mapping } : {}),
      });
    },
  });

  app.route({
    ...contractRoute(contract.listReferenceVersions, {
      tags,
      summary: 'Versi data acuan nasional (skala, katalog) dengan dasar hukum dan tahun berlaku',
      permission: 'roadmap:read',
    }),
    handler: async () => service.referenceVersions(),
  });
};
