// HTTP routes for Excel: export a version as .xlsx; preview and commit an uploaded road map.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { auditContext } from '../../request-context.ts';
import * as service from './roadmap-xlsx.service.ts';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Upload {
  buf: Buffer;
  fields: Record<string, string>;
}

/** Reads the parts of a multipart request: the one file (field "file") and the text fields. */
async function collectParts(
  req: FastifyRequest,
  maxBytes: number,
  fields: Record<string, string>,
): Promise<{ buf: Buffer | null; fileName: string }> {
  let buf: Buffer | null = null;
  let fileName = '';
  for await (const part of req.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file' || buf) {
        part.file.resume();
        throw new AppError(
          400,
          'UNEXPECTED_FILE',
          'Hanya satu berkas pada kolom "file" yang diterima.',
          'Only one file, in field "file", is accepted.',
        );
      }
      fileName = part.filename;
      buf = await part.toBuffer();
      if (part.file.truncated) {
        throw new AppError(
          413,
          'FILE_TOO_LARGE',
          `Berkas melebihi batas ${Math.round(maxBytes / 1024 / 1024)} MB.`,
          'The file exceeds the size limit.',
        );
      }
    } else if (typeof part.value === 'string') {
      fields[part.fieldname] = part.value;
    }
  }
  return { buf, fileName };
}

/** Reads the single uploaded file and the text fields; refuses a missing, oversized or non-xlsx file. */
async function readUpload(req: FastifyRequest, maxBytes: number): Promise<Upload> {
  if (!req.isMultipart()) {
    throw new AppError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'Unggah berkas sebagai multipart/form-data dengan kolom "file".',
      'Upload the file as multipart/form-data, field "file".',
    );
  }
  const fields: Record<string, string> = {};
  let got: { buf: Buffer | null; fileName: string };
  try {
    got = await collectParts(req, maxBytes, fields);
  } catch (err) {
    const status = (err as { statusCode?: number }).statusCode;
    if (err instanceof AppError || status === 413) throw err;
    // busboy reports a malformed body (bad boundary, truncated part) as a plain Error.
    throw new AppError(
      400,
      'MULTIPART_INVALID',
      'Isi unggahan rusak atau tidak lengkap. Unggah ulang berkasnya.',
      'The upload is malformed or incomplete.',
    );
  }
  const { buf, fileName } = got;
  if (!buf || buf.length === 0) {
    throw new AppError(400, 'FILE_REQUIRED', 'Pilih berkas .xlsx untuk diunggah.', 'Choose an .xlsx file to upload.', [
      { field: 'file', code: 'FILE_REQUIRED', message: 'Berkas wajib diisi.' },
    ]);
  }
  // Content decides, not the name: an xlsx is a zip archive.
  if (buf.length < 4 || buf.readUInt32LE(0) !== 0x04034b50) {
    throw new AppError(
      415,
      'NOT_XLSX',
      `Berkas "${fileName}" bukan berkas Excel .xlsx.`,
      'The file is not an .xlsx workbook.',
      [{ field: 'file', code: 'NOT_XLSX', message: 'Isi berkas bukan .xlsx.' }],
    );
  }
  return { buf, fields };
}

const commitFields = z.object({
  roadMapId: z.uuid().optional(),
  status: z.enum(['draft', 'active']).default('draft'),
});

export const roadmapXlsxRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['excel'];
  app.get(
    '/versions/:versionId/export.xlsx',
    {
      config: { permission: 'roadmap:read' },
      schema: {
        tags,
        summary: 'Ekspor Tabel 1/2/3 sebagai .xlsx (tata letak Lampiran)',
        params: z.object({ versionId: z.uuid() }),
        querystring: z.object({
          tables: z
            .string()
            .regex(/^(tabel[123])(,tabel[123])*$/, 'daftar tabel dipisah koma, mis. tabel1,tabel2')
            .optional(),
        }),
      },
    },
    async (req, reply) => {
      const tables = req.query.tables?.split(',') as ('tabel1' | 'tabel2' | 'tabel3')[] | undefined;
      const { buf, fileName } = await service.exportVersionXlsx(app.database.db, req.params.versionId, tables);
      return reply.type(XLSX_MIME).header('content-disposition', `attachment; filename="${fileName}"`).send(buf);
    },
  );

  app.post(
    '/imports/road-map/preview',
    {
      config: { permission: 'roadmap:import' },
      schema: {
        tags,
        summary: 'Pratinjau impor .xlsx: semua masalah per lembar, baris dan kolom; tidak ada yang disimpan',
      },
    },
    async (req) => {
      const { buf } = await readUpload(req, app.maxUploadBytes);
      return service.previewXlsx(buf);
    },
  );

  app.post(
    '/imports/road-map/commit',
    {
      config: { permission: 'roadmap:import' },
      schema: { tags, summary: 'Simpan impor .xlsx sebagai versi baru (semua atau tidak sama sekali)' },
    },
    async (req, reply) => {
      const { buf, fields } = await readUpload(req, app.maxUploadBytes);
      const parsed = commitFields.safeParse(fields);
      if (!parsed.success) {
        throw new AppError(
          400,
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
      const out = await service.commitXlsx(app.database.db, auditContext(req), buf, {
        status: parsed.data.status,
        ...(parsed.data.roadMapId ? { roadMapId: parsed.data.roadMapId } : {}),
      });
      return reply.status(201).send(out);
    },
  );
};
