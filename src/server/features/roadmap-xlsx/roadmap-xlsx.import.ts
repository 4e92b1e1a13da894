// Reads an uploaded .xlsx (our export, or a user's own file in the Lampiran layout) into a road-map
// document without writing anything: every problem comes back with sheet, row and column, and
// `ok` is false as soon as one of them is an error, so the caller can show them all before saving.
import type ExcelJS from 'exceljs';
import { loadExcel } from '../../lazy-libs.ts';
import type { Placement, RoadMapDocument, TableCode } from '../../../domain/roadmap/types.ts';
import { tableRows } from '../../../domain/roadmap/locate.ts';
import { assembleIndicator, resolvePdCell } from './roadmap-xlsx.build-indicators.ts';
import { readRows } from './roadmap-xlsx.build-rows.ts';
import { normaliseName, problem } from './roadmap-xlsx.cells.ts';
import { MAX_XLSX_BYTES, METADATA_SHEET, TABLES, type XlsxProblem } from './roadmap-xlsx.layout.ts';
import { baseFromTitles, decodeMetadata, type BaseDocument } from './roadmap-xlsx.meta-doc.ts';
import { readMetadataSheet } from './roadmap-xlsx.metadata.ts';
import { readTableSheet, type TableSheet } from './roadmap-xlsx.read-table.ts';
import { checkDocument, type Origin } from './roadmap-xlsx.check.ts';
import { Workspace, keepIfSame, type Observation } from './roadmap-xlsx.workspace.ts';
import { MAX_XLSX_INFLATED_BYTES, openXlsx } from '../../xlsx-open.ts';
import { xlsxImportGate } from '../../import-gate.ts';

export { MAX_XLSX_BYTES, MAX_SHEET_ROWS, type XlsxProblem } from './roadmap-xlsx.layout.ts';

export interface XlsxImportResult {
  ok: boolean;
  document?: RoadMapDocument;
  problems: XlsxProblem[];
  /** PD names in the tables that no PD has and the request did not list as new (UNKNOWN_PD errors). */
  unknownPd?: string[];
}

export interface XlsxImportOptions {
  /** PD names the user chose to create as new PDs (the "Buat perangkat daerah baru" boxes). */
  newPd?: readonly string[];
}

const FILE = '(berkas)';

const fail = (problems: XlsxProblem[]): XlsxImportResult => ({ ok: false, problems });
const unreadable = (id: string, en: string): XlsxImportResult =>
  fail([problem(FILE, null, null, 'XLSX_UNREADABLE', 'error', id, en)]);

/** Sheets in workbook order, then by row and column, so a user can work down the list. */
function sortProblems(problems: XlsxProblem[], sheetOrder: string[]): XlsxProblem[] {
  const rank = (s: string) =>
    s === FILE ? -1 : sheetOrder.indexOf(s) >= 0 ? sheetOrder.indexOf(s) : sheetOrder.length;
  const colRank = (c: string | null) => (c === null ? 0 : c.length * 100 + c.charCodeAt(c.length - 1));
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        rank(a.p.sheet) - rank(b.p.sheet) ||
        (a.p.row ?? 0) - (b.p.row ?? 0) ||
        colRank(a.p.column) - colRank(b.p.column) ||
        a.i - b.i,
    )
    .map((x) => x.p);
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook | XlsxImportResult> {
  if (bytes.byteLength > MAX_XLSX_BYTES) {
    return fail([
      problem(
        FILE,
        null,
        null,
        'FILE_TOO_LARGE',
        'error',
        `Berkas berukuran ${bytes.byteLength} byte; batasnya ${MAX_XLSX_BYTES} byte (10 MiB).`,
        `The file is ${bytes.byteLength} bytes; the limit is ${MAX_XLSX_BYTES} bytes (10 MiB).`,
      ),
    ]);
  }
  const opened = await openXlsx(bytes);
  if (opened.ok) return opened.workbook;
  switch (opened.reason) {
    case 'not_zip':
      return unreadable(
        'Berkas bukan berkas Excel .xlsx (bukan arsip zip).',
        'The file is not an Excel .xlsx workbook (not a zip archive).',
      );
    case 'corrupt':
      return unreadable(
        'Berkas .xlsx rusak (arsip zip tidak lengkap).',
        'The .xlsx file is corrupt (incomplete zip archive).',
      );
    case 'not_workbook': {
      const [id, en] = {
        word: ['dokumen Word', 'a Word document'],
        powerpoint: ['presentasi PowerPoint', 'a PowerPoint presentation'],
        other: ['arsip zip lain', 'a different zip archive'],
      }[opened.kind];
      return unreadable(
        `Berkas ini ${id}, bukan buku kerja Excel .xlsx.`,
        `This file is ${en}, not an Excel .xlsx workbook.`,
      );
    }
    case 'too_large':
      return fail([
        problem(
          FILE,
          null,
          null,
          'FILE_TOO_LARGE',
          'error',
          `Isi berkas setelah dibuka melebihi batas ${MAX_XLSX_INFLATED_BYTES} byte.`,
          `The file unpacks to more than ${MAX_XLSX_INFLATED_BYTES} bytes.`,
        ),
      ]);
    case 'unreadable':
      return unreadable(
        `Berkas .xlsx tidak dapat dibaca: ${opened.why}`,
        `The .xlsx file cannot be read: ${opened.why}`,
      );
  }
}

/** Placements the export printed as rows: only these can have been edited or deleted in the sheets. */
function printedPlacements(base: BaseDocument, tables: TableCode[]): Set<Placement> {
  const out = new Set<Placement>();
  for (const t of tables) for (const r of tableRows(base.doc, t)) if (r.placement) out.add(r.placement);
  return out;
}

interface Assembled {
  unknownPd: string[];
  document: RoadMapDocument;
  problems: XlsxProblem[];
  /** Table row an entity was read from ("indicators/<key>", "placements/#3"). */
  origins: Map<string, Origin>;
}

function assemble(base: BaseDocument, tables: TableSheet[], newPd: ReadonlySet<string>): Assembled {
  const ws = new Workspace(base, newPd);
  for (const t of tables) readRows(ws, t);
  // PDs are resolved in sheet order first, so new ones are listed, and warned about, where first seen.
  for (const o of ws.observations) if (o.row.pd) resolvePdCell(ws, o);
  const origins = new Map<string, Origin>();
  const at = (o: Observation, column: string | null): Origin => ({
    sheet: o.table.layout.sheet,
    row: o.row.row,
    column,
  });
  for (const o of ws.observations)
    if (!origins.has(`indicators/${o.indicatorKey}`)) origins.set(`indicators/${o.indicatorKey}`, at(o, 'D'));
  for (const [key, s] of ws.nodeSightings) origins.set(`nodes/${key}`, { sheet: s.sheet, row: s.row, column: null });

  const byIndicator = new Map<string, Observation[]>();
  for (const o of ws.observations) byIndicator.set(o.indicatorKey, [...(byIndicator.get(o.indicatorKey) ?? []), o]);
  const placementOf = new Map<Observation, Placement>();
  const indicators = [];
  for (const meta of base.doc.indicators) {
    const obs = byIndicator.get(meta.key);
    indicators.push(obs ? (assembleIndicator(ws, meta.key, meta, obs, placementOf) ?? meta) : meta);
  }
  for (const key of ws.newIndicators) {
    const built = assembleIndicator(ws, key, undefined, byIndicator.get(key) ?? [], placementOf);
    if (built) indicators.push(built);
  }

  // Placements: metadata order, minus rows deleted from a sheet, then rows added in the sheets.
  const printed = printedPlacements(
    base,
    tables.map((t) => t.layout.code),
  );
  const finalOf = new Map<Placement, Placement>();
  const obsOfFinal = new Map<Placement, Observation>();
  for (const [o, p] of placementOf) {
    finalOf.set(o.placement, p);
    obsOfFinal.set(p, o);
  }
  const placements: Placement[] = [];
  for (const p of base.doc.placements) {
    if (ws.claimed.has(p)) placements.push(finalOf.get(p) ?? p);
    else if (!printed.has(p)) placements.push(p);
    else {
      const sheet = TABLES.find((t) => t.code === p.tableCode)?.sheet ?? p.tableCode;
      ws.warn(
        sheet,
        null,
        null,
        'PLACEMENT_REMOVED',
        `Baris indikator "${p.indicatorKey}" di bawah "${p.nodeKey}" tidak ada lagi di lembar dan akan dihapus dari tabel.`,
        `The row of indicator "${p.indicatorKey}" under "${p.nodeKey}" is gone from the sheet and will be removed from the table.`,
      );
    }
  }
  for (const p of ws.newPlacements) placements.push(finalOf.get(p) ?? p);
  placements.forEach((p, i) => {
    const source = obsOfFinal.get(p);
    if (source) origins.set(`placements/#${i}`, at(source, 'D'));
  });

  const nodes = ws.nodes.map((n) => {
    const seen = ws.nodeSightings.get(n.key);
    if (!seen) return n;
    const name = seen.name === '' ? n.name : keepIfSame(n.name, seen.name);
    const number = n.parentKey === null && seen.number !== null ? keepIfSame(n.number, seen.number) : n.number;
    return name === n.name && number === n.number ? n : { ...n, name, number };
  });

  const document: RoadMapDocument = {
    ...base.doc,
    perangkatDaerah: ws.pds,
    scales: ws.scales,
    nodes,
    indicators,
    placements,
  };
  return { document, problems: ws.problems, origins, unknownPd: ws.unknownPds };
}

/**
 * Parses the workbook; never throws on bad input (an unexpected failure becomes IMPORT_FAILED). One
 * import at a time per process (xlsxImportGate): SERVER_BUSY (503) when too many are waiting.
 */
export function parseRoadMapXlsx(buf: Buffer | ArrayBuffer, opts: XlsxImportOptions = {}): Promise<XlsxImportResult> {
  return xlsxImportGate.run(() => parseNow(buf, new Set((opts.newPd ?? []).map(normaliseName))));
}

async function parseNow(buf: Buffer | ArrayBuffer, newPd: ReadonlySet<string>): Promise<XlsxImportResult> {
  const bytes =
    buf instanceof ArrayBuffer ? new Uint8Array(buf) : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  const loaded = await loadWorkbook(bytes);
  if (!(loaded instanceof (await loadExcel()).Workbook)) return loaded;
  try {
    return parseWorkbook(loaded, newPd);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return fail([
      problem(
        FILE,
        null,
        null,
        'IMPORT_FAILED',
        'error',
        `Berkas tidak dapat diproses: ${why}. Tidak ada yang disimpan.`,
        `The file could not be processed: ${why}. Nothing was saved.`,
      ),
    ]);
  }
}

function parseWorkbook(wb: ExcelJS.Workbook, newPd: ReadonlySet<string>): XlsxImportResult {
  const problems: XlsxProblem[] = [];

  let base: BaseDocument | null = null;
  const metaSheet = wb.getWorksheet(METADATA_SHEET);
  if (metaSheet) {
    const read = readMetadataSheet(metaSheet);
    problems.push(...read.problems);
    if (read.problems.length === 0) {
      const decoded = decodeMetadata(read.records);
      problems.push(...decoded.problems);
      base = decoded.base;
    }
  }
  const wanted = base?.format?.tables ?? TABLES.map((t) => t.code);
  const tables: TableSheet[] = [];
  for (const layout of TABLES.filter((t) => wanted.includes(t.code))) {
    const sheet = wb.getWorksheet(layout.sheet);
    if (!sheet) {
      problems.push(
        problem(
          layout.sheet,
          null,
          null,
          'SHEET_MISSING',
          'error',
          `Lembar "${layout.sheet}" tidak ada di berkas.`,
          `The sheet "${layout.sheet}" is missing from the file.`,
        ),
      );
      continue;
    }
    const read = readTableSheet(sheet, layout);
    problems.push(...read.problems);
    if (read.table) tables.push(read.table);
  }
  const sheetOrder = wb.worksheets.map((s) => s.name);
  if (problems.some((p) => p.severity === 'error')) return fail(sortProblems(problems, sheetOrder));

  if (!base) {
    const lastYear = Math.max(...tables.flatMap((t) => t.targetYears), ...tables.map((t) => t.baselineYear + 1));
    const fallback = baseFromTitles(
      tables.map((t) => t.title),
      lastYear,
    );
    problems.push(...(metaSheet ? [] : fallback.problems));
    base = fallback.base;
  }
  const built = assemble(base, tables, newPd);
  const rowOf = base.rowOf;
  const checked = checkDocument(built.document, (collection, key, index) => {
    const origin = built.origins.get(`${collection}/${key}`) ?? built.origins.get(`${collection}/#${index}`);
    if (origin) return origin;
    const row =
      rowOf.get(`${collection}/${key}`) ??
      (collection === 'placements' ? undefined : rowOf.get(`${collection}/#${index}`));
    return { sheet: METADATA_SHEET, row: row ?? null, column: row ? 'E' : null };
  });
  problems.push(...built.problems, ...checked.problems);
  const ok = !problems.some((p) => p.severity === 'error') && checked.document !== null;
  return {
    ok,
    ...(ok && checked.document ? { document: checked.document } : {}),
    problems: sortProblems(problems, sheetOrder),
    unknownPd: built.unknownPd,
  };
}
