// Contract of the annual internal evaluation (src/server/features/evaluasi, src/web/features/evaluasi):
// LKE configurations, the year's worksheet and its lines, evidence reviewed on a line, closing and
// reopening, the Indeks RB history and the report downloads. The recommendations are in
// ./rekomendasi.ts. The shapes of the scoring engine (src/domain/evaluasi) are typed by the engine's
// own interfaces, so the contract cannot drift from what the engine computes.
import { z } from 'zod';
import type { LkeComponent, LkeConfig, LkeNode, PredikatBand } from '../evaluasi/lke-types.ts';
import type { LkeResult } from '../evaluasi/lke-score.ts';
import type { NextPredikatStep, PointsAvailable } from '../evaluasi/lke-priorities.ts';
import type { RenaksiScore } from '../evaluasi/renaksi-grade.ts';
import { binaryFile, defineRoute } from './http.ts';

// ——— the LKE configuration (the admin edits a cloned year) ———

const code = z.string().trim().min(1).max(40);
const name = z.string().trim().min(1).max(300);
const finite = z.number().finite();

const lkeLineSchema = z.object({
  kind: z.literal('line'),
  code,
  name,
  weight: finite.min(0).max(1000),
  min: finite,
  max: finite,
  multiplier: code.optional(),
  evaluator: z.string().max(200).optional(),
  levels: z
    .array(z.object({ code, label: name, value: finite }))
    .max(20)
    .optional(),
  nationalIndicatorCodes: z.array(code).max(10).optional(),
  derivedFrom: z.enum(['renaksi_quality', 'renaksi_implementation']).optional(),
  theme: code.optional(),
  targetBaik: finite.optional(),
  applicable: z.boolean().optional(),
});

const lkeComponentSchema: z.ZodType<LkeComponent> = z.lazy(() =>
  z.object({
    kind: z.literal('component'),
    code,
    name,
    weight: finite.min(0).max(1000),
    children: z
      .array(z.union([lkeLineSchema, lkeComponentSchema]) as z.ZodType<LkeNode>)
      .min(1)
      .max(200),
  }),
);

export const predikatBandSchema: z.ZodType<PredikatBand> = z.object({
  code: z.string().trim().min(1).max(5),
  label: name,
  min: finite,
  max: finite,
  minInclusive: z.boolean(),
  maxInclusive: z.boolean(),
  condition: z.enum(['all_target_baik_met', 'not_all_target_baik_met']).optional(),
});

/** Shape and bounds; cross-field rules (weights adding up, multiplier cycles, bands) in validateLkeConfig. */
export const lkeConfigSchema: z.ZodType<LkeConfig> = z.object({
  year: z.number().int().min(2000).max(2100),
  instansiKind: z.enum(['kabupaten_kota', 'provinsi', 'kementerian_lembaga']),
  label: name,
  general: lkeComponentSchema,
  koefisien: z.object({ code, name, min: finite, max: finite }),
  tematik: lkeComponentSchema,
  themes: z.array(z.object({ code, name, keywords: z.array(z.string().min(1).max(100)).max(10).optional() })).max(20),
  predikatRule: z.enum(['bands_2023', 'portal_2024']),
  bands: z.array(predikatBandSchema).min(1).max(20),
  renaksiCriteria: z
    .array(
      z.object({
        code,
        group: z.enum(['kegiatan_utama', 'rencana_aksi']),
        name,
        kind: z.enum(['percent', 'yes_no']),
        weight: finite.min(0).max(1),
      }),
    )
    .max(20),
});

export const lkeConfigFindingSchema = z.object({ code: z.string(), where: z.string(), message: z.string() });

const yearOf = z.number().int().min(2000).max(2100);
const evaluasiStatusSchema = z.enum(['open', 'closed']);

export const lkeConfigRecordSchema = z.object({
  id: z.uuid(),
  year: z.number().int(),
  instansiKind: z.string(),
  label: z.string(),
  definition: lkeConfigSchema,
  clonedFromId: z.uuid().nullable(),
  rowVersion: z.number().int(),
  usedBy: z.array(z.object({ year: z.number().int(), status: evaluasiStatusSchema })),
  locked: z.boolean(),
  findings: z.array(lkeConfigFindingSchema),
});

const idParams = z.object({ id: z.uuid() });
const rowVersion = z.number().int().min(1);

export const listLkeConfigs = defineRoute({
  method: 'GET',
  path: '/lke-configs',
  response: z.array(lkeConfigRecordSchema),
});

export const getLkeConfig = defineRoute({
  method: 'GET',
  path: '/lke-configs/:id',
  params: idParams,
  response: lkeConfigRecordSchema,
});

export const cloneLkeConfig = defineRoute({
  method: 'POST',
  path: '/lke-configs/:id/clone',
  params: idParams,
  body: z.object({ year: yearOf, label: name }),
  response: lkeConfigRecordSchema,
  status: 201,
});

export const updateLkeConfig = defineRoute({
  method: 'PUT',
  path: '/lke-configs/:id',
  params: idParams,
  body: z.object({ definition: lkeConfigSchema, rowVersion }),
  response: lkeConfigRecordSchema,
});

// ——— the year's evaluation and its worksheet ———

/** A raw value: a number, a level code, or nothing yet (see checkLineRaw for what a line accepts). */
export const lkeRawSchema = z
  .union([
    z.object({ kind: z.literal('number'), value: z.number().finite() }),
    z.object({ kind: z.literal('level'), code: z.string().trim().min(1).max(20) }),
  ])
  .nullable();

export const criterionAnswerSchema = z.union([
  z.object({ percent: z.number().finite().min(0).max(100) }),
  z.object({ yes: z.boolean() }),
]);

export const evaluasiSchema = z.object({
  id: z.uuid(),
  year: z.number().int(),
  configId: z.uuid(),
  status: evaluasiStatusSchema,
  koefisien: z.number().nullable(),
  renaksiAnswers: z.record(z.string(), criterionAnswerSchema),
  closedAt: z.iso.datetime().nullable(),
  closedBy: z.string().nullable(),
  rowVersion: z.number().int(),
});

export const evaluasiSummarySchema = evaluasiSchema.extend({
  configLabel: z.string(),
  indeks: z.number(),
  predikat: z.string().nullable(),
  missing: z.number().int(),
});

export const lineSourceSchema = z.enum(['manual', 'realisasi', 'renaksi']);
export const lineStatusSchema = z.enum(['draft', 'final']);

export const worksheetLineSchema = z.object({
  lineCode: z.string(),
  raw: lkeRawSchema,
  applicable: z.boolean().nullable(),
  source: lineSourceSchema,
  sourceDocument: z.string().nullable(),
  notes: z.string(),
  status: lineStatusSchema,
  updatedBy: z.string(),
  updatedAt: z.iso.datetime(),
  rowVersion: z.number().int(),
});

export const lineEvidenceSchema = z.object({
  lineCode: z.string(),
  sha256: z.string(),
  fileName: z.string(),
  addedBy: z.string(),
  createdAt: z.iso.datetime(),
  mime: z.string(),
  sizeBytes: z.number().int(),
});

export const lineSuggestionSchema = z.object({
  lineCode: z.string(),
  raw: lkeRawSchema,
  /** Where it comes from, shown to the evaluator. */
  origin: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('realisasi'),
      indicatorKey: z.string(),
      indicatorName: z.string(),
      periodCode: z.string(),
      realisasiId: z.uuid(),
    }),
    z.object({
      kind: z.literal('renaksi_implementation'),
      plans: z.number().int(),
      withVerifiedOutput: z.number().int(),
    }),
  ]),
  evidence: z.array(z.object({ sha256: z.string(), fileName: z.string() })),
  /** Set when the value cannot be used as is (outside the line's range, level unknown). */
  problem: z.string().optional(),
});

export const prefillSchema = z.object({
  lines: z.array(lineSuggestionSchema),
  /** Measured shares for the rencana aksi quality criteria, by criterion code. */
  renaksi: z.record(z.string(), z.object({ percent: z.number(), detail: z.string() })),
  /** Why there is nothing to suggest, e.g. no road map covers the year. */
  note: z.string().nullable(),
});

const lineScoreSchema = z.object({
  code: z.string(),
  applicable: z.boolean(),
  value: z.number().nullable(),
  multiplierFraction: z.number(),
  score: z.number(),
  maxScore: z.number(),
  targetBaikMet: z.boolean().nullable(),
});

export const lkeResultSchema: z.ZodType<LkeResult> = z.object({
  lines: z.record(z.string(), lineScoreSchema),
  components: z.record(z.string(), z.object({ code: z.string(), score: z.number(), applicableWeight: z.number() })),
  rbGeneral: z.number(),
  koefisien: z.number(),
  bobotPenyesuaian: z.number(),
  rbGeneralPenyesuaian: z.number(),
  rbTematik: z.number(),
  themes: z.array(z.object({ code: z.string(), name: z.string(), score: z.number(), max: z.number() })),
  indeks: z.number(),
  predikat: predikatBandSchema.nullable(),
  allTargetBaikMet: z.boolean(),
  missing: z.array(z.string()),
});

const pointsAvailableSchema: z.ZodType<PointsAvailable> = z.object({
  code: z.string(),
  name: z.string(),
  indeksGain: z.number(),
  score: z.number(),
  maxScore: z.number(),
});

const nextPredikatStepSchema: z.ZodType<NextPredikatStep> = z.object({
  code: z.string(),
  name: z.string(),
  from: z.number().nullable(),
  needed: z.number(),
  neededLevel: z.string().optional(),
  relativeChange: z.number(),
});

const renaksiScoreSchema: z.ZodType<RenaksiScore> = z.object({
  criteria: z.array(
    z.object({
      code: z.string(),
      grade: z.enum(['A', 'B', 'C', 'D', 'E', 'YA', 'TIDAK']).nullable(),
      score: z.number().nullable(),
    }),
  ),
  raw: z.number().nullable(),
});

export const worksheetSchema = z.object({
  evaluasi: evaluasiSchema,
  config: z.object({ id: z.uuid(), year: z.number().int(), label: z.string(), definition: lkeConfigSchema }),
  /** True when the year has no configuration of its own and uses an earlier year's. */
  configFromEarlierYear: z.boolean(),
  lines: z.array(worksheetLineSchema),
  evidence: z.array(lineEvidenceSchema),
  result: lkeResultSchema,
  bounds: z.object({ min: z.number(), max: z.number() }),
  priorities: z.object({
    points: z.array(pointsAvailableSchema),
    next: z.object({ target: predikatBandSchema.nullable(), steps: z.array(nextPredikatStepSchema) }),
  }),
  renaksi: z.object({ lineCode: z.string(), score: renaksiScoreSchema }).nullable(),
  suggestions: prefillSchema,
});

export const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const lineParams = yearParams.extend({ code: z.string().min(1).max(40) });
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'sha256 harus 64 karakter heksadesimal');

export const listEvaluasi = defineRoute({
  method: 'GET',
  path: '/evaluasi',
  response: z.array(evaluasiSummarySchema),
});

export const startEvaluasi = defineRoute({
  method: 'POST',
  path: '/evaluasi',
  body: z.object({ year: yearOf }),
  response: evaluasiSchema,
  status: 201,
});

export const getWorksheet = defineRoute({
  method: 'GET',
  path: '/evaluasi/:year',
  params: yearParams,
  response: worksheetSchema,
});

export const updateEvaluasiBody = z.object({
  koefisien: z.number().finite().nullable(),
  renaksiAnswers: z.record(z.string().min(1).max(40), criterionAnswerSchema),
  rowVersion,
});

export const updateEvaluasi = defineRoute({
  method: 'PUT',
  path: '/evaluasi/:year',
  params: yearParams,
  body: updateEvaluasiBody,
  response: evaluasiSchema,
});

export const updateLineBody = z.object({
  raw: lkeRawSchema,
  applicable: z.boolean().nullable().default(null),
  sourceDocument: z.string().trim().max(500).nullable().default(null),
  notes: z.string().max(4000).default(''),
  status: lineStatusSchema.default('draft'),
  rowVersion,
});

export const updateLine = defineRoute({
  method: 'PUT',
  path: '/evaluasi/:year/lines/:code',
  params: lineParams,
  body: updateLineBody,
  response: worksheetLineSchema,
});

export const applyPrefill = defineRoute({
  method: 'POST',
  path: '/evaluasi/:year/prefill',
  params: yearParams,
  body: z.object({ lineCodes: z.array(z.string().min(1).max(40)).max(200).nullable().default(null) }),
  response: z.object({ applied: z.array(z.string()) }),
});

/** A file PDs attached to this year's realisasi, offered as evidence for a worksheet line. */
export const evidenceCandidateSchema = z.object({
  sha256: z.string(),
  fileName: z.string(),
  mime: z.string(),
  subjectType: z.enum(['indikator', 'rencana_aksi']),
  subjectKey: z.string(),
  subjectName: z.string(),
  /** National indicator code of the indicator, to match worksheet lines. */
  nationalIndicatorCode: z.string().nullable(),
  pdKey: z.string(),
  periodCode: z.string(),
  status: z.string(),
});

export const listEvidenceCandidates = defineRoute({
  method: 'GET',
  path: '/evaluasi/:year/evidence-candidates',
  params: yearParams,
  response: z.array(evidenceCandidateSchema),
});

export const addLineEvidence = defineRoute({
  method: 'POST',
  path: '/evaluasi/:year/lines/:code/evidence',
  params: lineParams,
  body: z.object({ sha256, fileName: z.string().trim().min(1).max(250) }),
  response: z.object({ sha256: z.string(), alreadyAttached: z.boolean() }),
  status: 201,
});

export const removeLineEvidence = defineRoute({
  method: 'DELETE',
  path: '/evaluasi/:year/lines/:code/evidence/:sha256',
  params: lineParams.extend({ sha256 }),
  response: z.object({ removed: z.string() }),
});

export const closeEvaluasi = defineRoute({
  method: 'POST',
  path: '/evaluasi/:year/close',
  params: yearParams,
  body: z.object({ rowVersion }),
  response: evaluasiSchema,
});

export const reopenReason = z.string().trim().min(5, 'Alasan minimal 5 karakter').max(1000);

export const reopenEvaluasi = defineRoute({
  method: 'POST',
  path: '/evaluasi/:year/reopen',
  params: yearParams,
  body: z.object({ reason: reopenReason, rowVersion }),
  response: evaluasiSchema,
});

export const evaluasiReportXlsx = defineRoute({
  method: 'GET',
  path: '/evaluasi/:year/laporan.xlsx',
  params: yearParams,
  response: binaryFile,
});

export const evaluasiReportPdf = defineRoute({
  method: 'GET',
  path: '/evaluasi/:year/laporan.pdf',
  params: yearParams,
  response: binaryFile,
});

// ——— the Indeks RB history ———

export const historySourceSchema = z.enum(['regulasi', 'nasional', 'internal']);

export const historyEntrySchema = z.object({
  id: z.uuid(),
  year: z.number().int(),
  source: historySourceSchema,
  indeks: z.number(),
  predikat: z.string(),
  rbGeneral: z.number().nullable(),
  rbTematik: z.number().nullable(),
  note: z.string(),
});

export const listIndeksHistory = defineRoute({
  method: 'GET',
  path: '/indeks-history',
  response: z.array(historyEntrySchema),
});

export const addHistoryBody = z.object({
  year: yearOf,
  source: z.enum(['regulasi', 'nasional']),
  indeks: z.number().finite().min(0).max(130),
  predikat: z.string().trim().min(1).max(5).nullable().default(null),
  rbGeneral: z.number().finite().min(0).max(110).nullable().default(null),
  rbTematik: z.number().finite().min(0).max(20).nullable().default(null),
  note: z.string().trim().max(1000).default(''),
});

export const addIndeksHistory = defineRoute({
  method: 'POST',
  path: '/indeks-history',
  body: addHistoryBody,
  response: historyEntrySchema,
  status: 201,
});

export const removeIndeksHistory = defineRoute({
  method: 'DELETE',
  path: '/indeks-history/:id',
  params: idParams,
  response: z.object({ deleted: z.uuid() }),
});

export type LkeConfigRecord = z.output<typeof lkeConfigRecordSchema>;
export type Evaluasi = z.output<typeof evaluasiSchema>;
export type EvaluasiSummary = z.output<typeof evaluasiSummarySchema>;
export type EvaluasiStatus = z.output<typeof evaluasiStatusSchema>;
export type LineSource = z.output<typeof lineSourceSchema>;
export type LineStatus = z.output<typeof lineStatusSchema>;
export type WorksheetLine = z.output<typeof worksheetLineSchema>;
export type LineEvidence = z.output<typeof lineEvidenceSchema>;
export type LineSuggestion = z.output<typeof lineSuggestionSchema>;
export type Prefill = z.output<typeof prefillSchema>;
export type Worksheet = z.output<typeof worksheetSchema>;
export type LineBody = z.input<typeof updateLineBody>;
export type EvidenceCandidate = z.output<typeof evidenceCandidateSchema>;
export type HistorySource = z.output<typeof historySourceSchema>;
export type HistoryEntry = z.output<typeof historyEntrySchema>;
export type HistoryBody = z.input<typeof addHistoryBody>;
