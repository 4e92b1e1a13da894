// Contract of the perangkat daerah feature: the list with what each unit answers for, and editing a
// unit. The worked example of docs/decisions/0010-contracts.md.
import { z } from 'zod';
import { perangkatDaerahSchema, responsibilityRoleSchema, tableCodeSchema } from '../roadmap/schema.ts';
import { defineRoute } from './http.ts';

/** `?instansi=` code; absent: the signed-in user's instansi. */
export const instansiQuery = z.object({ instansi: z.string().min(1).max(100).optional() });

export const pdResponsibilitySchema = z.object({
  indicatorKey: z.string(),
  indicatorName: z.string(),
  role: responsibilityRoleSchema,
  tables: z.array(tableCodeSchema),
  nodes: z.array(z.string()),
});

export const pdListItemSchema = z.object({
  pd: perangkatDaerahSchema,
  lead: z.number().int(),
  supporting: z.number().int(),
  items: z.array(pdResponsibilitySchema),
  rowVersion: z.number().int(),
});

export const listPerangkatDaerah = defineRoute({
  method: 'GET',
  path: '/perangkat-daerah',
  querystring: instansiQuery.extend({ versionId: z.uuid().optional() }),
  response: z.object({ versionId: z.uuid().nullable(), items: z.array(pdListItemSchema) }),
});

export const updatePerangkatDaerahBody = z.object({
  rowVersion: z.number().int().min(1),
  perangkatDaerah: perangkatDaerahSchema.omit({ key: true }),
});

export const updatePerangkatDaerah = defineRoute({
  method: 'PUT',
  path: '/perangkat-daerah/:key',
  params: z.object({ key: z.string().min(1).max(100) }),
  querystring: instansiQuery,
  body: updatePerangkatDaerahBody,
  response: z.object({ perangkatDaerah: perangkatDaerahSchema, rowVersion: z.number().int() }),
});

export type PdListItem = z.output<typeof pdListItemSchema>;
export type PdList = z.output<typeof listPerangkatDaerah.response>;
