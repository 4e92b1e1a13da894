// The Tim Evaluasi Internal of a year (BAB IV.B.2, PermenPANRB 9/2023): its members with their role
// (ketua, pengendali teknis, anggota) and home PD, and who evaluates which PD or sasaran. The rules
// every save meets, shared by the form and the server — above all that nobody evaluates a PD they
// belong to (segregation of the evaluator from the evaluated).

export const PERAN_TIM = ['ketua', 'pengendali_teknis', 'anggota'] as const;
export type PeranTim = (typeof PERAN_TIM)[number];

export const PERAN_TIM_LABELS: Record<PeranTim, { id: string; en: string }> = {
  ketua: { id: 'Ketua tim', en: 'Team leader' },
  pengendali_teknis: { id: 'Pengendali teknis', en: 'Technical controller' },
  anggota: { id: 'Anggota', en: 'Member' },
};

export const JENIS_TUGAS = ['pd', 'sasaran'] as const;
export type JenisTugas = (typeof JENIS_TUGAS)[number];

export interface AnggotaTim {
  userId: string;
  peran: PeranTim;
  /** The PD the member belongs to (null: none, e.g. the Inspektorat's own staff evaluating others). */
  pdKey: string | null;
}

export interface TugasTim {
  userId: string;
  jenis: JenisTugas;
  /** A PD key or a sasaran node key. */
  key: string;
}

export interface TimInput {
  anggota: AnggotaTim[];
  tugas: TugasTim[];
}

export interface TimKnown {
  /** Accounts of the instansi by id, with the PDs their roles are scoped to. */
  users: ReadonlyMap<string, { pdKeys: readonly string[] }>;
  pdKeys: ReadonlySet<string>;
  sasaranKeys: ReadonlySet<string>;
}

export interface TimProblem {
  field: string;
  code: string;
  message: string;
}

/** The PDs a member belongs to: their stated home PD and the PDs their account acts for. */
export const pdsOf = (a: AnggotaTim, known: Pick<TimKnown, 'users'>): Set<string> =>
  new Set([...(a.pdKey ? [a.pdKey] : []), ...(known.users.get(a.userId)?.pdKeys ?? [])]);

export function timProblems(t: TimInput, known: TimKnown): TimProblem[] {
  const out: TimProblem[] = [];
  const seen = new Set<string>();
  t.anggota.forEach((a, i) => {
    if (!known.users.has(a.userId))
      out.push({ field: `anggota.${i}.userId`, code: 'UNKNOWN_USER', message: 'Akun anggota tim tidak dikenal.' });
    if (seen.has(a.userId))
      out.push({ field: `anggota.${i}.userId`, code: 'DUPLICATE_MEMBER', message: 'Anggota disebut dua kali.' });
    seen.add(a.userId);
    if (a.pdKey && !known.pdKeys.has(a.pdKey))
      out.push({
        field: `anggota.${i}.pdKey`,
        code: 'UNKNOWN_PD',
        message: `Perangkat daerah "${a.pdKey}" tidak dikenal.`,
      });
  });
  const ketua = t.anggota.map((a, i) => [a, i] as const).filter(([a]) => a.peran === 'ketua');
  if (t.anggota.length && ketua.length === 0)
    out.push({ field: 'anggota', code: 'KETUA_REQUIRED', message: 'Tim evaluasi memerlukan satu ketua.' });
  if (ketua.length > 1)
    out.push({
      field: `anggota.${ketua[1]![1]}.peran`,
      code: 'ONE_PER_ROLE',
      message: 'Tim evaluasi hanya memiliki satu ketua.',
    });
  const member = new Map(t.anggota.map((a) => [a.userId, a]));
  const assigned = new Set<string>();
  t.tugas.forEach((g, i) => {
    const a = member.get(g.userId);
    if (!a) out.push({ field: `tugas.${i}.userId`, code: 'NOT_A_MEMBER', message: 'Yang ditugasi bukan anggota tim.' });
    const knownKey = g.jenis === 'pd' ? known.pdKeys.has(g.key) : known.sasaranKeys.has(g.key);
    if (!knownKey)
      out.push({
        field: `tugas.${i}.key`,
        code: g.jenis === 'pd' ? 'UNKNOWN_PD' : 'UNKNOWN_NODE',
        message: g.jenis === 'pd' ? `Perangkat daerah "${g.key}" tidak dikenal.` : `Sasaran "${g.key}" tidak dikenal.`,
      });
    if (a && g.jenis === 'pd' && pdsOf(a, known).has(g.key))
      out.push({
        field: `tugas.${i}.key`,
        code: 'EVALUATOR_OWN_PD',
        message: 'Evaluator tidak boleh mengevaluasi perangkat daerah tempat ia bertugas.',
      });
    const k = `${g.jenis}:${g.key}`;
    if (assigned.has(k))
      out.push({
        field: `tugas.${i}.key`,
        code: 'ASSIGNED_TWICE',
        message: 'Lingkup ini sudah ditugaskan kepada evaluator lain.',
      });
    assigned.add(k);
  });
  return out;
}
