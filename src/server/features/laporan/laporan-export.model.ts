// What the PDF and the workbook of a progress report print, built once from its detail: the title
// lines, the summary as label/value pairs (numbers stay numbers), and each section's header and
// rows. The two renderers only lay this out.
import { REKOMENDASI_STATUS_LABEL, type RekomendasiStatus } from '../../../domain/evaluasi/rekomendasi.ts';
import type { LaporanDetail } from '../../../domain/contracts/laporan.ts';
import { STATUS_LABELS } from '../../../domain/capaian/status.ts';
import { formatDate } from '../../../domain/format/date.ts';
import { JENIS_RAPAT_LABELS, type JenisRapat } from '../../../domain/rapat/rapat.ts';
import { STATUS_LAPORAN_LABELS } from '../../../domain/laporan/laporan.ts';

import type { ReportModel, Section } from '../../report-export.ts';

const SIGNER = { pokja: 'Ketua pokja', pd: 'Kepala perangkat daerah', instansi: 'Koordinator STU' } as const;

export function reportModel(
  d: LaporanDetail,
  instansi: string,
  pdName: (k: string | null) => string,
  periodLabel: string,
): ReportModel {
  const r = d.ringkasan;
  const jenis = { pokja: 'Pokja', pd: 'Perangkat daerah', instansi: 'Instansi' }[d.laporan.jenis];
  const pleno = d.plenoOptions.find((m) => m.id === d.laporan.rapatId);
  const sections: Section[] = [
    {
      title: 'Capaian indikator',
      header: ['No', 'Indikator', 'PD', 'Target', 'Realisasi', 'Capaian (%)', 'Status', 'Peringatan dini'],
      widths: [4, 24, 10, 10, 10, 10, 10, 16],
      formats: ['number', 'text', 'text', 'text', 'text', 'percent', 'text', 'text'],
      rows: d.isi.indikator.map((i, n) => [
        n + 1,
        i.name,
        pdName(i.pdKey),
        i.target ?? '–',
        i.realisasi ?? '–',
        i.capaian,
        STATUS_LABELS[i.status].id,
        i.earlyWarning ?? '',
      ]),
      empty: 'Tidak ada indikator dalam lingkup laporan ini.',
    },
    {
      title: 'Rencana aksi: output dan anggaran',
      header: [
        'No',
        'Rincian kegiatan',
        'PD',
        'Target periode',
        'Realisasi',
        'Capaian (%)',
        'Pagu (Rp)',
        'Realisasi anggaran (Rp)',
      ],
      widths: [4, 24, 10, 9, 10, 10, 14, 14],
      formats: ['number', 'text', 'text', 'number', 'number', 'percent', 'rupiah', 'rupiah'],
      rows: d.isi.rencanaAksi.map((a, n) => [
        n + 1,
        `${a.rincianKegiatan} (${a.indikatorOutput}, ${a.satuan})${a.tertinggal ? ' — tertinggal' : ''}`,
        pdName(a.pdKey),
        a.target,
        a.realisasi,
        a.capaian,
        a.pagu,
        a.anggaranRealisasi,
      ]),
      empty: 'Tidak ada rencana aksi dalam lingkup laporan ini.',
    },
    {
      title: 'Rapat dan tindak lanjut keputusan',
      header: ['No', 'Tanggal', 'Rapat', 'Keputusan', 'Terbuka', 'Selesai', 'Terverifikasi', 'Terlambat'],
      widths: [4, 11, 27, 11, 9, 9, 12, 10],
      formats: ['number', 'text', 'text', 'number', 'number', 'number', 'number', 'number'],
      rows: d.isi.rapat.map((m, n) => [
        n + 1,
        m.tanggal,
        `${m.judul} (${JENIS_RAPAT_LABELS[m.jenis as JenisRapat]?.id ?? m.jenis})`,
        m.keputusan.jumlah,
        m.keputusan.terbuka,
        m.keputusan.selesai,
        m.keputusan.terverifikasi,
        m.keputusan.terlambat,
      ]),
      empty: 'Tidak ada rapat yang tercatat pada periode ini.',
    },
    {
      title: 'Rekomendasi evaluasi yang masih terbuka',
      header: ['No', 'Rekomendasi', 'PD', 'Tenggat', 'Status'],
      widths: [4, 50, 14, 12, 14],
      formats: ['number', 'text', 'text', 'text', 'text'],
      rows: d.isi.rekomendasi.map((x, n) => [
        n + 1,
        x.body,
        pdName(x.pdKey),
        x.dueDate,
        `${REKOMENDASI_STATUS_LABEL[x.status as RekomendasiStatus]?.id ?? x.status}${x.overdue ? ' (terlambat)' : ''}`,
      ]),
      empty: 'Tidak ada rekomendasi yang masih terbuka.',
    },
  ];
  if (d.laporan.jenis === 'instansi')
    sections.push({
      title: 'Laporan pokja',
      header: ['No', 'Pokja', 'Status', 'Narasi'],
      widths: [4, 20, 10, 60],
      formats: ['number', 'text', 'text', 'text'],
      rows: d.isi.bagian.map((b, n) => [
        n + 1,
        b.nama,
        b.status === 'belum' ? 'Belum disusun' : STATUS_LAPORAN_LABELS[b.status].id,
        b.narasi,
      ]),
      empty: 'Struktur STU tahun ini belum memiliki pokja.',
    });
  return {
    title: 'LAPORAN KEMAJUAN REFORMASI BIROKRASI',
    lines: [
      instansi,
      d.laporan.jenis === 'instansi'
        ? 'Tingkat instansi (gabungan laporan pokja)'
        : `${jenis}: ${d.laporan.lingkupNama}`,
      periodLabel,
      ...(pleno ? [`Dipresentasikan pada ${pleno.judul}, ${formatDate(pleno.tanggal, 'id')}`] : []),
    ],
    ringkasan: [
      ['Indikator dipantau', r.indikator.jumlah, 'number'],
      ['Indikator dengan realisasi', r.indikator.terisi, 'number'],
      ['Rata-rata capaian (%)', r.indikator.rataCapaian, 'percent'],
      ['Indikator dengan peringatan dini', r.indikator.peringatanDini, 'number'],
      ['Rencana aksi', r.rencanaAksi.jumlah, 'number'],
      ['Rencana aksi tertinggal', r.rencanaAksi.tertinggal, 'number'],
      ['Pagu rencana aksi (Rp)', r.rencanaAksi.pagu, 'rupiah'],
      ['Realisasi anggaran (Rp)', r.rencanaAksi.anggaranRealisasi, 'rupiah'],
      ['Serapan anggaran (%)', r.rencanaAksi.serapan, 'percent'],
      ['Rapat diselenggarakan', r.rapat.jumlah, 'number'],
      ['Keputusan rapat', r.rapat.keputusan, 'number'],
      ['Tindak lanjut terbuka', r.rapat.terbuka, 'number'],
      ['Tindak lanjut terlambat', r.rapat.terlambat, 'number'],
      ['Pengaduan diterima', r.pengaduan.diterima, 'number'],
      ['Pengaduan ditindaklanjuti', r.pengaduan.ditindaklanjuti, 'number'],
      ['Tingkat tindak lanjut pengaduan (%)', r.pengaduan.tingkat, 'percent'],
      ['Rekomendasi terbuka', r.rekomendasiTerbuka, 'number'],
    ],
    narasiTitle: 'Uraian kemajuan',
    narasi: d.laporan.narasi,
    sections,
    draftMark: d.laporan.status === 'draf' ? 'DRAF — belum diajukan' : null,
    signers: [{ jabatan: SIGNER[d.laporan.jenis] }],
  };
}
