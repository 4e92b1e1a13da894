// SQL for in-app notifications: those addressed to the user, to a PD the user acts for, or — for the STU —
// to the coordinators (no PD). Creating them (and their emails) is src/server/features/email/notify.ts.
import { and, desc, eq, isNull, or, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { notification } from '../../../db/schema.ts';
import { ownPdKeys } from '../../../domain/permissions.ts';
import type { SessionUser } from '../auth/auth.service.ts';

function audience(user: SessionUser): SQL {
  const conds: SQL[] = [eq(notification.userId, user.id)];
  const pds = ownPdKeys(user.roles);
  if (pds.length) conds.push(inArray(notification.pdKey, pds));
  if (user.roles.some((r) => r.role === 'koordinator_stu'))
    conds.push(and(isNull(notification.pdKey), isNull(notification.userId))!);
  return or(...conds)!;
}

export async function listNotifications(db: Db, user: SessionUser) {
  const rows = await db
    .select()
    .from(notification)
    .where(audience(user))
    .orderBy(desc(notification.createdAt))
    .limit(100);
  return rows.map((n) => ({
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    pdKey: n.pdKey,
    createdAt: n.createdAt.toISOString(),
    read: n.readAt !== null,
  }));
}

export async function markRead(db: Db, user: SessionUser, id: string): Promise<boolean> {
  const rows = await db
    .update(notification)
    .set({ readAt: new Date() })
    .where(and(eq(notification.id, id), audience(user)))
    .returning({ id: notification.id });
  return rows.length === 1;
}
