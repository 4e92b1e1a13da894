// Excel use cases: export a version in the Lampiran layout; preview an uploaded workbook (every
// problem by sheet/row/column, nothing written); commit it as a new version, all or nothing.
import type { Db } from '../../../db/client.ts';
import type { RoadMapDocument, TableCode } from '../../../domain/roadmap/types.ts';
import { validateRoadMap } from '../../../domain/roadmap/validate.ts';
import { importVersionLabel } from '../../../domain/roadmap/version-rules.ts';
import { todayWita } from '../../../domain/periods/periods.ts';
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

/**
 * Stores an uploaded workbook as a new version. The version is labelled as an import of that file on
 * that day (WITA): the workbook's own label names the enacted regulation, and a copy that nobody has
 * compared with the printed text must not pass for it.
 */
export async function commitXlsx(
  db: Db,
  audit: AuditContext,
  upload: { buf: Buffer; fileName: string },
  target: ImportTarget,
  opts: XlsxImportOptions = {},
  now: Date = new Date(),
) {
  const { buf } = upload;
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
  const doc = parsed.document;
  const versionLabel = importVersionLabel(upload.fileName, todayWita(now));
  const out = await importDocument(db, audit, { ...doc, roadMap: { ...doc.roadMap, versionLabel } }, target);
  return { ...out, problems: parsed.problems };
}
