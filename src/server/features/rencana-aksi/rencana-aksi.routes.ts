// HTTP routes of action plans (rencana aksi), and their Excel export and import (preview, commit).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { auditContext } from '../../request-context.ts';
import { readUpload } from '../../uploads.ts';
import { currentUser } from '../auth/auth.plugin.ts';
import { resolveInstansiId } from '../../instansi.ts';
import * as service from './rencana-aksi.service.ts';
import { rencanaAksiBody as body, toServiceInput } from './rencana-aksi.schemas.ts';
import { visiblePlans } from './rencana-aksi-visibility.ts';
import * as xlsx from './rencana-aksi-xlsx.service.ts';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const yearField = z.coerce.number().int().min(2000).max(2100);

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
  const year = yearField.safeParse(upload.fields.year);
  if (!year.success) {
    throw new AppError('VALIDATION_FAILED', 'Isian formulir tidak valid.', 'Invalid form fields.', [
      { field: 'year', code: 'YEAR_REQUIRED', message: 'Tahun rencana aksi wajib diisi (2000–2100).' },
    ]);
  }
  return { ...upload, year: year.data };
}

export const rencanaAksiRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['rencana aksi'];
  app.get(
    '/rencana-aksi',
    {
      config: { permission: 'monitoring:read' },
      schema: {
        tags,
        summary: 'Daftar rencana aksi setahun (filter PD pelaksana atau kegiatan)',
        querystring: z.object({
          year: z.coerce.number().int().min(2000).max(2100),
          pdKey: z.string().min(1).max(100).optional(),
          nodeKey: z.string().min(1).max(200).optional(),
        }),
      },
    },
    async (req) => {
      const q = req.query;
      // PD staff see only their PD's plans (as implementer or coordinator).
      return visiblePlans(
        currentUser(req).roles,
        await service.list(app.database.db, await resolveInstansiId(app, undefined), {
          year: q.year,
          ...(q.pdKey ? { pdKey: q.pdKey } : {}),
          ...(q.nodeKey ? { nodeKey: q.nodeKey } : {}),
        }),
      );
    },
  );
  app.post(
    '/rencana-aksi',
    { config: { permission: 'rencana_aksi:manage' }, schema: { tags, summary: 'Tambah rencana aksi', body } },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await service.create(
            app.database.db,
            auditContext(req),
            currentUser(req).roles,
            await resolveInstansiId(app, undefined),
            toServiceInput(req.body),
          ),
        ),
  );
  app.put(
    '/rencana-aksi/:id',
    {
      config: { permission: 'rencana_aksi:manage' },
      schema: {
        tags,
        summary: 'Ubah rencana aksi',
        params: z.object({ id: z.uuid() }),
        body: body.extend({ rowVersion: z.number().int().min(1) }),
      },
    },
    async (req) => {
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
  );
  app.delete(
    '/rencana-aksi/:id',
    {
      config: { permission: 'rencana_aksi:manage' },
      schema: { tags, summary: 'Hapus rencana aksi tanpa realisasi', params: z.object({ id: z.uuid() }) },
    },
    async (req) => service.remove(app.database.db, auditContext(req), currentUser(req).roles, req.params.id),
  );

  app.get(
    '/rencana-aksi/export.xlsx',
    {
      config: { permission: 'monitoring:read' },
      schema: {
        tags,
        summary: 'Ekspor rencana aksi setahun sebagai .xlsx (satu baris per rencana aksi; PD: PD sendiri)',
        querystring: z.object({
          year: z.coerce.number().int().min(2000).max(2100),
          pdKey: z.string().min(1).max(100).optional(),
        }),
      },
    },
    async (req, reply) => {
      const { buf, fileName } = await xlsx.exportPlansXlsx(
        app.database.db,
        await resolveInstansiId(app, undefined),
        currentUser(req).roles,
        req.query.year,
        req.query.pdKey,
      );
      return reply.type(XLSX_MIME).header('content-disposition', `attachment; filename="${fileName}"`).send(buf);
    },
  );
  app.post(
    '/rencana-aksi/import/preview',
    {
      config: { permission: 'rencana_aksi:manage' },
      schema: {
        tags,
        summary: 'Pratinjau impor rencana aksi .xlsx: masalah per baris dan kolom; tidak ada yang disimpan',
      },
    },
    async (req) => {
      const upload = await readPlanUpload(req, app.maxUploadBytes);
      return xlsx.previewPlansImport(
        app.database.db,
        auditContext(req),
        currentUser(req).roles,
        await resolveInstansiId(app, undefined),
        upload.year,
        upload.buf,
      );
    },
  );
  app.post(
    '/rencana-aksi/import/commit',
    {
      config: { permission: 'rencana_aksi:manage' },
      schema: { tags, summary: 'Simpan impor rencana aksi .xlsx (semua baris atau tidak sama sekali; dicatat)' },
    },
    async (req, reply) => {
      const upload = await readPlanUpload(req, app.maxUploadBytes);
      return reply
        .status(201)
        .send(
          await xlsx.commitPlansImport(
            app.database.db,
            auditContext(req),
            currentUser(req).roles,
            await resolveInstansiId(app, undefined),
            upload.year,
            upload.buf,
            upload.fileName,
          ),
        );
    },
  );
};
