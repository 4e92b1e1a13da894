// Verification that is not a rubber stamp (issue #12 item 6): the rules the STU's verification list
// and the server share. A realisasi is flagged for the verifier when it equals its target with no
// evidence at all, or when it reuses, unchanged, evidence of an earlier period of the same subject
// that backed a different value. A flagged row is verified one by one (bulk verification refuses
// it), and a return reason must say something a PD can act on.
import type { IndicatorValue, LocalizedText } from '../roadmap/types.ts';
import { valuesEqual } from '../roadmap/values.ts';

export const VERIFICATION_FLAGS = ['VALUE_EQUALS_TARGET_NO_EVIDENCE', 'EVIDENCE_REUSED'] as const;
export type VerificationFlag = (typeof VERIFICATION_FLAGS)[number];

export const FLAG_LABELS: Record<VerificationFlag, LocalizedText> = {
  VALUE_EQUALS_TARGET_NO_EVIDENCE: {
    id: 'Nilai sama persis dengan target, tanpa bukti dukung',
    en: 'Value equals the target exactly, with no evidence',
  },
  EVIDENCE_REUSED: {
    id: 'Bukti yang sama dipakai periode lalu untuk nilai yang berbeda',
    en: 'The same evidence backed a different value in an earlier period',
  },
};

export interface FlagInput {
  value: IndicatorValue | null;
  /** The point target of the subject for the period's year (null: none, or a band). */
  target: IndicatorValue | null;
  /** sha256 of the files attached to this realisasi. */
  evidence: readonly string[];
  /** Earlier periods' realisasi of the same subject, with their files. */
  earlier: readonly { value: IndicatorValue | null; evidence: readonly string[] }[];
}

export function verificationFlags(input: FlagInput): VerificationFlag[] {
  const out: VerificationFlag[] = [];
  if (input.value && input.target && input.evidence.length === 0 && valuesEqual(input.value, input.target))
    out.push('VALUE_EQUALS_TARGET_NO_EVIDENCE');
  const mine = new Set(input.evidence);
  const reused = input.earlier.some(
    (e) => e.evidence.some((sha) => mine.has(sha)) && !(e.value && input.value && valuesEqual(e.value, input.value)),
  );
  if (reused) out.push('EVIDENCE_REUSED');
  return out;
}

/** Words a return reason may not consist of alone: they tell the PD nothing to do. */
const PLACEHOLDERS = new Set([
  'revisi',
  'perbaiki',
  'perbaikan',
  'cek',
  'cek lagi',
  'cek kembali',
  'tidak sesuai',
  'belum sesuai',
  'salah',
  'lengkapi',
  'kurang',
  'ok',
  'oke',
  'tolak',
  'dikembalikan',
  'lihat catatan',
  'test',
  'tes',
  'xxx',
]);

export const MIN_RETURN_REASON = 15;

/** Why a return reason says nothing (null: it says something), with a stable code. */
export function returnReasonProblem(text: string): { code: string; message: string } | null {
  const t = text.trim();
  const normal = t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (normal === '' || PLACEHOLDERS.has(normal) || /^(.)\1*$/u.test(normal.replace(/ /g, '')))
    return {
      code: 'RETURN_REASON_PLACEHOLDER',
      message: 'Tulis apa yang harus diperbaiki PD, bukan sekadar "revisi" atau "tidak sesuai".',
    };
  if (t.length < MIN_RETURN_REASON || normal.split(' ').length < 2)
    return {
      code: 'RETURN_REASON_TOO_SHORT',
      message: `Alasan minimal ${MIN_RETURN_REASON} karakter dan dua kata: sebutkan apa yang harus diperbaiki.`,
    };
  return null;
}

export interface SampleCandidate {
  id: string;
  status: string;
  /** After verification: the verifier (the last to change the row). */
  updatedBy: string;
  flags: readonly string[];
}

/** A stable pseudo-random rank of an id (FNV-1a): the same sample is proposed every time it is asked. */
function rank(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export const SAMPLE_RATE = 0.1;

/**
 * The risk-based sample of verified realisasi for the evaluator's on-going review: every flagged
 * row, plus at least `rate` (rounded up) of each verifier's other rows, so no verifier escapes the
 * sample and a verifier who waves everything through is seen.
 */
export function riskSample<R extends SampleCandidate>(
  rows: readonly R[],
  rate: number = SAMPLE_RATE,
): { row: R; reason: 'flagged' | 'sampled' }[] {
  const verified = rows.filter((r) => r.status === 'verified');
  const out: { row: R; reason: 'flagged' | 'sampled' }[] = verified
    .filter((r) => r.flags.length > 0)
    .map((row) => ({ row, reason: 'flagged' as const }));
  const byVerifier = new Map<string, R[]>();
  for (const r of verified.filter((x) => x.flags.length === 0))
    byVerifier.set(r.updatedBy, [...(byVerifier.get(r.updatedBy) ?? []), r]);
  for (const [, list] of [...byVerifier].sort((a, b) => a[0].localeCompare(b[0]))) {
    const n = Math.ceil(list.length * rate);
    for (const row of [...list].sort((a, b) => rank(a.id) - rank(b.id)).slice(0, n))
      out.push({ row, reason: 'sampled' });
  }
  return out;
}
