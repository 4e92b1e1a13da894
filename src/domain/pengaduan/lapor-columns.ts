// The columns a SP4N-LAPOR! export (or a register kept in Excel) is read by: each field with the
// header names it goes by, matched without case, spaces or punctuation, and the values of status
// and channel as LAPOR and people write them. Unknown headers are ignored; a missing required
// column refuses the whole file.
import type { Kanal, StatusPengaduan } from './status.ts';

export type ImportField =
  | 'nomorTiket'
  | 'tanggalDiterima'
  | 'judul'
  | 'ringkasan'
  | 'kategori'
  | 'pd'
  | 'status'
  | 'kanal'
  | 'tanggalTanggapan'
  | 'tanggapan'
  | 'alasanStatus';

export const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

export const IMPORT_COLUMNS: readonly { field: ImportField; required: boolean; headers: readonly string[] }[] = [
  {
    field: 'nomorTiket',
    required: true,
    headers: ['Nomor Tracking', 'No Tracking', 'ID Tracking', 'Tracking ID', 'Kode Tracking', 'Nomor Tiket'],
  },
  {
    field: 'tanggalDiterima',
    required: true,
    headers: ['Tanggal Laporan', 'Tanggal Masuk', 'Tanggal Diterima', 'Tanggal Pengaduan', 'Tgl Laporan'],
  },
  { field: 'judul', required: false, headers: ['Judul Laporan', 'Judul'] },
  { field: 'ringkasan', required: true, headers: ['Isi Laporan', 'Ringkasan', 'Isi Pengaduan', 'Isi'] },
  { field: 'kategori', required: false, headers: ['Kategori', 'Kategori Laporan', 'Topik'] },
  {
    field: 'pd',
    required: true,
    headers: ['Instansi Tujuan', 'Instansi Terdisposisi', 'Disposisi', 'Unit Kerja', 'Perangkat Daerah', 'PD'],
  },
  { field: 'status', required: true, headers: ['Status', 'Status Laporan'] },
  { field: 'kanal', required: false, headers: ['Kanal', 'Sumber', 'Sumber Laporan', 'Saluran'] },
  {
    field: 'tanggalTanggapan',
    required: false,
    headers: ['Tanggal Tanggapan', 'Tanggal Tindak Lanjut', 'Tanggal Selesai'],
  },
  { field: 'tanggapan', required: false, headers: ['Tanggapan', 'Isi Tanggapan', 'Tindak Lanjut'] },
  { field: 'alasanStatus', required: false, headers: ['Alasan', 'Alasan Penolakan', 'Keterangan'] },
];

const STATUS_ALIASES: Record<string, StatusPengaduan> = Object.fromEntries(
  (
    [
      ['diterima', ['Diterima', 'Belum Diverifikasi', 'Terverifikasi', 'Belum Ditindaklanjuti', 'Baru']],
      ['diproses', ['Diproses', 'Proses', 'Sedang Diproses', 'Dalam Proses', 'Terdisposisi']],
      ['ditindaklanjuti', ['Ditindaklanjuti', 'Sudah Ditindaklanjuti', 'Tindak Lanjut', 'Ditanggapi']],
      ['selesai', ['Selesai', 'Ditutup']],
      ['ditolak', ['Ditolak', 'Diarsipkan']],
      ['bukan_kewenangan', ['Bukan Kewenangan', 'Bukan Wewenang', 'Dialihkan']],
    ] as const
  ).flatMap(([status, names]) => names.map((n) => [norm(n), status] as const)),
);

const KANAL_ALIASES: Record<string, Kanal> = Object.fromEntries(
  (
    [
      ['lapor', ['SP4N-LAPOR!', 'LAPOR', 'LAPOR!', 'Website', 'Web', 'Android', 'iOS', 'Aplikasi', 'SMS', 'SMS 1708']],
      ['langsung', ['Datang langsung', 'Langsung', 'Walk-in', 'Tatap muka', 'Loket']],
      ['telepon', ['Telepon', 'Telpon', 'Call center', 'Hotline']],
      ['media_sosial', ['Media sosial', 'Medsos', 'Instagram', 'Facebook', 'Twitter', 'X', 'WhatsApp']],
      ['surat', ['Surat', 'Surat tertulis']],
    ] as const
  ).flatMap(([kanal, names]) => names.map((n) => [norm(n), kanal] as const)),
);

export const statusFromText = (text: string): StatusPengaduan | null => STATUS_ALIASES[norm(text)] ?? null;
export const kanalFromText = (text: string): Kanal | null => KANAL_ALIASES[norm(text)] ?? null;

/** Which field each column holds (1-based column → field), and the required columns not found. */
export function mapHeaders(headers: readonly string[]): { columns: Map<number, ImportField>; missing: string[] } {
  const columns = new Map<number, ImportField>();
  const taken = new Set<ImportField>();
  headers.forEach((h, i) => {
    const key = norm(h);
    if (!key) return;
    const col = IMPORT_COLUMNS.find((c) => !taken.has(c.field) && c.headers.some((name) => norm(name) === key));
    if (col) {
      columns.set(i + 1, col.field);
      taken.add(col.field);
    }
  });
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !taken.has(c.field)).map((c) => c.headers[0]!);
  return { columns, missing };
}

/**
 * A calendar day from a cell: a date cell, an ISO day or date-time, or an Indonesian dd/mm/yyyy
 * (also with "-" or "."). Null for anything else, including impossible days.
 */
export function dayFromCell(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/.exec(text);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s.*)?$/.exec(text);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [y, m, d] = [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])];
  else return null;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  return probe.toISOString().slice(0, 10);
}
