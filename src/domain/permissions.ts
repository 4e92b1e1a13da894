// The one permission table of Peta RB: which role may perform which action, and whether the role
// acts for the whole instansi or only for its own perangkat daerah. The server enforces it on
// every route; the browser uses the same table to hide what a user cannot do.

import { INSTANSI_PD_KEY } from './monitoring/reporting.ts';

export const ROLES = [
  'admin',
  'koordinator_stu',
  'operator_pd',
  'kepala_pd',
  'evaluator_apip',
  'pimpinan',
  'super_admin',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles that act for one perangkat daerah and therefore need a PD on their assignment. */
export const PD_SCOPED_ROLES: ReadonlySet<Role> = new Set(['operator_pd', 'kepala_pd']);

/**
 * The deployment's own role (issue #10): creates instansi and their first admin. It is held only by
 * an account that belongs to no instansi, and only alone, so no instansi admin can grant it and a
 * super-administrator reads no instansi's data (decision 0012).
 */
export const DEPLOYMENT_ROLE: Role = 'super_admin';

export const ROLE_LABELS: Record<Role, { id: string; en: string }> = {
  admin: { id: 'Administrator', en: 'Administrator' },
  koordinator_stu: { id: 'Koordinator STU (Bagian Organisasi)', en: 'STU coordinator' },
  operator_pd: { id: 'Operator perangkat daerah', en: 'PD operator' },
  kepala_pd: { id: 'Kepala perangkat daerah', en: 'Head of PD' },
  evaluator_apip: { id: 'Evaluator APIP (Inspektorat)', en: 'APIP evaluator' },
  pimpinan: { id: 'Pimpinan (Bupati/Sekda)', en: 'Leadership' },
  super_admin: { id: 'Super-administrator server', en: 'Server super-administrator' },
};

/** A role held by a user; `pdKey` is required for PD-scoped roles and null otherwise. */
export interface RoleAssignment {
  role: Role;
  pdKey: string | null;
}

export type Scope = 'instansi' | 'pd';

/**
 * What a PD-scoped role reads through a read action (issue #9: no leak between perangkat daerah).
 * `all`: the content belongs to the whole instansi (road map, periods). `own_pd`: the own PD's
 * records in detail (values, narratives, evidence, comments, history); other PDs' records only as
 * aggregates (counts, completeness, averages) — never their values, texts or files.
 */
export type PdRead = 'all' | 'own_pd';

export const PD_READ_LABELS: Record<PdRead, { id: string; en: string }> = {
  all: { id: 'Seluruh instansi', en: 'Whole instansi' },
  own_pd: {
    id: 'PD sendiri secara rinci; PD lain hanya sebagai agregat',
    en: 'Own PD in detail; other PDs as aggregates only',
  },
};

export interface PermissionRule {
  /** Who may; the scope says whether a PD-scoped role is limited to its own PD. */
  roles: readonly Role[];
  scope: Scope;
  /** Read actions only: how much of other PDs' records a PD-scoped role reads. */
  pdRead?: PdRead;
  description: { id: string; en: string };
}

/**
 * `public`: anyone, signed in or not. `session`: any signed-in user. Every other action is listed
 * here; a route declares exactly one of these strings (a test fails otherwise).
 */
export const PERMISSIONS = {
  'roadmap:read': {
    roles: ['admin', 'koordinator_stu', 'operator_pd', 'kepala_pd', 'evaluator_apip', 'pimpinan'],
    scope: 'instansi',
    // The road map is the instansi's published plan; a record's history is narrowed per PD (audit service).
    pdRead: 'all',
    description: {
      id: 'Membaca road map, versi, temuan, dan riwayat perubahan',
      en: 'Read road maps, versions, findings and change history',
    },
  },
  'roadmap:update': {
    roles: ['admin', 'koordinator_stu'],
    scope: 'instansi',
    description: { id: 'Mengubah isi road map (indikator, sasaran, kegiatan)', en: 'Edit road map content' },
  },
  'roadmap:amend': {
    roles: ['admin', 'koordinator_stu'],
    scope: 'instansi',
    description: { id: 'Membuat dan memberlakukan versi perubahan', en: 'Create and activate amendment versions' },
  },
  'roadmap:import': {
    roles: ['admin', 'koordinator_stu'],
    scope: 'instansi',
    description: { id: 'Mengimpor road map dari Excel', en: 'Import road maps from Excel' },
  },
  'perangkat_daerah:update': {
    roles: ['admin', 'koordinator_stu', 'kepala_pd'],
    scope: 'pd',
    description: {
      id: 'Mengubah data perangkat daerah (kepala PD: hanya PD sendiri)',
      en: 'Edit perangkat daerah data (head of PD: own PD only)',
    },
  },
  'audit:read': {
    roles: ['admin', 'koordinator_stu'],
    scope: 'instansi',
    description: { id: 'Membuka jejak audit lengkap', en: 'Open the full audit log' },
  },
  'user:manage': {
    roles: ['admin'],
    scope: 'instansi',
    description: { id: 'Mengelola akun pengguna dan perannya', en: 'Manage user accounts and roles' },
  },
  'monitoring:read': {
    roles: ['admin', 'koordinator_stu', 'operator_pd', 'kepala_pd', 'evaluator_apip', 'pimpinan'],
    scope: 'instansi',
    pdRead: 'own_pd',
    description: {
      id: 'Membaca rencana aksi, realisasi, capaian, dan dasbor pemantauan',
      en: 'Read action plans, realisations, achievement and monitoring dashboards',
    },
  },
  'periode:manage': {
    roles: ['admin', 'koordinator_stu'],
    scope: 'instansi',
    description: {
      id: 'Mengatur periode pelaporan dan membuka kembali periode terkunci (dengan alasan)',
      en: 'Configure reporting periods and reopen locked ones (with a reason)',
    },
  },
  'rencana_aksi:manage': {
    roles: ['admin', 'koordinator_stu', 'operator_pd', 'kepala_pd'],
    scope: 'pd',
    description: {
      id: 'Menyusun rencana aksi (PD: hanya sebagai pelaksana)',
      en: 'Compile action plans (PDs: their own only)',
    },
  },
  'realisasi:enter': {
    // The STU enters the instansi-wide indicators (Tabel 1) that no PD answers for.
    roles: ['operator_pd', 'kepala_pd', 'koordinator_stu'],
    scope: 'pd',
    description: {
      id: 'Mengisi realisasi dan bukti (PD: hanya PD sendiri; STU: indikator tingkat instansi)',
      en: 'Enter realisations and evidence (PDs: own PD only; STU: instansi-wide indicators)',
    },
  },
  'realisasi:submit': {
    roles: ['kepala_pd'],
    scope: 'pd',
    description: {
      id: 'Mengajukan realisasi PD sendiri untuk diverifikasi',
      en: "Submit the own PD's realisations for verification",
    },
  },
  'realisasi:verify': {
    roles: ['koordinator_stu'],
    scope: 'instansi',
    description: { id: 'Memverifikasi atau mengembalikan realisasi', en: 'Verify or return realisations' },
  },
  'realisasi:comment': {
    // Not pimpinan: leadership reads everything and changes nothing, comments included (docs/security.md).
    roles: ['admin', 'koordinator_stu', 'operator_pd', 'kepala_pd', 'evaluator_apip'],
    scope: 'instansi',
    description: { id: 'Memberi komentar pada realisasi', en: 'Comment on realisations' },
  },
  'evaluasi:read': {
    roles: ['admin', 'koordinator_stu', 'operator_pd', 'kepala_pd', 'evaluator_apip', 'pimpinan'],
    scope: 'instansi',
    pdRead: 'own_pd',
    description: {
      id: 'Membaca lembar kerja evaluasi, Indeks RB, predikat, dan rekomendasi',
      en: 'Read evaluation worksheets, Indeks RB, predikat and recommendations',
    },
  },
  'evaluasi:score': {
    roles: ['evaluator_apip'],
    scope: 'instansi',
    description: {
      id: 'Mengisi dan menilai lembar kerja evaluasi (LKE) serta riwayat Indeks RB',
      en: 'Fill in and score the evaluation worksheet (LKE) and the Indeks RB history',
    },
  },
  'lke:configure': {
    roles: ['admin'],
    scope: 'instansi',
    description: {
      id: 'Menyalin dan mengubah konfigurasi LKE (bobot, rentang, predikat)',
      en: 'Clone and edit LKE configurations (weights, ranges, predikat)',
    },
  },
  'reviu:respond': {
    // The PD answers a review returned to it and may contest a final one (sanggah); the judging is
    // the evaluator's (evaluasi:score), checked against the year's team by the reviu service.
    roles: ['operator_pd', 'kepala_pd'],
    scope: 'pd',
    description: {
      id: 'Menanggapi reviu rencana aksi yang dikembalikan dan mengajukan sanggah (PD sendiri)',
      en: "Answer a returned review of the own PD's plans and file an appeal",
    },
  },
  'rekomendasi:manage': {
    roles: ['evaluator_apip'],
    scope: 'instansi',
    description: {
      id: 'Menerbitkan rekomendasi evaluasi dan menutup atau mengembalikan tindak lanjutnya',
      en: 'Issue evaluation recommendations and close or send back their follow-up',
    },
  },
  'operations:backup': {
    // An instansi's admin only while theirs is the only instansi on the server (operations service).
    roles: ['admin', 'super_admin'],
    scope: 'instansi',
    description: {
      id: 'Mengunduh cadangan lengkap instalasi (basis data dan berkas bukti)',
      en: 'Download a whole-installation backup (database and evidence files)',
    },
  },
  'instansi:manage': {
    roles: ['super_admin'],
    scope: 'instansi',
    description: {
      id: 'Membuat instansi, mengatur induknya, dan membuat admin pertamanya (seluruh server)',
      en: 'Create instansi, set their parent and create their first admin (whole server)',
    },
  },
  'pembinaan:read': {
    // A province (or national hub) is itself an instansi with its own road map; its instansi-wide
    // readers also read the instansi under it, read-only (decision 0012).
    roles: ['admin', 'koordinator_stu', 'pimpinan'],
    scope: 'instansi',
    description: {
      id: 'Membaca perbandingan dan data (hanya baca) instansi binaan di bawah provinsi/instansi pembina',
      en: 'Read the comparison and read-only data of the instansi under this province or hub',
    },
  },
  'stu:manage': {
    roles: ['admin', 'koordinator_stu'],
    scope: 'instansi',
    description: {
      id: 'Menyusun struktur STU dan pokja setahun',
      en: "Set up the year's STU and working groups",
    },
  },
  'rapat:read': {
    roles: ['admin', 'koordinator_stu', 'operator_pd', 'kepala_pd', 'evaluator_apip', 'pimpinan'],
    scope: 'instansi',
    // Pokja and pleno minutes are the instansi's; a PD's internal meetings are read by that PD only.
    pdRead: 'own_pd',
    description: {
      id: 'Membaca rapat pokja, pleno dan internal PD, notulen, dan tindak lanjutnya',
      en: 'Read pokja, plenary and PD meetings, their minutes and follow-ups',
    },
  },
  'rapat:manage': {
    // Who manages which meeting is decided per meeting: the STU every one, a pokja's ketua (by the
    // account linked in the structure) its pokja's, a PD's staff its internal ones (rapat service).
    roles: ['koordinator_stu', 'operator_pd', 'kepala_pd'],
    scope: 'pd',
    description: {
      id: 'Mencatat rapat, kehadiran, notulen dan keputusan; menindaklanjuti keputusan (PD: PD sendiri)',
      en: 'Record meetings, attendance, minutes and decisions; follow decisions up (PDs: own only)',
    },
  },
  'laporan:read': {
    roles: ['admin', 'koordinator_stu', 'operator_pd', 'kepala_pd', 'evaluator_apip', 'pimpinan'],
    scope: 'instansi',
    // A PD's report is read by that PD (and instansi-wide readers); pokja and instansi reports by
    // instansi-wide readers and the pokja's ketua (laporan service).
    pdRead: 'own_pd',
    description: {
      id: 'Membaca laporan kemajuan semester (pokja, PD, instansi)',
      en: 'Read semester progress reports (working group, PD, instansi)',
    },
  },
  'laporan:manage': {
    // Per report: the STU every one (and alone the instansi's), a pokja's ketua its pokja's, a PD's
    // staff their PD's (laporan service).
    roles: ['koordinator_stu', 'operator_pd', 'kepala_pd'],
    scope: 'pd',
    description: {
      id: 'Menyusun dan mengajukan laporan kemajuan (PD: PD sendiri; ketua pokja: pokjanya)',
      en: 'Draft and submit progress reports (PDs: own only; a pokja chair: their pokja)',
    },
  },
  'pengaduan:read': {
    roles: ['admin', 'koordinator_stu', 'operator_pd', 'kepala_pd', 'evaluator_apip', 'pimpinan'],
    scope: 'instansi',
    // A complaint names a citizen's matter: a PD reads its own register, the others as counts only.
    pdRead: 'own_pd',
    description: {
      id: 'Membaca register pengaduan dan tingkat tindak lanjutnya',
      en: 'Read the complaint register and its follow-up rate',
    },
  },
  'pengaduan:manage': {
    roles: ['koordinator_stu', 'operator_pd', 'kepala_pd'],
    scope: 'pd',
    description: {
      id: 'Mencatat, mengimpor, mendisposisikan, dan menindaklanjuti pengaduan (PD: hanya PD sendiri)',
      en: 'Record, import, forward and follow up complaints (PDs: their own only)',
    },
  },
  'rekomendasi:follow_up': {
    roles: ['operator_pd', 'kepala_pd', 'koordinator_stu'],
    scope: 'pd',
    description: {
      id: 'Menindaklanjuti rekomendasi dengan bukti (PD: hanya rekomendasi untuk PD sendiri)',
      en: 'Follow up recommendations with evidence (PDs: their own only)',
    },
  },
} as const satisfies Record<string, PermissionRule>;

export type Action = keyof typeof PERMISSIONS;
export type RoutePermission = Action | 'public' | 'session';

export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

export function isRoutePermission(p: string): p is RoutePermission {
  return p === 'public' || p === 'session' || p in PERMISSIONS;
}

/** Whether any of the user's roles may perform the action at all (for some PD at least). */
export function canAny(assignments: readonly RoleAssignment[], action: Action): boolean {
  const rule: PermissionRule = PERMISSIONS[action];
  return assignments.some((a) => rule.roles.includes(a.role));
}

/**
 * Whether the user may perform the action on a resource belonging to the given PDs. Instansi-wide
 * roles always may; a PD-scoped role may only when its PD is among the resource's PDs.
 */
export function can(
  assignments: readonly RoleAssignment[],
  action: Action,
  resourcePdKeys: readonly string[] = [],
): boolean {
  const rule: PermissionRule = PERMISSIONS[action];
  return assignments.some((a) => {
    if (!rule.roles.includes(a.role)) return false;
    if (rule.scope === 'instansi' || !PD_SCOPED_ROLES.has(a.role)) return true;
    return a.pdKey !== null && resourcePdKeys.includes(a.pdKey);
  });
}

/** The PDs a user acts for through PD-scoped roles (empty when all roles are instansi-wide). */
export function ownPdKeys(assignments: readonly RoleAssignment[]): string[] {
  return [...new Set(assignments.filter((a) => PD_SCOPED_ROLES.has(a.role) && a.pdKey).map((a) => a.pdKey!))];
}

/** True when every role of the user is PD-scoped: lists are then narrowed to the user's PDs. */
export function isPdScopedOnly(assignments: readonly RoleAssignment[]): boolean {
  return assignments.length > 0 && assignments.every((a) => PD_SCOPED_ROLES.has(a.role));
}

/**
 * Whether the reader sees a record of the given PD in detail through a read action. Instansi-wide
 * readers see everything; a reader whose roles are all PD-scoped sees, under an `own_pd` action,
 * its own PDs' records and the instansi-level ones (`pdKey` null or the STU's pseudo PD), and of
 * the other PDs only what the service aggregates.
 */
export function seesPdDetail(
  assignments: readonly RoleAssignment[],
  action: Action,
  recordPdKey: string | null,
): boolean {
  const rule: PermissionRule = PERMISSIONS[action];
  if (!canAny(assignments, action)) return false;
  if (rule.pdRead !== 'own_pd' || !isPdScopedOnly(assignments)) return true;
  if (recordPdKey === null || recordPdKey === INSTANSI_PD_KEY) return true;
  return ownPdKeys(assignments).includes(recordPdKey);
}

/** Checks an assignment list for shape errors (PD missing on a PD role, PD on an instansi role). */
export function assignmentProblems(assignments: readonly RoleAssignment[]): { index: number; message: string }[] {
  const out: { index: number; message: string }[] = [];
  assignments.forEach((a, index) => {
    if (PD_SCOPED_ROLES.has(a.role) && !a.pdKey)
      out.push({ index, message: `Peran ${ROLE_LABELS[a.role].id} memerlukan perangkat daerah.` });
    if (!PD_SCOPED_ROLES.has(a.role) && a.pdKey)
      out.push({
        index,
        message: `Peran ${ROLE_LABELS[a.role].id} berlaku untuk seluruh instansi, tanpa perangkat daerah.`,
      });
  });
  assignments.forEach((a, index) => {
    if (a.role === DEPLOYMENT_ROLE && assignments.length > 1)
      out.push({ index, message: 'Peran super-administrator tidak dapat digabung dengan peran lain.' });
  });
  const seen = new Set<string>();
  assignments.forEach((a, index) => {
    const k = `${a.role}:${a.pdKey ?? ''}`;
    if (seen.has(k)) out.push({ index, message: 'Peran yang sama disebut dua kali.' });
    seen.add(k);
  });
  return out;
}
