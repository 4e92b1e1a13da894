// Calls and react-query hooks of meetings and their follow-ups (src/server/features/rapat/*): the
// year's meetings, one meeting, recording/changing/finalising it, an addendum, the minutes PDF, and
// the follow-up items moved and given evidence.
import { useQuery } from '@tanstack/react-query';
import {
  addendumRapat,
  createRapat,
  finalizeRapat,
  getRapat,
  keputusanBuktiUpload,
  listKeputusan,
  listRapat,
  moveKeputusan,
  notulenPdf,
  rapatLampiranRemove,
  rapatLampiranUpload,
  rapatTautan,
  updateRapat,
  type CreateRapatBodyInput,
  type Keputusan,
  type RapatDetail,
  type RapatSummary,
  type UpdateRapatBodyInput,
} from '../../../domain/contracts/rapat.ts';
import type { StatusTindakLanjutRapat } from '../../../domain/rapat/rapat.ts';
import { apiCall, apiUploadCall, downloadUrl } from '../../api/call.ts';

export type { CreateRapatBodyInput, Keputusan, RapatDetail, RapatSummary, UpdateRapatBodyInput };

export const rapatKeys = {
  all: ['rapat'] as const,
  year: (year: number) => ['rapat', 'year', year] as const,
  one: (id: string) => ['rapat', 'one', id] as const,
  keputusan: (year: number) => ['rapat', 'keputusan', year] as const,
  tautan: (year: number) => ['rapat', 'tautan', year] as const,
};

export const rapatApi = {
  list: (year: number, signal?: AbortSignal) => apiCall(listRapat, { query: { year } }, signal),
  get: (id: string, signal?: AbortSignal) => apiCall(getRapat, { params: { id } }, signal),
  create: (body: CreateRapatBodyInput) => apiCall(createRapat, { body }),
  update: (id: string, body: UpdateRapatBodyInput) => apiCall(updateRapat, { params: { id }, body }),
  finalize: (id: string, rowVersion: number) => apiCall(finalizeRapat, { params: { id }, body: { rowVersion } }),
  addendum: (id: string, isi: string) => apiCall(addendumRapat, { params: { id }, body: { isi } }),
  attachLampiran: (id: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return apiUploadCall(rapatLampiranUpload, { params: { id } }, form);
  },
  removeLampiran: (id: string, sha256: string) => apiCall(rapatLampiranRemove, { params: { id, sha256 } }),
  tautan: (year: number, signal?: AbortSignal) => apiCall(rapatTautan, { query: { year } }, signal),
  keputusan: (year: number, signal?: AbortSignal) => apiCall(listKeputusan, { query: { year } }, signal),
  move: (id: string, status: StatusTindakLanjutRapat, catatan: string | null, rowVersion: number) =>
    apiCall(moveKeputusan, { params: { id }, body: { status, catatan, rowVersion } }),
  attach: (id: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return apiUploadCall(keputusanBuktiUpload, { params: { id } }, form);
  },
};

export const notulenHref = (id: string) => downloadUrl(notulenPdf, { params: { id } });

export function useRapatYear(year: number) {
  return useQuery({ queryKey: rapatKeys.year(year), queryFn: ({ signal }) => rapatApi.list(year, signal) });
}

export function useRapat(id: string) {
  return useQuery({ queryKey: rapatKeys.one(id), queryFn: ({ signal }) => rapatApi.get(id, signal) });
}

export function useKeputusanYear(year: number) {
  return useQuery({ queryKey: rapatKeys.keputusan(year), queryFn: ({ signal }) => rapatApi.keputusan(year, signal) });
}

/** What a decision can be linked to in a year. */
export function useRapatTautan(year: number) {
  return useQuery({ queryKey: rapatKeys.tautan(year), queryFn: ({ signal }) => rapatApi.tautan(year, signal) });
}
