// The shared report layout (progress report, LHEI): a long section's column headers are printed
// again on every page it runs onto, the draft mark shows until final, and both signers print.
import { describe, expect, it } from 'vitest';
import { reportPdfBuffer, type ReportModel } from '../src/server/report-export.ts';
import { hasPoppler, pageCount, pageText, pdfFile } from './helpers/pdf.ts';

const model = (draftMark: string | null): ReportModel => ({
  title: 'LAPORAN UJI',
  lines: ['Kabupaten Contoh', 'Tahun 2024'],
  ringkasan: [['Rencana aksi', 120, 'number']],
  narasiTitle: 'Uraian',
  narasi: 'Narasi.',
  sections: [
    {
      title: 'Daftar panjang',
      header: ['No', 'Kolom Rincian Kegiatan', 'Capaian (%)'],
      widths: [4, 60, 14],
      formats: ['number', 'text', 'percent'],
      rows: Array.from({ length: 120 }, (_, i) => [i + 1, `Rincian kegiatan ke-${i + 1}`, 87.5]),
      empty: '–',
    },
  ],
  draftMark,
  signers: [{ jabatan: 'Ketua Tim Evaluasi Internal', nama: 'Nama Ketua' }, { jabatan: 'Inspektur' }],
});

describe.skipIf(!hasPoppler())('report PDF layout', () => {
  it('repeats a long table header on each page and prints both signers', async () => {
    const file = pdfFile(await reportPdfBuffer(model(null)));
    const pages = pageCount(file);
    expect(pages).toBeGreaterThan(2);
    for (let p = 2; p <= pages; p++) expect(pageText(file, p)).toContain('Kolom Rincian Kegiatan');
    const last = pageText(file, pages);
    expect(last).toContain('Ketua Tim Evaluasi Internal');
    expect(last).toContain('Nama Ketua');
    expect(last).toContain(`Halaman ${pages} dari ${pages}`);
    expect(pageText(file, 1)).not.toContain('SEMENTARA');
  });

  it('marks a draft on its first page', async () => {
    const file = pdfFile(await reportPdfBuffer(model('SEMENTARA — belum final')));
    expect(pageText(file, 1)).toContain('SEMENTARA — belum final');
  });
});
