// The internal evaluation report as a download: an xlsx workbook an Excel user can keep working
// in (worksheet, summary, recommendations; values and scores as numbers) and a printable PDF with
// page numbers and the signature block — kept with the last rows, never alone on a page, and
// without a date of enactment ("Ditetapkan") while the result is provisional.
import { loadExcel, loadPdfKit } from '../../lazy-libs.ts';
import type { Db } from '../../../db/client.ts';
import type { RoleAssignment } from '../../../domain/permissions.ts';
import { reportModel, type ReportModel } from './evaluasi-report.model.ts';

export async function evaluasiReportXlsx(
  db: Db,
  roles: readonly RoleAssignment[],
  instansiId: string,
  year: number,
): Promise<Buffer> {
  const m = await reportModel(db, roles, instansiId, year);
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Peta RB';
  const ws = wb.addWorksheet('Lembar Kerja', { views: [{ state: 'frozen', ySplit: 4 }] });
  ws.addRow([`LEMBAR KERJA EVALUASI REFORMASI BIROKRASI ${m.year}`]).font = { bold: true, size: 13 };
  ws.addRow([m.instansi, '', `Konfigurasi: ${m.configLabel}`]);
  ws.addRow([]);
  const header = ws.addRow(['Kode', 'Komponen / Indikator', 'Bobot', 'Nilai', 'Skor', 'Sumber', 'Catatan evaluator']);
  header.font = { bold: true };
  header.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
    c.border = { bottom: { style: 'thin' } };
  });
  for (const r of m.rows) {
    // Values and scores are numbers (a level keeps its code and label as text).
    const row = ws.addRow([
      r.code,
      `${'  '.repeat(r.depth)}${r.name}`,
      r.weight,
      r.rawValue ?? (r.raw === '—' ? null : r.raw),
      r.applicable ? r.scoreValue : null,
      r.source,
      r.notes,
    ]);
    row.getCell(5).numFmt = '0.00';
    if (r.rawValue !== null) row.getCell(4).numFmt = '0.####';
    if (r.kind === 'component') row.font = { bold: true };
    if (!r.applicable) row.font = { italic: true, color: { argb: 'FF808080' } };
  }
  ws.columns.forEach((c, i) => (c.width = [10, 60, 8, 22, 10, 45, 40][i]));
  ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };

  const sum = wb.addWorksheet('Ringkasan');
  sum.addRow(['Hasil evaluasi internal', `${m.instansi} — ${m.year}`]).font = { bold: true };
  const v = m.values;
  for (const [k, value] of [
    ['RB General', v.rbGeneral],
    ['Koefisien', v.koefisien],
    ['Bobot penyesuaian', v.bobotPenyesuaian],
    ['RB General setelah penyesuaian', v.rbGeneralPenyesuaian],
    ['RB Tematik', v.rbTematik],
    ['Indeks RB', v.indeks],
    ['Predikat', m.totals.predikat],
    ['Status', m.status === 'closed' ? 'Ditutup (final)' : 'Terbuka — hasil sementara'],
  ] as const) {
    const row = sum.addRow([k, value]);
    if (typeof value === 'number') row.getCell(2).numFmt = '0.00';
  }
  sum.addRow([]);
  sum.addRow(['Tema RB Tematik', 'Skor', 'Maksimum']).font = { bold: true };
  for (const th of m.themes) {
    const row = sum.addRow([th.name, th.scoreValue, th.maxValue]);
    row.getCell(2).numFmt = row.getCell(3).numFmt = '0.00';
  }
  sum.addRow([]);
  sum.addRow(['Riwayat Indeks RB', 'Sumber', 'Indeks', 'Predikat']).font = { bold: true };
  for (const h of m.history) sum.addRow([h.year, h.source, h.indeksValue, h.predikat]).getCell(3).numFmt = '0.00';
  sum.columns.forEach((c, i) => (c.width = [40, 25, 12, 10][i]));

  const rec = wb.addWorksheet('Rekomendasi');
  rec.addRow(['No', 'Baris LKE', 'Rekomendasi', 'Perangkat daerah', 'Tenggat', 'Status', 'Tindak lanjut']).font = {
    bold: true,
  };
  m.rekomendasi.forEach((r, i) => rec.addRow([i + 1, r.lineCode, r.body, r.pd, r.dueDate, r.status, r.followUps]));
  rec.columns.forEach((c, i) => (c.width = [5, 10, 60, 35, 18, 30, 12][i]));
  rec.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function pdfBuffer(build: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const PDFDocument = await loadPdfKit();
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      layout: 'landscape',
      margin: 36,
      bufferPages: true,
      info: { Title: 'Laporan Evaluasi RB', Creator: 'Peta RB' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    build(doc);
    const range = doc.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      doc.switchToPage(range.start + i);
      // Written inside the bottom margin: without this pdfkit would start a new page for it.
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc
        .font('Helvetica')
        .fontSize(8)
        .fillColor('#000000')
        .text(`Halaman ${i + 1} dari ${range.count}`, doc.page.margins.left, doc.page.height - bottom + 12, {
          width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
          align: 'center',
          lineBreak: false,
        });
    }
    doc.end();
  });
}

/** The height the signature block needs below the last lines (it never stands alone on a page). */
const SIGNATURE_HEIGHT = 140;

function table(
  doc: PDFKit.PDFDocument,
  widths: number[],
  cells: string[],
  opts: { bold?: boolean; grey?: boolean; keepWith?: number } = {},
) {
  const x0 = doc.page.margins.left;
  doc
    .font(opts.bold ? 'Helvetica-Bold' : 'Helvetica')
    .fontSize(8)
    .fillColor(opts.grey ? '#777777' : '#000000');
  const height = Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: widths[i]! - 4 }))) + 4;
  if (doc.y + height + (opts.keepWith ?? 0) > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const y = doc.y;
  let x = x0;
  cells.forEach((c, i) => {
    doc.text(c, x + 2, y + 2, { width: widths[i]! - 4 });
    x += widths[i]!;
  });
  doc
    .moveTo(x0, y + height)
    .lineTo(x, y + height)
    .strokeColor('#cccccc')
    .lineWidth(0.5)
    .stroke();
  doc.x = x0;
  doc.y = y + height;
}

function renderPdf(doc: PDFKit.PDFDocument, m: ReportModel) {
  doc
    .font('Helvetica-Bold')
    .fontSize(14)
    .text(`LAPORAN HASIL EVALUASI INTERNAL REFORMASI BIROKRASI TAHUN ${m.year}`, { align: 'center' });
  doc.font('Helvetica').fontSize(11).text(m.instansi, { align: 'center' });
  doc
    .fontSize(9)
    .text(`${m.configLabel}${m.configFromEarlierYear ? ' (konfigurasi tahun sebelumnya)' : ''}`, { align: 'center' });
  doc.text(m.status === 'closed' ? 'Status: ditutup (final)' : 'Status: terbuka — hasil sementara', {
    align: 'center',
  });
  if (m.status !== 'closed')
    doc
      .font('Helvetica-Bold')
      .fillColor('#b00000')
      .text('SEMENTARA — belum ditetapkan', { align: 'center' })
      .fillColor('#000000');
  doc.moveDown();
  const t = m.totals;
  doc.font('Helvetica-Bold').fontSize(11).text(`Indeks RB ${t.indeks} — Predikat ${t.predikat}`);
  doc
    .font('Helvetica')
    .fontSize(9)
    .text(
      `RB General ${t.rbGeneral}; koefisien ${t.koefisien}; bobot penyesuaian ${t.bobotPenyesuaian}; RB General setelah penyesuaian ${t.rbGeneralPenyesuaian}; RB Tematik ${t.rbTematik}.`,
    );
  if (t.missing.length) doc.text(`Baris berlaku tanpa nilai (dihitung 0): ${t.missing.join(', ')}.`);
  doc.moveDown(0.5);
  const w = [45, 300, 40, 110, 45, 230];
  table(doc, w, ['Kode', 'Komponen / Indikator', 'Bobot', 'Nilai', 'Skor', 'Sumber / catatan'], { bold: true });
  for (const r of m.rows)
    table(
      doc,
      w,
      [
        r.code,
        `${'   '.repeat(r.depth)}${r.name}`,
        r.weight.toLocaleString('id-ID'),
        r.raw,
        r.score,
        [r.source, r.notes].filter(Boolean).join(' — '),
      ],
      { bold: r.kind === 'component', grey: !r.applicable },
    );
  doc.moveDown();
  doc.font('Helvetica-Bold').fontSize(11).text('Rekomendasi');
  const rw = [25, 50, 330, 170, 70, 125];
  table(doc, rw, ['No', 'Baris', 'Rekomendasi', 'Perangkat daerah', 'Tenggat', 'Status'], { bold: true });
  // The last row printed carries the signature block with it onto a new page when both do not fit.
  const last = m.history.length ? null : m.rekomendasi.length - 1;
  if (m.rekomendasi.length === 0) {
    if (!m.history.length && doc.y + 14 + SIGNATURE_HEIGHT > doc.page.height - doc.page.margins.bottom) doc.addPage();
    doc.font('Helvetica').fontSize(9).text('Belum ada rekomendasi.');
  }
  m.rekomendasi.forEach((r, i) =>
    table(doc, rw, [String(i + 1), r.lineCode, r.body, r.pd, r.dueDate, r.status], {
      keepWith: i === last ? SIGNATURE_HEIGHT : 0,
    }),
  );
  doc.moveDown();
  if (m.history.length) {
    doc.font('Helvetica-Bold').fontSize(11).text('Riwayat Indeks RB');
    const hw = [60, 160, 80, 80];
    table(doc, hw, ['Tahun', 'Sumber', 'Indeks', 'Predikat'], { bold: true });
    m.history.forEach((h, i) =>
      table(doc, hw, [String(h.year), h.source, h.indeks, h.predikat], {
        keepWith: i === m.history.length - 1 ? SIGNATURE_HEIGHT : 0,
      }),
    );
  }
  // Signatures: the report is signed by the head of the APIP and the evaluation team leader. A
  // provisional report is not "ditetapkan": it carries no date of enactment.
  if (doc.y + SIGNATURE_HEIGHT - 20 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.moveDown(2);
  const y = doc.y;
  const left = doc.page.margins.left;
  const right = doc.page.width - doc.page.margins.right - 250;
  doc.font('Helvetica').fontSize(9);
  doc.text(
    m.status === 'closed' ? `Ditetapkan pada ${m.generatedOn}` : `Hasil sementara, dicetak ${m.generatedOn}`,
    right,
    y,
    { width: 250, align: 'center' },
  );
  doc.text('Ketua Tim Evaluator Internal', left, y + 14, { width: 250, align: 'center' });
  doc.text(`Inspektur ${m.instansi.replace(/^Pemerintah /, '')}`, right, y + 14, { width: 250, align: 'center' });
  doc.text('(................................................)', left, y + 80, { width: 250, align: 'center' });
  doc.text('(................................................)', right, y + 80, { width: 250, align: 'center' });
  doc.text('NIP.', left, y + 94, { width: 250, align: 'center' });
  doc.text('NIP.', right, y + 94, { width: 250, align: 'center' });
}

export async function evaluasiReportPdf(
  db: Db,
  roles: readonly RoleAssignment[],
  instansiId: string,
  year: number,
): Promise<Buffer> {
  const m = await reportModel(db, roles, instansiId, year);
  return pdfBuffer((doc) => renderPdf(doc, m));
}
