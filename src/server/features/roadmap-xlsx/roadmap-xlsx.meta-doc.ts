// Turns Metadata records back into the document they were written from (the base that the visible
// tables then overlay), or, for a file without Metadata, a minimal base with placeholders to review.
import type {
  Indikator,
  Instansi,
  InstansiKind,
  NarrativeSection,
  PerangkatDaerah,
  Placement,
  Regulasi,
  ResultNode,
  RoadMapDocument,
  RoadMapHeader,
  Scale,
} from '../../../domain/roadmap/types.ts';
import { problem, slugify } from './roadmap-xlsx.cells.ts';
import { FORMAT_NAME, METADATA_SHEET, type XlsxProblem } from './roadmap-xlsx.layout.ts';
import type { FormatRecord, MetadataRecord } from './roadmap-xlsx.metadata.ts';

export interface BaseDocument {
  doc: RoadMapDocument;
  /** Null when the file has no Metadata sheet. */
  format: FormatRecord | null;
  /** Metadata row of each entity ("indicators/<key>"), to locate schema problems. */
  rowOf: Map<string, number>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The field that names each record in the document (scales use `code`). */
const ID_FIELD: Partial<Record<MetadataRecord['type'], string>> = {
  regulasi: 'key',
  pd: 'key',
  scale: 'code',
  node: 'key',
  indicator: 'key',
  narrative: 'key',
  instansi: 'code',
};

const COLLECTION: Partial<Record<MetadataRecord['type'], string>> = {
  regulasi: 'regulasi',
  pd: 'perangkatDaerah',
  scale: 'scales',
  node: 'nodes',
  indicator: 'indicators',
  placement: 'placements',
  narrative: 'narrative',
};

export function decodeMetadata(records: MetadataRecord[]): { base: BaseDocument | null; problems: XlsxProblem[] } {
  const problems: XlsxProblem[] = [];
  const bad = (row: number | null, id: string, en: string): void => {
    problems.push(problem(METADATA_SHEET, row, row === null ? null : 'E', 'METADATA_INVALID', 'error', id, en));
  };
  const rowOf = new Map<string, number>();
  const seen = new Map<string, number>();
  let format: FormatRecord | null = null;
  let instansi: Instansi | null = null;
  let roadMap: RoadMapHeader | null = null;
  let legalBasis: string[] | null = null;
  const lists = {
    regulasi: [] as Regulasi[],
    perangkatDaerah: [] as PerangkatDaerah[],
    scales: [] as Scale[],
    nodes: [] as ResultNode[],
    indicators: [] as Indikator[],
    placements: [] as Placement[],
    narrative: [] as NarrativeSection[],
  };
  for (const rec of records) {
    const { data, row, type } = rec;
    if (type === 'legal_basis') {
      if (Array.isArray(data) && data.every((x) => typeof x === 'string')) legalBasis = data;
      else
        bad(row, 'Dasar hukum harus berupa daftar kunci regulasi.', 'Legal basis must be a list of regulation keys.');
      continue;
    }
    if (!isObject(data)) {
      bad(row, `Data rekaman "${type}" harus berupa objek JSON.`, `The "${type}" record must hold a JSON object.`);
      continue;
    }
    const idField = ID_FIELD[type];
    if (idField) {
      const id = data[idField];
      if (typeof id !== 'string' || id === '') {
        bad(row, `Rekaman "${type}" tidak memiliki "${idField}".`, `The "${type}" record has no "${idField}".`);
        continue;
      }
      const dupKey = `${type}/${id}`;
      if (seen.has(dupKey)) {
        bad(
          row,
          `Kunci "${id}" muncul dua kali (juga di baris ${seen.get(dupKey)}).`,
          `Key "${id}" appears twice (also on row ${seen.get(dupKey)}).`,
        );
        continue;
      }
      seen.set(dupKey, row);
    }
    switch (type) {
      case 'format':
        if (data.format !== FORMAT_NAME || !Array.isArray(data.tables)) {
          bad(
            row,
            'Rekaman format tidak dikenal; berkas bukan ekspor Peta RB.',
            'Unknown format record; the file is not a Peta RB export.',
          );
        } else format = { baselineYears: {}, ...data } as unknown as FormatRecord;
        break;
      case 'instansi':
        instansi = data as unknown as Instansi;
        break;
      case 'roadmap':
        roadMap = data as unknown as RoadMapHeader;
        break;
      default: {
        const coll = COLLECTION[type] as keyof typeof lists;
        const list = lists[coll] as unknown[];
        const id = idField ? String(data[idField]) : String(list.length);
        rowOf.set(`${coll}/${id}`, row);
        rowOf.set(`${coll}/#${list.length}`, row);
        list.push(data);
      }
    }
  }
  if (!format)
    bad(null, 'Rekaman "format" tidak ada di lembar Metadata.', 'The Metadata sheet lacks the "format" record.');
  if (!instansi)
    bad(null, 'Rekaman "instansi" tidak ada di lembar Metadata.', 'The Metadata sheet lacks the "instansi" record.');
  if (!roadMap)
    bad(null, 'Rekaman "roadmap" tidak ada di lembar Metadata.', 'The Metadata sheet lacks the "roadmap" record.');
  if (!format || !instansi || !roadMap || problems.length > 0) return { base: null, problems };
  const doc: RoadMapDocument = {
    schemaVersion: 1,
    instansi,
    roadMap,
    regulasi: lists.regulasi,
    legalBasis: legalBasis ?? [],
    perangkatDaerah: lists.perangkatDaerah,
    scales: lists.scales,
    nodes: lists.nodes,
    indicators: lists.indicators,
    placements: lists.placements,
    narrative: lists.narrative,
  };
  return { base: { doc, format, rowOf }, problems };
}

const PLACEHOLDER_REGULASI = 'belum-diisi';

function instansiKind(name: string): InstansiKind {
  if (/^(pemerintah\s+)?kabupaten\b/i.test(name)) return 'kabupaten';
  if (/^(pemerintah\s+)?kota\b/i.test(name)) return 'kota';
  if (/^(pemerintah\s+)?provinsi\b/i.test(name)) return 'provinsi';
  return 'kementerian_lembaga';
}

/**
 * Base for a file in the Lampiran layout without Metadata: the instansi is read from the table
 * titles ("… Kabupaten Kupang"), the period ends with the last target year, and the regulation is a
 * placeholder to be completed — a METADATA_MISSING warning says so.
 */
export function baseFromTitles(
  titles: string[],
  lastTargetYear: number,
): { base: BaseDocument; problems: XlsxProblem[] } {
  let name = '';
  for (const t of titles) {
    const m = /\b((?:Pemerintah\s+)?(?:Kabupaten|Kota|Provinsi)\s+.+)$/i.exec(t);
    if (m?.[1]) {
      name = m[1].trim();
      break;
    }
  }
  const problems: XlsxProblem[] = [
    problem(
      METADATA_SHEET,
      null,
      null,
      'METADATA_MISSING',
      'warning',
      'Berkas tidak memiliki lembar Metadata: kunci, skala dan polaritas disimpulkan dari tabel; instansi, periode dan regulasi perlu dilengkapi.',
      'The file has no Metadata sheet: keys, scales and polarity are inferred from the tables; instansi, period and regulation need completing.',
    ),
  ];
  if (!name) {
    name = 'Instansi belum diisi';
    problems.push(
      problem(
        'Tabel 1',
        2,
        'A',
        'INSTANSI_UNKNOWN',
        'warning',
        'Nama instansi tidak ditemukan pada judul tabel (mis. "… Kabupaten Kupang").',
        'The instansi name was not found in the table titles (e.g. "… Kabupaten Kupang").',
      ),
    );
  }
  const doc: RoadMapDocument = {
    schemaVersion: 1,
    instansi: { code: slugify(name), name, kind: instansiKind(name), region: name },
    roadMap: {
      title: `Road Map Reformasi Birokrasi ${name}`,
      periodStart: lastTargetYear - 4,
      periodEnd: lastTargetYear,
      regulasiKey: PLACEHOLDER_REGULASI,
      status: 'draft',
      versionLabel: 'Impor XLSX',
    },
    regulasi: [
      {
        key: PLACEHOLDER_REGULASI,
        type: 'lainnya',
        number: '-',
        year: lastTargetYear,
        title: 'Regulasi belum diisi (diimpor dari berkas XLSX tanpa Metadata)',
      },
    ],
    legalBasis: [],
    perangkatDaerah: [],
    scales: [],
    nodes: [],
    indicators: [],
    placements: [],
    narrative: [],
  };
  return { base: { doc, format: null, rowOf: new Map() }, problems };
}
