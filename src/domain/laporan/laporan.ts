// A progress report (laporan kemajuan) of a semester, per pokja, per PD, or for the whole instansi
// (BAB IV.B): its content is compiled from the data — indicators with capaian, status and early
// warning; rencana aksi outputs and budget realised; meetings held with their decisions' follow-up;
// complaint figures; open recommendations — and only the short narrative is typed. The figures of
// the summary, and the narrative's first draft, are computed here (pure), never typed twice.
import type { CapaianStatus } from '../capaian/status.ts';

export const JENIS_LAPORAN = ['pokja', 'pd', 'instansi'] as const;
export type JenisLaporan = (typeof JENIS_LAPORAN)[number];

export const STATUS_LAPORAN = ['draf', 'diajukan'] as const;
export type StatusLaporan = (typeof STATUS_LAPORAN)[number];

export const STATUS_LAPORAN_LABELS: Record<StatusLaporan, { id: string; en: string }> = {
  draf: { id: 'Draf', en: 'Draft' },
  diajukan: { id: 'Diajukan', en: 'Submitted' },
};

export interface IndikatorBaris {
  key: string;
  name: string;
  pdKey: string | null;
  /** Target of the year and realisasi of the period, as printed on their scale (with unit). */
  target: string | null;
  realisasi: string | null;
  /** Capaian in percent; null when it cannot be assessed (no realisasi, no target, not comparable). */
  capaian: number | null;
  status: CapaianStatus;
  earlyWarning: string | null;
}

export interface RencanaAksiBaris {
  id: string;
  rincianKegiatan: string;
  indikatorOutput: string;
  satuan: string;
  pdKey: string;
  /** Target of the period (cumulative as planned); null when the plan sets none for it. */
  target: number | null;
  realisasi: number | null;
  capaian: number | null;
  pagu: number | null;
  anggaranRealisasi: number | null;
  /** Whether the output is behind its period target (the plan's early warning). */
  tertinggal: boolean;
}

export interface RapatBaris {
  id: string;
  judul: string;
  tanggal: string;
  jenis: string;
  keputusan: { jumlah: number; terbuka: number; selesai: number; terverifikasi: number; terlambat: number };
}

export interface PengaduanAngka {
  diterima: number;
  ditindaklanjuti: number;
  /** Tingkat tindak lanjut in percent; null when nothing was received. */
  tingkat: number | null;
  terlambat: number;
}

export interface RekomendasiBaris {
  id: string;
  body: string;
  pdKey: string;
  dueDate: string;
  status: string;
  overdue: boolean;
}

/** A pokja's report as the instansi-wide report lists it. */
export interface BagianPokja {
  nama: string;
  status: StatusLaporan | 'belum';
  narasi: string;
}

export interface LaporanData {
  indikator: IndikatorBaris[];
  rencanaAksi: RencanaAksiBaris[];
  rapat: RapatBaris[];
  pengaduan: PengaduanAngka;
  rekomendasi: RekomendasiBaris[];
  bagian: BagianPokja[];
}

export interface Ringkasan {
  indikator: { jumlah: number; terisi: number; dinilai: number; rataCapaian: number | null; peringatanDini: number };
  statusIndikator: Record<CapaianStatus, number>;
  rencanaAksi: {
    jumlah: number;
    terisi: number;
    tertinggal: number;
    pagu: number;
    anggaranRealisasi: number;
    /** Budget realised as a share of the ceiling, percent; null without a ceiling. */
    serapan: number | null;
  };
  rapat: { jumlah: number; keputusan: number; terbuka: number; terlambat: number; terverifikasi: number };
  pengaduan: PengaduanAngka;
  rekomendasiTerbuka: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const sum = (xs: readonly (number | null)[]) => xs.reduce<number>((a, x) => a + (x ?? 0), 0);

export function ringkasan(d: LaporanData): Ringkasan {
  const assessed = d.indikator.filter((i) => i.capaian !== null);
  const statusIndikator = {
    tercapai: 0,
    on_track: 0,
    berisiko: 0,
    tidak_tercapai: 0,
    tidak_dinilai: 0,
  } satisfies Record<CapaianStatus, number>;
  for (const i of d.indikator) statusIndikator[i.status] += 1;
  const pagu = sum(d.rencanaAksi.map((r) => r.pagu));
  const realised = sum(d.rencanaAksi.map((r) => r.anggaranRealisasi));
  const k = d.rapat.map((r) => r.keputusan);
  return {
    indikator: {
      jumlah: d.indikator.length,
      terisi: d.indikator.filter((i) => i.realisasi !== null).length,
      dinilai: assessed.length,
      rataCapaian: assessed.length ? round2(sum(assessed.map((i) => i.capaian)) / assessed.length) : null,
      peringatanDini: d.indikator.filter((i) => i.earlyWarning !== null).length,
    },
    statusIndikator,
    rencanaAksi: {
      jumlah: d.rencanaAksi.length,
      terisi: d.rencanaAksi.filter((r) => r.realisasi !== null).length,
      tertinggal: d.rencanaAksi.filter((r) => r.tertinggal).length,
      pagu,
      anggaranRealisasi: realised,
      serapan: pagu > 0 ? round2((realised / pagu) * 100) : null,
    },
    rapat: {
      jumlah: d.rapat.length,
      keputusan: sum(k.map((x) => x.jumlah)),
      terbuka: sum(k.map((x) => x.terbuka)),
      terlambat: sum(k.map((x) => x.terlambat)),
      terverifikasi: sum(k.map((x) => x.terverifikasi)),
    },
    pengaduan: d.pengaduan,
    rekomendasiTerbuka: d.rekomendasi.filter((r) => r.status !== 'done' && r.status !== 'closed').length,
  };
}

/** A rencana aksi output against its period target: capaian, and behind when below it. */
export function outputCapaian(
  target: number | null,
  realisasi: number | null,
): { capaian: number | null; tertinggal: boolean } {
  if (target === null || target <= 0 || realisasi === null)
    return { capaian: null, tertinggal: target !== null && target > 0 };
  const capaian = round2((realisasi / target) * 100);
  return { capaian, tertinggal: capaian < 100 };
}
