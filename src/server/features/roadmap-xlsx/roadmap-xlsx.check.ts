// Last gate of the import: the assembled document must pass the shared zod schema. A failure is
// located at the Metadata row or table row the entity came from, so even these are actionable.
import { roadMapDocumentSchema } from '../../../domain/roadmap/schema.ts';
import type { RoadMapDocument } from '../../../domain/roadmap/types.ts';
import { problem } from './roadmap-xlsx.cells.ts';
import { METADATA_SHEET, type XlsxProblem } from './roadmap-xlsx.layout.ts';

export interface Origin {
  sheet: string;
  row: number | null;
  column: string | null;
}

/** Where an entity of the document came from, by collection and key ("indicators", "spbe"). */
export type Locate = (collection: string, key: string, index: number) => Origin;

const KEY_FIELD: Record<string, string> = {
  regulasi: 'key',
  perangkatDaerah: 'key',
  scales: 'code',
  nodes: 'key',
  indicators: 'key',
  narrative: 'key',
};

export function checkDocument(
  doc: RoadMapDocument,
  locate: Locate,
): { document: RoadMapDocument | null; problems: XlsxProblem[] } {
  const parsed = roadMapDocumentSchema.safeParse(doc);
  if (parsed.success) return { document: parsed.data as RoadMapDocument, problems: [] };
  const problems = parsed.error.issues.map((iss) => {
    const [collection, index] = iss.path;
    let origin: Origin = { sheet: METADATA_SHEET, row: null, column: null };
    if (typeof collection === 'string' && typeof index === 'number') {
      const list = (doc as unknown as Record<string, unknown[]>)[collection];
      const item = list?.[index] as Record<string, unknown> | undefined;
      const keyField = KEY_FIELD[collection];
      const key = keyField && item ? String(item[keyField]) : '';
      origin = locate(collection, key, index);
    }
    const field = iss.path.map(String).join('.');
    return problem(
      origin.sheet,
      origin.row,
      origin.column,
      'DOCUMENT_INVALID',
      'error',
      `${iss.message} (${field})`,
      `Invalid document field ${field}: ${iss.message}`,
    );
  });
  return { document: null, problems };
}
