// Contract of the rencana aksi feature: the year's action plans, creating, changing and deleting one,
// and their Excel export and import (preview, commit). The body schema is shared with the Excel import,
// so a row read from a sheet passes exactly the checks a form submission does.
import { z } from 'zod';
import { isIsoDate } from '../periods/periods.ts';
import { FOKUS_INTERVENSI } from '../rencana-aksi/fokus.ts';
import { PERIOD_CODES } from '../rencana-aksi/targets.ts';
import { binaryFile, defineRoute } from './http.ts';
import { importCountsSchema, importProblemSchema } from './import-problem.ts';

const yearSchema = z.number().int().min(2000).max(2100);
const yearQuery = z.coerce.number().int().min(2000).max(2100);

// A well-formed but impossible day ("2024-02-30") would otherwise reach the date column and fail there.
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal harus berformat YYYY-MM-DD')
  .refine(isIsoDate, 'Tanggal tidak ada pada kalender');
const amount = z.number().finite().min(0, 'Tidak boleh negatif');
const periodTarget = z.object({ periodCode: z.enum(PERIOD_CODES), target: amount });

/** One focus (the original API) or several (the form's checkboxes). */
const fokus = z
  .union([z.enum(FOKUS_INTERVENSI), z.array(z.enum(FOKUS_INTERVENSI)).max(FOKUS_INTERVENSI.length)])
  .nullable()
  .default(null);

export const rencanaAksiBody = z.object({
  year: yearSchema,
  nodeKey: z.string().min(1).max(200),
  rincianKegiatan: z.string().trim().min(1, 'Rincian kegiatan wajib diisi').max(2000),
  indikatorOutput: z.string().trim().min(1, 'Indikator output wajib diisi').max(1000),
  satuan: z.string().trim().min(1, 'Satuan wajib diisi').max(100),
  targetTotal: amount,
  targets: z.array(periodTarget).max(4).default([]),
  startDate: day,
  endDate: day,
  pagu: amount.nullable().default(null),
  pelaksanaPdKey: z.string().min(1).max(100),
  koordinatorPdKey: z.string().min(1).max(100).nullable().default(null),
  penanggungJawab: z.string().trim().min(1, 'Penanggung jawab wajib diisi').max(200),
  permasalahan: z.string().trim().max(2000).nullable().default(null),
  fokusIntervensi: fokus,
});

/** An action plan as the API answers it (targets in period order, fokus in the national order). */
export const rencanaAksiSchema = z.object({
  id: z.uuid(),
  year: z.number().int(),
  nodeKey: z.string(),
  rincianKegiatan: z.string(),
  indikatorOutput: z.string(),
  satuan: z.string(),
  targetTotal: z.number(),
  targets: z.array(z.object({ periodCode: z.enum(PERIOD_CODES), target: z.number() })),
  startDate: z.string(),
  endDate: z.string(),
  pagu: z.number().nullable(),
  pelaksanaPdKey: z.string(),
  koordinatorPdKey: z.string().nullable(),
  penanggungJawab: z.string(),
  permasalahan: z.string().nullable(),
  /** Empty for RB General. */
  fokusIntervensi: z.array(z.enum(FOKUS_INTERVENSI)),
  rowVersion: z.number().int(),
});

/** A located problem of an uploaded sheet (shared by every import of the API). */
export const planImportProblemSchema = importProblemSchema;

export const planImportResultSchema = z.object({
  ok: z.boolean(),
  year: z.number().int(),
  counts: importCountsSchema,
  rows: z.array(
    z.object({
      row: z.number().int(),
      action: z.enum(['create', 'update', 'unchanged', 'error']),
      id: z.string().nullable(),
      rincianKegiatan: z.string(),
    }),
  ),
  problems: z.array(planImportProblemSchema),
});

const idParams = z.object({ id: z.uuid() });

export const listRencanaAksi = defineRoute({
  method: 'GET',
  path: '/rencana-aksi',
  querystring: z.object({
    year: yearQuery,
    pdKey: z.string().min(1).max(100).optional(),
    nodeKey: z.string().min(1).max(200).optional(),
  }),
  response: z.array(rencanaAksiSchema),
});

export const createRencanaAksi = defineRoute({
  method: 'POST',
  path: '/rencana-aksi',
  body: rencanaAksiBody,
  status: 201,
  response: rencanaAksiSchema,
});

export const updateRencanaAksi = defineRoute({
  method: 'PUT',
  path: '/rencana-aksi/:id',
  params: idParams,
  body: rencanaAksiBody.extend({ rowVersion: z.number().int().min(1) }),
  response: rencanaAksiSchema,
});

export const deleteRencanaAksi = defineRoute({
  method: 'DELETE',
  path: '/rencana-aksi/:id',
  params: idParams,
  response: z.object({ deleted: z.uuid() }),
});

export const exportRencanaAksi = defineRoute({
  method: 'GET',
  path: '/rencana-aksi/export.xlsx',
  querystring: z.object({ year: yearQuery, pdKey: z.string().min(1).max(100).optional() }),
  response: binaryFile,
});

/** The multipart text field of an import (the file is the "file" part). */
export const importYearField = yearQuery;

export const previewRencanaAksiImport = defineRoute({
  method: 'POST',
  path: '/rencana-aksi/import/preview',
  multipart: true,
  response: planImportResultSchema,
});

export const commitRencanaAksiImport = defineRoute({
  method: 'POST',
  path: '/rencana-aksi/import/commit',
  multipart: true,
  status: 201,
  response: planImportResultSchema,
});

export type RencanaAksiBody = z.output<typeof rencanaAksiBody>;
/** What the form sends (defaults not yet applied). */
export type RencanaAksiBodyInput = z.input<typeof rencanaAksiBody>;
export type RencanaAksi = z.output<typeof rencanaAksiSchema>;
export type PlanImportProblem = z.output<typeof planImportProblemSchema>;
export type PlanImportResult = z.output<typeof planImportResultSchema>;
