// The zod shape of a version comparison (diff.ts), so the diff route can declare its answer and the
// browser can read its type from the contract. The compile-time check at the end keeps this schema
// and the RoadMapDiff type of diff.ts the same.
import { z } from 'zod';
import type { RoadMapDiff } from './diff.ts';
import {
  baselineSchema,
  indikatorSchema,
  narrativeSectionSchema,
  nodeKindSchema,
  perangkatDaerahSchema,
  placementSchema,
  resultNodeSchema,
  responsibilityRoleSchema,
  targetSchema,
} from './schema.ts';

const changeKindSchema = z.enum(['added', 'removed', 'changed']);
const scalar = z.union([z.string(), z.number()]).nullable();

function scalarChange<const F extends readonly [string, ...string[]]>(fields: F) {
  return z.object({ field: z.enum(fields), before: scalar, after: scalar });
}

function entityChange<T extends z.ZodType, F extends z.ZodType>(entity: T, field: F) {
  return z.object({
    key: z.string(),
    change: changeKindSchema,
    before: entity.nullable(),
    after: entity.nullable(),
    fields: z.array(field),
  });
}

const indicatorFieldChange = z.union([
  scalarChange(['name', 'unit', 'scaleCode', 'polarity', 'sourceAgency', 'nationalIndicatorCode', 'note']),
  z.object({ field: z.literal('baseline'), before: baselineSchema, after: baselineSchema }),
  z.object({
    field: z.literal('target'),
    year: z.number(),
    before: targetSchema.nullable(),
    after: targetSchema.nullable(),
  }),
  z.object({
    field: z.literal('responsible'),
    pdKey: z.string(),
    before: responsibilityRoleSchema.nullable(),
    after: responsibilityRoleSchema.nullable(),
  }),
]);

const nodeFieldChange = scalarChange([
  'kind',
  'parentKey',
  'number',
  'name',
  'element',
  'formerName',
  'nationalKegiatanCode',
  'digitalPolicyCode',
]);

const placementFieldChange = z.union([
  scalarChange(['printedName', 'printedUnit']),
  z.object({
    field: z.literal('printedBaseline'),
    before: baselineSchema.nullable(),
    after: baselineSchema.nullable(),
  }),
  z.object({
    field: z.literal('printedTargets'),
    before: z.array(targetSchema).nullable(),
    after: z.array(targetSchema).nullable(),
  }),
]);

const countsSchema = z.object({ added: z.number(), removed: z.number(), changed: z.number() });

export const diffSummarySchema = z.object({
  totalChanges: z.number(),
  identical: z.boolean(),
  headerChanged: z.boolean(),
  nodes: countsSchema,
  nodesByKind: z.record(nodeKindSchema, countsSchema),
  indicators: countsSchema,
  placements: countsSchema,
  perangkatDaerah: countsSchema,
  narrative: countsSchema,
});

export const roadMapDiffSchema = z.object({
  header: z.array(scalarChange(['title', 'periodStart', 'periodEnd', 'regulasiKey', 'status', 'versionLabel'])),
  nodes: z.array(entityChange(resultNodeSchema, nodeFieldChange).extend({ kind: nodeKindSchema })),
  indicators: z.array(entityChange(indikatorSchema, indicatorFieldChange)),
  placements: z.array(entityChange(placementSchema, placementFieldChange)),
  perangkatDaerah: z.array(
    entityChange(
      perangkatDaerahSchema,
      scalarChange(['name', 'shortName', 'kind', 'validFrom', 'validTo', 'predecessorKey']),
    ),
  ),
  narrative: z.array(entityChange(narrativeSectionSchema, scalarChange(['title', 'body']))),
  summary: diffSummarySchema,
});

// The schema describes exactly what diffRoadMaps returns (both directions must hold).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameAsDiffType: Same<z.output<typeof roadMapDiffSchema>, RoadMapDiff> = true;
void sameAsDiffType;
