// Ganti kata sandi: the voluntary password change of any signed-in user, reached from the user menu;
// it reuses the forced-change form of auth.tsx with its own intro and a success message.
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { usePageTitle } from '../../shared/states.tsx';
import { ChangePasswordForm, useAuth } from './auth.tsx';
import './account.css';

export function PasswordPage() {
  const { t } = useT();
  usePageTitle(t('account.title'));
  const { user, accounts } = useAuth();
  const [done, setDone] = useState(false);
  if (!accounts || !user) {
    return (
      <div className="password-page">
        <h1>{t('account.title')}</h1>
        <p className="notice notice-info">{t('account.noAccounts')}</p>
      </div>
    );
  }
  if (done) {
    return (
      <div className="password-page">
        <h1>{t('account.title')}</h1>
        <p className="notice notice-success" role="status">
          {t('account.done')}
        </p>
        <p>
          <Link to="/">{t('account.back')}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="password-page">
      <ChangePasswordForm username={user.username} intro={t('account.intro')} onDone={() => setDone(true)} />
    </div>
  );
}
