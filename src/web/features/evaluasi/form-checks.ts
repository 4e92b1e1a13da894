// The evaluation forms' text checks, made by the contract's own field schemas so that a text the
// server refuses is refused in the form with the server's Indonesian message (e.g. "Rekomendasi
// minimal 5 karakter"). Pure.
import type { z } from 'zod';
import { reopenReason } from '../../../domain/contracts/evaluasi.ts';
import { followUpBodySchema, rekomendasiFields } from '../../../domain/contracts/rekomendasi.ts';

/** The first message the schema gives for a value; null when it accepts it. */
export function schemaMessage(schema: z.ZodType, value: unknown): string | null {
  const r = schema.safeParse(value);
  return r.success ? null : (r.error.issues[0]?.message ?? null);
}

export const rekomendasiBodyMessage = (text: string) => schemaMessage(rekomendasiFields.body, text);
export const followUpMessage = (text: string) => schemaMessage(followUpBodySchema, text);
export const reopenReasonMessage = (text: string) => schemaMessage(reopenReason, text);
