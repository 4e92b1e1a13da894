// A progress report as an A4 PDF (official report headings, numbered sections, page numbers, a
// signature block; DRAF while not submitted) and as a workbook (one sheet per section, numbers as
// numbers with their formats), both from reportModel.
import { formatNumber, formatRupiah } from '../../../domain/format/number.ts';
import { formatDate } from '../../../domain/format/date.ts';
import { loadExcel } from '../../lazy-libs.ts';
import { contentWidth, heading, MARGIN, renderPortraitPdf, tableRow, type Doc } from '../../pdf-portrait.ts';
import type { Cell, ReportModel } from './laporan-export.model.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

function text(c: Cell, format: string): string {
  if (c === null) return '–';
  if (typeof c === 'string') return ISO_DAY.test(c) ? formatDate(c, 'id') : c;
  if (format === 'rupiah') return formatRupiah(c);
  return formatNumber(c, 'id', { maxDecimals: 2 });
}

function draw(doc: Doc, m: ReportModel, signer: string) {
  const width = contentWidth(doc);
  doc.font('bold').fontSize(13).text(m.title, { align: 'center' });
  doc.font('regular').fontSize(10);
  for (const l of m.lines) doc.text(l, { align: 'center' });
  if (m.draft) doc.fillColor('#b00000').text('DRAF — belum diajukan', { align: 'center' }).fillColor('#000000');
  heading(doc, 'I. Ringkasan');
  for (const [label, value, format] of m.ringkasan) {
    const y = doc.y;
    doc
      .font('regular')
      .fontSize(10)
      .text(label, MARGIN, y, { width: width * 0.6 });
    doc.text(`: ${text(value, format)}`, MARGIN + width * 0.6, y, { width: width * 0.4 });
  }
  heading(doc, 'II. Uraian kemajuan');
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
      );
  });
  if (doc.y > doc.page.height - MARGIN - 130) doc.addPage();
  doc.moveDown(2);
  const y = doc.y;
  doc.text(`${signer},`, MARGIN + width / 2, y, { width: width / 2, align: 'center' });
  doc.text('(................................................)', MARGIN + width / 2, y + 70, {
    width: width / 2,
    align: 'center',
  });
}

export const laporanPdfBuffer = (m: ReportModel, signer: string) =>
  renderPortraitPdf(`${m.title} — ${m.lines[1] ?? ''}`, (doc) => draw(doc, m, signer));

const NUM_FMT = { number: '0', percent: '0.00', rupiah: '"Rp" #,##0', text: '@' } as const;

export async function laporanXlsxBuffer(m: ReportModel): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  const sum = wb.addWorksheet('Ringkasan');
  sum.addRow([m.title]).font = { bold: true, size: 13 };
  for (const l of m.lines) sum.addRow([l]);
  if (m.draft) sum.addRow(['DRAF — belum diajukan']).font = { color: { argb: 'FFB00000' } };
  sum.addRow([]);
  for (const [label, value, format] of m.ringkasan) sum.addRow([label, value]).getCell(2).numFmt = NUM_FMT[format];
  sum.addRow([]);
  sum.addRow(['Uraian kemajuan']).font = { bold: true };
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
