// The complaint form's texts and the body they make, checked as the server checks them (the
// domain's pengaduanProblems), so a wrong date order or a missing reason shows before saving.
import type { PengaduanBodyInput, Pengaduan } from '../../../domain/contracts/pengaduan.ts';
import { pengaduanProblems } from '../../../domain/pengaduan/check.ts';
import type { Kanal, StatusPengaduan } from '../../../domain/pengaduan/status.ts';
import { parseIsoDate } from '../../../domain/format/date.ts';

export interface PengaduanTexts {
  nomorTiket: string;
  kanal: Kanal;
  tanggalDiterima: string;
  kategori: string;
  ringkasan: string;
  pdKey: string;
  status: StatusPengaduan;
  alasanStatus: string;
  tanggalTanggapan: string;
  tanggapan: string;
}

export function initialPengaduanTexts(p: Pengaduan | null, today: string, pdKey = ''): PengaduanTexts {
  return {
    nomorTiket: p?.nomorTiket ?? '',
    kanal: p?.kanal ?? 'langsung',
    tanggalDiterima: p?.tanggalDiterima ?? today,
    kategori: p?.kategori ?? '',
    ringkasan: p?.ringkasan ?? '',
    pdKey: p?.pdKey ?? pdKey,
    status: p?.status ?? 'diterima',
    alasanStatus: p?.alasanStatus ?? '',
    tanggalTanggapan: p?.tanggalTanggapan ?? '',
    tanggapan: p?.tanggapan ?? '',
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

export function pengaduanBody(f: PengaduanTexts): PengaduanBodyInput {
  return {
    nomorTiket: orNull(f.nomorTiket),
    kanal: f.kanal,
    tanggalDiterima: f.tanggalDiterima,
    kategori: orNull(f.kategori),
    ringkasan: f.ringkasan.trim(),
    pdKey: f.pdKey,
    status: f.status,
    alasanStatus: orNull(f.alasanStatus),
    tanggalTanggapan: orNull(f.tanggalTanggapan),
    tanggapan: orNull(f.tanggapan),
  };
}

/** Field → Indonesian message of what the server would refuse (empty: the form may be sent). */
export function pengaduanFormProblems(f: PengaduanTexts, today: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!parseIsoDate(f.tanggalDiterima)) out.set('tanggalDiterima', 'Tanggal diterima wajib diisi.');
  if (f.tanggalTanggapan && !parseIsoDate(f.tanggalTanggapan))
    out.set('tanggalTanggapan', 'Tanggal tanggapan tidak valid.');
  if (!f.ringkasan.trim()) out.set('ringkasan', 'Ringkasan pengaduan wajib diisi.');
  if (!f.pdKey) out.set('pdKey', 'Pilih perangkat daerah yang menangani.');
  if (out.has('tanggalDiterima') || out.has('tanggalTanggapan')) return out;
  const b = pengaduanBody(f);
  for (const p of pengaduanProblems(
    {
      kanal: b.kanal,
      nomorTiket: b.nomorTiket ?? null,
      tanggalDiterima: b.tanggalDiterima,
      status: b.status ?? 'diterima',
      alasanStatus: b.alasanStatus ?? null,
      tanggalTanggapan: b.tanggalTanggapan ?? null,
      tanggapan: b.tanggapan ?? null,
    },
    today,
  ))
    if (!out.has(p.field)) out.set(p.field, p.message);
  return out;
}
