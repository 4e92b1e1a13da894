// Meetings of the semester round (BAB IV.B): the three kinds the regulation names, who attends
// (members present or absent with a reason, and guests), and the decisions that become follow-up
// items (owner, due date, link, open → done → verified). Pure rules, shared by form and server.

export const JENIS_RAPAT = ['pokja', 'pleno', 'internal_pd'] as const;
export type JenisRapat = (typeof JENIS_RAPAT)[number];

export const JENIS_RAPAT_LABELS: Record<JenisRapat, { id: string; en: string }> = {
  pokja: { id: 'Rapat pokja', en: 'Working-group meeting' },
  pleno: { id: 'Rapat pleno (seluruh pokja)', en: 'Plenary (all working groups)' },
  internal_pd: { id: 'Rapat internal perangkat daerah', en: 'PD-internal meeting' },
};

export const KEHADIRAN = ['hadir', 'tidak_hadir', 'tamu'] as const;
export type Kehadiran = (typeof KEHADIRAN)[number];

export interface HadirInput {
  /** A member of the structure (null: someone not in it). */
  orangId: string | null;
  nama: string;
  jabatan: string;
  status: Kehadiran;
  alasan: string | null;
}

/**
 * The people of a meeting's body, in the structure's order: the pokja's members (a pokja meeting),
 * every person of the STU and its pokja (the pleno), the PD's people (a PD-internal meeting).
 */
export function meetingMembers(
  s: {
    orang: readonly { ref: string; pdKey: string | null }[];
    pokja: readonly { ref: string; anggotaRefs: readonly string[] }[];
  },
  r: { jenis: JenisRapat; pokjaId: string | null; pdKey: string | null },
): string[] {
  if (r.jenis === 'pokja') {
    const members = new Set(s.pokja.find((p) => p.ref === r.pokjaId)?.anggotaRefs ?? []);
    return s.orang.filter((o) => members.has(o.ref)).map((o) => o.ref);
  }
  return s.orang.filter((o) => r.jenis === 'pleno' || o.pdKey === r.pdKey).map((o) => o.ref);
}

/**
 * The attendance as recorded: a person who is not a member of the meeting's body is a guest (not an
 * error), whatever the form said; a member marked as guest is present.
 */
export function normalizeAttendance(entries: readonly HadirInput[], memberIds: ReadonlySet<string>): HadirInput[] {
  return entries.map((e) => {
    const member = e.orangId !== null && memberIds.has(e.orangId);
    if (!member) return { ...e, status: 'tamu', alasan: null };
    return e.status === 'tamu' ? { ...e, status: 'hadir' } : e;
  });
}

export function attendanceProblems(entries: readonly HadirInput[]): { field: string; code: string; message: string }[] {
  const out: { field: string; code: string; message: string }[] = [];
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    if (!e.nama.trim()) out.push({ field: `hadir.${i}.nama`, code: 'REQUIRED', message: 'Nama peserta wajib diisi.' });
    if (e.status === 'tidak_hadir' && !e.alasan?.trim())
      out.push({
        field: `hadir.${i}.alasan`,
        code: 'ABSENCE_REASON_REQUIRED',
        message: 'Tuliskan alasan ketidakhadiran.',
      });
    const key = e.orangId ?? `nama:${e.nama.trim().toLowerCase()}`;
    if (seen.has(key))
      out.push({ field: `hadir.${i}.nama`, code: 'DUPLICATE_ATTENDEE', message: `${e.nama} disebut dua kali.` });
    seen.add(key);
  });
  return out;
}

export const STATUS_TINDAK_LANJUT_RAPAT = ['terbuka', 'selesai', 'terverifikasi'] as const;
export type StatusTindakLanjutRapat = (typeof STATUS_TINDAK_LANJUT_RAPAT)[number];

export const STATUS_TL_LABELS: Record<StatusTindakLanjutRapat, { id: string; en: string }> = {
  terbuka: { id: 'Terbuka', en: 'Open' },
  selesai: { id: 'Selesai', en: 'Done' },
  terverifikasi: { id: 'Terverifikasi', en: 'Verified' },
};

export const TAUTAN_JENIS = ['indikator', 'rencana_aksi', 'rekomendasi'] as const;
export type TautanJenis = (typeof TAUTAN_JENIS)[number];

export interface KeputusanInput {
  uraian: string;
  pemilikPdKey: string | null;
  pemilikNama: string | null;
  tenggat: string | null;
  tautanJenis: TautanJenis | null;
  tautanId: string | null;
}

/** A decision must say who follows it up and by when; a link names both its kind and its object. */
export function keputusanProblems(k: KeputusanInput, field = ''): { field: string; code: string; message: string }[] {
  const out: { field: string; code: string; message: string }[] = [];
  if (!k.uraian.trim())
    out.push({ field: `${field}uraian`, code: 'REQUIRED', message: 'Uraian keputusan wajib diisi.' });
  if (!k.pemilikPdKey && !k.pemilikNama?.trim())
    out.push({
      field: `${field}pemilikPdKey`,
      code: 'FOLLOW_UP_OWNER_REQUIRED',
      message: 'Tindak lanjut memerlukan pemilik: perangkat daerah atau nama orang.',
    });
  if (!k.tenggat)
    out.push({
      field: `${field}tenggat`,
      code: 'FOLLOW_UP_DUE_REQUIRED',
      message: 'Tindak lanjut memerlukan tanggal tenggat.',
    });
  if ((k.tautanJenis === null) !== (k.tautanId === null || k.tautanId === ''))
    out.push({
      field: `${field}tautanId`,
      code: 'LINK_INCOMPLETE',
      message: 'Tautan memerlukan jenis dan objeknya (indikator, rencana aksi, atau rekomendasi).',
    });
  return out;
}

/** Who moves a follow-up: the owner marks it done (or reopens it); the meeting's manager verifies or returns it. */
export function tindakLanjutMove(
  from: StatusTindakLanjutRapat,
  to: StatusTindakLanjutRapat,
): 'owner' | 'manager' | null {
  if (from === 'terbuka' && to === 'selesai') return 'owner';
  if (from === 'selesai' && to === 'terbuka') return 'manager';
  if (from === 'selesai' && to === 'terverifikasi') return 'manager';
  return null;
}

/** The statuses a follow-up can be moved to by someone who owns it and/or manages its meeting. */
export function movesAllowed(
  from: StatusTindakLanjutRapat,
  rights: { owner: boolean; manager: boolean },
): StatusTindakLanjutRapat[] {
  return STATUS_TINDAK_LANJUT_RAPAT.filter((to) => {
    const who = tindakLanjutMove(from, to);
    return who === 'owner' ? rights.owner : who === 'manager' ? rights.manager : false;
  });
}

/** Overdue: still open after its due day (WITA). */
export const isOverdue = (t: { status: StatusTindakLanjutRapat; tenggat: string }, today: string) =>
  t.status === 'terbuka' && t.tenggat < today;
