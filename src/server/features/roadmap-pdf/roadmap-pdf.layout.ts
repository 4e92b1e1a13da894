// Pure layout rules of the Lampiran PDF: the heading block and signature block texts as the Perbup
// prints them, the column widths of each table, and the page breaks (table header repeated on
// every page, the signature never alone on a page). No pdfkit here: heights are passed in.
import { formatDate } from '../../../domain/format/date.ts';
import type { Regulasi, RegulasiType, RoadMapDocument, RoadMapStatus } from '../../../domain/roadmap/types.ts';

/** A4 landscape in PDF points, and the margins of the Lampiran pages. */
export const PAGE = { width: 841.89, height: 595.28, margin: 40 } as const;
export const USABLE_WIDTH = PAGE.width - 2 * PAGE.margin;

const HEAD_OF: Partial<Record<RegulasiType, string>> = {
  perbup: 'BUPATI',
  perwali: 'WALI KOTA',
  pergub: 'GUBERNUR',
};

/** "Kabupaten Kupang" → "KUPANG": the region as the title of its head names it. */
export function regionName(instansiName: string): string {
  return instansiName
    .replace(/^(Pemerintah\s+)?(Kabupaten|Kota|Provinsi)\s+/i, '')
    .trim()
    .toUpperCase();
}

export function regulasiOf(doc: RoadMapDocument): Regulasi | undefined {
  return doc.regulasi.find((r) => r.key === doc.roadMap.regulasiKey);
}

/** "BUPATI KUPANG" for a perbup of Kabupaten Kupang; "KEPALA DAERAH …" when the type has no head. */
export function headTitle(doc: RoadMapDocument): string {
  const reg = regulasiOf(doc);
  const head = (reg && HEAD_OF[reg.type]) ?? HEAD_OF[doc.instansi.kind === 'kota' ? 'perwali' : 'perbup']!;
  return `${head} ${regionName(doc.instansi.name)}`;
}

/** Only an enacted version (in force or superseded) prints as the Lampiran; a draft is marked DRAF. */
export const isDraft = (status: RoadMapStatus): boolean => status === 'draft';

/**
 * The block at the top right of the first page: "LAMPIRAN / PERATURAN BUPATI KUPANG / NOMOR 17 TAHUN
 * 2024 / TENTANG …". A draft has no number yet: the lines print dots where the number will go.
 */
export function lampiranHeading(doc: RoadMapDocument, status: RoadMapStatus): string[] {
  const reg = regulasiOf(doc);
  const lines = ['LAMPIRAN', `PERATURAN ${headTitle(doc)}`];
  if (isDraft(status) || !reg) {
    lines.push('NOMOR ..... TAHUN .....', `TENTANG ${doc.roadMap.title.toUpperCase()}`);
  } else {
    lines.push(`NOMOR ${reg.number} TAHUN ${reg.year}`, `TENTANG ${reg.title.toUpperCase()}`);
  }
  return lines;
}

export interface SignatureBlock {
  lines: string[];
  /** The line under the space left for the signature: the name, or dots when it is not recorded. */
  name: string;
}

/** "Ditetapkan di Oelamasi / pada tanggal 8 Mei 2024 / BUPATI KUPANG,"; null for a draft. */
export function signatureBlock(doc: RoadMapDocument, status: RoadMapStatus): SignatureBlock | null {
  if (isDraft(status)) return null;
  const reg = regulasiOf(doc);
  const place = reg?.place ?? '....................';
  const date = reg?.enactedAt ? formatDate(reg.enactedAt, 'id') : '....................';
  return {
    lines: [`Ditetapkan di ${place}`, `pada tanggal ${date}`, `${headTitle(doc)},`],
    name: '(....................................)',
  };
}

/** "Halaman 2 dari 5". */
export const pageLabel = (page: number, total: number): string => `Halaman ${page} dari ${total}`;

/**
 * Column widths (points) of a table whose columns are No, level 1, level 2, Indikator, Satuan,
 * Baseline, one column per target year and, for Tabel 2 and 3, the responsible PD. Text columns
 * share what the fixed ones leave, in the proportions of the printed Lampiran.
 */
export function columnWidths(targetYears: number, hasPd: boolean, total = USABLE_WIDTH): number[] {
  const no = 24;
  const unit = 50;
  const baseline = 58;
  const target = targetYears > 3 ? 44 : 54;
  const fixed = no + unit + baseline + target * targetYears;
  const shares = hasPd ? [1.3, 1.3, 1.3, 1.1] : [1.5, 1.5, 1.5];
  const sum = shares.reduce((a, b) => a + b, 0);
  const rest = total - fixed;
  const [l1, l2, ind, pd] = shares.map((s) => (rest * s) / sum);
  const widths = [no, l1!, l2!, ind!, unit, baseline, ...Array<number>(targetYears).fill(target)];
  if (hasPd) widths.push(pd!);
  return widths;
}

export interface PageSpace {
  /** Height for rows on the first page (below heading, title and table header). */
  first: number;
  /** Height for rows on every later page (below the repeated table header). */
  other: number;
  /** Height of the signature block; 0 for a draft. */
  signature: number;
  /** Rows the signature page must carry with it (never a signature alone). */
  keepRows?: number;
}

/**
 * Splits rows (given their heights) into pages: as many rows as fit on each page; then, when the
 * signature does not fit under the last rows, the last `keepRows` rows move to a new page with it.
 * Returns the row indices of each page. A row taller than a page gets a page of its own.
 */
export function paginate(heights: number[], space: PageSpace): number[][] {
  const pages: number[][] = [[]];
  let room = space.first;
  heights.forEach((h, i) => {
    const page = pages[pages.length - 1]!;
    if (h > room && page.length > 0) {
      pages.push([i]);
      room = space.other - h;
    } else {
      page.push(i);
      room -= h;
    }
  });
  if (space.signature > 0 && room < space.signature && heights.length > 1) keepWithSignature(pages, heights, space);
  return pages;
}

/** Moves the last rows (up to `keepRows`, as many as fit with the signature) to a page of their own. */
function keepWithSignature(pages: number[][], heights: number[], space: PageSpace): void {
  const moved: number[] = [];
  const total = () => moved.reduce((a, i) => a + heights[i]!, 0) + space.signature;
  while (moved.length < (space.keepRows ?? 2)) {
    const last = pages[pages.length - 1]!;
    const rowsLeft = pages.reduce((a, p) => a + p.length, 0);
    if (rowsLeft <= 1) break;
    moved.unshift(last.pop()!);
    if (moved.length > 1 && total() > space.other) {
      last.push(moved.shift()!);
      break;
    }
    if (last.length === 0) pages.pop();
  }
  pages.push(moved);
}
