// "Tingkat tindak lanjut pengaduan" of a period, computed from the register (docs/monitoring.md):
// the denominator is every complaint received in the period except those closed as ditolak or
// bukan kewenangan (with their reason: not the instansi's to follow up); the numerator is those of
// them answered (ditindaklanjuti or selesai) with a response dated by the period's last day. The value
// is the percentage; with no complaint received there is no value, not 100 %.
import type { StatusPengaduan } from './status.ts';

export interface ComplaintForRate {
  id: string;
  tanggalDiterima: string;
  tanggalTanggapan: string | null;
  status: StatusPengaduan;
}

export interface TindakLanjutRate<C> {
  numerator: number;
  denominator: number;
  /** Percent, rounded to two decimals; null when nothing was received. */
  value: number | null;
  /** The complaints counted in the denominator, each with whether it counts in the numerator. */
  rows: { complaint: C; counted: boolean }[];
}

const EXCLUDED: ReadonlySet<StatusPengaduan> = new Set(['ditolak', 'bukan_kewenangan']);
const ANSWERED: ReadonlySet<StatusPengaduan> = new Set(['ditindaklanjuti', 'selesai']);

export function tingkatTindakLanjut<C extends ComplaintForRate>(
  complaints: readonly C[],
  period: { start: string; end: string },
): TindakLanjutRate<C> {
  const rows = complaints
    .filter((c) => c.tanggalDiterima >= period.start && c.tanggalDiterima <= period.end && !EXCLUDED.has(c.status))
    .map((complaint) => ({
      complaint,
      counted:
        ANSWERED.has(complaint.status) &&
        complaint.tanggalTanggapan !== null &&
        complaint.tanggalTanggapan <= period.end,
    }))
    .sort((a, b) => a.complaint.tanggalDiterima.localeCompare(b.complaint.tanggalDiterima));
  const numerator = rows.filter((r) => r.counted).length;
  const denominator = rows.length;
  const value = denominator === 0 ? null : Math.round((numerator / denominator) * 10000) / 100;
  return { numerator, denominator, value, rows };
}
