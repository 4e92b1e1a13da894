// Contract of the road-map Excel feature: a version exported as .xlsx in the Lampiran layout, and an
// uploaded workbook previewed (every problem by sheet, row and column) or committed as a new version.
import { z } from 'zod';
import { findingSchema, localizedTextSchema } from '../roadmap/schema.ts';
import { binaryFile, defineRoute } from './http.ts';

export const exportVersionXlsx = defineRoute({
  method: 'GET',
  path: '/versions/:versionId/export.xlsx',
  params: z.object({ versionId: z.uuid() }),
  querystring: z.object({
    tables: z
      .string()
      .regex(/^(tabel[123])(,tabel[123])*$/, 'daftar tabel dipisah koma, mis. tabel1,tabel2')
      .optional(),
  }),
  response: binaryFile,
});

/** One problem of an uploaded workbook, where Excel shows it. */
export const xlsxProblemSchema = z.object({
  sheet: z.string(),
  row: z.number().int().nullable(),
  /** Excel column letter. */
  column: z.string().nullable(),
  code: z.string(),
  message: localizedTextSchema,
  severity: z.enum(['error', 'warning']),
});

export const importSummarySchema = z.object({
  instansi: z.string(),
  title: z.string(),
  period: z.string(),
  versionLabel: z.string(),
  counts: z.object({
    nodes: z.number().int(),
    indicators: z.number().int(),
    placements: z.number().int(),
    perangkatDaerah: z.number().int(),
  }),
  findings: z.array(findingSchema),
});

export const previewImport = defineRoute({
  method: 'POST',
  path: '/imports/road-map/preview',
  multipart: true,
  response: z.object({
    ok: z.boolean(),
    problems: z.array(xlsxProblemSchema),
    summary: importSummarySchema.nullable(),
    /** PD names the tables use that no PD has: each an UNKNOWN_PD error until listed in `newPd`. */
    unknownPd: z.array(z.string()),
  }),
});

/**
 * `newPd` text part of preview and commit: the PD names (one per line) to create as new PDs; any
 * other unknown name is an error. Sent before the file part.
 */
export const newPdField = z
  .string()
  .max(20_000)
  .optional()
  .transform((s) =>
    (s ?? '')
      .split('\n')
      .map((n) => n.trim())
      .filter((n) => n !== ''),
  );

export const importPreviewFields = z.object({ newPd: newPdField });

/** The text parts sent with the workbook (before the file part: the server reads parts in order). */
export const importCommitFields = z.object({
  roadMapId: z.uuid().optional(),
  status: z.enum(['draft', 'active']).default('draft'),
  newPd: newPdField,
});

export const commitImport = defineRoute({
  method: 'POST',
  path: '/imports/road-map/commit',
  multipart: true,
  response: z.object({
    instansiId: z.uuid(),
    roadMapId: z.uuid(),
    versionId: z.uuid(),
    problems: z.array(xlsxProblemSchema),
  }),
  status: 201,
});

/** `details` of a 422 IMPORT_HAS_ERRORS: every problem found. */
export const importErrorDetailsSchema = z.object({ problems: z.array(xlsxProblemSchema) });

export type XlsxProblem = z.output<typeof xlsxProblemSchema>;
export type ImportSummary = z.output<typeof importSummarySchema>;
export type ImportPreview = z.output<typeof previewImport.response>;
export type ImportCommitResult = z.output<typeof commitImport.response>;
export type ImportErrorDetails = z.output<typeof importErrorDetailsSchema>;
