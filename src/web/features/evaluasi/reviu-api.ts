// Calls and react-query hooks of the Tim Evaluasi Internal's reviews and the PDs' sanggah
// (src/server/features/evaluasi/reviu*, sanggah*). Every shape is the contract's (src/domain/contracts/reviu.ts).
import { useQuery } from '@tanstack/react-query';
import * as c from '../../../domain/contracts/reviu.ts';
import type { TahapReviu } from '../../../domain/evaluasi/reviu.ts';
import { apiCall, apiUploadCall } from '../../api/call.ts';

export type {
  Dimensi,
  JudgeBodyInput,
  PenilaianBody,
  ReviuList,
  ReviuRecord,
  ReviuRow,
  Sanggah,
} from '../../../domain/contracts/reviu.ts';

export interface ReviuQuery {
  year: number;
  tahap: TahapReviu;
  periodeId?: string;
}

export const reviuKeys = {
  all: ['evaluasi', 'reviu'] as const,
  list: (q: ReviuQuery) => ['evaluasi', 'reviu', q.year, q.tahap, q.periodeId ?? ''] as const,
};

const file = (f: File) => {
  const form = new FormData();
  form.append('file', f, f.name);
  return form;
};

export const reviuApi = {
  list: (q: ReviuQuery, signal?: AbortSignal) => apiCall(c.listReviu, { query: q }, signal),
  judge: (body: c.JudgeBodyInput) => apiCall(c.judgeReviu, { body }),
  kembalikan: (id: string, rowVersion: number) => apiCall(c.returnReviu, { params: { id }, body: { rowVersion } }),
  final: (id: string, rowVersion: number) => apiCall(c.finalizeReviu, { params: { id }, body: { rowVersion } }),
  tanggapi: (id: string, tanggapan: string, rowVersion: number) =>
    apiCall(c.answerReviu, { params: { id }, body: { tanggapan, rowVersion } }),
  sanggah: (id: string, dimensi: string | null, alasan: string) =>
    apiCall(c.fileSanggah, { params: { id }, body: { dimensi, alasan } }),
  jawab: (
    id: string,
    body: { diterima: boolean; jawaban: string; penilaian: c.PenilaianBody[] | null; rowVersion: number },
  ) => apiCall(c.answerSanggah, { params: { id }, body }),
  attachBukti: (id: string, f: File) => apiUploadCall(c.sanggahBuktiUpload, { params: { id } }, file(f)),
  removeBukti: (id: string, sha256: string) => apiCall(c.sanggahBuktiRemove, { params: { id, sha256 } }),
};

export function useReviu(q: ReviuQuery) {
  return useQuery({ queryKey: reviuKeys.list(q), queryFn: ({ signal }) => reviuApi.list(q, signal) });
}
