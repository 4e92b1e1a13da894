// Contract of the road-map feature: road maps and their versions, one version with its findings,
// editing an indicator, amendments, activation, comparison, JSON export, and editing a version's
// structure (nodes, new and removed indicators, placements).
import { z } from 'zod';
import { roadMapDiffSchema } from '../roadmap/diff-schema.ts';
import {
  elementSchema,
  findingSchema,
  indikatorSchema,
  nodeKindSchema,
  placementSchema,
  regulasiSchema,
  resultNodeSchema,
  roadMapDocumentSchema,
  roadMapStatusSchema,
  scaleMappingSchema,
  tableCodeSchema,
} from '../roadmap/schema.ts';
import { binaryFile, defineRoute } from './http.ts';
import { instansiQuery } from './perangkat-daerah.ts';

const versionParams = z.object({ versionId: z.uuid() });
const keyParams = z.object({ versionId: z.uuid(), key: z.string().min(1).max(200) });
const rowVersion = z.number().int().min(1);

// ——— road maps and versions ———

export const versionSummarySchema = z.object({
  id: z.uuid(),
  versionNo: z.number().int(),
  versionLabel: z.string(),
  status: roadMapStatusSchema,
  basedOnVersionId: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
  regulasi: regulasiSchema.nullable(),
});

export const roadMapSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  periodStart: z.number().int(),
  periodEnd: z.number().int(),
  versions: z.array(versionSummarySchema),
});

export const listRoadMaps = defineRoute({
  method: 'GET',
  path: '/road-maps',
  querystring: instansiQuery,
  response: z.array(roadMapSummarySchema),
});

export const versionDetailSchema = z.object({
  id: z.uuid(),
  roadMapId: z.uuid(),
  versionNo: z.number().int(),
  status: roadMapStatusSchema,
  basedOnVersionId: z.uuid().nullable(),
  document: roadMapDocumentSchema,
  indicatorRowVersions: z.record(z.string(), z.number().int()),
  /** Row versions of the nodes, for the structure edits (e.g. a theme's years). */
  nodeRowVersions: z.record(z.string(), z.number().int()),
  findings: z.array(findingSchema),
});

export const getVersion = defineRoute({
  method: 'GET',
  path: '/versions/:versionId',
  params: versionParams,
  response: versionDetailSchema,
});

export const getVersionFindings = defineRoute({
  method: 'GET',
  path: '/versions/:versionId/findings',
  params: versionParams,
  response: z.array(findingSchema),
});

/**
 * An edit marked as an erratum: the stored text differed from the regulation's printed text by a
 * data-entry error, and this edit makes it match. Only on a draft; the reason goes to the audit.
 */
export const erratumSchema = z.object({
  reason: z.string().trim().min(5, 'Tuliskan alasan ralat (minimal 5 karakter)').max(1000),
});

export const indicatorUpdateBody = z.object({
  rowVersion,
  /** Scale history and a carried baseline's origin are set by their own commands, not by an edit. */
  indicator: indikatorSchema.omit({ key: true, scaleChanges: true, baselineOrigin: true }),
  erratum: erratumSchema.optional(),
});

/** An indicator as saved, its next row version and the findings about it. */
export const savedIndicatorSchema = z.object({
  indicator: indikatorSchema,
  rowVersion: z.number().int(),
  findings: z.array(findingSchema),
});

export const updateIndicator = defineRoute({
  method: 'PUT',
  path: '/versions/:versionId/indicators/:key',
  params: keyParams,
  body: indicatorUpdateBody,
  response: savedIndicatorSchema,
});

/** `details` of a 409 STALE_WRITE on an indicator: what is stored now. */
export const staleIndicatorDetailsSchema = z.object({
  current: z.object({ indicator: indikatorSchema, rowVersion: z.number().int() }),
});

export const amendmentBody = z.object({
  basedOnVersionId: z.uuid(),
  versionLabel: z.string().trim().min(1).max(200),
  regulasi: regulasiSchema.omit({ key: true, amendsKey: true }).extend({ key: z.string().min(1).max(100).optional() }),
});

export const createdVersionSchema = z.object({ instansiId: z.uuid(), roadMapId: z.uuid(), versionId: z.uuid() });

export const createAmendment = defineRoute({
  method: 'POST',
  path: '/road-maps/:roadMapId/amendments',
  params: z.object({ roadMapId: z.uuid() }),
  body: amendmentBody,
  response: createdVersionSchema,
  status: 201,
});

export const activateVersion = defineRoute({
  method: 'POST',
  path: '/versions/:versionId/activate',
  params: versionParams,
  response: z.object({ versionId: z.uuid(), status: z.literal('active') }),
});

/** Deletes a draft version and its content (audited); an enacted version is refused. */
export const deleteVersion = defineRoute({
  method: 'DELETE',
  path: '/versions/:versionId',
  params: versionParams,
  response: z.object({ deleted: z.uuid() }),
});

/** A version record as the comparison shows it. */
export const versionRecordSchema = z.object({
  id: z.uuid(),
  instansiId: z.uuid(),
  roadMapId: z.uuid(),
  versionNo: z.number().int(),
  versionLabel: z.string(),
  title: z.string(),
  regulasiKey: z.string(),
  basedOnVersionId: z.uuid().nullable(),
  status: roadMapStatusSchema,
  legalBasis: z.array(z.string()),
  rowVersion: z.number().int(),
  createdAt: z.iso.datetime(),
});

export const diffVersions = defineRoute({
  method: 'GET',
  path: '/versions/:fromId/diff/:toId',
  params: z.object({ fromId: z.uuid(), toId: z.uuid() }),
  response: z.object({ from: versionRecordSchema, to: versionRecordSchema, diff: roadMapDiffSchema }),
});

export const exportVersionJson = defineRoute({
  method: 'GET',
  path: '/versions/:versionId/export.json',
  params: versionParams,
  response: binaryFile,
});

// ——— structure of a version ———

const themeYear = z.number().int().min(1945).max(2100);

export const nodeBody = z.object({
  kind: nodeKindSchema,
  parentKey: z.string().min(1).max(200).nullable(),
  number: z.string().trim().max(20).default(''),
  name: z.string().trim().min(1, 'Nama wajib diisi').max(1000),
  element: elementSchema.optional(),
  formerName: z.string().trim().max(1000).optional(),
  nationalKegiatanCode: z.string().trim().max(20).optional(),
  digitalPolicyCode: z.string().trim().max(20).optional(),
  /** Tema only: the years the theme applies. */
  validFrom: themeYear.optional(),
  validTo: themeYear.optional(),
});

/** A node as saved, its next row version and the findings about it. */
export const savedNodeSchema = z.object({
  node: resultNodeSchema,
  rowVersion: z.number().int(),
  findings: z.array(findingSchema),
});

export const createNode = defineRoute({
  method: 'POST',
  path: '/versions/:versionId/nodes',
  params: versionParams,
  body: nodeBody,
  response: savedNodeSchema,
  status: 201,
});

export const updateNode = defineRoute({
  method: 'PUT',
  path: '/versions/:versionId/nodes/:key',
  params: keyParams,
  body: z.object({ rowVersion, node: nodeBody }),
  response: savedNodeSchema,
});

export const deleteNode = defineRoute({
  method: 'DELETE',
  path: '/versions/:versionId/nodes/:key',
  params: keyParams,
  response: z.object({ deleted: z.string(), deletedIndicators: z.array(z.string()) }),
});

export const createIndicator = defineRoute({
  method: 'POST',
  path: '/versions/:versionId/indicators',
  params: versionParams,
  body: z.object({
    nodeKey: z.string().min(1).max(200),
    tableCode: tableCodeSchema,
    indicator: indikatorSchema.omit({ key: true }),
  }),
  response: savedIndicatorSchema,
  status: 201,
});

export const deleteIndicator = defineRoute({
  method: 'DELETE',
  path: '/versions/:versionId/indicators/:key',
  params: keyParams,
  response: z.object({ deleted: z.string() }),
});

export const placementRef = z.object({
  tableCode: tableCodeSchema,
  nodeKey: z.string().min(1).max(200),
  indicatorKey: z.string().min(1).max(200),
});

export const addPlacement = defineRoute({
  method: 'POST',
  path: '/versions/:versionId/placements',
  params: versionParams,
  body: placementRef,
  response: z.object({ placement: placementSchema }),
  status: 201,
});

export const removePlacement = defineRoute({
  method: 'DELETE',
  path: '/versions/:versionId/placements',
  params: versionParams,
  querystring: placementRef,
  response: z.object({ deleted: placementSchema }),
});

export type VersionSummary = z.output<typeof versionSummarySchema>;
export type RoadMapSummary = z.output<typeof roadMapSummarySchema>;
export type VersionDetail = z.output<typeof versionDetailSchema>;
export type IndicatorUpdateBody = z.input<typeof indicatorUpdateBody>;
export type IndicatorUpdateResult = z.output<typeof savedIndicatorSchema>;
export type StaleIndicatorDetails = z.output<typeof staleIndicatorDetailsSchema>;
export type AmendmentBody = z.input<typeof amendmentBody>;
export type CreatedVersion = z.output<typeof createdVersionSchema>;
export type VersionRecord = z.output<typeof versionRecordSchema>;
export type DiffResponse = z.output<typeof diffVersions.response>;
export type NodeBody = z.output<typeof nodeBody>;

// ——— a new road-map period, year governance, re-basing ———

const periodYear = z.number().int().min(2000).max(2100);

export const newPeriodBody = z.object({
  title: z.string().trim().min(1, 'Judul wajib diisi').max(300),
  periodStart: periodYear,
  periodEnd: periodYear,
  versionLabel: z.string().trim().min(1, 'Label versi wajib diisi').max(200),
  /** Include the mandatory national kegiatan utama and indicators (filtered by instansi kind). */
  catalogue: z.boolean(),
  /** Carry indicators over from this version (of the previous road map), with their nodes. */
  carryFromVersionId: z.uuid().optional(),
  carryIndicatorKeys: z.array(z.string().min(1).max(200)).max(2000).default([]),
});

/** The regulation that enacts a draft (its number, date and place once the Perbup is signed). */
export const enactingRegulasiBody = regulasiSchema
  .pick({
    type: true,
    number: true,
    year: true,
    title: true,
    enactedAt: true,
    promulgatedAt: true,
    place: true,
    gazette: true,
  })
  .extend({ number: z.string().trim().min(1, 'Nomor peraturan wajib diisi').max(100) });

export const setEnactingRegulasi = defineRoute({
  method: 'PUT',
  path: '/versions/:versionId/regulasi',
  params: versionParams,
  body: enactingRegulasiBody,
  response: regulasiSchema,
});

export type EnactingRegulasiBody = z.input<typeof enactingRegulasiBody>;

export const createRoadMapPeriod = defineRoute({
  method: 'POST',
  path: '/road-maps',
  body: newPeriodBody,
  response: createdVersionSchema,
  status: 201,
});

export const yearGovernanceSchema = z.object({
  year: z.number().int(),
  roadMapId: z.uuid().nullable(),
  roadMapTitle: z.string().nullable(),
  transition: z.boolean(),
  pendingRoadMapId: z.uuid().nullable(),
});

/** Which road map governs each year, up to next year (the transition rule of docs/decisions/0011). */
export const getYearGovernance = defineRoute({
  method: 'GET',
  path: '/road-maps/years',
  querystring: instansiQuery,
  response: z.array(yearGovernanceSchema),
});

export const rebaseBody = z.object({
  fromYear: z.number().int().min(1945).max(2100),
  scaleCode: z.string().trim().min(1).max(100),
  /** The indicator's name on the new scale ("Indeks Pemerintah Digital"). */
  name: z.string().trim().min(1).max(1000).optional(),
  mapping: scaleMappingSchema.optional(),
  rowVersion,
});

export const rebaseIndicator = defineRoute({
  method: 'POST',
  path: '/versions/:versionId/indicators/:key/rebase',
  params: keyParams,
  body: rebaseBody,
  response: savedIndicatorSchema,
});

export const referenceVersionSchema = z.object({
  kind: z.enum(['scale', 'catalogue']),
  code: z.string(),
  name: z.string(),
  legalBasis: z.string(),
  validFrom: z.number().int(),
  validTo: z.number().int().optional(),
  supersededBy: z.string().optional(),
  note: z.string().optional(),
});

/** The versions of national reference data (scales, catalogues) with legal basis and validity years. */
export const listReferenceVersions = defineRoute({
  method: 'GET',
  path: '/reference-versions',
  response: z.array(referenceVersionSchema),
});

export type NewPeriodBody = z.input<typeof newPeriodBody>;
export type YearGovernance = z.output<typeof yearGovernanceSchema>;
export type RebaseBody = z.input<typeof rebaseBody>;
export type ReferenceVersion = z.output<typeof referenceVersionSchema>;
