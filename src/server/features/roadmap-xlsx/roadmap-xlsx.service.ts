// Excel use cases: export a version in the Lampiran layout; preview an uploaded workbook (every
// problem by sheet/row/column, nothing written); commit it as a new version, all or nothing.
import type { Db } from '../../../db/client.ts';
import type { RoadMapDocument, TableCode } from '../../../domain/roadmap/types.ts';
import { validateRoadMap } from '../../../domain/roadmap/validate.ts';
import { AppError } from '../../errors.ts';
import type { AuditContext } from '../../audit-trail.repository.ts';
import { getVersion, importDocument, type ImportTarget } from '../roadmap/roadmap.service.ts';
import { exportRoadMapXlsx } from './roadmap-xlsx.export.ts';
import { parseRoadMapXlsx, type XlsxImportOptions, type XlsxProblem } from './roadmap-xlsx.import.ts';

export async function exportVersionXlsx(db: Db, versionId: string, tables?: TableCode[]) {
  const v = await getVersion(db, versionId);
  const buf = await exportRoadMapXlsx(v.document, tables ? { tables } : undefined);
  return { buf, fileName: `road-map-${v.document.instansi.code}-v${v.version.versionNo}.xlsx` };
}

function summarise(doc: RoadMapDocument) {
  const findings = validateRoadMap(doc);
  return {
    instansi: doc.instansi.name,
    title: doc.roadMap.title,
    period: `${doc.roadMap.periodStart}–${doc.roadMap.periodEnd}`,
    versionLabel: doc.roadMap.versionLabel,
    counts: {
      nodes: doc.nodes.length,
      indicators: doc.indicators.length,
      placements: doc.placements.length,
      perangkatDaerah: doc.perangkatDaerah.length,
    },
    findings,
  };
}

export interface PreviewResult {
  ok: boolean;
  problems: XlsxProblem[];
  summary: ReturnType<typeof summarise> | null;
  unknownPd: string[];
}

export async function previewXlsx(buf: Buffer, opts: XlsxImportOptions = {}): Promise<PreviewResult> {
  const parsed = await parseRoadMapXlsx(buf, opts);
  return {
    ok: parsed.ok,
    problems: parsed.problems,
    summary: parsed.document ? summarise(parsed.document) : null,
    unknownPd: parsed.unknownPd ?? [],
  };
}

export async function commitXlsx(
  db: Db,
  audit: AuditContext,
  buf: Buffer,
  target: ImportTarget,
  opts: XlsxImportOptions = {},
) {
  const parsed = await parseRoadMapXlsx(buf, opts);
  if (!parsed.ok || !parsed.document) {
    throw new AppError(
      'IMPORT_HAS_ERRORS',
      'Berkas memiliki kesalahan; tidak ada data yang disimpan. Perbaiki baris yang disebutkan lalu unggah kembali.',
      'The file has errors; nothing was saved.',
      undefined,
      { problems: parsed.problems },
    );
  }
  const out = await importDocument(db, audit, parsed.document, target);
  return { ...out, problems: parsed.problems };
}
