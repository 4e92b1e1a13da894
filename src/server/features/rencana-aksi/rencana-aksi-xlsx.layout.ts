// The shape of the action-plan workbook, shared by the exporter and the importer: sheet names, the
// columns with their Indonesian headers, which API field each fills, and the size limits.
import type { PeriodCode } from '../../../domain/periods/periods.ts';

export const PLAN_SHEET = 'Rencana Aksi';
export const LIST_SHEET = 'Daftar Pilihan';
export const GUIDE_SHEET = 'Petunjuk';
/** Title rows above the header: the importer looks for the header in the first rows, wherever it is. */
export const HEADER_ROW = 4;
export const FIRST_DATA_ROW = HEADER_ROW + 1;
export const HEADER_SEARCH_ROWS = 15;
/** A PD has tens of plans and an instansi a few hundred; more means a wrong file, and the cap bounds the work. */
export const MAX_PLAN_ROWS = 2000;
/** Same cap as the road-map workbook, refused before unzipping (the inflated cap: src/server/xlsx-open.ts). */
export const MAX_XLSX_BYTES = 10 * 1024 * 1024;

export type ColumnKey =
  | 'no'
  | 'jenis'
  | 'kegiatan'
  | 'rincian'
  | 'output'
  | 'satuan'
  | 'target'
  | PeriodCode
  | 'mulai'
  | 'selesai'
  | 'pagu'
  | 'realisasiAnggaran'
  | 'pelaksana'
  | 'koordinator'
  | 'penanggungJawab'
  | 'permasalahan'
  | 'fokus'
  | 'id'
  | 'versi';

export interface ColumnDef {
  key: ColumnKey;
  header: string;
  width: number;
  /** Required for every plan: the header carries " *" and an empty cell is REQUIRED. */
  required?: boolean;
  /** Written by the export, ignored by the import (derived or reported elsewhere). */
  readOnly?: boolean;
  /** The API field the column fills, for errors the service reports by field. */
  field?: string;
  /** Other header spellings accepted on import. */
  aliases?: string[];
}

const PERIOD_HEADERS: Record<PeriodCode, string> = {
  S1: 'Target Semester I',
  S2: 'Target Semester II',
  TW1: 'Target Triwulan I',
  TW2: 'Target Triwulan II',
  TW3: 'Target Triwulan III',
  TW4: 'Target Triwulan IV',
};

export const periodColumn = (code: PeriodCode): ColumnDef => ({
  key: code,
  header: PERIOD_HEADERS[code],
  width: 11,
  field: 'targets',
  aliases: [`Target ${code}`, code],
});

/** Columns in sheet order; the per-period target columns go where `periods` says (after "Target"). */
export function columnsFor(periods: readonly PeriodCode[]): ColumnDef[] {
  return [
    { key: 'no', header: 'No', width: 5, readOnly: true },
    { key: 'jenis', header: 'Jenis RB', width: 12, readOnly: true },
    {
      key: 'kegiatan',
      header: 'Kegiatan Utama / Sasaran Tematik',
      width: 36,
      required: true,
      field: 'nodeKey',
      aliases: ['Kegiatan Utama', 'Sasaran Tematik', 'Kegiatan Utama/Sasaran Tematik'],
    },
    { key: 'rincian', header: 'Rincian Kegiatan', width: 40, required: true, field: 'rincianKegiatan' },
    { key: 'output', header: 'Indikator Output', width: 32, required: true, field: 'indikatorOutput' },
    { key: 'satuan', header: 'Satuan', width: 12, required: true, field: 'satuan' },
    { key: 'target', header: 'Target', width: 10, required: true, field: 'targetTotal', aliases: ['Target Total'] },
    ...periods.map(periodColumn),
    { key: 'mulai', header: 'Waktu Mulai', width: 13, required: true, field: 'startDate', aliases: ['Mulai'] },
    { key: 'selesai', header: 'Waktu Selesai', width: 13, required: true, field: 'endDate', aliases: ['Selesai'] },
    { key: 'pagu', header: 'Pagu Anggaran (Rp)', width: 18, field: 'pagu', aliases: ['Pagu', 'Pagu Anggaran'] },
    {
      key: 'realisasiAnggaran',
      header: 'Realisasi Anggaran (Rp)',
      width: 18,
      readOnly: true,
      aliases: ['Realisasi Anggaran'],
    },
    {
      key: 'pelaksana',
      header: 'PD Pelaksana',
      width: 24,
      required: true,
      field: 'pelaksanaPdKey',
      aliases: ['Pelaksana', 'Perangkat Daerah Pelaksana'],
    },
    {
      key: 'koordinator',
      header: 'PD Koordinator',
      width: 24,
      field: 'koordinatorPdKey',
      aliases: ['Koordinator', 'Perangkat Daerah Koordinator'],
    },
    {
      key: 'penanggungJawab',
      header: 'Penanggung Jawab',
      width: 26,
      required: true,
      field: 'penanggungJawab',
      aliases: ['Penanggungjawab'],
    },
    {
      key: 'permasalahan',
      header: 'Permasalahan (RB Tematik)',
      width: 30,
      field: 'permasalahan',
      aliases: ['Permasalahan'],
    },
    {
      key: 'fokus',
      header: 'Fokus Intervensi (RB Tematik)',
      width: 28,
      field: 'fokusIntervensi',
      aliases: ['Fokus Intervensi'],
    },
    { key: 'id', header: 'ID (jangan diubah)', width: 38, aliases: ['ID'] },
    { key: 'versi', header: 'Versi (jangan diubah)', width: 10, aliases: ['Versi'] },
  ];
}

/** Every column the importer can recognise (both period schemes). */
export const ALL_COLUMNS: ColumnDef[] = columnsFor(['S1', 'S2', 'TW1', 'TW2', 'TW3', 'TW4']);

/** Header text compared for identity: case, spacing, the required mark and punctuation do not matter. */
export const headerKey = (s: string): string =>
  s
    .replace(/\*/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export { colLetter } from '../../../domain/text/column-letter.ts';

/** A located problem of an uploaded workbook: row and column as Excel shows them. */
export type { PlanImportProblem } from '../../../domain/contracts/rencana-aksi.ts';
