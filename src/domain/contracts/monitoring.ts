// Contract of semester monitoring: periode (reporting periods and their entry windows), realisasi
// entry and workflow with comments and evidence, the period dashboard, reminders and the in-app
// notifications. The field schemas here are also the web forms' checks (same Indonesian messages).
import { VERIFICATION_FLAGS } from '../monitoring/verification.ts';
import { z } from 'zod';
import { isoDay } from './iso-day.ts';
import { CAPAIAN_STATUSES } from '../capaian/status.ts';
import { indicatorValueSchema, localizedTextSchema, polaritySchema, targetSchema } from '../roadmap/schema.ts';
import { binaryFile, defineRoute } from './http.ts';

// ——— shared pieces ———

const idParams = z.object({ id: z.uuid() });
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
/** A calendar day as the server stores it. */
export const daySchema = isoDay;
/** A typed number: Indonesian text ("21,78") or a JSON number. */
const typedNumber = z.union([z.string().max(100), z.number()]).nullable();
const rowVersion = z.number().int().min(1);

export const periodCodeSchema = z.enum(['S1', 'S2', 'TW1', 'TW2', 'TW3', 'TW4']);
export const periodStateSchema = z.enum(['belum_dibuka', 'terbuka', 'terkunci', 'dibuka_kembali']);

export const periodeSchema = z.object({
  id: z.uuid(),
  year: z.number().int(),
  code: periodCodeSchema,
  startDate: z.string(),
  endDate: z.string(),
  opensAt: z.string(),
  deadline: z.string(),
  reopenedUntil: z.string().nullable(),
  state: periodStateSchema,
  daysToDeadline: z.number().int(),
  rowVersion: z.number().int(),
});

export const subjectTypeSchema = z.enum(['indikator', 'rencana_aksi']);
export const realisasiStatusSchema = z.enum(['draft', 'submitted', 'verified', 'returned']);

export const realisasiRowSchema = z.object({
  id: z.uuid(),
  periodeId: z.uuid(),
  subjectType: subjectTypeSchema,
  subjectKey: z.string(),
  pdKey: z.string(),
  value: indicatorValueSchema.nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  anggaranRealisasi: z.number().nullable(),
  narrative: z.string(),
  /** The PD's obstacles in the period and its solution (read by the on-going review). */
  kendala: z.string(),
  solusi: z.string(),
  status: realisasiStatusSchema,
  returnReason: z.string().nullable(),
  updatedBy: z.string(),
  updatedAt: z.string(),
  /** Who entered and who submitted the value: neither may verify it (mayVerifyRealisasi). */
  enteredBy: z.string().nullable(),
  submittedBy: z.string().nullable(),
  rowVersion: z.number().int(),
});

export const realisasiCommentSchema = z.object({
  id: z.uuid(),
  author: z.string(),
  body: z.string(),
  createdAt: z.string(),
});

export const evidenceSchema = z.object({
  sha256: z.string(),
  fileName: z.string(),
  mime: z.string(),
  sizeBytes: z.number().int(),
  uploadedBy: z.string(),
  createdAt: z.string(),
});

export const realisasiDetailSchema = realisasiRowSchema.extend({
  comments: z.array(realisasiCommentSchema),
  evidence: z.array(evidenceSchema),
  /** What the verifier should look at first (src/domain/monitoring/verification.ts). */
  flags: z.array(z.enum(VERIFICATION_FLAGS)),
});

// ——— form fields (server and web check them alike) ———

/** Why a submitted realisasi goes back to its PD. */
export const returnReasonSchema = z.string().trim().min(5, 'Alasan minimal 5 karakter').max(2000);
/** Why a locked period is opened again (recorded in the audit trail). */
export const reopenReasonSchema = z.string().trim().min(10, 'Alasan minimal 10 karakter').max(2000);
export const commentBodySchema = z.string().trim().min(1).max(2000);

// ——— periode ———

export const listPeriodes = defineRoute({
  method: 'GET',
  path: '/periode',
  querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
  response: z.array(periodeSchema),
});

export const setupPeriodes = defineRoute({
  method: 'POST',
  path: '/periode/setup',
  body: z.object({
    year: z.number().int().min(2000).max(2100),
    scheme: z.enum(['semester', 'quarter']).default('semester'),
  }),
  response: z.array(periodeSchema),
  status: 201,
});

export const updatePeriodeWindow = defineRoute({
  method: 'PUT',
  path: '/periode/:id',
  params: idParams,
  body: z.object({ opensAt: daySchema, deadline: daySchema, rowVersion }),
  response: periodeSchema,
});

export const reopenPeriode = defineRoute({
  method: 'POST',
  path: '/periode/:id/reopen',
  params: idParams,
  body: z.object({ reason: reopenReasonSchema, until: daySchema, rowVersion }),
  response: periodeSchema,
});

/** Ends a reopening before its day: the period is locked again (the on-going review may follow). */
export const closePeriode = defineRoute({
  method: 'POST',
  path: '/periode/:id/tutup',
  params: idParams,
  body: z.object({ rowVersion }),
  response: periodeSchema,
});

export const remindPeriode = defineRoute({
  method: 'POST',
  path: '/periode/:id/remind',
  params: idParams,
  body: z.object({ pdKeys: z.array(z.string().min(1).max(100)).max(200).nullable().default(null) }),
  response: z.object({ reminded: z.array(z.object({ pdKey: z.string(), body: z.string() })) }),
});

// ——— realisasi ———

export const listRealisasi = defineRoute({
  method: 'GET',
  path: '/realisasi',
  querystring: z.object({ periodeId: z.uuid(), pdKey: z.string().min(1).max(100).optional() }),
  response: z.array(realisasiDetailSchema),
});

/** The evaluator's risk-based sample of a period's verified realisasi (every flagged row + ≥ 10 % per verifier). */
export const realisasiSample = defineRoute({
  method: 'GET',
  path: '/realisasi/sample',
  querystring: z.object({ periodeId: z.uuid() }),
  response: z.object({
    periodeId: z.uuid(),
    rate: z.number(),
    verified: z.number().int(),
    rows: z.array(
      z.object({ reason: z.enum(['flagged', 'sampled']), verifiedBy: z.string(), realisasi: realisasiDetailSchema }),
    ),
  }),
});

export const enterRealisasiBody = z.object({
  periodeId: z.uuid(),
  subjectType: subjectTypeSchema,
  subjectKey: z.string().min(1).max(200),
  value: typedNumber,
  numerator: typedNumber.optional(),
  denominator: typedNumber.optional(),
  anggaranRealisasi: typedNumber.optional(),
  narrative: z.string().max(5000).default(''),
  kendala: z.string().max(5000).default(''),
  solusi: z.string().max(5000).default(''),
  rowVersion: z.number().int().min(0),
});

export const enterRealisasi = defineRoute({
  method: 'PUT',
  path: '/realisasi',
  body: enterRealisasiBody,
  response: realisasiRowSchema,
});

export const submitRealisasi = defineRoute({
  method: 'POST',
  path: '/realisasi/:id/submit',
  params: idParams,
  response: realisasiRowSchema,
});

export const verifyRealisasi = defineRoute({
  method: 'POST',
  path: '/realisasi/verify',
  body: z.object({ ids: z.array(z.uuid()).min(1).max(500) }),
  response: z.array(realisasiRowSchema),
});

export const returnRealisasi = defineRoute({
  method: 'POST',
  path: '/realisasi/:id/return',
  params: idParams,
  body: z.object({ reason: returnReasonSchema }),
  response: realisasiRowSchema,
});

export const commentRealisasi = defineRoute({
  method: 'POST',
  path: '/realisasi/:id/comments',
  params: idParams,
  body: z.object({ body: commentBodySchema }),
  response: realisasiCommentSchema,
  status: 201,
});

export const deleteRealisasi = defineRoute({
  method: 'DELETE',
  path: '/realisasi/:id',
  params: idParams,
  response: z.object({ deleted: z.uuid() }),
});

export const uploadRealisasiEvidence = defineRoute({
  method: 'POST',
  path: '/realisasi/:id/evidence',
  params: idParams,
  multipart: true,
  response: z.object({
    sha256: z.string(),
    mime: z.string(),
    kind: z.string(),
    sizeBytes: z.number().int(),
    alreadyAttached: z.boolean(),
  }),
  status: 201,
});

export const detachRealisasiEvidence = defineRoute({
  method: 'DELETE',
  path: '/realisasi/:id/evidence/:sha256',
  params: z.object({ id: z.uuid(), sha256 }),
  response: z.object({ removed: z.string() }),
});

export const downloadEvidence = defineRoute({
  method: 'GET',
  path: '/evidence/:sha256',
  params: z.object({ sha256 }),
  response: binaryFile,
});

// ——— dashboard ———

export const capaianResultSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('dinilai'),
    percent: z.number(),
    raw: z.number(),
    capped: z.boolean(),
    formula: localizedTextSchema,
  }),
  z.object({
    kind: z.literal('tidak_dinilai'),
    code: z.enum(['NO_REALISASI', 'NO_TARGET', 'NOT_COMPARABLE']),
    reason: localizedTextSchema,
  }),
]);

export const projectionSchema = z.object({
  projected: z.number().nullable(),
  projectedLevel: z.string().nullable(),
  meetsTarget: z.boolean(),
  shortfall: z.number().nullable(),
  reason: localizedTextSchema,
});

export const capaianStatusSchema = z.enum(CAPAIAN_STATUSES);

export const averageCapaianSchema = z.object({
  percent: z.number().nullable(),
  counted: z.number().int(),
  excluded: z.number().int(),
});

export const dashboardIndicatorSchema = z.object({
  key: z.string(),
  name: z.string(),
  unit: z.string(),
  scaleCode: z.string(),
  polarity: polaritySchema,
  pdKey: z.string().nullable(),
  target: targetSchema.nullable(),
  realisasi: realisasiRowSchema.nullable(),
  /** Null for another PD's indicator when the reader is PD-scoped (only the summary counts it). */
  capaian: capaianResultSchema.nullable(),
  status: capaianStatusSchema,
  projection: projectionSchema.nullable(),
  earlyWarning: localizedTextSchema.nullable(),
});

export const completenessSchema = z.object({
  pdKey: z.string(),
  pdName: z.string(),
  expected: z.number().int(),
  entered: z.number().int(),
  notEntered: z.number().int(),
  draft: z.number().int(),
  submitted: z.number().int(),
  returned: z.number().int(),
  verified: z.number().int(),
  daysToDeadline: z.number().int(),
});

export const periodDashboard = defineRoute({
  method: 'GET',
  path: '/monitoring/dashboard',
  querystring: z.object({ periodeId: z.uuid() }),
  response: z.object({
    periode: periodeSchema,
    versionId: z.uuid(),
    summary: z.object({
      averageVerified: averageCapaianSchema,
      averageAll: averageCapaianSchema,
      byStatus: z.record(capaianStatusSchema, z.number().int()),
      earlyWarnings: z.number().int(),
    }),
    indicators: z.array(dashboardIndicatorSchema),
    completeness: z.array(completenessSchema),
  }),
});

// ——— notifications ———

export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  pdKey: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});

export const listNotifications = defineRoute({
  method: 'GET',
  path: '/notifications',
  response: z.array(notificationSchema),
});

export const markNotificationRead = defineRoute({
  method: 'POST',
  path: '/notifications/:id/read',
  params: idParams,
  response: z.object({ ok: z.literal(true) }),
});

// ——— types the server presents and the web receives ———

export type Periode = z.output<typeof periodeSchema>;
export type RealisasiStatus = z.output<typeof realisasiStatusSchema>;
export type RealisasiRow = z.output<typeof realisasiRowSchema>;
export type RealisasiComment = z.output<typeof realisasiCommentSchema>;
export type Evidence = z.output<typeof evidenceSchema>;
export type RealisasiDetail = z.output<typeof realisasiDetailSchema>;
export type RealisasiBody = z.input<typeof enterRealisasiBody>;
export type Dashboard = z.output<typeof periodDashboard.response>;
export type DashboardIndicator = z.output<typeof dashboardIndicatorSchema>;
export type Completeness = z.output<typeof completenessSchema>;
export type Notification = z.output<typeof notificationSchema>;
export type EvidenceUpload = z.output<typeof uploadRealisasiEvidence.response>;
export type Reminded = z.output<typeof remindPeriode.response>;
