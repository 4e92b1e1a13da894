// Lampiran PDF use case: reads a version through the road-map service and renders one table in the
// regulation's annex layout; a draft is marked DRAF and carries no signature.
import type { Db } from '../../../db/client.ts';
import type { RoadMapStatus, TableCode } from '../../../domain/roadmap/types.ts';
import { getVersion } from '../roadmap/roadmap.service.ts';
import { lampiranHeading, signatureBlock } from './roadmap-pdf.layout.ts';
import { renderLampiranPdf } from './roadmap-pdf.render.ts';
import { pdfTable } from './roadmap-pdf.table.ts';

export async function exportVersionPdf(db: Db, versionId: string, table: TableCode) {
  const v = await getVersion(db, versionId);
  const status = v.version.status as RoadMapStatus;
  const doc = v.document;
  const buf = await renderLampiranPdf({
    table: pdfTable(doc, table),
    heading: lampiranHeading(doc, status),
    status,
    signature: signatureBlock(doc, status),
    versionLabel: doc.roadMap.versionLabel,
  });
  const draft = status === 'draft' ? '-draf' : '';
  return { buf, fileName: `lampiran-${table}-${doc.instansi.code}-v${v.version.versionNo}${draft}.pdf` };
}
