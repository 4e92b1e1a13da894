// HTTP routes of meetings (rapat) and their follow-up items (keputusan). Shapes come from
// src/domain/contracts/rapat.ts.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import * as contract from '../../../domain/contracts/rapat.ts';
import { contractRoute } from '../../contract-route.ts';
import { auditContext } from '../../request-context.ts';
import { readUpload } from '../../uploads.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import { instansiOf } from '../../instansi.ts';
import * as service from './rapat.service.ts';
import * as keputusan from './keputusan.service.ts';
import * as lampiran from './rapat-lampiran.service.ts';
import { notulenPdf } from './rapat-pdf.ts';
import { tautanOptions } from './rapat-tautan.ts';

export const rapatRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['rapat'];
  const read = 'rapat:read';
  const manage = 'rapat:manage';
  const actor = (req: FastifyRequest) => {
    const u = currentUser(req);
    return { audit: auditContext(req), roles: u.roles, userId: u.id };
  };
  const db = () => app.database.db;

  app.route({
    ...contractRoute(contract.listRapat, {
      tags,
      summary: 'Rapat setahun (pokja, pleno, internal PD)',
      permission: read,
    }),
    handler: async (req) => service.list(db(), currentUser(req).roles, await instansiOf(req), req.query.year),
  });
  app.route({
    ...contractRoute(contract.getRapat, {
      tags,
      summary: 'Satu rapat: kehadiran, notulen, keputusan',
      permission: read,
    }),
    handler: async (req) => service.get(db(), actor(req), req.params.id),
  });
  app.route({
    ...contractRoute(contract.notulenPdf, { tags, summary: 'Notulen dan daftar hadir sebagai PDF', permission: read }),
    handler: async (req, reply) => {
      const { buf, fileName } = await notulenPdf(db(), actor(req), req.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(buf);
    },
  });
  app.route({
    ...contractRoute(contract.createRapat, { tags, summary: 'Catat rapat', permission: manage }),
    handler: async (req, reply) => {
      const out = await service.create(db(), actor(req), await instansiOf(req), req.body);
      return reply.status(contract.createRapat.status).send(out);
    },
  });
  app.route({
    ...contractRoute(contract.updateRapat, {
      tags,
      summary: 'Ubah rapat yang belum final: kehadiran, notulen, keputusan',
      permission: manage,
    }),
    handler: async (req) => service.update(db(), actor(req), req.params.id, req.body),
  });
  app.route({
    ...contractRoute(contract.finalizeRapat, {
      tags,
      summary: 'Finalkan notulen (setelahnya hanya addendum)',
      permission: manage,
    }),
    handler: async (req) => service.finalize(db(), actor(req), req.params.id, req.body.rowVersion),
  });
  app.route({
    ...contractRoute(contract.addendumRapat, {
      tags,
      summary: 'Tambah addendum pada notulen final',
      permission: manage,
    }),
    handler: async (req, reply) => {
      const out = await service.addendum(db(), actor(req), req.params.id, req.body.isi);
      return reply.status(contract.addendumRapat.status).send(out);
    },
  });
  app.route({
    ...contractRoute(contract.listKeputusan, {
      tags,
      summary: 'Tindak lanjut keputusan rapat setahun (yang terlambat ditandai)',
      permission: read,
    }),
    handler: async (req) =>
      keputusan.listKeputusan(db(), actor(req), await instansiOf(req), req.query.year, req.query.status),
  });
  app.route({
    ...contractRoute(contract.moveKeputusan, {
      tags,
      summary: 'Ubah status tindak lanjut (pemilik: selesai; pengelola rapat: verifikasi atau kembalikan)',
      permission: manage,
    }),
    handler: async (req) => keputusan.move(db(), actor(req), req.params.id, req.body),
  });
  app.route({
    ...contractRoute(contract.rapatTautan, {
      tags,
      summary: 'Indikator, rencana aksi dan rekomendasi yang dapat ditautkan ke keputusan rapat',
      permission: read,
    }),
    handler: async (req) => tautanOptions(db(), await instansiOf(req), req.query.year, currentUser(req).roles),
  });
  app.route({
    ...contractRoute(contract.rapatLampiranUpload, { tags, summary: 'Lampirkan berkas rapat', permission: manage }),
    handler: async (req, reply) => {
      const upload = await readUpload(req, app.maxUploadBytes);
      const out = await lampiran.attachLampiran(
        db(),
        app.evidenceStore,
        actor(req),
        req.params.id,
        upload.fileName,
        upload.buf,
      );
      return reply.status(contract.rapatLampiranUpload.status).send(out);
    },
  });
  app.route({
    ...contractRoute(contract.rapatLampiranRemove, { tags, summary: 'Hapus lampiran rapat', permission: manage }),
    handler: async (req) => lampiran.removeLampiran(db(), actor(req), req.params.id, req.params.sha256),
  });
  app.route({
    ...contractRoute(contract.keputusanBuktiUpload, {
      tags,
      summary: 'Lampirkan bukti tindak lanjut',
      permission: manage,
    }),
    handler: async (req, reply) => {
      const upload = await readUpload(req, app.maxUploadBytes);
      const out = await keputusan.attachBukti(
        db(),
        app.evidenceStore,
        actor(req),
        req.params.id,
        upload.fileName,
        upload.buf,
      );
      return reply.status(contract.keputusanBuktiUpload.status).send(out);
    },
  });
};
