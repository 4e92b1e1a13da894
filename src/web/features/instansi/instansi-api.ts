// Calls and react-query hooks of the super-administrator's instansi screen
// (src/server/features/instansi/*), typed by the contract.
import { useQuery } from '@tanstack/react-query';
import {
  addInstansiAdmin,
  createServerInstansi,
  listServerInstansi,
  updateServerInstansi,
  type CreateInstansiBody,
  type FirstAdminBody,
  type InstansiRecord,
  type UpdateInstansiBody,
} from '../../../domain/contracts/instansi.ts';
import { apiCall } from '../../api/call.ts';

export type { CreateInstansiBody, FirstAdminBody, InstansiRecord, UpdateInstansiBody };

export const instansiKeys = { list: ['server-instansi'] as const };

export const instansiApi = {
  list: (signal?: AbortSignal) => apiCall(listServerInstansi, {}, signal),
  create: (body: CreateInstansiBody) => apiCall(createServerInstansi, { body }),
  update: (id: string, body: UpdateInstansiBody) => apiCall(updateServerInstansi, { params: { id }, body }),
  addAdmin: (id: string, body: FirstAdminBody) => apiCall(addInstansiAdmin, { params: { id }, body }),
};

export function useServerInstansi() {
  return useQuery({ queryKey: instansiKeys.list, queryFn: ({ signal }) => instansiApi.list(signal) });
}
