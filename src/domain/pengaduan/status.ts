// The register's vocabulary: the channels a complaint comes through and the statuses it passes
// (diterima → diproses → ditindaklanjuti → selesai, or ditolak / bukan kewenangan with a reason),
// with the transitions allowed and what each status requires. Form and server check the same rules.
import type { LocalizedText } from '../roadmap/types.ts';

export const KANAL = ['lapor', 'langsung', 'telepon', 'media_sosial', 'surat'] as const;
export type Kanal = (typeof KANAL)[number];

export const KANAL_LABELS: Record<Kanal, LocalizedText> = {
  lapor: { id: 'SP4N-LAPOR!', en: 'SP4N-LAPOR!' },
  langsung: { id: 'Datang langsung', en: 'Walk-in' },
  telepon: { id: 'Telepon', en: 'Phone' },
  media_sosial: { id: 'Media sosial', en: 'Social media' },
  surat: { id: 'Surat', en: 'Letter' },
};

export const STATUS_PENGADUAN = [
  'diterima',
  'diproses',
  'ditindaklanjuti',
  'selesai',
  'ditolak',
  'bukan_kewenangan',
] as const;
export type StatusPengaduan = (typeof STATUS_PENGADUAN)[number];

export const STATUS_LABELS: Record<StatusPengaduan, LocalizedText> = {
  diterima: { id: 'Diterima', en: 'Received' },
  diproses: { id: 'Diproses', en: 'In process' },
  ditindaklanjuti: { id: 'Ditindaklanjuti', en: 'Followed up' },
  selesai: { id: 'Selesai', en: 'Closed' },
  ditolak: { id: 'Ditolak', en: 'Rejected' },
  bukan_kewenangan: { id: 'Bukan kewenangan', en: 'Not within authority' },
};

/** Where a complaint may go from each status; a correction back one step is allowed (audited). */
const NEXT: Record<StatusPengaduan, readonly StatusPengaduan[]> = {
  diterima: ['diproses', 'ditindaklanjuti', 'selesai', 'ditolak', 'bukan_kewenangan'],
  diproses: ['diterima', 'ditindaklanjuti', 'selesai', 'ditolak', 'bukan_kewenangan'],
  ditindaklanjuti: ['diproses', 'selesai'],
  selesai: ['ditindaklanjuti'],
  ditolak: ['diterima'],
  bukan_kewenangan: ['diterima'],
};

export function canMove(from: StatusPengaduan, to: StatusPengaduan): boolean {
  return from === to || NEXT[from].includes(to);
}

/** Statuses that close the complaint without a follow-up: they need the reason. */
export const NEEDS_REASON: ReadonlySet<StatusPengaduan> = new Set(['ditolak', 'bukan_kewenangan']);
/** Statuses that say the complainant was answered: they need the response date and text. */
export const NEEDS_RESPONSE: ReadonlySet<StatusPengaduan> = new Set(['ditindaklanjuti', 'selesai']);
/** No further deadline runs in these. */
export const FINAL_STATUSES: ReadonlySet<StatusPengaduan> = new Set(['selesai', 'ditolak', 'bukan_kewenangan']);
