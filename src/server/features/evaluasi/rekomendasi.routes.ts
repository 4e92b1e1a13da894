// HTTP routes of recommendations and their follow-up. Shapes come from the contract
// (src/domain/contracts/rekomendasi.ts).
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as contract from '../../../domain/contracts/rekomendasi.ts';
import { contractRoute } from '../../contract-route.ts';
import { auditContext } from '../../request-context.ts';
import { readUpload } from '../../uploads.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import { instansiOf } from '../../instansi.ts';
import * as service from './rekomendasi.service.ts';

export const rekomendasiRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['rekomendasi'];
  const db = () => app.database.db;
  const instansi = (req: FastifyRequest) => instansiOf(req);
  const actor = (req: Parameters<typeof auditContext>[0]) => ({
    audit: auditContext(req),
    roles: currentUser(req).roles,
  });
  const manage = 'rekomendasi:manage';
  const followUp = 'rekomendasi:follow_up';

  app.route({
    ...contractRoute(contract.listRekomendasi, {
      tags,
      summary: 'Daftar rekomendasi dengan tindak lanjut (PD: hanya untuk PD sendiri)',
      permission: 'evaluasi:read',
    }),
    handler: async (req) =>
      service.list(db(), await instansi(req), currentUser(req).roles, {
        ...(req.query.year ? { year: req.query.year } : {}),
        ...(req.query.pdKey ? { pdKey: req.query.pdKey } : {}),
        overdueOnly: req.query.overdue !== undefined,
      }),
  });
  app.route({
    ...contractRoute(contract.createRekomendasi, {
      tags,
      summary: 'Terbitkan rekomendasi (per baris LKE atau umum) untuk satu PD',
      permission: manage,
    }),
    handler: async (req, reply) =>
      reply.status(201).send(await service.create(db(), actor(req), await instansi(req), req.body)),
  });
  app.route({
    ...contractRoute(contract.updateRekomendasi, { tags, summary: 'Ubah rekomendasi', permission: manage }),
    handler: async (req) => service.update(db(), actor(req), req.params.id, req.body),
  });
  app.route({
    ...contractRoute(contract.addTindakLanjut, {
      tags,
      summary: 'Catat tindak lanjut (lalu unggah buktinya)',
      permission: followUp,
    }),
    handler: async (req, reply) =>
      reply.status(201).send(await service.addFollowUp(db(), actor(req), req.params.id, req.body.body)),
  });
  app.route({
    ...contractRoute(contract.uploadTindakLanjutEvidence, {
      tags,
      summary: 'Unggah bukti tindak lanjut (jenis diperiksa dari isi)',
      permission: followUp,
    }),
    handler: async (req, reply) => {
      const upload = await readUpload(req, service.MAX_FOLLOW_UP_BYTES);
      const out = await service.attachFollowUpEvidence(
        db(),
        app.evidenceStore,
        actor(req),
        req.params.id,
        upload.fileName,
        upload.buf,
      );
      return reply.status(201).send(out);
    },
  });
  app.route({
    ...contractRoute(contract.progressRekomendasi, {
      tags,
      summary: 'PD: mulai (start) atau tandai selesai dengan bukti (complete)',
      permission: followUp,
    }),
    handler: async (req) =>
      service.move(db(), actor(req), req.params.id, req.body.move, { reason: null, rowVersion: req.body.rowVersion }),
  });
  app.route({
    ...contractRoute(contract.decideRekomendasi, {
      tags,
      summary: 'Evaluator: tutup (close) atau kembalikan dengan alasan (reopen)',
      permission: manage,
    }),
    handler: async (req) =>
      service.move(db(), actor(req), req.params.id, req.body.move, {
        reason: req.body.reason,
        rowVersion: req.body.rowVersion,
      }),
  });
  app.route({
    ...contractRoute(contract.carryRekomendasi, {
      tags,
      summary: 'Bawa rekomendasi ke rencana aksi tahun berikutnya',
      permission: followUp,
    }),
    handler: async (req) => service.carry(db(), actor(req), req.params.id, req.body),
  });
};
