// The structure editor's state: the people and pokja as typed, new people with temporary refs, the
// body the server takes, and the server's own rules (strukturProblems) by field before saving. Also
// the two readings of a saved structure the screens show: who answers for each scope node, and a
// PD's people with their places in the STU and pokja.
import type { PeranStu } from '../../../domain/stu/structure.ts';
import { strukturProblems } from '../../../domain/stu/structure.ts';
import type { Struktur, StrukturBodyInput } from '../../../domain/contracts/stu.ts';

export interface OrangDraft {
  ref: string;
  nama: string;
  jabatan: string;
  pdKey: string;
  userId: string;
  peranStu: PeranStu | '';
}

export interface PokjaDraft {
  ref: string;
  nama: string;
  ketuaRef: string;
  anggotaRefs: string[];
  lingkup: string[];
}

export interface StrukturDraft {
  skNomor: string;
  skTanggal: string;
  orang: OrangDraft[];
  pokja: PokjaDraft[];
  /** Counter behind new refs ("baru-3"), so a removed row's ref is never reused. */
  next: number;
}

export function draftOf(s: Struktur): StrukturDraft {
  return {
    skNomor: s.skNomor ?? '',
    skTanggal: s.skTanggal ?? '',
    orang: s.orang.map((o) => ({
      ref: o.ref,
      nama: o.nama,
      jabatan: o.jabatan,
      pdKey: o.pdKey ?? '',
      userId: o.userId ?? '',
      peranStu: o.peranStu ?? '',
    })),
    pokja: s.pokja.map((p) => ({
      ref: p.ref,
      nama: p.nama,
      ketuaRef: p.ketuaRef ?? '',
      // The ketua is stored among the members; the editor shows the ketua apart.
      anggotaRefs: p.anggotaRefs.filter((r) => r !== p.ketuaRef),
      lingkup: [...p.lingkup],
    })),
    next: 1,
  };
}

export function addOrang(d: StrukturDraft): StrukturDraft {
  const orang: OrangDraft = { ref: `baru-${d.next}`, nama: '', jabatan: '', pdKey: '', userId: '', peranStu: '' };
  return { ...d, orang: [...d.orang, orang], next: d.next + 1 };
}

export function addPokja(d: StrukturDraft): StrukturDraft {
  const pokja: PokjaDraft = { ref: `pokja-baru-${d.next}`, nama: '', ketuaRef: '', anggotaRefs: [], lingkup: [] };
  return { ...d, pokja: [...d.pokja, pokja], next: d.next + 1 };
}

/** Removes a person, and with them their places as ketua or member of a pokja. */
export function removeOrang(d: StrukturDraft, ref: string): StrukturDraft {
  return {
    ...d,
    orang: d.orang.filter((o) => o.ref !== ref),
    pokja: d.pokja.map((p) => ({
      ...p,
      ketuaRef: p.ketuaRef === ref ? '' : p.ketuaRef,
      anggotaRefs: p.anggotaRefs.filter((r) => r !== ref),
    })),
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

export function bodyOf(d: StrukturDraft, year: number, rowVersion: number): StrukturBodyInput {
  return {
    year,
    rowVersion,
    skNomor: orNull(d.skNomor),
    skTanggal: orNull(d.skTanggal),
    orang: d.orang.map((o) => ({
      ref: o.ref,
      nama: o.nama.trim(),
      jabatan: o.jabatan.trim(),
      pdKey: orNull(o.pdKey),
      userId: orNull(o.userId),
      peranStu: o.peranStu || null,
    })),
    pokja: d.pokja.map((p) => ({
      ref: p.ref,
      nama: p.nama.trim(),
      ketuaRef: orNull(p.ketuaRef),
      anggotaRefs: p.anggotaRefs.filter((r) => r !== p.ketuaRef),
      lingkup: p.lingkup,
    })),
  };
}

/** The server's check on the draft, by field path (`orang.1.nama`), first message per field. */
export function draftProblems(
  d: StrukturDraft,
  known: { pdKeys: ReadonlySet<string>; nodeKeys: ReadonlySet<string> },
): Map<string, string> {
  const b = bodyOf(d, 0, 0);
  const input = {
    orang: b.orang.map((o) => ({
      ...o,
      pdKey: o.pdKey ?? null,
      userId: o.userId ?? null,
      peranStu: o.peranStu ?? null,
    })),
    pokja: b.pokja.map((p) => ({
      ...p,
      ketuaRef: p.ketuaRef ?? null,
      anggotaRefs: p.anggotaRefs ?? [],
      lingkup: p.lingkup ?? [],
    })),
  };
  const out = new Map<string, string>();
  for (const p of strukturProblems(input, known)) if (!out.has(p.field)) out.set(p.field, p.message);
  return out;
}

/** Scope node key → name of the pokja that answers for it. */
export function pokjaOfNode(s: Struktur): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of s.pokja) for (const k of p.lingkup) out.set(k, p.nama);
  return out;
}

export interface PlaceOfPerson {
  nama: string;
  jabatan: string;
  peranStu: PeranStu | null;
  /** Pokja this person leads / is a member of. */
  ketuaPokja: string[];
  anggotaPokja: string[];
}

/** A PD's people in the structure, with where each sits; in the structure's order. */
export function peopleOfPd(s: Struktur, pdKey: string): PlaceOfPerson[] {
  return s.orang
    .filter((o) => o.pdKey === pdKey)
    .map((o) => ({
      nama: o.nama,
      jabatan: o.jabatan,
      peranStu: o.peranStu,
      ketuaPokja: s.pokja.filter((p) => p.ketuaRef === o.ref).map((p) => p.nama),
      anggotaPokja: s.pokja.filter((p) => p.ketuaRef !== o.ref && p.anggotaRefs.includes(o.ref)).map((p) => p.nama),
    }));
}
