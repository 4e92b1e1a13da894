// The review form as data: the judgement a row starts from (every dimension of the year, saved or
// not yet judged), the body the server takes, the domain's checks by field (a note for "Tidak
// sesuai"), which moves the row offers, and a share written the Indonesian way.
import type { Dimensi, JudgeBodyInput, PenilaianBody, ReviuList, ReviuRow } from './reviu-api.ts';
import { penilaianProblems, reviuMoves, unjudged, type ReviuMove } from '../../../domain/evaluasi/reviu.ts';
import { formatNumber } from '../../../domain/format/number.ts';

export interface ReviuDraft {
  penilaian: PenilaianBody[];
  rekomendasi: string;
}

export function draftOf(row: ReviuRow, dimensi: readonly Dimensi[]): ReviuDraft {
  const saved = new Map((row.reviu?.penilaian ?? []).map((p) => [p.dimensi, p]));
  return {
    penilaian: dimensi.map((d) => ({
      dimensi: d.code,
      sesuai: saved.get(d.code)?.sesuai ?? null,
      catatan: saved.get(d.code)?.catatan ?? '',
    })),
    rekomendasi: row.reviu?.rekomendasi ?? '',
  };
}

export function judgeBodyOf(
  list: Pick<ReviuList, 'year' | 'tahap' | 'periode'>,
  row: ReviuRow,
  d: ReviuDraft,
): JudgeBodyInput {
  return {
    year: list.year,
    tahap: list.tahap,
    periodeId: list.tahap === 'on_going' ? (list.periode?.id ?? null) : null,
    subjectType: row.subjectType,
    subjectKey: row.subjectKey,
    penilaian: d.penilaian.map((p) => ({ ...p, catatan: p.catatan.trim() })),
    rekomendasi: d.rekomendasi.trim(),
    rowVersion: row.reviu?.rowVersion ?? 0,
  };
}

/** The domain's problems by field (penilaian.N.catatan), as the server would name them. */
export function draftProblems(d: ReviuDraft, dimensi: readonly Dimensi[]): Map<string, string> {
  return new Map(penilaianProblems(d.penilaian, dimensi).map((p) => [p.field, p.message]));
}

/** Whether the judgement may be closed or returned: every dimension judged. */
export const complete = (d: ReviuDraft, dimensi: readonly Dimensi[]) => unjudged(d.penilaian, dimensi).length === 0;

/** The evaluator's moves on the row (none when the reader may not judge it). */
export function evaluatorMoves(row: ReviuRow): ReviuMove[] {
  return row.judgeRefusal === null ? reviuMoves(row.reviu?.status ?? null, 'evaluator') : [];
}

/** "75%" / "—" for a share of Sesuai. */
export const persenText = (p: number | null) => (p === null ? '—' : `${formatNumber(p, 'id', { maxDecimals: 2 })}%`);
