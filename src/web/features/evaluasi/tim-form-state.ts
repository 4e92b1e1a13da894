// The team form's state: members (account, role, home PD) and, per PD and per sasaran, the member
// who evaluates it; the body the server takes; the domain's rules by field; and which members may
// not evaluate a PD (they belong to it), so the form does not offer them.
import type { Tim, TimBodyInput } from '../../../domain/contracts/tim-evaluasi.ts';
import { pdsOf, timProblems, type JenisTugas, type PeranTim, type TimKnown } from '../../../domain/evaluasi/tim.ts';

export interface TimDraft {
  skNomor: string;
  anggota: { userId: string; peran: PeranTim; pdKey: string }[];
  /** "pd:bkpsdm" / "sasaran:sg-1" → the evaluator's user id ('' : none). */
  tugas: Record<string, string>;
}

export const tugasKey = (jenis: JenisTugas, key: string) => `${jenis}:${key}`;

export function draftOfTim(t: Tim): TimDraft {
  return {
    skNomor: t.skNomor ?? '',
    anggota: t.anggota.map((a) => ({ userId: a.userId, peran: a.peran, pdKey: a.pdKey ?? '' })),
    tugas: Object.fromEntries(t.tugas.map((g) => [tugasKey(g.jenis, g.key), g.userId])),
  };
}

export function timBodyOf(d: TimDraft, rowVersion: number): TimBodyInput {
  const members = new Set(d.anggota.map((a) => a.userId));
  return {
    skNomor: d.skNomor.trim() || null,
    anggota: d.anggota.map((a) => ({ userId: a.userId, peran: a.peran, pdKey: a.pdKey || null })),
    // An assignment to someone removed from the team goes with them.
    tugas: Object.entries(d.tugas)
      .filter(([, userId]) => userId && members.has(userId))
      .map(([k, userId]) => {
        const [jenis, ...rest] = k.split(':');
        return { userId, jenis: jenis as JenisTugas, key: rest.join(':') };
      }),
    rowVersion,
  };
}

export function knownOf(t: Tim): TimKnown {
  return {
    users: new Map(t.pilihan.akun.map((a) => [a.id, { pdKeys: a.pdKeys }])),
    pdKeys: new Set(t.pilihan.pd.map((p) => p.key)),
    sasaranKeys: new Set(t.pilihan.sasaran.map((s) => s.key)),
  };
}

/** The server's rules on the draft, first message per field path. */
export function timDraftProblems(d: TimDraft, known: TimKnown): Map<string, string> {
  const b = timBodyOf(d, 0);
  const out = new Map<string, string>();
  const input = {
    anggota: b.anggota.map((a) => ({ userId: a.userId, peran: a.peran, pdKey: a.pdKey ?? null })),
    tugas: b.tugas,
  };
  for (const p of timProblems(input, known)) if (!out.has(p.field)) out.set(p.field, p.message);
  return out;
}

/** Whether a member may evaluate a PD (not one they belong to). */
export function mayEvaluatePd(d: TimDraft, userId: string, pdKey: string, known: TimKnown): boolean {
  const a = d.anggota.find((x) => x.userId === userId);
  return !a || !pdsOf({ ...a, pdKey: a.pdKey || null }, known).has(pdKey);
}
