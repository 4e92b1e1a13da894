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
  indicator: indikatorSchema.omit({ key: true }),
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

export const nodeBody = z.object({
  kind: nodeKindSchema,
  parentKey: z.string().min(1).max(200).nullable(),
  number: z.string().trim().max(20).default(''),
  name: z.string().trim().min(1, 'Nama wajib diisi').max(1000),
  element: elementSchema.optional(),
  formerName: z.string().trim().max(1000).optional(),
  nationalKegiatanCode: z.string().trim().max(20).optional(),
  digitalPolicyCode: z.string().trim().max(20).optional(),
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
