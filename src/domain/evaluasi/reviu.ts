// The Tim Evaluasi Internal's reviews of the year's rencana aksi (issue #12 items 2–3): the ex-ante
// review of each plan early in the year and the on-going review of each plan and indicator per
// closed period, both judged on a configured set of dimensions (by default the four of the
// "kertas kerja evaluasi on going": ketepatan, ketercapaian output, kualitas, kesesuaian waktu),
// each Sesuai / Tidak sesuai with a note. The rules the form and the server share: what a complete
// judgement is, who may judge whom, which moves a review allows, and the % Sesuai per dimension.
import { pdsOf, type AnggotaTim, type TimKnown, type TugasTim } from './tim.ts';

export const TAHAP_REVIU = ['ex_ante', 'on_going'] as const;
export type TahapReviu = (typeof TAHAP_REVIU)[number];

export const TAHAP_LABELS: Record<TahapReviu, { id: string; en: string }> = {
  ex_ante: { id: 'Reviu ex-ante', en: 'Ex-ante review' },
  on_going: { id: 'Reviu on-going', en: 'On-going review' },
};

/**
 * draft: the evaluator is judging; dikembalikan: sent back to the PD with what to fix; ditanggapi:
 * the PD answered (revised the plan or the realisasi) and the evaluator judges again, in a new
 * round; final: the judgement stands (provisional result, open to a sanggah within its window).
 */
export const STATUS_REVIU = ['draft', 'dikembalikan', 'ditanggapi', 'final'] as const;
export type StatusReviu = (typeof STATUS_REVIU)[number];

export const STATUS_REVIU_LABELS: Record<StatusReviu, { id: string; en: string }> = {
  draft: { id: 'Sedang direviu', en: 'Under review' },
  dikembalikan: { id: 'Dikembalikan ke PD', en: 'Returned to the PD' },
  ditanggapi: { id: 'Ditanggapi PD', en: 'Answered by the PD' },
  final: { id: 'Final', en: 'Final' },
};

export interface DimensiReviu {
  code: string;
  label: string;
  /** What the evaluator asks (shown beside the choice). */
  pertanyaan: string;
  /** The LKE rencana aksi quality criterion this dimension's ex-ante % Sesuai is offered for, if any. */
  kriteriaLke: string | null;
}

/** The default set, used by a year that has not configured its own. */
export const DEFAULT_DIMENSI: readonly DimensiReviu[] = [
  {
    code: 'ketepatan',
    label: 'Ketepatan',
    pertanyaan: 'Apakah rencana aksi relevan dengan kegiatan utama dan sasaran yang didukungnya?',
    kriteriaLke: 'KELOGISAN',
  },
  {
    code: 'ketercapaian',
    label: 'Ketercapaian output',
    pertanyaan: 'Apakah output terukur dan tercapai sesuai target periodenya?',
    kriteriaLke: 'KETEPATAN_TARGET',
  },
  {
    code: 'kualitas',
    label: 'Kualitas',
    pertanyaan: 'Apakah indikator output dan bukti dukungnya memadai, sah, dan sesuai dengan yang dilaporkan?',
    kriteriaLke: 'RELEVANSI_OUTPUT',
  },
  {
    code: 'waktu',
    label: 'Kesesuaian waktu',
    pertanyaan: 'Apakah kegiatan dilaksanakan dan dilaporkan sesuai jadwal?',
    kriteriaLke: null,
  },
];

export interface Penilaian {
  dimensi: string;
  /** null: not yet judged. */
  sesuai: boolean | null;
  catatan: string;
}

export interface ReviuProblem {
  field: string;
  code: string;
  message: string;
}

/** A note of at least this many characters is required for "Tidak sesuai": the PD must know why. */
export const MIN_CATATAN = 10;

export function penilaianProblems(penilaian: readonly Penilaian[], dimensi: readonly DimensiReviu[]): ReviuProblem[] {
  const known = new Set(dimensi.map((d) => d.code));
  const seen = new Set<string>();
  const out: ReviuProblem[] = [];
  penilaian.forEach((p, i) => {
    if (!known.has(p.dimensi))
      out.push({
        field: `penilaian.${i}.dimensi`,
        code: 'UNKNOWN_DIMENSI',
        message: `Dimensi "${p.dimensi}" tidak dikenal.`,
      });
    if (seen.has(p.dimensi))
      out.push({ field: `penilaian.${i}.dimensi`, code: 'DUPLICATE_DIMENSI', message: 'Dimensi dinilai dua kali.' });
    seen.add(p.dimensi);
    if (p.sesuai === false && p.catatan.trim().length < MIN_CATATAN)
      out.push({
        field: `penilaian.${i}.catatan`,
        code: 'CATATAN_WAJIB',
        message: `"Tidak sesuai" memerlukan catatan minimal ${MIN_CATATAN} karakter: apa yang tidak sesuai.`,
      });
  });
  return out;
}

/** Dimensions not yet judged (a review is final or returned only when every one is). */
export function unjudged(penilaian: readonly Penilaian[], dimensi: readonly DimensiReviu[]): string[] {
  const judged = new Set(penilaian.filter((p) => p.sesuai !== null).map((p) => p.dimensi));
  return dimensi.filter((d) => !judged.has(d.code)).map((d) => d.code);
}

export interface ReviuSubject {
  pdKey: string;
  /** The sasaran the subject serves (a plan's sasaran; an indicator's, possibly several). */
  sasaranKeys: readonly string[];
}

export type JudgeRefusal = 'NOT_IN_TEAM' | 'EVALUATOR_OWN_PD' | 'NOT_ASSIGNED';

/**
 * Whether a user may judge a subject: a member of the year's team, never for a PD they belong to,
 * and — for an anggota — only a PD or sasaran assigned to them (the ketua and the pengendali teknis
 * review the whole year).
 */
export function judgeRefusal(
  team: { anggota: readonly AnggotaTim[]; tugas: readonly TugasTim[] },
  known: Pick<TimKnown, 'users'>,
  userId: string,
  s: ReviuSubject,
): JudgeRefusal | null {
  const a = team.anggota.find((m) => m.userId === userId);
  if (!a) return 'NOT_IN_TEAM';
  if (pdsOf(a, known).has(s.pdKey)) return 'EVALUATOR_OWN_PD';
  if (a.peran !== 'anggota') return null;
  const mine = team.tugas.filter((g) => g.userId === userId);
  const assigned = mine.some((g) => (g.jenis === 'pd' ? g.key === s.pdKey : s.sasaranKeys.includes(g.key)));
  return assigned ? null : 'NOT_ASSIGNED';
}

export type ReviuMove = 'nilai' | 'kembalikan' | 'tanggapi' | 'final';

/** The moves a review's status allows, by side (the evaluator judging, the PD answering). */
export function reviuMoves(status: StatusReviu | null, side: 'evaluator' | 'pd'): ReviuMove[] {
  if (side === 'pd') return status === 'dikembalikan' ? ['tanggapi'] : [];
  // After the PD answered, the evaluator judges again (a new round) before returning or closing it.
  if (status === null || status === 'ditanggapi') return ['nilai'];
  if (status === 'draft') return ['nilai', 'kembalikan', 'final'];
  return [];
}

export interface DimensiShare {
  sesuai: number;
  dinilai: number;
  /** % Sesuai of the judged, null when none is judged. */
  persen: number | null;
}

export interface ReviuSummaryRow {
  pdKey: string;
  perDimensi: Record<string, DimensiShare>;
  /** Over every judgement of the PD's reviews. */
  total: DimensiShare;
}

const share = (sesuai: number, dinilai: number): DimensiShare => ({
  sesuai,
  dinilai,
  persen: dinilai === 0 ? null : Math.round((sesuai / dinilai) * 10000) / 100,
});

/**
 * % Sesuai per dimension per PD and for the whole instansi. Counts the judgements of reviews that
 * are final (a draft or returned review is not a result yet).
 */
export function reviuSummary(
  reviews: readonly { pdKey: string; status: StatusReviu; penilaian: readonly Penilaian[] }[],
  dimensi: readonly DimensiReviu[],
): { perPd: ReviuSummaryRow[]; total: ReviuSummaryRow } {
  const tally = new Map<string, Map<string, [number, number]>>();
  const add = (pd: string, dim: string, ok: boolean) => {
    const m = tally.get(pd) ?? new Map<string, [number, number]>();
    tally.set(pd, m);
    const c = m.get(dim) ?? [0, 0];
    m.set(dim, [c[0] + (ok ? 1 : 0), c[1] + 1]);
  };
  const codes = new Set(dimensi.map((d) => d.code));
  for (const r of reviews) {
    if (r.status !== 'final') continue;
    for (const p of r.penilaian) {
      if (p.sesuai === null || !codes.has(p.dimensi)) continue;
      add(r.pdKey, p.dimensi, p.sesuai);
      add('', p.dimensi, p.sesuai);
    }
  }
  const row = (pdKey: string, m: Map<string, [number, number]> | undefined): ReviuSummaryRow => {
    const perDimensi: Record<string, DimensiShare> = {};
    let s = 0;
    let n = 0;
    for (const d of dimensi) {
      const [ok, all] = m?.get(d.code) ?? [0, 0];
      perDimensi[d.code] = share(ok, all);
      s += ok;
      n += all;
    }
    return { pdKey, perDimensi, total: share(s, n) };
  };
  const perPd = [...tally.keys()]
    .filter((k) => k !== '')
    .sort()
    .map((k) => row(k, tally.get(k)));
  return { perPd, total: row('', tally.get('')) };
}

/** Checks a configured set of dimensions (codes unique and well-formed, at least one). */
export function dimensiProblems(dimensi: readonly DimensiReviu[], criteria: ReadonlySet<string>): ReviuProblem[] {
  const out: ReviuProblem[] = [];
  if (dimensi.length === 0)
    out.push({ field: 'dimensi', code: 'DIMENSI_REQUIRED', message: 'Sekurang-kurangnya satu dimensi reviu.' });
  const seen = new Set<string>();
  dimensi.forEach((d, i) => {
    if (seen.has(d.code))
      out.push({ field: `dimensi.${i}.code`, code: 'DUPLICATE_DIMENSI', message: 'Kode dimensi dipakai dua kali.' });
    seen.add(d.code);
    if (d.kriteriaLke && !criteria.has(d.kriteriaLke))
      out.push({
        field: `dimensi.${i}.kriteriaLke`,
        code: 'UNKNOWN_CRITERION',
        message: `Kriteria LKE "${d.kriteriaLke}" tidak dikenal.`,
      });
  });
  return out;
}
