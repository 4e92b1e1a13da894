// The "Ganti kata sandi" link of the header's user menu (the page itself loads on first visit).
import { NavLink } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import './account.css';

export const PASSWORD_PATH = '/akun/kata-sandi';

export function ChangePasswordLink() {
  const { t } = useT();
  return (
    <NavLink to={PASSWORD_PATH} className="account-link">
      {t('account.link')}
    </NavLink>
  );
}
