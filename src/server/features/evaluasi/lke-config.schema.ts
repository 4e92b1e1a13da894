// The zod schema of an LKE configuration as it crosses the API edge (admin edits a cloned year):
// shape and bounds here, cross-field rules (weights adding up, multiplier cycles, bands) in the
// domain check validateLkeConfig.
import { z } from 'zod';
import type { LkeComponent, LkeConfig, LkeNode } from '../../../domain/evaluasi/lke-types.ts';

const code = z.string().trim().min(1).max(40);
const name = z.string().trim().min(1).max(300);
const finite = z.number().finite();

const line = z.object({
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

const component: z.ZodType<LkeComponent> = z.lazy(() =>
  z.object({
    kind: z.literal('component'),
    code,
    name,
    weight: finite.min(0).max(1000),
    children: z
      .array(z.union([line, component]) as z.ZodType<LkeNode>)
      .min(1)
      .max(200),
  }),
);

const band = z.object({
  code: z.string().trim().min(1).max(5),
  label: name,
  min: finite,
  max: finite,
  minInclusive: z.boolean(),
  maxInclusive: z.boolean(),
  condition: z.enum(['all_target_baik_met', 'not_all_target_baik_met']).optional(),
});

export const lkeConfigSchema: z.ZodType<LkeConfig> = z.object({
  year: z.number().int().min(2000).max(2100),
  instansiKind: z.enum(['kabupaten_kota', 'provinsi', 'kementerian_lembaga']),
  label: name,
  general: component,
  koefisien: z.object({ code, name, min: finite, max: finite }),
  tematik: component,
  themes: z.array(z.object({ code, name, keywords: z.array(z.string().min(1).max(100)).max(10).optional() })).max(20),
  predikatRule: z.enum(['bands_2023', 'portal_2024']),
  bands: z.array(band).min(1).max(20),
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
