// The located problem of an uploaded sheet, as every import of the API answers it (action plans,
// complaint registers): the row and column as Excel shows them, the column's header, a stable code
// and the Indonesian message.
import { z } from 'zod';

export const importProblemSchema = z.object({
  row: z.number().int().nullable(),
  /** Excel column letter. */
  column: z.string().nullable(),
  /** The column's header, so the message can be read without the sheet at hand. */
  header: z.string().nullable(),
  code: z.string(),
  /** Indonesian, as every message of the API. */
  message: z.string(),
  severity: z.enum(['error', 'warning']),
});

export type ImportProblemOut = z.output<typeof importProblemSchema>;

/** How many rows an import read, and what it does (or did) with them. */
export const importCountsSchema = z.object({
  rows: z.number().int(),
  create: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
  errors: z.number().int(),
});
