// SQL for in-app notifications: writing one, and reading those addressed to the user, to a PD the
// user acts for, or — for the STU — to the coordinators (no PD). Their emails: src/server/features/email.
import { and, desc, eq, isNull, or, inArray, type SQL } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { notification } from '../../../db/schema.ts';
import { ownPdKeys } from '../../../domain/permissions.ts';
import type { SessionUser } from '../auth/auth.service.ts';

export type NotificationRow = typeof notification.$inferSelect;

function audience(user: SessionUser): SQL {
  const conds: SQL[] = [eq(notification.userId, user.id)];
  const pds = ownPdKeys(user.roles);
  if (pds.length) conds.push(inArray(notification.pdKey, pds));
  if (user.roles.some((r) => r.role === 'koordinator_stu'))
    conds.push(and(isNull(notification.pdKey), isNull(notification.userId))!);
  return or(...conds)!;
}

export async function insertNotification(tx: Tx, row: typeof notification.$inferInsert): Promise<string> {
  const [out] = await tx.insert(notification).values(row).returning({ id: notification.id });
  return out!.id;
}

/** The latest 100 notifications the user may see, newest first. */
export async function listNotifications(tx: Tx, user: SessionUser): Promise<NotificationRow[]> {
  return tx.select().from(notification).where(audience(user)).orderBy(desc(notification.createdAt)).limit(100);
}

export async function markRead(tx: Tx, user: SessionUser, id: string): Promise<boolean> {
  const rows = await tx
    .update(notification)
    .set({ readAt: new Date() })
    .where(and(eq(notification.id, id), audience(user)))
    .returning({ id: notification.id });
  return rows.length === 1;
}
