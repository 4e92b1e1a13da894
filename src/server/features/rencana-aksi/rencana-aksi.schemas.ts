// The shape of an action plan as the API accepts it (zod), shared by the routes and the Excel import
// so a row read from a sheet passes exactly the checks a form submission does, and the step from that
// shape to the service's input (fokus intervensi as a set, targets checked against the unit).
import { z } from 'zod';
import { isIsoDate } from '../../../domain/periods/periods.ts';
import { invalidData } from '../../errors.ts';
import { unitTargetProblems } from './rencana-aksi-targets.ts';
import { canonicalFokus, FOKUS_INTERVENSI } from '../../../domain/rencana-aksi/fokus.ts';
import { PERIOD_CODES, type RencanaAksiInput } from './rencana-aksi.service.ts';

// A well-formed but impossible day ("2024-02-30") would otherwise reach the date column and fail there.
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal harus berformat YYYY-MM-DD')
  .refine(isIsoDate, 'Tanggal tidak ada pada kalender');
const amount = z.number().finite().min(0, 'Tidak boleh negatif');

/** One focus (the original API) or several (the form's checkboxes). */
const fokus = z
  .union([z.enum(FOKUS_INTERVENSI), z.array(z.enum(FOKUS_INTERVENSI)).max(FOKUS_INTERVENSI.length)])
  .nullable()
  .default(null);

export const rencanaAksiBody = z.object({
  year: z.number().int().min(2000).max(2100),
  nodeKey: z.string().min(1).max(200),
  rincianKegiatan: z.string().trim().min(1, 'Rincian kegiatan wajib diisi').max(2000),
  indikatorOutput: z.string().trim().min(1, 'Indikator output wajib diisi').max(1000),
  satuan: z.string().trim().min(1, 'Satuan wajib diisi').max(100),
  targetTotal: amount,
  targets: z
    .array(z.object({ periodCode: z.enum(PERIOD_CODES), target: amount }))
    .max(4)
    .default([]),
  startDate: day,
  endDate: day,
  pagu: amount.nullable().default(null),
  pelaksanaPdKey: z.string().min(1).max(100),
  koordinatorPdKey: z.string().min(1).max(100).nullable().default(null),
  penanggungJawab: z.string().trim().min(1, 'Penanggung jawab wajib diisi').max(200),
  permasalahan: z.string().trim().max(2000).nullable().default(null),
  fokusIntervensi: fokus,
});

export type RencanaAksiBody = z.infer<typeof rencanaAksiBody>;

/** The service's input for a valid body. Throws 422 when a target does not fit the unit. */
export function toServiceInput(body: RencanaAksiBody): RencanaAksiInput {
  const problems = unitTargetProblems(body);
  if (problems.length) throw invalidData(problems.map(({ field, code, message }) => ({ field, code, message })));
  return {
    ...body,
    permasalahan: body.permasalahan === '' ? null : body.permasalahan,
    fokusIntervensi:
      body.fokusIntervensi === null
        ? []
        : canonicalFokus(typeof body.fokusIntervensi === 'string' ? [body.fokusIntervensi] : body.fokusIntervensi),
  };
}
