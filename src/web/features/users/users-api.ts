// Shapes, calls and react-query hooks of account administration (src/server/features/users/*) and
// the perangkat daerah list the role picker offers.
import { useQuery } from '@tanstack/react-query';
import { listPerangkatDaerah, type PdListItem } from '../../../domain/contracts/perangkat-daerah.ts';
import {
  createUser,
  listUsers,
  resetUserPassword,
  updateUser,
  type Account,
  type CreateAccountBody,
  type UpdateAccountBody,
} from '../../../domain/contracts/users.ts';
import { apiCall } from '../../api/call.ts';

export type { Account, CreateAccountBody, UpdateAccountBody };

/** details of a 409 STALE_WRITE on an account: the account as it is now. */
export interface StaleAccountDetails {
  current?: { user?: Account };
}

export const usersKeys = {
  list: ['users'] as const,
  // Under the 'perangkat-daerah' prefix so a PD edit elsewhere refreshes the picker too; 'latest'
  // never collides with a version id.
  pdOptions: ['perangkat-daerah', 'latest'] as const,
};

export const usersApi = {
  list: (signal?: AbortSignal) => apiCall(listUsers, {}, signal),
  create: (body: CreateAccountBody) => apiCall(createUser, { body }),
  update: (id: string, body: UpdateAccountBody) => apiCall(updateUser, { params: { id }, body }),
  resetPassword: (id: string) => apiCall(resetUserPassword, { params: { id } }),
  // Without a versionId the server answers with the active version's list: every PD of the instansi.
  pdOptions: (signal?: AbortSignal) => apiCall(listPerangkatDaerah, {}, signal),
};

export function useAccounts(enabled = true) {
  return useQuery({ queryKey: usersKeys.list, queryFn: ({ signal }) => usersApi.list(signal), enabled });
}

/** A perangkat daerah as the role picker offers it. */
export type PdOption = Pick<PdListItem['pd'], 'key' | 'shortName' | 'name'>;

export function usePdOptions(enabled = true) {
  return useQuery({
    queryKey: usersKeys.pdOptions,
    queryFn: ({ signal }) => usersApi.pdOptions(signal),
    select: (list): PdOption[] =>
      list.items
        .map((i) => ({ key: i.pd.key, shortName: i.pd.shortName, name: i.pd.name }))
        .sort((a, b) => a.shortName.localeCompare(b.shortName, 'id')),
    enabled,
  });
}
