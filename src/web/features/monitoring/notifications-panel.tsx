// The notifications tab of Pemantauan: the user's notifications, newest first, each linking to the
// period it is about and with a button to mark it read.
import { Link } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { Empty, ErrorBox, Loading } from '../../shared/states.tsx';
import { useAuth } from '../auth/auth.tsx';
import { monitoringApi, monitoringKeys, useNotifications } from './monitoring-api.ts';

/** The server links a notification to "/monitoring?periode=…": the same period on this page. */
function notificationHref(link: string | null): string | null {
  if (!link) return null;
  const query = link.split('?')[1];
  return query ? `?${query}` : null;
}

export function NotificationsPanel() {
  const { t } = useT();
  const fmt = useFormat();
  const { user } = useAuth();
  const qc = useQueryClient();
  const q = useNotifications(!!user);
  const read = useMutation({
    mutationFn: (id: string) => monitoringApi.markRead(id),
    onSuccess: () => qc.invalidateQueries({ queryKey: monitoringKeys.notifications }),
  });
  if (!user) return <Empty>{t('mon.noNotifications')}</Empty>;
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data.length) return <Empty>{t('mon.noNotifications')}</Empty>;
  return (
    <ul className="notifications">
      {q.data.map((n) => {
        const href = notificationHref(n.link);
        return (
          <li key={n.id} className={n.read ? 'read' : 'unread'}>
            <strong>{n.title}</strong> <span className="muted small">{fmt.dateTime(n.createdAt)}</span>
            {n.body && <p>{n.body}</p>}
            {href && <Link to={`${href}&tab=isi`}>{t('mon.openEntry')}</Link>}{' '}
            {!n.read && (
              <button type="button" disabled={read.isPending} onClick={() => read.mutate(n.id)}>
                {t('mon.markRead')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
