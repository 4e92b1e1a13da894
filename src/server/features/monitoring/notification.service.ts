// In-app notifications of the signed-in user: the list as the bell and the monitoring page show it,
// and marking one read. Written by src/server/features/email/notify.ts.
import type { Db, Tx } from '../../../db/client.ts';
import type { Notification } from '../../../domain/contracts/monitoring.ts';
import { notFound } from '../../errors.ts';
import type { SessionUser } from '../auth/auth.service.ts';
import * as repo from './notification.repository.ts';

export function presentNotification(n: repo.NotificationRow): Notification {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    pdKey: n.pdKey,
    createdAt: n.createdAt.toISOString(),
    read: n.readAt !== null,
  };
}

export async function listNotifications(db: Db, user: SessionUser): Promise<Notification[]> {
  return (await repo.listNotifications(db, user)).map(presentNotification);
}

export async function markRead(db: Db, user: SessionUser, id: string): Promise<{ ok: true }> {
  if (!(await repo.markRead(db, user, id))) throw notFound({ id: 'Notifikasi', en: 'Notification' }, id);
  return { ok: true };
}

/** Writes a notification in the caller's transaction (its emails: src/server/features/email/notify.ts). */
export const recordNotification = (tx: Tx, row: Parameters<typeof repo.insertNotification>[1]) =>
  repo.insertNotification(tx, row);
