// Calls and react-query hooks of pembinaan (src/server/features/pembinaan/*): the comparison of the
// instansi under the reader's and the read-only view of one of them, typed by the contract.
import { useQuery } from '@tanstack/react-query';
import {
  pembinaanComparison,
  pembinaanDetail,
  type ComparisonRow,
  type PembinaanComparison,
  type PembinaanDetail,
} from '../../../domain/contracts/pembinaan.ts';
import { listInstansi } from '../../../domain/contracts/meta.ts';
import type { PeriodCode } from '../../../domain/periods/periods.ts';
import { apiCall } from '../../api/call.ts';

export type { ComparisonRow, PembinaanComparison, PembinaanDetail };

export interface PembinaanQuery {
  year: number;
  periode?: PeriodCode | undefined;
}

const query = (q: PembinaanQuery) => ({ year: q.year, ...(q.periode ? { periode: q.periode } : {}) });

export const pembinaanKeys = {
  comparison: (q: PembinaanQuery) => ['pembinaan', q.year, q.periode ?? ''] as const,
  detail: (code: string, q: PembinaanQuery) => ['pembinaan', code, q.year, q.periode ?? ''] as const,
};

export function useComparison(q: PembinaanQuery) {
  return useQuery({
    queryKey: pembinaanKeys.comparison(q),
    queryFn: ({ signal }) => apiCall(pembinaanComparison, { query: query(q) }, signal),
  });
}

export function usePembinaanDetail(code: string, q: PembinaanQuery) {
  return useQuery({
    queryKey: pembinaanKeys.detail(code, q),
    queryFn: ({ signal }) => apiCall(pembinaanDetail, { params: { code }, query: query(q) }, signal),
  });
}

/** The reader's own instansi (the list an account sees is its own): named in the page's lead. */
export function useOwnInstansi() {
  return useQuery({
    queryKey: ['instansi', 'own'],
    queryFn: ({ signal }) => apiCall(listInstansi, {}, signal),
    select: (list) => list[0] ?? null,
    staleTime: Infinity,
  });
}
