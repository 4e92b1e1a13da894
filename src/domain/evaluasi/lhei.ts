// The Laporan Hasil Evaluasi Internal (issue #12 item 4): what the report holds, compiled from the
// data (target achievement per sasaran and theme, effectiveness of the rencana aksi by review
// dimension, Indeks RB and predikat, findings, recommendations, sanggah), the narrative drafted from
// those figures only, and the rule that an edited narrative cites no number the data does not give.
import { formatNumber } from '../format/number.ts';

export const STATUS_LHEI = ['draf', 'final'] as const;
export type StatusLhei = (typeof STATUS_LHEI)[number];

export interface SasaranCapaian {
  kind: 'general' | 'tematik';
  key: string;
  name: string;
  indikator: number;
  /** Indicators with a capaian (a verified or reported value against a target). */
  dinilai: number;
  tercapai: number;
  /** Mean capaian (%) of the assessed indicators, null when none. */
  rataCapaian: number | null;
}

export interface IndikatorCapaian {
  sasaranKey: string;
  name: string;
  pdKey: string | null;
  target: string | null;
  realisasi: string | null;
  capaian: number | null;
  status: string;
}

export interface DimensiEfektivitas {
  code: string;
  label: string;
  sesuai: number;
  dinilai: number;
  persen: number | null;
}

export interface TahapEfektivitas {
  tahap: 'ex_ante' | 'on_going';
  /** The period of an on-going review ("Semester I 2024"), null for ex-ante. */
  periode: string | null;
  reviu: number;
  final: number;
  dimensi: DimensiEfektivitas[];
  total: { sesuai: number; dinilai: number; persen: number | null };
  perPd: { pdKey: string; persen: number | null; dinilai: number }[];
}

export interface Temuan {
  subjek: string;
  pdKey: string;
  tahap: string;
  dimensi: string;
  catatan: string;
}

export interface LheiData {
  year: number;
  instansi: string;
  tim: { skNomor: string | null; anggota: { nama: string; peran: string }[]; ketua: string | null };
  /** The period whose realisasi measure the targets (the year's last with data), null: none. */
  periode: string | null;
  sasaran: SasaranCapaian[];
  indikator: IndikatorCapaian[];
  efektivitas: TahapEfektivitas[];
  indeks: { nilai: number; predikat: string | null; rbGeneral: number; rbTematik: number; status: string } | null;
  temuan: Temuan[];
  rekomendasi: { body: string; pdKey: string | null; dueDate: string | null; status: string }[];
  sanggah: { diajukan: number; diterima: number; ditolak: number };
  rencanaAksi: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Every number the report states: the only numbers a narrative may cite. */
export function lheiFigures(d: LheiData): number[] {
  const out: number[] = [d.year, d.rencanaAksi, d.temuan.length, d.rekomendasi.length];
  for (const s of d.sasaran)
    out.push(s.indikator, s.dinilai, s.tercapai, ...(s.rataCapaian === null ? [] : [s.rataCapaian]));
  for (const i of d.indikator) if (i.capaian !== null) out.push(i.capaian);
  for (const e of d.efektivitas) {
    out.push(e.reviu, e.final, e.total.sesuai, e.total.dinilai, ...(e.total.persen === null ? [] : [e.total.persen]));
    for (const x of e.dimensi) out.push(x.sesuai, x.dinilai, ...(x.persen === null ? [] : [x.persen]));
    for (const p of e.perPd) out.push(p.dinilai, ...(p.persen === null ? [] : [p.persen]));
  }
  if (d.indeks) out.push(d.indeks.nilai, d.indeks.rbGeneral, d.indeks.rbTematik);
  out.push(d.sanggah.diajukan, d.sanggah.diterima, d.sanggah.ditolak);
  out.push(d.sasaran.filter((s) => s.kind === 'general').length, d.sasaran.filter((s) => s.kind === 'tematik').length);
  return out.map(round2);
}

/** A number written the Indonesian way ("1.234,5", "87,5", "2024") as a value. */
export function readIndonesianNumber(token: string): number {
  const thousands = /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(token);
  const normal = thousands ? token.replace(/\./g, '').replace(',', '.') : token.replace(',', '.');
  return Number(normal);
}

/**
 * The numbers in a narrative that are none of the report's figures (rounded to 0, 1 or 2 decimals
 * as written) nor in `allowed` (the legal basis it may name: "PermenPANRB 9/2023"). Empty: the
 * narrative cites only what the data says.
 */
export function uncitedNumbers(text: string, figures: readonly number[], allowed: readonly number[] = []): string[] {
  const ok = (v: number) =>
    allowed.includes(v) || figures.some((f) => [0, 1, 2].some((dp) => Math.round(f * 10 ** dp) / 10 ** dp === v));
  const out: string[] = [];
  for (const m of text.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const token = m[0].replace(/[.,]$/, '');
    if (!ok(readIndonesianNumber(token)) && !out.includes(token)) out.push(token);
  }
  return out;
}

/** The legal basis the narrative names: PermenPANRB 9/2023 and KepMenPANRB 182/2024. */
export const LHEI_LEGAL_NUMBERS = [9, 2023, 182, 2024] as const;

const pct = (n: number | null) => (n === null ? '–' : `${formatNumber(n, 'id', { maxDecimals: 2 })}%`);
const num = (n: number) => formatNumber(n, 'id', { maxDecimals: 2 });

/** The narrative drafted from the figures alone (so every number in it is one of lheiFigures). */
export function draftNarasiLhei(d: LheiData): string {
  const general = d.sasaran.filter((s) => s.kind === 'general');
  const tematik = d.sasaran.filter((s) => s.kind === 'tematik');
  const tercapai = (xs: SasaranCapaian[]) => xs.reduce((a, s) => a + s.tercapai, 0);
  const dinilai = (xs: SasaranCapaian[]) => xs.reduce((a, s) => a + s.dinilai, 0);
  const parts: string[] = [];
  parts.push(
    `Tim Evaluasi Internal telah mengevaluasi pelaksanaan Road Map Reformasi Birokrasi tahun ${d.year} sesuai PermenPANRB 9/2023, meliputi ${num(d.rencanaAksi)} rencana aksi.`,
  );
  if (d.periode && dinilai(d.sasaran) === 0)
    parts.push(`Sampai ${d.periode} belum ada indikator dengan realisasi yang dapat dinilai terhadap targetnya.`);
  else if (d.periode)
    parts.push(
      `Berdasarkan realisasi ${d.periode}, pada RB General ${num(tercapai(general))} dari ${num(dinilai(general))} indikator yang dapat dinilai telah mencapai target, dan pada RB Tematik ${num(tercapai(tematik))} dari ${num(dinilai(tematik))}.`,
    );
  else parts.push('Belum ada realisasi periode yang dapat digunakan untuk menilai capaian target.');
  for (const e of d.efektivitas) {
    if (e.total.dinilai === 0) continue;
    // The weakest dimension is named only when one falls short.
    const weakest = [...e.dimensi]
      .filter((x) => x.persen !== null && x.persen < 100)
      .sort((a, b) => a.persen! - b.persen!)[0];
    parts.push(
      `${e.tahap === 'ex_ante' ? 'Reviu ex-ante' : `Reviu on-going ${e.periode ?? ''}`.trim()} atas ${num(e.final)} subjek yang final menghasilkan ${pct(e.total.persen)} penilaian sesuai${weakest ? `; dimensi terlemah adalah ${weakest.label} (${pct(weakest.persen)})` : ''}.`,
    );
  }
  if (d.indeks)
    parts.push(
      `Indeks RB hasil lembar kerja evaluasi adalah ${num(d.indeks.nilai)}${d.indeks.predikat ? ` dengan predikat ${d.indeks.predikat}` : ''}.`,
    );
  if (d.temuan.length || d.rekomendasi.length)
    parts.push(
      `Evaluasi mencatat ${num(d.temuan.length)} temuan dan ${num(d.rekomendasi.length)} rekomendasi yang harus ditindaklanjuti perangkat daerah sesuai tenggatnya.`,
    );
  if (d.sanggah.diajukan)
    parts.push(
      `Atas hasil sementara diajukan ${num(d.sanggah.diajukan)} sanggah: ${num(d.sanggah.diterima)} diterima dan ${num(d.sanggah.ditolak)} ditolak.`,
    );
  return parts.join('\n\n');
}
