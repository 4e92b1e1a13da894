// Calls and the react-query hook of what is overdue (src/server/features/terlambat/*): meeting
// follow-ups past their due day and complaints past their deadline, and the STU's reminder.
import { useQuery } from '@tanstack/react-query';
import { getTerlambat, remindTerlambat, type Terlambat } from '../../../domain/contracts/terlambat.ts';
import { apiCall } from '../../api/call.ts';

export type { Terlambat };

export const terlambatKeys = { all: ['terlambat'] as const };

export const terlambatApi = {
  get: (signal?: AbortSignal) => apiCall(getTerlambat, {}, signal),
  remind: () => apiCall(remindTerlambat, { body: { pdKeys: null } }),
};

export function useTerlambat(enabled = true) {
  return useQuery({ queryKey: terlambatKeys.all, queryFn: ({ signal }) => terlambatApi.get(signal), enabled });
}
