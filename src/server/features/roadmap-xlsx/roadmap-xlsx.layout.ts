// The shape of the road-map workbook, shared by the exporter and the importer so that both read
// the same column list, sheet names and limits. Change the layout here, never in one side only.
import type { NodeKind, TableCode } from '../../../domain/roadmap/types.ts';

/** Uploads above this size are refused before unzipping: a road map is a few hundred kB at most. */
export const MAX_XLSX_BYTES = 10 * 1024 * 1024;
// The cap on what an upload may inflate to is MAX_XLSX_INFLATED_BYTES in src/server/xlsx-open.ts.
/** A Lampiran table has tens of rows; thousands mean a wrong file, and the cap bounds the work. */
export const MAX_SHEET_ROWS = 5000;
/** The Metadata sheet has one row per entity (more for long text), so it gets a wider cap. */
export const MAX_METADATA_ROWS = 10 * MAX_SHEET_ROWS;

export const METADATA_SHEET = 'Metadata';
export const FORMAT_NAME = 'peta-rb-xlsx';
export const FORMAT_VERSION = 1;

export type XlsxLocale = 'id' | 'en';

export interface XlsxProblem {
  sheet: string;
  row: number | null;
  /** Excel column letter. */
  column: string | null;
  code: string;
  message: { id: string; en: string };
  severity: 'error' | 'warning';
}

export interface TableLayout {
  code: TableCode;
  sheet: string;
  number: number;
  /** Title as printed in the Lampiran, without the instansi name. */
  title: { id: string; en: string };
  rootKind: NodeKind;
  childKind: NodeKind;
  rootLabel: { id: string; en: string };
  childLabel: { id: string; en: string };
  hasPd: boolean;
  /** The Lampiran prints Tabel 3's baseline as "Baseline (2023)"; the others as "Baseline 2023". */
  baselineInParens: boolean;
}

export const TABLES: readonly TableLayout[] = [
  {
    code: 'tabel1',
    sheet: 'Tabel 1',
    number: 1,
    title: {
      id: 'Tujuan, Sasaran dan Indikator Pelaksanaan Reformasi Birokrasi',
      en: 'Goals, Targets and Indicators of Bureaucratic Reform',
    },
    rootKind: 'tujuan',
    childKind: 'sasaran_strategis',
    rootLabel: { id: 'Tujuan', en: 'Goal' },
    childLabel: { id: 'Sasaran Strategis', en: 'Strategic Target' },
    hasPd: false,
    baselineInParens: false,
  },
  {
    code: 'tabel2',
    sheet: 'Tabel 2',
    number: 2,
    title: {
      id: 'Kegiatan Utama Pelaksanaan Reformasi Birokrasi General',
      en: 'Main Activities of General Bureaucratic Reform',
    },
    rootKind: 'sasaran_general',
    childKind: 'kegiatan_utama',
    rootLabel: { id: 'Sasaran', en: 'Target' },
    childLabel: { id: 'Kegiatan Utama', en: 'Main Activity' },
    hasPd: true,
    baselineInParens: false,
  },
  {
    code: 'tabel3',
    sheet: 'Tabel 3',
    number: 3,
    title: {
      id: 'Tema, Sasaran dan Indikator Reformasi Birokrasi Tematik',
      en: 'Themes, Targets and Indicators of Thematic Bureaucratic Reform',
    },
    rootKind: 'tema',
    childKind: 'sasaran_tematik',
    rootLabel: { id: 'Tema', en: 'Theme' },
    childLabel: { id: 'Sasaran', en: 'Target' },
    hasPd: true,
    baselineInParens: true,
  },
];

/** Fixed header labels; both languages are accepted on import because either may be exported. */
export const LABELS = {
  no: { id: 'No', en: 'No' },
  indicator: { id: 'Indikator', en: 'Indicator' },
  unit: { id: 'Satuan', en: 'Unit' },
  baseline: { id: 'Baseline', en: 'Baseline' },
  target: { id: 'Target', en: 'Target' },
  pd: { id: 'Perangkat Daerah Penanggungjawab', en: 'Responsible Unit' },
  /** Hidden column holding entity keys so edited rows still match their metadata. */
  key: { id: 'Kunci', en: 'Key' },
} as const;

/** Rows of a table sheet: two title rows, a blank row, then the two header rows. */
export const TITLE_ROW = 1;
export const SUBTITLE_ROW = 2;
export const HEADER_ROW = 4;
export const FIRST_DATA_ROW = HEADER_ROW + 2;

/** Metadata sheet: explanation rows on top, then a header and one record per row. */
export const METADATA_HEADER_ROW = 4;
export const METADATA_COLUMNS = {
  type: { id: 'Jenis', en: 'Type' },
  key: { id: 'Kunci', en: 'Key' },
  name: { id: 'Nama', en: 'Name' },
  part: { id: 'Bagian', en: 'Part' },
  json: { id: 'Data (JSON)', en: 'Data (JSON)' },
} as const;
/** Excel refuses cell text above 32,767 characters: longer JSON is split over several rows. */
export const METADATA_CHUNK = 30_000;

export type MetadataRecordType =
  | 'format'
  | 'instansi'
  | 'roadmap'
  | 'regulasi'
  | 'legal_basis'
  | 'pd'
  | 'scale'
  | 'node'
  | 'indicator'
  | 'placement'
  | 'narrative';

export const METADATA_TYPES: readonly MetadataRecordType[] = [
  'format',
  'instansi',
  'roadmap',
  'regulasi',
  'legal_basis',
  'pd',
  'scale',
  'node',
  'indicator',
  'placement',
  'narrative',
];

export { colLetter } from '../../../domain/text/column-letter.ts';
