// Turns one sheet row into the API's action-plan body: cells read the Indonesian way (decimal comma,
// "Rp 1.250.000", dd/mm/yyyy or "1 Februari 2024"), names resolved to keys, then the same zod schema
// and unit rule as the API. Every problem is located by row and column; nothing is written here.
import type { RoleAssignment } from '../../../domain/permissions.ts';
import { isIsoDate, type PeriodCode } from '../../../domain/periods/periods.ts';
import type { RoadMapDocument } from '../../../domain/roadmap/types.ts';
import { readNumberId } from '../../../domain/roadmap/values.ts';
import type { RawCell } from '../roadmap-xlsx/roadmap-xlsx.cells.ts';
import { readFokusCell } from './rencana-aksi-fokus.ts';
import { rencanaAksiBody } from '../../../domain/contracts/rencana-aksi.ts';
import { unitTargetProblems } from '../../../domain/rencana-aksi/targets.ts';
import { toServiceInput, type RencanaAksiInput } from './rencana-aksi.service.ts';
import { ALL_COLUMNS, colLetter, type ColumnKey, type PlanImportProblem } from './rencana-aksi-xlsx.layout.ts';
import { findNode, findPd, type PdName } from './rencana-aksi-xlsx.names.ts';
import type { SheetRow } from './rencana-aksi-xlsx.read.ts';

const PERIODS: PeriodCode[] = ['S1', 'S2', 'TW1', 'TW2', 'TW3', 'TW4'];

export interface RowContext {
  year: number;
  doc: RoadMapDocument;
  pds: PdName[];
  roles: readonly RoleAssignment[];
  columns: Map<ColumnKey, number>;
  /** The year's plans by id: an ID cell must name one of them. */
  existing: Map<string, unknown>;
}

export interface PlanRow {
  row: number;
  /** The plan the row updates; null for a new plan. */
  id: string | null;
  rowVersion: number | null;
  input: RencanaAksiInput;
}

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  january: 1,
  februari: 2,
  feb: 2,
  pebruari: 2,
  february: 2,
  maret: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  agustus: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  aug: 8,
  august: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  october: 10,
  november: 11,
  nov: 11,
  nopember: 11,
  desember: 12,
  des: 12,
  dec: 12,
  december: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

/** A date cell: a real Excel date, an Excel serial number, or text in the usual Indonesian forms. */
export function readDateCell(v: RawCell): string | null {
  if (v === null) return null;
  if (typeof v === 'number') {
    // Excel's day 1 is 1900-01-01 counted from 1899-12-30 (its leap-year bug included).
    if (!Number.isInteger(v) || v < 1 || v > 2958465) return null;
    return new Date(Date.UTC(1899, 11, 30) + v * 86400_000).toISOString().slice(0, 10);
  }
  const s = v.trim().toLowerCase();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s)))
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/.exec(s)) && MONTHS[match[2]!])
    [d, m, y] = [Number(match[1]), MONTHS[match[2]!]!, Number(match[3])];
  else return null;
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  return isIsoDate(iso) ? iso : null;
}

const text = (v: RawCell | undefined) => (v === null || v === undefined ? '' : String(v).trim());

/** Where a problem of this row and column is, as Excel shows it. */
export function locate(row: number, key: ColumnKey | null, columns: Map<ColumnKey, number>) {
  const c = key === null ? undefined : columns.get(key);
  const def = key === null ? undefined : ALL_COLUMNS.find((d) => d.key === key);
  return { row, column: c === undefined ? null : colLetter(c), header: def?.header ?? null };
}

class RowReader {
  readonly problems: PlanImportProblem[] = [];
  constructor(
    private readonly r: SheetRow,
    private readonly ctx: RowContext,
  ) {}

  where(key: ColumnKey) {
    const at = locate(this.r.row, key, this.ctx.columns);
    return { ...at, header: at.header ?? key };
  }

  error(key: ColumnKey, code: string, message: string) {
    this.problems.push({ ...this.where(key), code, message, severity: 'error' });
  }

  raw(key: ColumnKey): RawCell {
    return this.r.cells[key] ?? null;
  }

  text(key: ColumnKey, required = false): string {
    const t = text(this.raw(key));
    if (!t && required) this.error(key, 'REQUIRED', `${this.where(key).header} wajib diisi.`);
    return t;
  }

  number(key: ColumnKey, opts: { required?: boolean; whole?: boolean } = {}): number | null {
    const v = this.raw(key);
    if (v === null || text(v) === '') {
      if (opts.required) this.error(key, 'REQUIRED', `${this.where(key).header} wajib diisi.`);
      return null;
    }
    if (typeof v === 'number') return v;
    const read = readNumberId(v, { wholeNumbers: opts.whole === true });
    if (read.ok) return read.value;
    if (read.reason === 'ambiguous')
      this.error(
        key,
        'AMBIGUOUS_NUMBER',
        `"${v}" bisa berarti ribuan atau desimal. Tulis desimal dengan koma (1,234) atau ribuan tanpa titik (1234).`,
      );
    else this.error(key, 'NOT_A_NUMBER', `"${v}" bukan angka. Gunakan koma untuk desimal, mis. 12,5.`);
    return null;
  }

  date(key: ColumnKey): string | null {
    const v = this.raw(key);
    if (v === null || text(v) === '') {
      this.error(key, 'REQUIRED', `${this.where(key).header} wajib diisi.`);
      return null;
    }
    const iso = readDateCell(v);
    if (!iso)
      this.error(key, 'INVALID_DATE', `"${v}" bukan tanggal. Tulis sebagai dd/mm/yyyy, mis. 01/02/${this.ctx.year}.`);
    return iso;
  }

  pd(key: 'pelaksana' | 'koordinator', required: boolean): string | null {
    const t = this.text(key, required);
    if (!t) return null;
    const found = findPd(this.ctx.pds, t);
    if (found.ok) return found.key;
    this.error(
      key,
      found.reason === 'ambiguous' ? 'AMBIGUOUS_PD' : 'UNKNOWN_PD',
      found.reason === 'ambiguous'
        ? `"${t}" cocok dengan lebih dari satu perangkat daerah; tulis nama lengkapnya.`
        : `Perangkat daerah "${t}" tidak dikenal. Pilih dari lembar "Daftar Pilihan".`,
    );
    return null;
  }
}

/** The column an API field's error belongs to; "targets.1.target" points at that period's column. */
export function columnOfField(path: (string | number)[], targets: { periodCode: string }[]): ColumnKey | null {
  const [field, index] = path;
  if (field === 'targets') {
    // Without an index the rule concerns the targets as a whole: the last period's column shows it.
    const code = typeof index === 'number' ? targets[index]?.periodCode : targets.at(-1)?.periodCode;
    return (PERIODS as string[]).includes(code ?? '') ? (code as PeriodCode) : 'target';
  }
  return ALL_COLUMNS.find((d) => d.field === field)?.key ?? null;
}

/** Reads one row; `plan` is null when the row has errors (they are all in `problems`). */
export function readPlanRow(r: SheetRow, ctx: RowContext): { plan: PlanRow | null; problems: PlanImportProblem[] } {
  const rd = new RowReader(r, ctx);
  const idText = rd.text('id');
  let id: string | null = null;
  if (idText) {
    if (!ctx.existing.has(idText.toLowerCase()))
      rd.error(
        'id',
        'UNKNOWN_ID',
        `Rencana aksi dengan ID "${idText}" tidak ada pada tahun ${ctx.year}. Kosongkan ID untuk menambah rencana aksi baru.`,
      );
    else id = idText.toLowerCase();
  }
  const versi = rd.number('versi');
  if (versi !== null && (!Number.isInteger(versi) || versi < 1))
    rd.error('versi', 'INVALID_VERSION', `Versi "${versi}" tidak valid; jangan ubah kolom Versi.`);

  const nodeText = rd.text('kegiatan', true);
  let nodeKey: string | null = null;
  if (nodeText) {
    const found = findNode(ctx.doc, nodeText);
    if (found.ok) nodeKey = found.key;
    else
      rd.error(
        'kegiatan',
        found.reason === 'ambiguous' ? 'AMBIGUOUS_NODE' : 'UNKNOWN_NODE',
        found.reason === 'ambiguous'
          ? `"${nodeText}" cocok dengan lebih dari satu kegiatan; pilih dari lembar "Daftar Pilihan".`
          : `Kegiatan utama / sasaran tematik "${nodeText}" tidak ada pada road map yang berlaku untuk tahun ${ctx.year}.`,
      );
  }
  const rincian = rd.text('rincian', true);
  const output = rd.text('output', true);
  const satuan = rd.text('satuan', true);
  const targetTotal = rd.number('target', { required: true });
  const targets: { periodCode: PeriodCode; target: number }[] = [];
  for (const code of PERIODS) {
    if (!ctx.columns.has(code)) continue;
    const n = rd.number(code);
    if (n !== null) targets.push({ periodCode: code, target: n });
  }
  const startDate = rd.date('mulai');
  const endDate = rd.date('selesai');
  const pagu = rd.number('pagu', { whole: true });
  const pelaksana = rd.pd('pelaksana', true);
  const koordinator = rd.pd('koordinator', false);
  const pj = rd.text('penanggungJawab', true);
  const permasalahan = rd.text('permasalahan');
  const fokus = readFokusCell(rd.text('fokus'));
  if (fokus.unknown.length)
    rd.error(
      'fokus',
      'UNKNOWN_FOKUS',
      `Fokus intervensi tidak dikenal: ${fokus.unknown.map((u) => `"${u}"`).join(', ')}. Pilih dari lembar "Daftar Pilihan".`,
    );

  if (rd.problems.length) return { plan: null, problems: rd.problems };

  // The same edge as the API: the zod body, then the unit rule.
  const parsed = rencanaAksiBody.safeParse({
    year: ctx.year,
    nodeKey,
    rincianKegiatan: rincian,
    indikatorOutput: output,
    satuan,
    targetTotal,
    targets,
    startDate,
    endDate,
    pagu,
    pelaksanaPdKey: pelaksana,
    koordinatorPdKey: koordinator,
    penanggungJawab: pj,
    permasalahan: permasalahan || null,
    fokusIntervensi: fokus.foci.length ? fokus.foci : null,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = columnOfField(issue.path as (string | number)[], targets) ?? 'rincian';
      rd.error(key, `INVALID_${issue.code.toUpperCase()}`, issue.message);
    }
    return { plan: null, problems: rd.problems };
  }
  for (const p of unitTargetProblems(parsed.data)) {
    rd.error(p.periodCode ? (p.periodCode as PeriodCode) : 'target', p.code, p.message);
  }

  if (rd.problems.length) return { plan: null, problems: rd.problems };

  return { plan: { row: r.row, id, rowVersion: versi, input: toServiceInput(parsed.data) }, problems: [] };
}
