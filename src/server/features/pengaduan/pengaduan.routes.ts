// HTTP routes of the complaint register (pengaduan): the register, one complaint, recording,
// changing and forwarding it, the SP4N-LAPOR! import, and the follow-up rate computed from the
// register. Shapes come from src/domain/contracts/pengaduan.ts.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import * as contract from '../../../domain/contracts/pengaduan.ts';
import { contractRoute } from '../../contract-route.ts';
import { auditContext } from '../../request-context.ts';
import { readUpload } from '../../uploads.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import { instansiOf } from '../../instansi.ts';
import * as service from './pengaduan.service.ts';
import * as importer from './pengaduan-import.service.ts';
import * as rate from './tindak-lanjut.service.ts';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const pengaduanRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['pengaduan'];
  const read = 'pengaduan:read';
  const manage = 'pengaduan:manage';
  const actor = (req: FastifyRequest) => ({ audit: auditContext(req), roles: currentUser(req).roles });

  app.route({
    ...contractRoute(contract.listPengaduan, {
      tags,
      summary: 'Register pengaduan setahun dengan tenggat hari kerja (PD: PD sendiri)',
      permission: read,
    }),
    handler: async (req) =>
      service.list(app.database.db, currentUser(req).roles, await instansiOf(req), {
        year: req.query.year,
        ...(req.query.pdKey ? { pdKey: req.query.pdKey } : {}),
        ...(req.query.status ? { status: req.query.status } : {}),
      }),
  });
  app.route({
    ...contractRoute(contract.getTindakLanjut, {
      tags,
      summary: 'Tingkat tindak lanjut pengaduan suatu periode, dihitung dari register',
      permission: read,
    }),
    handler: async (req) => rate.tindakLanjut(app.database.db, currentUser(req).roles, req.query.periodeId),
  });
  app.route({
    ...contractRoute(contract.exportTindakLanjut, {
      tags,
      summary: 'Daftar pengaduan di balik tingkat tindak lanjut sebagai .xlsx',
      permission: read,
    }),
    handler: async (req, reply) => {
      const { buf, fileName } = await rate.tindakLanjutXlsx(
        app.database.db,
        currentUser(req).roles,
        req.query.periodeId,
      );
      return reply.type(XLSX_MIME).header('content-disposition', `attachment; filename="${fileName}"`).send(buf);
    },
  });
  app.route({
    ...contractRoute(contract.attachTindakLanjutBukti, {
      tags,
      summary: 'Lampirkan daftar pengaduan sebagai bukti realisasi indikator yang diisi dari register',
      permission: 'realisasi:enter',
    }),
    handler: async (req, reply) => {
      const out = await rate.attachBukti(app.database.db, app.evidenceStore, actor(req), req.body.realisasiId);
      return reply.status(contract.attachTindakLanjutBukti.status).send(out);
    },
  });
  app.route({
    ...contractRoute(contract.setPengaduanIndikator, {
      tags,
      summary: 'Atur indikator yang realisasinya dihitung dari register pengaduan',
      permission: 'periode:manage',
    }),
    handler: async (req) => rate.setIndikator(app.database.db, actor(req), await instansiOf(req), req.body.keys),
  });
  app.route({
    ...contractRoute(contract.previewPengaduanImport, {
      tags,
      summary: 'Pratinjau impor ekspor SP4N-LAPOR! (.csv/.xlsx): masalah per baris dan kolom; tidak ada yang disimpan',
      permission: manage,
    }),
    handler: async (req) => {
      const upload = await readUpload(req, app.maxUploadBytes);
      return importer.previewImport(app.database.db, actor(req), await instansiOf(req), upload.buf);
    },
  });
  app.route({
    ...contractRoute(contract.commitPengaduanImport, {
      tags,
      summary: 'Simpan impor SP4N-LAPOR! (semua baris atau tidak sama sekali; nomor tracking yang sama diperbarui)',
      permission: manage,
    }),
    handler: async (req, reply) => {
      const upload = await readUpload(req, app.maxUploadBytes);
      const out = await importer.commitImport(
        app.database.db,
        actor(req),
        await instansiOf(req),
        upload.buf,
        upload.fileName,
      );
      return reply.status(contract.commitPengaduanImport.status).send(out);
    },
  });
  app.route({
    ...contractRoute(contract.getPengaduan, { tags, summary: 'Satu pengaduan dengan riwayatnya', permission: read }),
    handler: async (req) => service.get(app.database.db, currentUser(req).roles, req.params.id),
  });
  app.route({
    ...contractRoute(contract.createPengaduan, { tags, summary: 'Catat pengaduan', permission: manage }),
    handler: async (req, reply) => {
      const out = await service.create(app.database.db, actor(req), await instansiOf(req), req.body);
      return reply.status(contract.createPengaduan.status).send(out);
    },
  });
  app.route({
    ...contractRoute(contract.updatePengaduan, {
      tags,
      summary: 'Ubah pengaduan: status, tanggapan, isian',
      permission: manage,
    }),
    handler: async (req) => {
      const { rowVersion, ...body } = req.body;
      return service.update(app.database.db, actor(req), req.params.id, body, rowVersion);
    },
  });
  app.route({
    ...contractRoute(contract.disposisiPengaduan, {
      tags,
      summary: 'Disposisikan pengaduan ke perangkat daerah lain',
      permission: manage,
    }),
    handler: async (req) => service.disposisi(app.database.db, actor(req), req.params.id, req.body),
  });
};
