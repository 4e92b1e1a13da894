// Draws a Lampiran table with pdfkit: heading block, caption, the two-row table header (repeated on
// every page), rows with the No / level-1 / level-2 cells spanning their group, "Halaman x dari y"
// and the signature block kept with the last rows. Page breaks come from roadmap-pdf.layout.ts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPdfKit } from '../../lazy-libs.ts';
import type { RoadMapStatus } from '../../../domain/roadmap/types.ts';
import { PAGE, USABLE_WIDTH, columnWidths, pageLabel, paginate, type SignatureBlock } from './roadmap-pdf.layout.ts';
import { spanHeights, type PdfRow, type PdfTable } from './roadmap-pdf.table.ts';

/** DejaVu Sans Condensed: all of Latin (Indonesian names, "–", "≥"), narrow enough for Tabel 2. */
const FONT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../assets/fonts');
const REGULAR = 'lampiran';
const BOLD = 'lampiran-bold';
const SIZE = 8;
const PAD = 3;
const HEADER_ROW = 14;
const FOOTER = 24;
const SIGNATURE_HEIGHT = 110;

export interface LampiranInput {
  table: PdfTable;
  heading: string[];
  status: RoadMapStatus;
  signature: SignatureBlock | null;
  versionLabel: string;
}

type Doc = PDFKit.PDFDocument;

function textHeight(doc: Doc, text: string, width: number, bold = false): number {
  doc.font(bold ? BOLD : REGULAR).fontSize(SIZE);
  return doc.heightOfString(text || ' ', { width: width - 2 * PAD }) + 2 * PAD;
}

function headerHeight(doc: Doc, t: PdfTable, widths: number[]): number {
  const single = t.columns.map((c, i) =>
    i >= t.targetCol && i < t.targetCol + t.targetYears.length ? 0 : textHeight(doc, c, widths[i]!, true),
  );
  return Math.max(2 * HEADER_ROW, ...single);
}

function drawHeader(doc: Doc, t: PdfTable, widths: number[], y: number, h: number): void {
  doc.font(BOLD).fontSize(SIZE).lineWidth(0.6).strokeColor('#000000');
  let x = PAGE.margin;
  const years = t.targetYears.length;
  t.columns.forEach((label, i) => {
    const w = widths[i]!;
    const isYear = i >= t.targetCol && i < t.targetCol + years;
    doc.rect(x, y, w, h).fillAndStroke('#e6e6e6', '#000000').fillColor('#000000');
    if (isYear) {
      doc
        .moveTo(x, y + h / 2)
        .lineTo(x + w, y + h / 2)
        .stroke();
      doc.text(label, x + PAD, y + h / 2 + PAD, { width: w - 2 * PAD, align: 'center', lineBreak: false });
    } else {
      const th = textHeight(doc, label, w, true);
      doc.text(label, x + PAD, y + (h - th) / 2 + PAD, { width: w - 2 * PAD, align: 'center' });
    }
    x += w;
  });
  // The "Target" group cell over its year columns, as printed.
  const gx = PAGE.margin + widths.slice(0, t.targetCol).reduce((a, b) => a + b, 0);
  const gw = widths.slice(t.targetCol, t.targetCol + years).reduce((a, b) => a + b, 0);
  doc
    .rect(gx, y, gw, h / 2)
    .fillAndStroke('#e6e6e6', '#000000')
    .fillColor('#000000');
  doc.text('Target', gx + PAD, y + PAD, { width: gw - 2 * PAD, align: 'center', lineBreak: false });
}

/** Height of the rows on the page from `k` to the end of the group that starts there. */
function spanOnPage(t: PdfTable, pageRows: number[], heights: number[], k: number, level: 1 | 2): number {
  let h = heights[pageRows[k]!]!;
  for (let j = k + 1; j < pageRows.length; j++) {
    const r = t.rows[pageRows[j]!]!;
    if (r.firstOfLevel1 || (level === 2 && r.firstOfLevel2)) break;
    h += heights[pageRows[j]!]!;
  }
  return h;
}

interface RowBox {
  y: number;
  h: number;
  topOfPage: boolean;
  /** Heights of the level-1 and level-2 spans starting at this row on this page. */
  span1: number;
  span2: number;
}

function drawRow(doc: Doc, t: PdfTable, row: PdfRow, widths: number[], box: RowBox): void {
  const { y, h, topOfPage } = box;
  const lastNumeric = t.targetCol + t.targetYears.length;
  let x = PAGE.margin;
  doc.font(REGULAR).fontSize(SIZE).fillColor('#000000').lineWidth(0.6);
  row.cells.forEach((text, i) => {
    const w = widths[i]!;
    const spanning = i <= 2;
    const starts = i === 2 ? row.firstOfLevel2 || row.firstOfLevel1 : row.firstOfLevel1;
    // Spanning cells print at the start of their group and again at the top of a page.
    if (!spanning || starts || topOfPage) {
      doc.text(text, x + PAD, y + PAD, {
        width: w - 2 * PAD,
        height: (i === 2 ? box.span2 : i < 2 ? box.span1 : h) - PAD,
        ellipsis: true,
        align: i === 0 ? 'center' : i >= 5 && i < lastNumeric ? 'right' : 'left',
      });
    }
    if (!spanning || starts || topOfPage)
      doc
        .moveTo(x, y)
        .lineTo(x + w, y)
        .stroke();
    doc
      .moveTo(x, y)
      .lineTo(x, y + h)
      .stroke();
    x += w;
  });
  doc
    .moveTo(x, y)
    .lineTo(x, y + h)
    .stroke();
}

function drawHeading(doc: Doc, input: LampiranInput): number {
  const w = 300;
  const x = PAGE.width - PAGE.margin - w;
  doc.font(REGULAR).fontSize(9).fillColor('#000000');
  doc.text(input.heading.join('\n'), x, PAGE.margin, { width: w });
  let y = doc.y + 10;
  doc.font(BOLD).fontSize(10);
  doc.text(input.table.caption, PAGE.margin, y, { width: USABLE_WIDTH, align: 'center' });
  doc.text(input.table.title, PAGE.margin, doc.y + 2, { width: USABLE_WIDTH, align: 'center' });
  y = doc.y + 8;
  return y;
}

function drawDraftMark(doc: Doc, label: string): void {
  doc.save();
  doc.font(BOLD).fontSize(110).fillColor('#000000').fillOpacity(0.08);
  doc.rotate(-25, { origin: [PAGE.width / 2, PAGE.height / 2] });
  doc.text('DRAF', 0, PAGE.height / 2 - 60, { width: PAGE.width, align: 'center', lineBreak: false });
  doc.restore();
  doc.font(BOLD).fontSize(9).fillColor('#b00000');
  doc.text(`DRAF — belum ditetapkan (${label}); bukan Lampiran resmi`, PAGE.margin, PAGE.margin - 18, {
    width: USABLE_WIDTH,
    lineBreak: false,
  });
  doc.fillColor('#000000');
}

function drawSignature(doc: Doc, s: SignatureBlock, y: number): void {
  const w = 260;
  const x = PAGE.width - PAGE.margin - w;
  doc.font(REGULAR).fontSize(9).fillColor('#000000');
  doc.text(s.lines.slice(0, 2).join('\n'), x, y + 12, { width: w });
  doc.font(BOLD).text(s.lines[2]!, x, doc.y + 4, { width: w, align: 'center' });
  doc.font(BOLD).text(s.name, x, y + SIGNATURE_HEIGHT - 16, { width: w, align: 'center' });
}

function drawFooter(doc: Doc, page: number, total: number): void {
  doc.font(REGULAR).fontSize(8).fillColor('#000000');
  doc.text(pageLabel(page, total), PAGE.margin, PAGE.height - FOOTER, {
    width: USABLE_WIDTH,
    align: 'right',
    lineBreak: false,
  });
}

function render(doc: Doc, input: LampiranInput): void {
  const t = input.table;
  const widths = columnWidths(t.targetYears.length, t.layout.hasPd);
  const own = t.rows.map((r) =>
    Math.max(...r.cells.map((c, i) => (i <= 2 ? 0 : textHeight(doc, c, widths[i]!))), 2 * PAD + SIZE * 1.2),
  );
  const heights = spanHeights(t.rows, own, (i, text) => textHeight(doc, text, widths[i]!));
  const hh = headerHeight(doc, t, widths);
  const top = drawHeading(doc, input);
  const bottom = PAGE.height - PAGE.margin - FOOTER / 2;
  const pages = paginate(heights, {
    first: bottom - top - hh,
    other: bottom - PAGE.margin - hh,
    signature: input.signature ? SIGNATURE_HEIGHT : 0,
  });
  pages.forEach((rows, p) => {
    if (p > 0) doc.addPage();
    let y = p === 0 ? top : PAGE.margin;
    drawHeader(doc, t, widths, y, hh);
    y += hh;
    rows.forEach((ri, k) => {
      const h = heights[ri]!;
      const span1 = spanOnPage(t, rows, heights, k, 1);
      drawRow(doc, t, t.rows[ri]!, widths, {
        y,
        h,
        topOfPage: k === 0,
        span1,
        span2: spanOnPage(t, rows, heights, k, 2),
      });
      y += heights[ri]!;
    });
    doc
      .moveTo(PAGE.margin, y)
      .lineTo(PAGE.margin + USABLE_WIDTH, y)
      .stroke();
    if (p === pages.length - 1 && input.signature) drawSignature(doc, input.signature, y);
    if (input.status === 'draft') drawDraftMark(doc, input.versionLabel);
    drawFooter(doc, p + 1, pages.length);
  });
}

export async function renderLampiranPdf(input: LampiranInput): Promise<Buffer> {
  const PDFDocument = await loadPdfKit();
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      layout: 'landscape',
      margin: 0,
      info: { Title: `${input.table.caption} ${input.table.title}`, Creator: 'Peta RB' },
    });
    doc.registerFont(REGULAR, path.join(FONT_DIR, 'DejaVuSansCondensed.ttf'));
    doc.registerFont(BOLD, path.join(FONT_DIR, 'DejaVuSansCondensed-Bold.ttf'));
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    render(doc, input);
    doc.end();
  });
}
