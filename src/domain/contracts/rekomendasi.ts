// Contract of the recommendations of the internal evaluation and their follow-up (tindak lanjut):
// issuing and editing them, the PD's follow-up notes and evidence, the status moves and carrying a
// recommendation into next year's action plan. Part of the evaluasi feature (server and web folder
// src/*/features/evaluasi); the field rules here are the ones the web's forms check.
import { z } from 'zod';
import { isoDay } from './iso-day.ts';
import { defineRoute } from './http.ts';

export const rekomendasiStatusSchema = z.enum(['open', 'in_progress', 'done', 'closed']);

export const rekomendasiSchema = z.object({
  id: z.uuid(),
  evaluasiId: z.uuid(),
  year: z.number().int(),
  lineCode: z.string().nullable(),
  body: z.string(),
  pdKey: z.string(),
  dueDate: z.string(),
  status: rekomendasiStatusSchema,
  overdue: z.boolean(),
  rencanaAksiId: z.uuid().nullable(),
  createdBy: z.string(),
  createdAt: z.iso.datetime(),
  rowVersion: z.number().int(),
});

export const followUpEvidenceSchema = z.object({
  sha256: z.string(),
  fileName: z.string(),
  uploadedBy: z.string(),
  mime: z.string(),
  sizeBytes: z.number().int(),
});

/** 'action' is a note by the PD; the others record a status move. */
export const tindakLanjutKindSchema = z.enum(['action', 'start', 'complete', 'close', 'reopen']);

export const tindakLanjutSchema = z.object({
  id: z.uuid(),
  kind: tindakLanjutKindSchema,
  body: z.string(),
  createdBy: z.string(),
  createdAt: z.iso.datetime(),
});

export const rekomendasiWithFollowUpSchema = rekomendasiSchema.extend({
  tindakLanjut: z.array(tindakLanjutSchema.extend({ evidence: z.array(followUpEvidenceSchema) })),
});

const idParams = z.object({ id: z.uuid() });
const rowVersion = z.number().int().min(1);

/** The fields of a recommendation as the evaluator writes it (the form checks the same rules). */
export const rekomendasiFields = {
  lineCode: z.string().trim().min(1).max(40).nullable().default(null),
  body: z.string().trim().min(5, 'Rekomendasi minimal 5 karakter').max(4000),
  pdKey: z.string().min(1).max(100),
  dueDate: isoDay,
};

export const followUpBodySchema = z.string().trim().min(5, 'Tindak lanjut minimal 5 karakter').max(4000);

export const listRekomendasi = defineRoute({
  method: 'GET',
  path: '/rekomendasi',
  querystring: z.object({
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    overdue: z.enum(['1', 'true']).optional(),
    pdKey: z.string().min(1).max(100).optional(),
  }),
  response: z.array(rekomendasiWithFollowUpSchema),
});

export const createRekomendasi = defineRoute({
  method: 'POST',
  path: '/rekomendasi',
  body: z.object({ year: z.number().int().min(2000).max(2100), ...rekomendasiFields }),
  response: rekomendasiSchema,
  status: 201,
});

export const updateRekomendasi = defineRoute({
  method: 'PUT',
  path: '/rekomendasi/:id',
  params: idParams,
  body: z.object({ ...rekomendasiFields, rowVersion }),
  response: rekomendasiSchema,
});

export const addTindakLanjut = defineRoute({
  method: 'POST',
  path: '/rekomendasi/:id/tindak-lanjut',
  params: idParams,
  body: z.object({ body: followUpBodySchema }),
  response: tindakLanjutSchema,
  status: 201,
});

export const uploadTindakLanjutEvidence = defineRoute({
  method: 'POST',
  path: '/tindak-lanjut/:id/evidence',
  params: idParams,
  multipart: true,
  response: z.object({
    sha256: z.string(),
    mime: z.string(),
    sizeBytes: z.number().int(),
    alreadyAttached: z.boolean(),
  }),
  status: 201,
});

export const progressRekomendasi = defineRoute({
  method: 'POST',
  path: '/rekomendasi/:id/progress',
  params: idParams,
  body: z.object({ move: z.enum(['start', 'complete']), rowVersion }),
  response: rekomendasiSchema,
});

export const decideRekomendasi = defineRoute({
  method: 'POST',
  path: '/rekomendasi/:id/decision',
  params: idParams,
  body: z.object({
    move: z.enum(['close', 'reopen']),
    reason: z.string().trim().max(2000).nullable().default(null),
    rowVersion,
  }),
  response: rekomendasiSchema,
});

export const carryRekomendasi = defineRoute({
  method: 'POST',
  path: '/rekomendasi/:id/carry',
  params: idParams,
  body: z.object({ rencanaAksiId: z.uuid(), rowVersion }),
  response: rekomendasiSchema,
});

export type Rekomendasi = z.output<typeof rekomendasiWithFollowUpSchema>;
export type RekomendasiRecord = z.output<typeof rekomendasiSchema>;
export type TindakLanjut = Rekomendasi['tindakLanjut'][number];
export type FollowUpEvidence = z.output<typeof followUpEvidenceSchema>;
export type RekomendasiBody = Omit<z.input<typeof updateRekomendasi.body>, 'rowVersion'>;
