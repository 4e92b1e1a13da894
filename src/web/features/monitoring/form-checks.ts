// The monitoring forms' checks that the server makes too, with the contract's own field schemas
// (src/domain/contracts/monitoring.ts), so the form refuses what the server refuses with the same
// Indonesian message.
import type { z } from 'zod';
import { reopenReasonSchema, returnReasonSchema } from '../../../domain/contracts/monitoring.ts';
import { returnReasonProblem } from '../../../domain/monitoring/verification.ts';

/** The schema's first message for a value, or null when the value passes. */
export function schemaMessage(schema: z.ZodType, value: unknown): string | null {
  const r = schema.safeParse(value);
  return r.success ? null : (r.error.issues[0]?.message ?? null);
}

/** A return reason's problem (shown once something is typed): its shape, then whether it says something. */
export const returnReasonMessage = (reason: string): string | null =>
  reason === '' ? null : (schemaMessage(returnReasonSchema, reason) ?? returnReasonProblem(reason)?.message ?? null);

export interface ReopenCheck {
  reason: string | null;
  until: 'required' | 'past' | null;
}

/** The reopen form: a reason of the contract's minimum length, and a day from today (WITA) on. */
export function checkReopen(f: { reason: string; until: string }, today: string, tried: boolean): ReopenCheck {
  return {
    reason: tried || f.reason !== '' ? schemaMessage(reopenReasonSchema, f.reason) : null,
    until: tried && !f.until ? 'required' : f.until && f.until < today ? 'past' : null,
  };
}

export const reopenOk = (f: { reason: string; until: string }, today: string) => {
  const c = checkReopen(f, today, true);
  return c.reason === null && c.until === null;
};
