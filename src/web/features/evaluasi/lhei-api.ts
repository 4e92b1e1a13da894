// Calls and the react-query hook of the year's LHEI (src/server/features/evaluasi/lhei*). Shapes
// are the contract's (src/domain/contracts/lhei.ts).
import { useQuery } from '@tanstack/react-query';
import * as c from '../../../domain/contracts/lhei.ts';
import { apiCall, downloadUrl } from '../../api/call.ts';

export type { Lhei, LheiBodyInput } from '../../../domain/contracts/lhei.ts';

export const lheiKeys = { year: (year: number) => ['evaluasi', 'lhei', year] as const };

export const lheiApi = {
  get: (year: number, signal?: AbortSignal) => apiCall(c.getLhei, { params: { year } }, signal),
  save: (year: number, body: c.LheiBodyInput) => apiCall(c.saveLhei, { params: { year }, body }),
  final: (year: number, rowVersion: number) => apiCall(c.finalizeLhei, { params: { year }, body: { rowVersion } }),
  reopen: (year: number, rowVersion: number) => apiCall(c.reopenLhei, { params: { year }, body: { rowVersion } }),
};

export const lheiHref = (year: number, kind: 'pdf' | 'xlsx') =>
  downloadUrl(kind === 'pdf' ? c.lheiPdf : c.lheiXlsx, { params: { year } });

export function useLhei(year: number) {
  return useQuery({ queryKey: lheiKeys.year(year), queryFn: ({ signal }) => lheiApi.get(year, signal), retry: false });
}
