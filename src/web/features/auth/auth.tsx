// Signing in: who is using the app (GET /api/auth/me), the sign-in and change-password screens,
// the user menu with "Keluar", and `useCan(action)` so screens hide what the user may not do.
// When the server has no accounts (no /api/auth routes), the app runs open and everything shows.
import type { Action } from '../../../domain/permissions.ts';
import { createContext, useContext, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorBox, Loading } from '../../shared/states.tsx';
import { authApi, fetchMe, meKey, type SessionUser } from './auth-api.ts';
import { Frame } from './auth-frame.tsx';
import { ChangePasswordForm } from './change-password-form.tsx';
import { LoginPage } from './login-page.tsx';

export { ChangePasswordForm };

export type { SessionUser };

/** Every action of the one permission table (src/domain/permissions.ts). */
export type { Action };

interface AuthState {
  /** null: the server has no accounts; every action is open. */
  user: SessionUser | null;
  accounts: boolean;
}

const AuthContext = createContext<AuthState>({ user: null, accounts: false });

export { meKey };

export function useAuth(): AuthState {
  return useContext(AuthContext);
}

/** Whether the user may perform an action (always, when the server has no accounts). */
export function useCan(action: Action): boolean {
  const { user, accounts } = useAuth();
  return !accounts || !!user?.permissions.includes(action);
}

/** Signed-in user and "Keluar" (sign out), for the header; `children` (account links) go in between. */
export function UserMenu({ children }: { children?: ReactNode }) {
  const { t } = useT();
  const { user } = useAuth();
  const qc = useQueryClient();
  const m = useMutation({
    mutationFn: () => authApi.logout(),
    onSettled: () => {
      setCsrfToken(null);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
      qc.setQueryData(meKey, { user: null });
    },
  });
  if (!user) return null;
  return (
    <div className="user-menu">
      <span className="user-name" title={user.username}>
        {user.displayName}
      </span>
      {children}
      <button type="button" className="on-brand" onClick={() => m.mutate()} disabled={m.isPending}>
        {t('auth.signOut')}
      </button>
    </div>
  );
}

/** Shows the sign-in screen until there is a session; then the app, with the user in context. */
export function AuthGate({ children }: { children: ReactNode }) {
  const q = useQuery({ queryKey: meKey, queryFn: ({ signal }) => fetchMe(signal), staleTime: Infinity, retry: 1 });
  if (q.isPending) {
    return (
      <Frame>
        <Loading />
      </Frame>
    );
  }
  if (q.isError) {
    return (
      <Frame>
        <ErrorBox error={q.error} onRetry={() => void q.refetch()} />
      </Frame>
    );
  }
  if (q.data === 'no-accounts')
    return <AuthContext.Provider value={{ user: null, accounts: false }}>{children}</AuthContext.Provider>;
  const user = q.data.user;
  if (!user) return <LoginPage />;
  if (user.mustChangePassword) {
    return (
      <Frame>
        <ChangePasswordForm username={user.username} />
      </Frame>
    );
  }
  return <AuthContext.Provider value={{ user, accounts: true }}>{children}</AuthContext.Provider>;
}
