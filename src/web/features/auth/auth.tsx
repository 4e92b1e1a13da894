// Signing in: who is using the app (GET /api/auth/me), the sign-in and change-password screens,
// the user menu with "Keluar", and `useCan(action)` so screens hide what the user may not do.
// When the server has no accounts (no /api/auth routes), the app runs open and everything shows.
import type { Action } from '../../../domain/permissions.ts';
import { createContext, useContext, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiGet, apiSend, setCsrfToken } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorBox, Loading, usePageTitle } from '../../shared/states.tsx';
import { LanguageSwitch } from '../../shared/language-switch.tsx';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: { role: string; pdKey: string | null }[];
  pdKeys: string[];
  permissions: string[];
  mustChangePassword: boolean;
  isDemo: boolean;
  csrfToken: string;
}

interface Me {
  user: SessionUser | null;
}

/** Every action of the one permission table (src/domain/permissions.ts). */
export type { Action };

interface AuthState {
  /** null: the server has no accounts; every action is open. */
  user: SessionUser | null;
  accounts: boolean;
}

const AuthContext = createContext<AuthState>({ user: null, accounts: false });

export const meKey = ['auth', 'me'] as const;

async function fetchMe(signal?: AbortSignal): Promise<Me | 'no-accounts'> {
  try {
    const me = await apiGet<Me>('/api/auth/me', signal);
    setCsrfToken(me.user?.csrfToken ?? null);
    return me;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return 'no-accounts';
    throw e;
  }
}

export function useAuth(): AuthState {
  return useContext(AuthContext);
}

/** Whether the user may perform an action (always, when the server has no accounts). */
export function useCan(action: Action): boolean {
  const { user, accounts } = useAuth();
  return !accounts || !!user?.permissions.includes(action);
}

function Frame({ children }: { children: ReactNode }) {
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">Peta RB</span>
        </div>
        <div className="header-tools">
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="narrow-main">
        {children}
      </main>
    </div>
  );
}

function LoginPage() {
  const { t } = useT();
  usePageTitle(t('auth.signIn'));
  const qc = useQueryClient();
  const uid = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const m = useMutation({
    mutationFn: () => apiSend<Me>('POST', '/api/auth/login', { username: username.trim(), password }),
    onSuccess: (me) => {
      setCsrfToken(me.user?.csrfToken ?? null);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
      qc.setQueryData(meKey, me);
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (username.trim() && password) m.mutate();
  };
  return (
    <Frame>
      <form className="card login" onSubmit={onSubmit} aria-labelledby={`${uid}-title`}>
        <h1 id={`${uid}-title`}>{t('auth.signIn')}</h1>
        <p className="muted small">{t('auth.intro')}</p>
        {m.isError && <ErrorBox error={m.error} title={t('auth.failed')} />}
        <div className="field">
          <label htmlFor={`${uid}-user`}>{t('auth.username')}</label>
          <input
            id={`${uid}-user`}
            autoComplete="username"
            value={username}
            required
            onChange={(e) => setUsername(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-pass`}>{t('auth.password')}</label>
          <input
            id={`${uid}-pass`}
            type="password"
            autoComplete="current-password"
            value={password}
            required
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <button type="submit" className="primary" disabled={m.isPending || !username.trim() || !password}>
          {m.isPending ? t('state.working') : t('auth.signInButton')}
        </button>
      </form>
    </Frame>
  );
}

/**
 * Changing one's own password: forced after a temporary password (AuthGate), and voluntary from the
 * user menu (features/auth/password-page.tsx), which passes its own intro.
 */
export function ChangePasswordForm({ onDone, intro }: { onDone?: () => void; intro?: string }) {
  const { t } = useT();
  const qc = useQueryClient();
  const uid = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const mismatch = repeat !== '' && next !== repeat;
  const m = useMutation({
    mutationFn: () =>
      apiSend<{ ok: true }>('POST', '/api/auth/password', { currentPassword: current, newPassword: next }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: meKey });
      onDone?.();
    },
  });
  // The server's reason ("Kata sandi saat ini salah.", too short…) under the field it concerns.
  const fieldError = (name: string) =>
    m.error instanceof ApiError
      ? m.error.fields
          .filter((f) => f.field.replace(/^body\./, '') === name)
          .map((f) => f.message)
          .join(' ')
      : '';
  const curErr = fieldError('currentPassword');
  const newErr = fieldError('newPassword');
  return (
    <form
      className="card login"
      aria-labelledby={`${uid}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        if (current && next && !mismatch) m.mutate();
      }}
    >
      <h1 id={`${uid}-title`}>{t('auth.changePassword')}</h1>
      <p className="muted small">{intro ?? t('auth.changePasswordIntro')}</p>
      {m.isError && <ErrorBox error={m.error} />}
      <div className="field">
        <label htmlFor={`${uid}-cur`}>{t('auth.currentPassword')}</label>
        <input
          id={`${uid}-cur`}
          type="password"
          autoComplete="current-password"
          value={current}
          aria-invalid={!!curErr}
          aria-describedby={curErr ? `${uid}-cur-err` : undefined}
          onChange={(e) => setCurrent(e.target.value)}
        />
        {curErr && (
          <p className="field-error" id={`${uid}-cur-err`}>
            {curErr}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${uid}-new`}>{t('auth.newPassword')}</label>
        <input
          id={`${uid}-new`}
          type="password"
          autoComplete="new-password"
          value={next}
          aria-invalid={!!newErr}
          aria-describedby={newErr ? `${uid}-new-err` : undefined}
          onChange={(e) => setNext(e.target.value)}
        />
        {newErr && (
          <p className="field-error" id={`${uid}-new-err`}>
            {newErr}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${uid}-rep`}>{t('auth.repeatPassword')}</label>
        <input
          id={`${uid}-rep`}
          type="password"
          autoComplete="new-password"
          value={repeat}
          aria-invalid={mismatch}
          aria-describedby={mismatch ? `${uid}-rep-err` : undefined}
          onChange={(e) => setRepeat(e.target.value)}
        />
        {mismatch && (
          <p className="field-error" id={`${uid}-rep-err`}>
            {t('auth.mismatch')}
          </p>
        )}
      </div>
      <button type="submit" className="primary" disabled={m.isPending || !current || !next || mismatch}>
        {m.isPending ? t('state.working') : t('action.save')}
      </button>
    </form>
  );
}

/** Signed-in user and "Keluar" (sign out), for the header; `children` (account links) go in between. */
export function UserMenu({ children }: { children?: ReactNode }) {
  const { t } = useT();
  const { user } = useAuth();
  const qc = useQueryClient();
  const m = useMutation({
    mutationFn: () => apiSend<{ ok: true }>('POST', '/api/auth/logout'),
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
        <ChangePasswordForm />
      </Frame>
    );
  }
  return <AuthContext.Provider value={{ user, accounts: true }}>{children}</AuthContext.Provider>;
}
