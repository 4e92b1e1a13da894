// Header bell: the number of unread notifications, linking to the list on the Pemantauan page.
import { Link } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { useAuth } from '../auth/auth.tsx';
import { useNotifications } from './monitoring-api.ts';

export function NotificationBell({ href }: { href: string }) {
  const { t } = useT();
  const { user } = useAuth();
  const q = useNotifications(!!user);
  if (!user) return null;
  const unread = q.data?.filter((n) => !n.read).length ?? 0;
  return (
    <Link to={href} className="bell on-brand" title={t('mon.notifications')}>
      <span aria-hidden="true">🔔</span>
      <span className="visually-hidden">{t('mon.notifications')}</span>
      {unread > 0 && <span className="bell-count">{t('mon.unread', { n: unread })}</span>}
    </Link>
  );
}
