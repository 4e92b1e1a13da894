// HTTP routes of the Tim Evaluasi Internal's reviews and the PDs' sanggah. Shapes come from
// src/domain/contracts/reviu.ts; who may judge is checked against the year's team in the services.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import * as contract from '../../../domain/contracts/reviu.ts';
import { contractRoute } from '../../contract-route.ts';
import { instansiOf } from '../../instansi.ts';
import { auditContext } from '../../request-context.ts';
import { readUpload } from '../../uploads.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import * as dimensi from './reviu-dimensi.service.ts';
import { listReviu } from './reviu-list.service.ts';
import * as reviu from './reviu.service.ts';
import * as sanggah from './sanggah.service.ts';

export const reviuRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['evaluasi'];
  const read = 'evaluasi:read';
  const judge = 'evaluasi:score';
  const respond = 'reviu:respond';
  const db = () => app.database.db;
  const actor = (req: FastifyRequest) => {
    const u = currentUser(req);
    return { audit: auditContext(req), roles: u.roles, userId: u.id };
  };

  app.route({
    ...contractRoute(contract.getDimensi, {
      tags,
      summary: 'Dimensi reviu rencana aksi suatu tahun',
      permission: read,
    }),
    handler: async (req) => dimensi.getDimensi(db(), await instansiOf(req), req.query.year),
  });
  app.route({
    ...contractRoute(contract.saveDimensi, {
      tags,
      summary: 'Tetapkan dimensi reviu suatu tahun (ketua tim atau pengendali teknis)',
      permission: judge,
    }),
    handler: async (req) =>
      dimensi.saveDimensi(db(), actor(req), await instansiOf(req), req.body.year, req.body.dimensi),
  });
  app.route({
    ...contractRoute(contract.listReviu, {
      tags,
      summary: 'Reviu ex-ante atau on-going: subjek, penilaian, sanggah, dan % sesuai per dimensi',
      permission: read,
    }),
    handler: async (req) => listReviu(db(), actor(req), await instansiOf(req), req.query),
  });
  app.route({
    ...contractRoute(contract.judgeReviu, { tags, summary: 'Simpan penilaian reviu (draf)', permission: judge }),
    handler: async (req) => reviu.judge(db(), actor(req), await instansiOf(req), req.body),
  });
  app.route({
    ...contractRoute(contract.returnReviu, { tags, summary: 'Kembalikan reviu ke PD', permission: judge }),
    handler: async (req) =>
      reviu.kembalikan(db(), actor(req), await instansiOf(req), req.params.id, req.body.rowVersion),
  });
  app.route({
    ...contractRoute(contract.finalizeReviu, { tags, summary: 'Finalkan reviu', permission: judge }),
    handler: async (req) => reviu.finalize(db(), actor(req), await instansiOf(req), req.params.id, req.body.rowVersion),
  });
  app.route({
    ...contractRoute(contract.answerReviu, {
      tags,
      summary: 'Tanggapan PD atas reviu yang dikembalikan',
      permission: respond,
    }),
    handler: async (req) =>
      reviu.tanggapi(db(), actor(req), await instansiOf(req), req.params.id, req.body.tanggapan, req.body.rowVersion),
  });
  app.route({
    ...contractRoute(contract.fileSanggah, { tags, summary: 'Ajukan sanggah atas reviu final', permission: respond }),
    handler: async (req, reply) =>
      reply
        .status(contract.fileSanggah.status)
        .send(await sanggah.file(db(), actor(req), await instansiOf(req), req.params.id, req.body)),
  });
  app.route({
    ...contractRoute(contract.answerSanggah, {
      tags,
      summary: 'Jawab sanggah (diterima atau ditolak)',
      permission: judge,
    }),
    handler: async (req) => sanggah.answer(db(), actor(req), await instansiOf(req), req.params.id, req.body),
  });
  app.route({
    ...contractRoute(contract.sanggahBuktiUpload, { tags, summary: 'Lampirkan bukti sanggah', permission: respond }),
    handler: async (req, reply) => {
      const upload = await readUpload(req, app.maxUploadBytes);
      const out = await sanggah.attachBukti(
        db(),
        app.evidenceStore,
        actor(req),
        await instansiOf(req),
        req.params.id,
        upload.fileName,
        upload.buf,
      );
      return reply.status(contract.sanggahBuktiUpload.status).send(out);
    },
  });
  app.route({
    ...contractRoute(contract.sanggahBuktiRemove, { tags, summary: 'Hapus bukti sanggah', permission: respond }),
    handler: async (req) =>
      sanggah.removeBukti(db(), actor(req), await instansiOf(req), req.params.id, req.params.sha256),
  });
};
