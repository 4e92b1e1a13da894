// The form state of one worksheet line, pure: the fields as the inputs hold them, whether they
// differ from the saved line, the body of the save, and the messages of a refused save by field.
import type { LkeLine } from '../../../domain/evaluasi/lke-types.ts';
import type { LineBody, LineStatus, WorksheetLine } from './evaluasi-api.ts';
import { parseRawText, rawToText, sameRaw, type RawCheck } from './lke-inputs.ts';

export interface LineFields {
  text: string;
  applicable: boolean;
  sourceDocument: string;
  notes: string;
  status: LineStatus;
}

/** The fields of the line row's own inputs. */
export const LINE_FIELDS = ['raw', 'applicable', 'status', 'notes', 'sourceDocument'] as const;

export function fieldsOf(line: LkeLine, saved: WorksheetLine): LineFields {
  return {
    text: rawToText(saved.raw),
    applicable: saved.applicable ?? line.applicable ?? true,
    sourceDocument: saved.sourceDocument ?? '',
    notes: saved.notes,
    status: saved.status,
  };
}

/** Whether the inputs differ from the saved line (a value that does not read counts as a change). */
export function isDirty(line: LkeLine, f: LineFields, base: WorksheetLine): boolean {
  const parsed = parseRawText(line, f.text);
  const b = fieldsOf(line, base);
  return (
    !(parsed.ok && sameRaw(parsed.raw, base.raw)) ||
    f.applicable !== b.applicable ||
    f.sourceDocument.trim() !== b.sourceDocument ||
    f.notes !== b.notes ||
    f.status !== b.status
  );
}

/** The save's body; applicability is sent only when it departs from the line's default. */
export function lineBody(line: LkeLine, f: LineFields, checked: RawCheck, rowVersion: number): LineBody {
  if (!checked.ok) throw new Error('The value must be read and checked before saving.');
  const defaultApplicable = line.applicable ?? true;
  return {
    raw: checked.raw,
    applicable: f.applicable === defaultApplicable ? null : f.applicable,
    sourceDocument: f.sourceDocument.trim() || null,
    notes: f.notes,
    status: f.status,
    rowVersion,
  };
}

/** The top-level field a server field path names ("body.raw.value" → "raw"). */
export const topField = (path: string) => path.replace(/^body\./, '').split('.')[0]!;

/** The server's messages of one field, joined; null without any. */
export function serverMessage(fields: readonly { field: string; message: string }[], field: string): string | null {
  const m = fields
    .filter((x) => topField(x.field) === field)
    .map((x) => x.message)
    .join(' ');
  return m || null;
}
