// Calls and react-query hooks of the STU and pokja structure (src/server/features/stu/*): a year's
// structure, what a pokja may answer for in that year, the accounts a person can be linked to, and
// saving or copying the structure.
import { useQuery } from '@tanstack/react-query';
import {
  copyStruktur,
  getLingkup,
  getStruktur,
  listAkunStu,
  saveStruktur,
  type AkunStu,
  type LingkupOption,
  type Struktur,
  type StrukturBodyInput,
} from '../../../domain/contracts/stu.ts';
import { apiCall } from '../../api/call.ts';

export type { AkunStu, LingkupOption, Struktur, StrukturBodyInput };

export const stuKeys = {
  all: ['stu'] as const,
  year: (year: number) => ['stu', 'year', year] as const,
  lingkup: (year: number) => ['stu', 'lingkup', year] as const,
  akun: ['stu', 'akun'] as const,
};

export const stuApi = {
  get: (year: number, signal?: AbortSignal) => apiCall(getStruktur, { query: { year } }, signal),
  lingkup: (year: number, signal?: AbortSignal) => apiCall(getLingkup, { query: { year } }, signal),
  akun: (signal?: AbortSignal) => apiCall(listAkunStu, {}, signal),
  save: (body: StrukturBodyInput) => apiCall(saveStruktur, { body }),
  copy: (fromYear: number, toYear: number) => apiCall(copyStruktur, { body: { fromYear, toYear } }),
};

export function useStruktur(year: number) {
  return useQuery({ queryKey: stuKeys.year(year), queryFn: ({ signal }) => stuApi.get(year, signal) });
}

export function useLingkup(year: number) {
  return useQuery({ queryKey: stuKeys.lingkup(year), queryFn: ({ signal }) => stuApi.lingkup(year, signal) });
}

export function useAkunStu(enabled: boolean) {
  return useQuery({ queryKey: stuKeys.akun, queryFn: ({ signal }) => stuApi.akun(signal), enabled });
}
