// What the LHEI's PDF and workbook print, from the report as the API answers it: the official title
// lines, the summary figures, the narrative, the sections (target achievement per sasaran and theme
// and per indicator, rencana aksi effectiveness by dimension and by PD, findings, recommendations,
// the team), and the signatures of the ketua tim and the Inspektur. Laid out by report-export.ts.
import { REKOMENDASI_STATUS_LABEL, type RekomendasiStatus } from '../../../domain/evaluasi/rekomendasi.ts';
import type { Lhei } from '../../../domain/contracts/lhei.ts';
import { STATUS_LABELS, type CapaianStatus } from '../../../domain/capaian/status.ts';
import { reportPdfBuffer, reportXlsxBuffer, type ReportModel, type Section } from '../../report-export.ts';

export function lheiModel(l: Lhei): ReportModel {
  const d = l.isi;
  const pd = (k: string | null) => (k ? (l.pdNames[k] ?? k) : 'Instansi');
  const stage = (e: Lhei['isi']['efektivitas'][number]) => (e.tahap === 'ex_ante' ? 'Ex-ante' : (e.periode ?? ''));
  const dims = d.efektivitas[0]?.dimensi ?? [];
  const sections: Section[] = [
    {
      title: 'Capaian target per sasaran dan tema',
      header: ['No', 'Sasaran / tema', 'Jenis', 'Indikator', 'Dinilai', 'Tercapai', 'Rata-rata capaian (%)'],
      widths: [4, 36, 11, 11, 9, 10, 14],
      formats: ['number', 'text', 'text', 'number', 'number', 'number', 'percent'],
      rows: d.sasaran.map((s, n) => [
        n + 1,
        s.name,
        s.kind === 'general' ? 'RB General' : 'RB Tematik',
        s.indikator,
        s.dinilai,
        s.tercapai,
        s.rataCapaian,
      ]),
      empty: 'Belum ada realisasi indikator yang dapat dinilai.',
    },
    {
      title: 'Capaian indikator',
      header: ['No', 'Indikator', 'PD', 'Target', 'Realisasi', 'Capaian (%)', 'Status'],
      widths: [4, 34, 12, 12, 12, 10, 12],
      formats: ['number', 'text', 'text', 'text', 'text', 'percent', 'text'],
      rows: d.indikator.map((i, n) => [
        n + 1,
        i.name,
        pd(i.pdKey),
        i.target ?? '–',
        i.realisasi ?? '–',
        i.capaian,
        STATUS_LABELS[i.status as CapaianStatus]?.id ?? i.status,
      ]),
      empty: 'Belum ada indikator dengan realisasi.',
    },
    {
      title: 'Efektivitas rencana aksi per dimensi (persentase sesuai)',
      header: ['No', 'Tahap', 'Subjek final', ...dims.map((x) => `${x.label} (%)`), 'Seluruh dimensi (%)'],
      widths: [4, 16, 10, ...dims.map(() => 12), 12],
      formats: ['number', 'text', 'number', ...dims.map(() => 'percent' as const), 'percent'],
      rows: d.efektivitas.map((e, n) => [
        n + 1,
        stage(e),
        e.final,
        ...dims.map((x) => e.dimensi.find((y) => y.code === x.code)?.persen ?? null),
        e.total.persen,
      ]),
      empty: 'Belum ada reviu rencana aksi.',
    },
    {
      title: 'Efektivitas rencana aksi per perangkat daerah',
      header: ['No', 'Tahap', 'Perangkat daerah', 'Penilaian', 'Sesuai (%)'],
      widths: [4, 18, 40, 12, 12],
      formats: ['number', 'text', 'text', 'number', 'percent'],
      rows: d.efektivitas
        .flatMap((e) => e.perPd.map((p) => [stage(e), pd(p.pdKey), p.dinilai, p.persen]))
        .map((r, n) => [n + 1, ...r]),
      empty: 'Belum ada reviu yang final.',
    },
    {
      title: 'Temuan',
      header: ['No', 'Subjek', 'PD', 'Tahap', 'Dimensi', 'Catatan'],
      widths: [4, 26, 12, 12, 14, 32],
      formats: ['number', 'text', 'text', 'text', 'text', 'text'],
      rows: d.temuan.map((t, n) => [n + 1, t.subjek, pd(t.pdKey), t.tahap, t.dimensi, t.catatan]),
      empty: 'Tidak ada penilaian "Tidak sesuai" pada reviu yang final.',
    },
    {
      title: 'Rekomendasi',
      header: ['No', 'Rekomendasi', 'PD', 'Tenggat', 'Status'],
      widths: [4, 50, 14, 12, 14],
      formats: ['number', 'text', 'text', 'text', 'text'],
      rows: d.rekomendasi.map((r, n) => [
        n + 1,
        r.body,
        pd(r.pdKey),
        r.dueDate,
        REKOMENDASI_STATUS_LABEL[r.status as RekomendasiStatus]?.id ?? r.status,
      ]),
      empty: 'Belum ada rekomendasi evaluasi tahun ini.',
    },
    {
      title: 'Tim Evaluasi Internal',
      header: ['No', 'Nama', 'Peran'],
      widths: [4, 60, 30],
      formats: ['number', 'text', 'text'],
      rows: d.tim.anggota.map((a, n) => [n + 1, a.nama, a.peran]),
      empty: 'Tim belum memiliki anggota.',
    },
  ];
  return {
    title: 'LAPORAN HASIL EVALUASI INTERNAL REFORMASI BIROKRASI',
    lines: [
      d.instansi,
      `Tahun ${d.year}`,
      ...(d.tim.skNomor ? [`Tim Evaluasi Internal: SK ${d.tim.skNomor}`] : []),
      ...(d.periode ? [`Capaian diukur pada ${d.periode}`] : []),
    ],
    ringkasan: [
      ['Rencana aksi', d.rencanaAksi, 'number'],
      ['Indeks RB (lembar kerja evaluasi)', d.indeks?.nilai ?? null, 'number'],
      ['Predikat', d.indeks?.predikat ?? '–', 'text'],
      ['RB General', d.indeks?.rbGeneral ?? null, 'number'],
      ['RB Tematik', d.indeks?.rbTematik ?? null, 'number'],
      ['Temuan', d.temuan.length, 'number'],
      ['Rekomendasi', d.rekomendasi.length, 'number'],
      [
        'Sanggah diajukan / diterima / ditolak',
        `${d.sanggah.diajukan} / ${d.sanggah.diterima} / ${d.sanggah.ditolak}`,
        'text',
      ],
    ],
    narasiTitle: 'Simpulan dan uraian hasil evaluasi',
    narasi: l.narasi,
    sections,
    draftMark: l.status === 'final' ? null : 'SEMENTARA — belum final',
    signers: [
      { jabatan: 'Ketua Tim Evaluasi Internal', nama: d.tim.ketua },
      { jabatan: 'Inspektur', nama: l.inspekturNama, nip: l.inspekturNip },
    ],
  };
}

export const lheiPdfBuffer = (l: Lhei) => reportPdfBuffer(lheiModel(l));
export const lheiXlsxBuffer = (l: Lhei) => reportXlsxBuffer(lheiModel(l));
