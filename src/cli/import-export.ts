// CLI helpers for import and export: the same services the HTTP API uses, on files.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/client.ts';
import { roadMapDocumentSchema, formatZodIssues } from '../domain/roadmap/schema.ts';
import type { RoadMapDocument } from '../domain/roadmap/types.ts';
import { SYSTEM_ACTOR } from '../server/request-context.ts';
import {
  importDocument,
  getVersion,
  listRoadMapsWithVersions,
  type ImportTarget,
} from '../server/features/roadmap/roadmap.service.ts';
import { commitXlsx } from '../server/features/roadmap-xlsx/roadmap-xlsx.service.ts';
import { exportRoadMapXlsx } from '../server/features/roadmap-xlsx/roadmap-xlsx.export.ts';
import { listInstansi } from '../server/features/roadmap/roadmap.repository.ts';
import { AppError } from '../server/errors.ts';

const CLI_ACTOR = { ...SYSTEM_ACTOR, actor: 'cli' };

/** `newPd`: PD names the tables may use that are to be created (any other unknown name is an error). */
export async function importFile(db: Db, file: string, target: ImportTarget, newPd: readonly string[] = []) {
  const buf = fs.readFileSync(file);
  try {
    if (file.toLowerCase().endsWith('.json')) {
      const parsed = roadMapDocumentSchema.safeParse(JSON.parse(buf.toString('utf8')));
      if (!parsed.success) return { ok: false, problems: formatZodIssues(parsed.error) };
      const out = await importDocument(db, CLI_ACTOR, parsed.data as RoadMapDocument, target);
      return { ok: true, ...out };
    }
    const out = await commitXlsx(db, CLI_ACTOR, { buf, fileName: path.basename(file) }, target, { newPd });
    return { ok: true, ...out };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, code: err.code, message: err.messageId, details: err.details };
    throw err;
  }
}

/** `which` is a version id or "active" (the active version of the first instansi's latest road map). */
export async function exportVersion(db: Db, which: string, format: 'xlsx' | 'json'): Promise<Buffer> {
  let versionId = which;
  if (which === 'active') {
    const inst = (await listInstansi(db))[0];
    if (!inst) throw new Error('Basis data belum berisi road map.');
    const maps = await listRoadMapsWithVersions(db, inst.id);
    const active = maps
      .flatMap((m) => m.versions)
      .filter((v) => v.status === 'active')
      .at(-1);
    if (!active) throw new Error('Tidak ada versi yang berlaku.');
    versionId = active.id;
  }
  const v = await getVersion(db, versionId);
  return format === 'json'
    ? Buffer.from(JSON.stringify(v.document, null, 2), 'utf8')
    : await exportRoadMapXlsx(v.document);
}
