// Calls and the react-query hook of the Tim Evaluasi Internal of a year (src/server/features/evaluasi/tim.*).
import { useQuery } from '@tanstack/react-query';
import { getTim, saveTim, type Tim, type TimBodyInput } from '../../../domain/contracts/tim-evaluasi.ts';
import { apiCall } from '../../api/call.ts';

export type { Tim, TimBodyInput };

export const timKeys = { year: (year: number) => ['evaluasi', 'tim', year] as const };

export const timApi = {
  get: (year: number, signal?: AbortSignal) => apiCall(getTim, { params: { year } }, signal),
  save: (year: number, body: TimBodyInput) => apiCall(saveTim, { params: { year }, body }),
};

export function useTim(year: number) {
  return useQuery({ queryKey: timKeys.year(year), queryFn: ({ signal }) => timApi.get(year, signal) });
}
