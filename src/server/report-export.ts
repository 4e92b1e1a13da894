// A report of the monitoring and evaluation round (the progress report, the LHEI) as an A4 PDF —
// official headings, a summary, the narrative, numbered sections whose column headers repeat on
// every page they run onto, page numbers, a signature block kept on the page of its last lines,
// and a draft mark until it is final — and as a workbook (one sheet per section, numbers as numbers with their formats). The
// feature builds the ReportModel; this only lays it out.
import { formatNumber, formatRupiah } from '../domain/format/number.ts';
import { formatDate } from '../domain/format/date.ts';
import { loadExcel } from './lazy-libs.ts';
import { contentWidth, heading, MARGIN, renderPortraitPdf, tableRow, type Doc } from './pdf-portrait.ts';

export type Cell = string | number | null;
export interface Section {
  title: string;
  header: string[];
  /** Column widths relative to each other (the PDF scales them to the page). */
  widths: number[];
  /** Which columns hold money (Rp) or percents, for the workbook's number formats. */
  formats: ('text' | 'number' | 'percent' | 'rupiah')[];
  rows: Cell[][];
  empty: string;
}

/** Who signs: the office, and the name and NIP when known (else dotted lines to sign over). */
export interface Signer {
  jabatan: string;
  nama?: string | null;
  nip?: string | null;
}

export interface ReportModel {
  title: string;
  lines: string[];
  ringkasan: [string, Cell, 'number' | 'percent' | 'rupiah' | 'text'][];
  narasiTitle: string;
  narasi: string;
  sections: Section[];
  /** The mark printed while the report is not final (null: final). */
  draftMark: string | null;
  signers: Signer[];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

function text(c: Cell, format: string): string {
  if (c === null) return '–';
  if (typeof c === 'string') return ISO_DAY.test(c) ? formatDate(c, 'id') : c;
  if (format === 'rupiah') return formatRupiah(c);
  return formatNumber(c, 'id', { maxDecimals: 2 });
}

function signatures(doc: Doc, signers: Signer[]) {
  const width = contentWidth(doc);
  // The block stays with the report's last lines rather than alone on a page of its own.
  if (doc.y > doc.page.height - MARGIN - 150) doc.addPage();
  doc.moveDown(2);
  const y = doc.y;
  const w = width / Math.max(2, signers.length);
  signers.forEach((s, i) => {
    const x = MARGIN + (signers.length === 1 ? width / 2 : i * w);
    doc.font('regular').fontSize(10).text(`${s.jabatan},`, x, y, { width: w, align: 'center' });
    doc
      .font(s.nama ? 'bold' : 'regular')
      .text(s.nama ?? '(................................................)', x, y + 70, { width: w, align: 'center' });
    if (s.nama)
      doc
        .font('regular')
        .text(s.nip ? `NIP ${s.nip}` : 'NIP ...............................', { width: w, align: 'center' });
  });
}

function draw(doc: Doc, m: ReportModel) {
  const width = contentWidth(doc);
  doc.font('bold').fontSize(13).text(m.title, { align: 'center' });
  doc.font('regular').fontSize(10);
  for (const l of m.lines) doc.text(l, { align: 'center' });
  if (m.draftMark) doc.fillColor('#b00000').text(m.draftMark, { align: 'center' }).fillColor('#000000');
  heading(doc, 'I. Ringkasan');
  for (const [label, value, format] of m.ringkasan) {
    const y = doc.y;
    doc
      .font('regular')
      .fontSize(10)
      .text(label, MARGIN, y, { width: width * 0.6 });
    doc.text(`: ${text(value, format)}`, MARGIN + width * 0.6, y, { width: width * 0.4 });
  }
  heading(doc, `II. ${m.narasiTitle}`);
  doc.text(m.narasi || '–', { width });
  m.sections.forEach((s, i) => {
    heading(doc, `${ROMAN[i + 2]}. ${s.title}`);
    if (s.rows.length === 0) {
      doc.text(s.empty, { width });
      return;
    }
    const total = s.widths.reduce((a, b) => a + b, 0);
    const widths = s.widths.map((w) => (w / total) * width);
    tableRow(doc, widths, s.header, true);
    for (const row of s.rows)
      tableRow(
        doc,
        widths,
        row.map((c, j) => text(c, s.formats[j]!)),
        false,
        s.header,
      );
  });
  signatures(doc, m.signers);
}

export const reportPdfBuffer = (m: ReportModel) =>
  renderPortraitPdf(`${m.title} — ${m.lines[1] ?? ''}`, (doc) => draw(doc, m));

const NUM_FMT = { number: '0', percent: '0.00', rupiah: '"Rp" #,##0', text: '@' } as const;

export async function reportXlsxBuffer(m: ReportModel): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  const sum = wb.addWorksheet('Ringkasan');
  sum.addRow([m.title]).font = { bold: true, size: 13 };
  for (const l of m.lines) sum.addRow([l]);
  if (m.draftMark) sum.addRow([m.draftMark]).font = { color: { argb: 'FFB00000' } };
  sum.addRow([]);
  for (const [label, value, format] of m.ringkasan) sum.addRow([label, value]).getCell(2).numFmt = NUM_FMT[format];
  sum.addRow([]);
  sum.addRow([m.narasiTitle]).font = { bold: true };
  const narasi = sum.addRow([m.narasi]);
  narasi.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  sum.mergeCells(narasi.number, 1, narasi.number, 2);
  sum.columns.forEach((c, i) => (c.width = [45, 22][i]));
  for (const s of m.sections) {
    const ws = wb.addWorksheet(s.title.slice(0, 31).replace(/[:\\/?*[\]]/g, ' '), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    ws.addRow(s.header).font = { bold: true };
    for (const r of s.rows) {
      const row = ws.addRow(r.map((c) => (typeof c === 'string' && ISO_DAY.test(c) ? new Date(`${c}T00:00:00Z`) : c)));
      s.formats.forEach((f, j) => {
        if (f !== 'text') row.getCell(j + 1).numFmt = NUM_FMT[f];
        else if (typeof r[j] === 'string' && ISO_DAY.test(r[j])) row.getCell(j + 1).numFmt = 'dd/mm/yyyy';
      });
    }
    ws.columns.forEach((c, i) => (c.width = Math.max(8, (s.widths[i] ?? 10) * 1.6)));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
