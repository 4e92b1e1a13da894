import { describe, expect, it } from 'vitest';
import { DEFAULT_DIMENSI } from '../../../domain/evaluasi/reviu.ts';
import type { ReviuRow } from './reviu-api.ts';
import { complete, draftOf, draftProblems, evaluatorMoves, judgeBodyOf, persenText } from './reviu-form-state.ts';

const row = (over: Partial<ReviuRow> = {}): ReviuRow => ({
  subjectType: 'rencana_aksi',
  subjectKey: '00000000-0000-4000-8000-000000000001',
  pdKey: 'bkpsdm',
  label: 'Penilaian mandiri sistem merit',
  detail: 'Dokumen',
  sasaran: '1. Manajemen ASN',
  planRowVersion: 1,
  target: '1 Dokumen',
  realisasi: null,
  reviu: null,
  sanggah: [],
  judgeRefusal: null,
  mayActForPd: false,
  mayRespond: false,
  maySanggah: false,
  mayAnswer: false,
  ...over,
});

describe('review form state', () => {
  it('starts with every dimension of the year unjudged, and sends them trimmed', () => {
    const d = draftOf(row(), DEFAULT_DIMENSI);
    expect(d.penilaian.map((p) => [p.dimensi, p.sesuai])).toEqual([
      ['ketepatan', null],
      ['ketercapaian', null],
      ['kualitas', null],
      ['waktu', null],
    ]);
    expect(complete(d, DEFAULT_DIMENSI)).toBe(false);
    const judged = {
      penilaian: d.penilaian.map((p) => ({ ...p, sesuai: true, catatan: ' ok ' })),
      rekomendasi: '  Lengkapi SK  ',
    };
    expect(complete(judged, DEFAULT_DIMENSI)).toBe(true);
    const body = judgeBodyOf({ year: 2024, tahap: 'ex_ante', periode: null }, row(), judged);
    expect(body).toMatchObject({ periodeId: null, rekomendasi: 'Lengkapi SK', rowVersion: 0 });
    expect(body.penilaian?.[0]).toEqual({ dimensi: 'ketepatan', sesuai: true, catatan: 'ok' });
  });

  it('asks for a note on "Tidak sesuai" under the field the server names', () => {
    const d = draftOf(row(), DEFAULT_DIMENSI);
    d.penilaian[2] = { dimensi: 'kualitas', sesuai: false, catatan: '' };
    expect([...draftProblems(d, DEFAULT_DIMENSI).keys()]).toEqual(['penilaian.2.catatan']);
  });

  it('offers moves only to a judge, by status', () => {
    expect(evaluatorMoves(row({ judgeRefusal: 'EVALUATOR_OWN_PD' }))).toEqual([]);
    expect(evaluatorMoves(row())).toEqual(['nilai']);
    expect(persenText(66.666)).toBe('66,67%');
    expect(persenText(null)).toBe('—');
  });
});
