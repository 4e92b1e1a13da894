// SQL for the email outbox: who receives a notification by email, queueing a message, and the
// dispatcher's claim/release of pending messages (docs/decisions/0009-email-outbox.md).
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { emailOutbox } from '../../../db/schema.ts';

export type OutboxRow = typeof emailOutbox.$inferSelect;

/** Who a notification reaches: the user, the people acting for the PD, or the STU coordinators. */
export async function recipientsOf(
  tx: Tx,
  to: { userId?: string | null; pdKey?: string | null },
): Promise<{ id: string; email: string }[]> {
  const where = to.userId
    ? sql`u.id = ${to.userId}`
    : to.pdKey
      ? sql`exists (select 1 from role_assignment r where r.user_id = u.id and r.pd_key = ${to.pdKey} and r.role in ('operator_pd','kepala_pd'))`
      : sql`exists (select 1 from role_assignment r where r.user_id = u.id and r.role = 'koordinator_stu')`;
  const rows = (await tx.execute(
    sql`select u.id, u.email from user_account u where u.email is not null and not u.disabled and ${where} order by u.username`,
  )) as unknown as { rows: { id: string; email: string }[] };
  return rows.rows;
}

export async function insertOutbox(tx: Tx, row: typeof emailOutbox.$inferInsert): Promise<void> {
  await tx.insert(emailOutbox).values(row);
}

export async function pendingIds(tx: Tx, limit: number): Promise<string[]> {
  const rows = await tx
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(eq(emailOutbox.status, 'pending'))
    .orderBy(asc(emailOutbox.createdAt))
    .limit(limit);
  return rows.map((r) => r.id);
}

/** Claims a pending message (marks it sent, counts the attempt); null when another process took it. */
export async function claimPending(tx: Tx, id: string): Promise<OutboxRow | null> {
  const [msg] = await tx
    .update(emailOutbox)
    .set({ status: 'sent', sentAt: new Date(), attempts: sql`${emailOutbox.attempts} + 1` })
    .where(and(eq(emailOutbox.id, id), eq(emailOutbox.status, 'pending')))
    .returning();
  return msg ?? null;
}

/** Puts a claimed message back after a failed send (pending again, or failed for good). */
export async function releaseFailed(tx: Tx, id: string, status: 'pending' | 'failed', error: string): Promise<void> {
  await tx.update(emailOutbox).set({ status, sentAt: null, lastError: error }).where(eq(emailOutbox.id, id));
}
