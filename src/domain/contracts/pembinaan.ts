// Contract of the pembinaan feature (issue #10): what a province or a national hub reads of the
// instansi under it — a comparison table for a year and period (Indeks RB and predikat by year,
// capaian of the mandatory national indicators and of all indicators, completeness of reporting)
// and a read-only drill-down into one of them. Only verified realisasi count; nothing is written.
import { z } from 'zod';
import { instansiKindSchema, regulasiTypeSchema } from '../roadmap/schema.ts';
import { defineRoute } from './http.ts';
import {
  averageCapaianSchema,
  capaianResultSchema,
  capaianStatusSchema,
  periodCodeSchema,
  realisasiStatusSchema,
} from './monitoring.ts';

const yearQuery = z.coerce.number().int().min(2000).max(2100);

export const pembinaanQuery = z.object({ year: yearQuery, periode: periodCodeSchema.optional() });

export const governingSchema = z.object({
  title: z.string(),
  versionLabel: z.string(),
  /** The regulation that enacts it, cited by the web as "Peraturan Bupati Kupang Nomor 17 Tahun 2024". */
  regulasi: z.object({ type: regulasiTypeSchema, number: z.string(), year: z.number().int() }).nullable(),
  /** The year is after the road map's period: monitored under it until the next one is enacted. */
  transition: z.boolean(),
});

export const indeksPointSchema = z.object({
  year: z.number().int(),
  indeks: z.number(),
  predikat: z.string(),
  source: z.enum(['regulasi', 'nasional', 'internal']),
});

export const reportingSchema = z.object({
  expected: z.number().int(),
  entered: z.number().int(),
  submitted: z.number().int(),
  verified: z.number().int(),
  returned: z.number().int(),
});

export const comparisonRowSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind: instansiKindSchema,
  region: z.string(),
  depth: z.number().int(),
  parentName: z.string(),
  governing: governingSchema.nullable(),
  /** The period read (the asked code, else the latest one begun), or null when the year has none. */
  periode: z.object({ code: periodCodeSchema, startDate: z.string(), endDate: z.string() }).nullable(),
  /** Newest first, one per year (national result before the regulation's figure before internal). */
  indeks: z.array(indeksPointSchema),
  mandatory: z.object({ total: z.number().int(), capaian: averageCapaianSchema }),
  capaian: averageCapaianSchema,
  earlyWarnings: z.number().int(),
  reporting: reportingSchema,
});

export const pembinaanComparison = defineRoute({
  method: 'GET',
  path: '/pembinaan',
  querystring: pembinaanQuery,
  response: z.object({
    year: z.number().int(),
    /** The years any row has an Indeks RB for, newest first: the columns of the index history. */
    indeksYears: z.array(z.number().int()),
    rows: z.array(comparisonRowSchema),
  }),
});

export const pembinaanIndicatorSchema = z.object({
  key: z.string(),
  name: z.string(),
  unit: z.string(),
  pdName: z.string(),
  mandatory: z.boolean(),
  /** The target of the year as printed. */
  target: z.string().nullable(),
  /** The verified value only; an unverified entry shows its status without its value. */
  value: z.string().nullable(),
  realisasiStatus: realisasiStatusSchema.nullable(),
  capaian: capaianResultSchema,
  status: capaianStatusSchema,
});

export const pembinaanDetail = defineRoute({
  method: 'GET',
  path: '/pembinaan/:code',
  params: z.object({ code: z.string().min(1).max(100) }),
  querystring: pembinaanQuery,
  response: comparisonRowSchema.extend({
    indicators: z.array(pembinaanIndicatorSchema),
    reportingByPd: z.array(reportingSchema.extend({ pdName: z.string() })),
  }),
});

export type ComparisonRow = z.output<typeof comparisonRowSchema>;
export type PembinaanComparison = z.output<typeof pembinaanComparison.response>;
export type PembinaanDetail = z.output<typeof pembinaanDetail.response>;
export type PembinaanIndicator = z.output<typeof pembinaanIndicatorSchema>;
