// An A4 portrait report as PDF, the way the meeting minutes and the progress reports print: the
// vendored DejaVu fonts ('regular', 'bold'), table rows that break to a new page as a whole,
// headings kept with what follows, and "Halaman x dari y" under every page.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPdfKit } from './lazy-libs.ts';

const FONT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../assets/fonts');
export const MARGIN = 50;

export type Doc = PDFKit.PDFDocument;

/**
 * One table row; the header row (bold) is shaded. The row moves to a new page when it would not fit,
 * and there the table's header (when given) is printed again above it.
 */
export function tableRow(doc: Doc, widths: number[], cells: string[], bold = false, header?: string[]) {
  doc.font(bold ? 'bold' : 'regular').fontSize(9);
  const h = Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: widths[i]! - 6 }))) + 8;
  if (doc.y + h > doc.page.height - MARGIN - 20) {
    doc.addPage();
    if (header) {
      tableRow(doc, widths, header, true);
      doc.font(bold ? 'bold' : 'regular').fontSize(9);
    }
  }
  const y = doc.y;
  let x = MARGIN;
  cells.forEach((c, i) => {
    const w = widths[i]!;
    if (bold) doc.rect(x, y, w, h).fillAndStroke('#e6e6e6', '#000000').fillColor('#000000');
    else doc.rect(x, y, w, h).stroke('#000000');
    doc.text(c, x + 3, y + 4, { width: w - 6 });
    x += w;
  });
  doc.x = MARGIN;
  doc.y = y + h;
}

/** A section heading, moved to the next page when too little room would follow it. */
export function heading(doc: Doc, text: string) {
  if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
  doc.moveDown(0.8).font('bold').fontSize(11).text(text, MARGIN, doc.y);
  doc.moveDown(0.3).font('regular').fontSize(10);
}

export const contentWidth = (doc: Doc) => doc.page.width - 2 * MARGIN;

export async function renderPortraitPdf(title: string, draw: (doc: Doc) => void): Promise<Buffer> {
  const PDFDocument = await loadPdfKit();
  return new Promise<Buffer>((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      bufferPages: true,
      info: { Title: title, Creator: 'Peta RB' },
    });
    doc.registerFont('regular', path.join(FONT_DIR, 'DejaVuSansCondensed.ttf'));
    doc.registerFont('bold', path.join(FONT_DIR, 'DejaVuSansCondensed-Bold.ttf'));
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    const range = doc.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      doc.switchToPage(range.start + i);
      // Written inside the bottom margin: without this pdfkit would start a new page for it.
      doc.page.margins.bottom = 0;
      doc
        .font('regular')
        .fontSize(8)
        .text(`Halaman ${i + 1} dari ${range.count}`, MARGIN, doc.page.height - MARGIN + 10, {
          width: doc.page.width - 2 * MARGIN,
          align: 'center',
          lineBreak: false,
        });
    }
    doc.end();
  });
}
