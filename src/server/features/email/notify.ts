// Creates an in-app notification and, when email is configured, one outbox message per recipient
// with an address — in the caller's transaction, so a notification and its emails are committed
// together. Recipients follow the in-app audience: the user, the people acting for the PD, or the
// STU coordinators when neither is given.
import { sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { emailOutbox, notification } from '../../../db/schema.ts';
import { emailSettings } from './email-settings.ts';

export interface NotificationInput {
  instansiId: string;
  userId?: string | null;
  pdKey?: string | null;
  kind: string;
  title: string;
  body: string;
  link?: string | null;
}

async function recipients(tx: Tx, n: NotificationInput): Promise<{ id: string; email: string }[]> {
  const where = n.userId
    ? sql`u.id = ${n.userId}`
    : n.pdKey
      ? sql`exists (select 1 from role_assignment r where r.user_id = u.id and r.pd_key = ${n.pdKey} and r.role in ('operator_pd','kepala_pd'))`
      : sql`exists (select 1 from role_assignment r where r.user_id = u.id and r.role = 'koordinator_stu')`;
  const rows = (await tx.execute(
    sql`select u.id, u.email from user_account u where u.email is not null and not u.disabled and ${where} order by u.username`,
  )) as unknown as { rows: { id: string; email: string }[] };
  return rows.rows;
}

export async function notify(tx: Tx, n: NotificationInput): Promise<string> {
  const [row] = await tx
    .insert(notification)
    .values({
      instansiId: n.instansiId,
      userId: n.userId ?? null,
      pdKey: n.pdKey ?? null,
      kind: n.kind,
      title: n.title,
      body: n.body,
      link: n.link ?? null,
    })
    .returning({ id: notification.id });
  const settings = emailSettings();
  if (settings) {
    const link = n.link ? `${settings.publicUrl ?? ''}${n.link}` : null;
    const text = [n.body, link ? `Buka: ${link}` : null, '—\nPesan otomatis Peta RB. Jangan membalas email ini.']
      .filter(Boolean)
      .join('\n\n');
    for (const r of await recipients(tx, n))
      await tx.insert(emailOutbox).values({
        instansiId: n.instansiId,
        notificationId: row!.id,
        userId: r.id,
        toAddress: r.email,
        subject: `[Peta RB] ${n.title}`,
        body: text,
      });
  }
  return row!.id;
}
