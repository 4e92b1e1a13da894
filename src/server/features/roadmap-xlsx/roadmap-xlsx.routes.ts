// HTTP routes for Excel: export a version as .xlsx; preview and commit an uploaded road map. Shapes
// come from the feature's contract (src/domain/contracts/roadmap-xlsx.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import * as contract from '../../../domain/contracts/roadmap-xlsx.ts';
import { AppError } from '../../errors.ts';
import { contractRoute } from '../../contract-route.ts';
import { auditContext } from '../../request-context.ts';
import * as service from './roadmap-xlsx.service.ts';
import { readUpload } from '../../uploads.ts';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Reads the uploaded workbook; the content decides, not the name: an xlsx is a zip archive. */
async function readXlsxUpload(req: FastifyRequest, maxBytes: number) {
  const upload = await readUpload(req, maxBytes);
  if (upload.buf.length < 4 || upload.buf.readUInt32LE(0) !== 0x04034b50) {
    throw new AppError(
      'NOT_XLSX',
      `Berkas "${upload.fileName}" bukan berkas Excel .xlsx.`,
      'The file is not an .xlsx workbook.',
      [{ field: 'file', code: 'NOT_XLSX', message: 'Isi berkas bukan .xlsx.' }],
    );
  }
  return upload;
}

/** The text parts of the multipart form, checked by their contract schema. */
function parseFields<S extends z.ZodType>(schema: S, fields: Record<string, string>): z.output<S> {
  const parsed = schema.safeParse(fields);
  if (parsed.success) return parsed.data;
  throw new AppError(
    'VALIDATION_FAILED',
    'Isian formulir tidak valid.',
    'Invalid form fields.',
    parsed.error.issues.map((i) => ({
      field: i.path.join('.'),
      code: `INVALID_${i.code.toUpperCase()}`,
      message: i.message,
    })),
  );
}

export const roadmapXlsxRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['excel'];
  app.route({
    ...contractRoute(contract.exportVersionXlsx, {
      tags,
      summary: 'Ekspor Tabel 1/2/3 sebagai .xlsx (tata letak Lampiran)',
      permission: 'roadmap:read',
    }),
    handler: async (req, reply) => {
      const tables = req.query.tables?.split(',') as ('tabel1' | 'tabel2' | 'tabel3')[] | undefined;
      const { buf, fileName } = await service.exportVersionXlsx(app.database.db, req.params.versionId, tables);
      return reply.type(XLSX_MIME).header('content-disposition', `attachment; filename="${fileName}"`).send(buf);
    },
  });

  app.route({
    ...contractRoute(contract.previewImport, {
      tags,
      summary: 'Pratinjau impor .xlsx: semua masalah per lembar, baris dan kolom; tidak ada yang disimpan',
      permission: 'roadmap:import',
    }),
    handler: async (req) => {
      const { buf, fields } = await readXlsxUpload(req, app.maxUploadBytes);
      const { newPd } = parseFields(contract.importPreviewFields, fields);
      return service.previewXlsx(buf, { newPd });
    },
  });

  app.route({
    ...contractRoute(contract.commitImport, {
      tags,
      summary: 'Simpan impor .xlsx sebagai versi baru (semua atau tidak sama sekali)',
      permission: 'roadmap:import',
    }),
    handler: async (req, reply) => {
      const { buf, fields, fileName } = await readXlsxUpload(req, app.maxUploadBytes);
      const data = parseFields(contract.importCommitFields, fields);
      const out = await service.commitXlsx(
        app.database.db,
        auditContext(req),
        { buf, fileName },
        { status: data.status, ...(data.roadMapId ? { roadMapId: data.roadMapId } : {}) },
        { newPd: data.newPd },
      );
      return reply.status(201).send(out);
    },
  });
};
