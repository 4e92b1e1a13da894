// Shapes, calls and react-query hooks of account administration (src/server/features/users/*) and
// the perangkat daerah list the role picker offers.
import { useQuery } from '@tanstack/react-query';
import type { RoleAssignment } from '../../../domain/permissions.ts';
import { apiGet, apiSend } from '../../api/client.ts';
import { listPerangkatDaerah } from '../../../domain/contracts/perangkat-daerah.ts';
import { apiCall } from '../../api/call.ts';

/** One account as GET /api/users returns it (publicAccount on the server). */
export interface Account {
  id: string;
  username: string;
  displayName: string;
  /** Where notifications are mailed when the server has SMTP configured. */
  email: string | null;
  disabled: boolean;
  isDemo: boolean;
  mustChangePassword: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  rowVersion: number;
  roles: RoleAssignment[];
}

export interface CreateAccountBody {
  username: string;
  displayName: string;
  email: string | null;
  roles: RoleAssignment[];
}

export interface UpdateAccountBody {
  rowVersion: number;
  displayName: string;
  email: string | null;
  disabled: boolean;
  roles: RoleAssignment[];
}

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

const enc = encodeURIComponent;

export const usersApi = {
  list: (signal?: AbortSignal) => apiGet<Account[]>('/api/users', signal),
  create: (body: CreateAccountBody) =>
    apiSend<{ user: Account; temporaryPassword: string | null }>('POST', '/api/users', body),
  update: (id: string, body: UpdateAccountBody) => apiSend<{ user: Account }>('PUT', `/api/users/${enc(id)}`, body),
  resetPassword: (id: string) => apiSend<{ temporaryPassword: string }>('POST', `/api/users/${enc(id)}/reset-password`),
  // Without a versionId the server answers with the active version's list: every PD of the instansi.
  pdOptions: (signal?: AbortSignal) => apiCall(listPerangkatDaerah, {}, signal),
};

export function useAccounts(enabled = true) {
  return useQuery({ queryKey: usersKeys.list, queryFn: ({ signal }) => usersApi.list(signal), enabled });
}

export interface PdOption {
  key: string;
  shortName: string;
  name: string;
}

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
