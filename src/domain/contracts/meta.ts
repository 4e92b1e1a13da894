// Contract of the small read-only endpoints: service health (database checked), liveness, the
// instansi list and the scale registry.
import { z } from 'zod';
import { instansiKindSchema, scaleKindSchema, scaleSchema } from '../roadmap/schema.ts';
import { defineRoute } from './http.ts';

export const health = defineRoute({
  method: 'GET',
  path: '/health',
  response: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }),
});

/** Liveness: the process runs (no database asked). */
export const live = defineRoute({
  method: 'GET',
  path: '/live',
  response: z.object({ status: z.literal('ok') }),
});

export const instansiItemSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind: instansiKindSchema,
  region: z.string(),
});

export const listInstansi = defineRoute({
  method: 'GET',
  path: '/instansi',
  response: z.array(instansiItemSchema),
});

export const listScales = defineRoute({
  method: 'GET',
  path: '/scales',
  querystring: z.object({ kind: scaleKindSchema.optional() }),
  response: z.array(scaleSchema),
});

export type InstansiItem = z.output<typeof instansiItemSchema>;
