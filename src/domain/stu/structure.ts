// The Strategic Transformation Unit (STU) of a year and its working groups (pokja), as one document
// saved whole: the people (name, jabatan, PD, optional account) with their role in the STU, and each
// pokja with its ketua, members and the sasaran / kegiatan utama / tema it answers for. The rules
// every save meets are here, shared by the form and the server.

export const PERAN_STU = ['ketua', 'sekretaris', 'anggota'] as const;
export type PeranStu = (typeof PERAN_STU)[number];

export const PERAN_STU_LABELS: Record<PeranStu, { id: string; en: string }> = {
  ketua: { id: 'Ketua', en: 'Chair' },
  sekretaris: { id: 'Sekretaris', en: 'Secretary' },
  anggota: { id: 'Anggota', en: 'Member' },
};

export interface OrangInput {
  /** A stored person's id, or a new person's temporary reference ("baru-1"). */
  ref: string;
  nama: string;
  jabatan: string;
  pdKey: string | null;
  userId: string | null;
  /** Role in the STU itself; null: only in pokja. */
  peranStu: PeranStu | null;
}

export interface PokjaInput {
  ref: string;
  nama: string;
  ketuaRef: string | null;
  anggotaRefs: string[];
  /** Keys of the road map's sasaran, kegiatan utama or tema this pokja answers for. */
  lingkup: string[];
}

export interface StrukturInput {
  orang: OrangInput[];
  pokja: PokjaInput[];
}

export interface StrukturProblem {
  field: string;
  code: string;
  message: string;
}

/** What is wrong with a structure, by field path (`orang.2.nama`, `pokja.0.ketuaRef`). */
export function strukturProblems(
  s: StrukturInput,
  known: { pdKeys: ReadonlySet<string>; nodeKeys: ReadonlySet<string> },
): StrukturProblem[] {
  const out: StrukturProblem[] = [];
  const refs = new Set<string>();
  s.orang.forEach((o, i) => {
    if (refs.has(o.ref))
      out.push({ field: `orang.${i}.ref`, code: 'DUPLICATE_REF', message: 'Orang disebut dua kali.' });
    refs.add(o.ref);
    if (!o.nama.trim()) out.push({ field: `orang.${i}.nama`, code: 'REQUIRED', message: 'Nama wajib diisi.' });
    if (!o.jabatan.trim()) out.push({ field: `orang.${i}.jabatan`, code: 'REQUIRED', message: 'Jabatan wajib diisi.' });
    if (o.pdKey && !known.pdKeys.has(o.pdKey))
      out.push({
        field: `orang.${i}.pdKey`,
        code: 'UNKNOWN_PD',
        message: `Perangkat daerah "${o.pdKey}" tidak dikenal.`,
      });
  });
  for (const peran of ['ketua', 'sekretaris'] as const) {
    const holders = s.orang.map((o, i) => [o, i] as const).filter(([o]) => o.peranStu === peran);
    if (holders.length > 1)
      out.push({
        field: `orang.${holders[1]![1]}.peranStu`,
        code: 'ONE_PER_ROLE',
        message: `STU hanya memiliki satu ${peran}.`,
      });
  }
  const names = new Set<string>();
  s.pokja.forEach((p, i) => {
    const key = p.nama.trim().toLowerCase();
    if (!key) out.push({ field: `pokja.${i}.nama`, code: 'REQUIRED', message: 'Nama pokja wajib diisi.' });
    else if (names.has(key))
      out.push({ field: `pokja.${i}.nama`, code: 'DUPLICATE_NAME', message: `Pokja "${p.nama}" disebut dua kali.` });
    names.add(key);
    if (!p.ketuaRef) out.push({ field: `pokja.${i}.ketuaRef`, code: 'REQUIRED', message: 'Pilih ketua pokja.' });
    else if (!refs.has(p.ketuaRef))
      out.push({
        field: `pokja.${i}.ketuaRef`,
        code: 'UNKNOWN_PERSON',
        message: 'Ketua pokja tidak ada di daftar orang.',
      });
    p.anggotaRefs.forEach((r, j) => {
      if (!refs.has(r))
        out.push({
          field: `pokja.${i}.anggotaRefs.${j}`,
          code: 'UNKNOWN_PERSON',
          message: 'Anggota pokja tidak ada di daftar orang.',
        });
    });
    p.lingkup.forEach((k, j) => {
      if (!known.nodeKeys.has(k))
        out.push({
          field: `pokja.${i}.lingkup.${j}`,
          code: 'UNKNOWN_NODE',
          message: `"${k}" bukan sasaran, kegiatan utama, atau tema road map yang berlaku.`,
        });
    });
  });
  // One node, one pokja: who answers for a kegiatan utama must be unambiguous.
  const owner = new Map<string, string>();
  s.pokja.forEach((p, i) =>
    p.lingkup.forEach((k, j) => {
      const other = owner.get(k);
      if (other !== undefined && other !== p.nama)
        out.push({
          field: `pokja.${i}.lingkup.${j}`,
          code: 'NODE_TWO_POKJA',
          message: `Lingkup "${k}" sudah menjadi tanggung jawab pokja "${other}".`,
        });
      owner.set(k, p.nama);
    }),
  );
  return out;
}
