// HTTP routes of action plans (rencana aksi), and their Excel export and import (preview, commit).
// Shapes come from src/domain/contracts/rencana-aksi.ts.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import * as contract from '../../../domain/contracts/rencana-aksi.ts';
import { AppError } from '../../errors.ts';
import { contractRoute } from '../../contract-route.ts';
import { auditContext } from '../../request-context.ts';
import { readUpload } from '../../uploads.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import { instansiOf } from '../../instansi.ts';
import * as service from './rencana-aksi.service.ts';
import { toServiceInput } from './rencana-aksi.service.ts';
import { visiblePlans } from './rencana-aksi-visibility.ts';
import * as xlsx from './rencana-aksi-xlsx.service.ts';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The uploaded workbook and the year it is for; the content decides, not the name: an xlsx is a zip. */
async function readPlanUpload(req: FastifyRequest, maxBytes: number) {
  const upload = await readUpload(req, maxBytes);
  if (upload.buf.length < 4 || upload.buf.readUInt32LE(0) !== 0x04034b50) {
    throw new AppError(
      'NOT_XLSX',
      `Berkas "${upload.fileName}" bukan berkas Excel .xlsx.`,
      'The file is not an .xlsx workbook.',
      [{ field: 'file', code: 'NOT_XLSX', message: 'Isi berkas bukan .xlsx.' }],
    );
  }
  const year = contract.importYearField.safeParse(upload.fields.year);
  if (!year.success) {
    throw new AppError('VALIDATION_FAILED', 'Isian formulir tidak valid.', 'Invalid form fields.', [
      { field: 'year', code: 'YEAR_REQUIRED', message: 'Tahun rencana aksi wajib diisi (2000–2100).' },
    ]);
  }
  return { ...upload, year: year.data };
}

export const rencanaAksiRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['rencana aksi'];
  const manage = 'rencana_aksi:manage';
  const instansi = (req: FastifyRequest) => instansiOf(req);
  app.route({
    ...contractRoute(contract.listRencanaAksi, {
      tags,
      summary: 'Daftar rencana aksi setahun (filter PD pelaksana atau kegiatan)',
      permission: 'monitoring:read',
    }),
    handler: async (req) => {
      const q = req.query;
      // PD staff see only their PD's plans (as implementer or coordinator).
      return visiblePlans(
        currentUser(req).roles,
        await service.list(app.database.db, await instansi(req), {
          year: q.year,
          ...(q.pdKey ? { pdKey: q.pdKey } : {}),
          ...(q.nodeKey ? { nodeKey: q.nodeKey } : {}),
        }),
      );
    },
  });
  app.route({
    ...contractRoute(contract.createRencanaAksi, { tags, summary: 'Tambah rencana aksi', permission: manage }),
    handler: async (req, reply) => {
      const roles = currentUser(req).roles;
      const out = await service.create(
        app.database.db,
        auditContext(req),
        roles,
        await instansi(req),
        toServiceInput(req.body),
      );
      // The contract's status (201); contractRoute types the success answer as 200 whatever the status.
      return reply.status(contract.createRencanaAksi.status).send(out);
    },
  });
  app.route({
    ...contractRoute(contract.updateRencanaAksi, { tags, summary: 'Ubah rencana aksi', permission: manage }),
    handler: async (req) => {
      const { rowVersion, ...input } = req.body;
      return service.update(
        app.database.db,
        auditContext(req),
        currentUser(req).roles,
        req.params.id,
        toServiceInput(input),
        rowVersion,
      );
    },
  });
  app.route({
    ...contractRoute(contract.deleteRencanaAksi, {
      tags,
      summary: 'Hapus rencana aksi tanpa realisasi',
      permission: manage,
    }),
    handler: async (req) => service.remove(app.database.db, auditContext(req), currentUser(req).roles, req.params.id),
  });

  app.route({
    ...contractRoute(contract.exportRencanaAksi, {
      tags,
      summary: 'Ekspor rencana aksi setahun sebagai .xlsx (satu baris per rencana aksi; PD: PD sendiri)',
      permission: 'monitoring:read',
    }),
    handler: async (req, reply) => {
      const { buf, fileName } = await xlsx.exportPlansXlsx(
        app.database.db,
        await instansi(req),
        currentUser(req).roles,
        req.query.year,
        req.query.pdKey,
      );
      // A Buffer is sent as it is (never serialized); binaryFile types the answer as a string.
      return reply.type(XLSX_MIME).header('content-disposition', `attachment; filename="${fileName}"`).send(buf);
    },
  });
  app.route({
    ...contractRoute(contract.previewRencanaAksiImport, {
      tags,
      summary: 'Pratinjau impor rencana aksi .xlsx: masalah per baris dan kolom; tidak ada yang disimpan',
      permission: manage,
    }),
    handler: async (req) => {
      const upload = await readPlanUpload(req, app.maxUploadBytes);
      return xlsx.previewPlansImport(
        app.database.db,
        auditContext(req),
        currentUser(req).roles,
        await instansi(req),
        upload.year,
        upload.buf,
      );
    },
  });
  app.route({
    ...contractRoute(contract.commitRencanaAksiImport, {
      tags,
      summary: 'Simpan impor rencana aksi .xlsx (semua baris atau tidak sama sekali; dicatat)',
      permission: manage,
    }),
    handler: async (req, reply) => {
      const upload = await readPlanUpload(req, app.maxUploadBytes);
      const out = await xlsx.commitPlansImport(
        app.database.db,
        auditContext(req),
        currentUser(req).roles,
        await instansi(req),
        upload.year,
        upload.buf,
        upload.fileName,
      );
      return reply.status(contract.commitRencanaAksiImport.status).send(out);
    },
  });
};
