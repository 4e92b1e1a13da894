// The sign-in screen: username and password; on success the session's CSRF token is kept and the
// cached answers of the previous user are dropped.
import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorBox, usePageTitle } from '../../shared/states.tsx';
import { authApi, meKey } from './auth-api.ts';
import { Frame } from './auth-frame.tsx';

export function LoginPage() {
  const { t } = useT();
  usePageTitle(t('auth.signIn'));
  const qc = useQueryClient();
  const uid = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const m = useMutation({
    mutationFn: () => authApi.login(username, password),
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
