// HTTP route of the Lampiran PDF: one table of a version as a PDF download. The shape comes from
// src/domain/contracts/roadmap-pdf.ts; whoever may read the road map may download it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as contract from '../../../domain/contracts/roadmap-pdf.ts';
import { contractRoute } from '../../contract-route.ts';
import * as service from './roadmap-pdf.service.ts';

export const roadmapPdfRoutes: FastifyPluginAsyncZod = async (app) => {
  app.route({
    ...contractRoute(contract.exportVersionPdf, {
      tags: ['road map'],
      summary: 'Unduh Tabel 1/2/3 sebagai PDF Lampiran (A4 lanskap, tanda tangan Bupati)',
      permission: 'roadmap:read',
    }),
    handler: async (req, reply) => {
      const { buf, fileName } = await service.exportVersionPdf(app.database.db, req.params.versionId, req.query.table);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(buf);
    },
  });
};
