// Calls and react-query hooks of the complaint register (src/server/features/pengaduan/*): the
// year's register, one complaint with its history, recording/changing/forwarding, the SP4N-LAPOR!
// import, and the period's follow-up rate with its download and evidence.
import { useQuery } from '@tanstack/react-query';
import {
  attachTindakLanjutBukti,
  commitPengaduanImport,
  createPengaduan,
  disposisiPengaduan,
  exportTindakLanjut,
  getPengaduan,
  getTindakLanjut,
  listPengaduan,
  previewPengaduanImport,
  setPengaduanIndikator,
  updatePengaduan,
  type Pengaduan,
  type PengaduanBodyInput,
  type PengaduanImportResult,
  type TindakLanjut,
} from '../../../domain/contracts/pengaduan.ts';
import { apiCall, apiUploadCall, downloadUrl } from '../../api/call.ts';

export type { Pengaduan, PengaduanBodyInput, PengaduanImportResult, TindakLanjut };

export const pengaduanKeys = {
  all: ['pengaduan'] as const,
  year: (year: number) => ['pengaduan', 'year', year] as const,
  one: (id: string) => ['pengaduan', 'one', id] as const,
  rate: (periodeId: string) => ['pengaduan', 'rate', periodeId] as const,
};

const fileForm = (file: File) => {
  const form = new FormData();
  form.append('file', file);
  return form;
};

export const pengaduanApi = {
  list: (year: number, signal?: AbortSignal) => apiCall(listPengaduan, { query: { year } }, signal),
  get: (id: string, signal?: AbortSignal) => apiCall(getPengaduan, { params: { id } }, signal),
  create: (body: PengaduanBodyInput) => apiCall(createPengaduan, { body }),
  update: (id: string, body: Omit<PengaduanBodyInput, 'pdKey'>, rowVersion: number) =>
    apiCall(updatePengaduan, { params: { id }, body: { ...body, rowVersion } }),
  disposisi: (id: string, kePdKey: string, catatan: string, rowVersion: number) =>
    apiCall(disposisiPengaduan, { params: { id }, body: { kePdKey, catatan, rowVersion } }),
  previewImport: (file: File) => apiUploadCall(previewPengaduanImport, {}, fileForm(file)),
  commitImport: (file: File) => apiUploadCall(commitPengaduanImport, {}, fileForm(file)),
  rate: (periodeId: string, signal?: AbortSignal) => apiCall(getTindakLanjut, { query: { periodeId } }, signal),
  attachBukti: (realisasiId: string) => apiCall(attachTindakLanjutBukti, { body: { realisasiId } }),
  setIndikator: (keys: string[]) => apiCall(setPengaduanIndikator, { body: { keys } }),
};

/** Download address of the list behind the period's rate. */
export const rateListHref = (periodeId: string) => downloadUrl(exportTindakLanjut, { query: { periodeId } });

export function usePengaduanYear(year: number) {
  return useQuery({ queryKey: pengaduanKeys.year(year), queryFn: ({ signal }) => pengaduanApi.list(year, signal) });
}

export function usePengaduan(id: string | null) {
  return useQuery({
    queryKey: pengaduanKeys.one(id ?? ''),
    queryFn: ({ signal }) => pengaduanApi.get(id!, signal),
    enabled: !!id,
  });
}

/** The period's rate; one request however many cards ask (react-query shares the key). */
export function useTindakLanjut(periodeId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: pengaduanKeys.rate(periodeId ?? ''),
    queryFn: ({ signal }) => pengaduanApi.rate(periodeId!, signal),
    enabled: enabled && !!periodeId,
  });
}
