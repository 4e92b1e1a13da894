// Request schemas of the road-map routes (zod, also the source of the OpenAPI document).
import { z } from 'zod';
import { indikatorSchema, regulasiSchema } from '../../../domain/roadmap/schema.ts';

export const versionParams = z.object({ versionId: z.uuid() });
export const roadMapParams = z.object({ roadMapId: z.uuid() });
export const indicatorParams = z.object({ versionId: z.uuid(), key: z.string().min(1).max(200) });
export const diffParams = z.object({ fromId: z.uuid(), toId: z.uuid() });
export const instansiQuery = z.object({ instansi: z.string().min(1).max(100).optional() });

export const indicatorUpdateBody = z.object({
  rowVersion: z.number().int().min(1),
  indicator: indikatorSchema.omit({ key: true }),
});

export const amendmentBody = z.object({
  basedOnVersionId: z.uuid(),
  versionLabel: z.string().trim().min(1).max(200),
  regulasi: regulasiSchema.omit({ key: true, amendsKey: true }).extend({ key: z.string().min(1).max(100).optional() }),
});
