// The meeting form's state: the header, attendance (the body's members listed first, present by
// default; guests added by name), minutes and decisions as typed; the body the server takes; and the
// domain's rules by field (`hadir.2.alasan`, `keputusan.0.tenggat`) before saving.
import type { RapatDetail, UpdateRapatBodyInput } from '../../../domain/contracts/rapat.ts';
import {
  attendanceProblems,
  keputusanProblems,
  type Kehadiran,
  type TautanJenis,
} from '../../../domain/rapat/rapat.ts';

export interface HadirDraft {
  key: string;
  orangId: string | null;
  nama: string;
  jabatan: string;
  status: Kehadiran;
  alasan: string;
}

export interface KeputusanDraft {
  key: string;
  id?: string;
  uraian: string;
  pemilikPdKey: string;
  pemilikNama: string;
  tenggat: string;
  tautanJenis: TautanJenis | '';
  tautanId: string;
}

export interface RapatDraft {
  judul: string;
  tanggal: string;
  waktu: string;
  tempat: string;
  tautanDaring: string;
  agenda: string;
  notulen: string;
  hadir: HadirDraft[];
  keputusan: KeputusanDraft[];
  next: number;
}

export interface Member {
  ref: string;
  nama: string;
  jabatan: string;
}

/** The stored meeting as a draft; a meeting with no attendance yet starts with its members present. */
export function draftOfRapat(d: RapatDetail, members: readonly Member[]): RapatDraft {
  const r = d.rapat;
  const hadir: HadirDraft[] =
    d.hadir.length > 0
      ? d.hadir.map((h, i) => ({ key: `h-${i}`, ...h, alasan: h.alasan ?? '' }))
      : members.map((m) => ({
          key: `m-${m.ref}`,
          orangId: m.ref,
          nama: m.nama,
          jabatan: m.jabatan,
          status: 'hadir',
          alasan: '',
        }));
  return {
    judul: r.judul,
    tanggal: r.tanggal,
    waktu: r.waktu ?? '',
    tempat: r.tempat ?? '',
    tautanDaring: r.tautanDaring ?? '',
    agenda: r.agenda,
    notulen: r.notulen,
    hadir,
    keputusan: d.keputusan.map((k) => ({
      key: k.id,
      id: k.id,
      uraian: k.uraian,
      pemilikPdKey: k.pemilikPdKey ?? '',
      pemilikNama: k.pemilikNama ?? '',
      tenggat: k.tenggat,
      tautanJenis: k.tautanJenis ?? '',
      tautanId: k.tautanId ?? '',
    })),
    next: 1,
  };
}

/** Members of the body not on the list yet (someone who joined the pokja after the list was made). */
export const missingMembers = (d: RapatDraft, members: readonly Member[]) =>
  members.filter((m) => !d.hadir.some((h) => h.orangId === m.ref));

export function addHadir(d: RapatDraft, m: Member | null): RapatDraft {
  const row: HadirDraft = m
    ? { key: `m-${m.ref}`, orangId: m.ref, nama: m.nama, jabatan: m.jabatan, status: 'hadir', alasan: '' }
    : { key: `tamu-${d.next}`, orangId: null, nama: '', jabatan: '', status: 'tamu', alasan: '' };
  return { ...d, hadir: [...d.hadir, row], next: d.next + 1 };
}

export function addKeputusan(d: RapatDraft, pemilikPdKey = ''): RapatDraft {
  const k: KeputusanDraft = {
    key: `k-baru-${d.next}`,
    uraian: '',
    pemilikPdKey,
    pemilikNama: '',
    tenggat: '',
    tautanJenis: '',
    tautanId: '',
  };
  return { ...d, keputusan: [...d.keputusan, k], next: d.next + 1 };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

export function rapatBody(d: RapatDraft, rowVersion: number): UpdateRapatBodyInput {
  return {
    rowVersion,
    judul: d.judul.trim(),
    tanggal: d.tanggal,
    waktu: orNull(d.waktu),
    tempat: orNull(d.tempat),
    tautanDaring: orNull(d.tautanDaring),
    agenda: d.agenda,
    notulen: d.notulen,
    hadir: d.hadir.map((h) => ({
      orangId: h.orangId,
      nama: h.nama.trim(),
      jabatan: h.jabatan.trim(),
      status: h.status,
      alasan: h.status === 'tidak_hadir' ? orNull(h.alasan) : null,
    })),
    keputusan: d.keputusan.map((k) => ({
      ...(k.id ? { id: k.id } : {}),
      uraian: k.uraian.trim(),
      pemilikPdKey: orNull(k.pemilikPdKey),
      pemilikNama: orNull(k.pemilikNama),
      tenggat: orNull(k.tenggat),
      tautanJenis: k.tautanJenis || null,
      tautanId: orNull(k.tautanId),
    })),
  };
}

/** The domain's rules on the draft, first message per field path. */
export function rapatProblems(d: RapatDraft): Map<string, string> {
  const b = rapatBody(d, 1);
  const out = new Map<string, string>();
  const add = (list: { field: string; message: string }[]) => {
    for (const p of list) if (!out.has(p.field)) out.set(p.field, p.message);
  };
  if (!b.judul) out.set('judul', 'Judul rapat wajib diisi');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.tanggal)) out.set('tanggal', 'Tanggal rapat wajib diisi.');
  add(
    attendanceProblems(
      (b.hadir ?? []).map((h) => ({
        ...h,
        orangId: h.orangId ?? null,
        jabatan: h.jabatan ?? '',
        alasan: h.alasan ?? null,
      })),
    ),
  );
  (b.keputusan ?? []).forEach((k, i) =>
    add(
      keputusanProblems(
        {
          uraian: k.uraian,
          pemilikPdKey: k.pemilikPdKey ?? null,
          pemilikNama: k.pemilikNama ?? null,
          tenggat: k.tenggat ?? null,
          tautanJenis: k.tautanJenis ?? null,
          tautanId: k.tautanId ?? null,
        },
        `keputusan.${i}.`,
      ),
    ),
  );
  return out;
}
