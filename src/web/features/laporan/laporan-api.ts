// Calls and react-query hooks of semester progress reports (src/server/features/laporan/*): a
// period's reports and the scopes to start, one report, editing, submitting, reopening, the pleno
// link, and the downloads.
import { useQuery } from '@tanstack/react-query';
import {
  createLaporan,
  getLaporan,
  laporanPdf,
  laporanXlsx,
  listLaporan,
  plenoLaporan,
  reopenLaporan,
  submitLaporan,
  updateLaporan,
  type LaporanDetail,
  type LaporanList,
} from '../../../domain/contracts/laporan.ts';
import type { JenisLaporan } from '../../../domain/laporan/laporan.ts';
import { apiCall, downloadUrl } from '../../api/call.ts';

export type { LaporanDetail, LaporanList };

export const laporanKeys = {
  all: ['laporan'] as const,
  periode: (id: string) => ['laporan', 'periode', id] as const,
  one: (id: string) => ['laporan', 'one', id] as const,
};

export const laporanApi = {
  list: (periodeId: string, signal?: AbortSignal) => apiCall(listLaporan, { query: { periodeId } }, signal),
  get: (id: string, signal?: AbortSignal) => apiCall(getLaporan, { params: { id } }, signal),
  create: (body: { periodeId: string; jenis: JenisLaporan; pokjaId: string | null; pdKey: string | null }) =>
    apiCall(createLaporan, { body }),
  update: (id: string, narasi: string, rowVersion: number) =>
    apiCall(updateLaporan, { params: { id }, body: { narasi, rowVersion } }),
  submit: (id: string, rowVersion: number) => apiCall(submitLaporan, { params: { id }, body: { rowVersion } }),
  reopen: (id: string, rowVersion: number) => apiCall(reopenLaporan, { params: { id }, body: { rowVersion } }),
  pleno: (id: string, rapatId: string | null, rowVersion: number) =>
    apiCall(plenoLaporan, { params: { id }, body: { rapatId, rowVersion } }),
};

export const laporanPdfHref = (id: string) => downloadUrl(laporanPdf, { params: { id } });
export const laporanXlsxHref = (id: string) => downloadUrl(laporanXlsx, { params: { id } });

export function useLaporanList(periodeId: string | undefined) {
  return useQuery({
    queryKey: laporanKeys.periode(periodeId ?? ''),
    queryFn: ({ signal }) => laporanApi.list(periodeId!, signal),
    enabled: !!periodeId,
  });
}

export function useLaporan(id: string) {
  return useQuery({ queryKey: laporanKeys.one(id), queryFn: ({ signal }) => laporanApi.get(id, signal) });
}
