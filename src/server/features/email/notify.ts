// Creates an in-app notification and, when email is configured, one outbox message per recipient
// with an address — in the caller's transaction, so a notification and its emails are committed
// together. Recipients follow the in-app audience: the user, the people acting for the PD, or the
// STU coordinators when neither is given.
import type { Tx } from '../../../db/client.ts';
import { recordNotification } from '../monitoring/notification.service.ts';
import { emailSettings } from './email-settings.ts';
import { insertOutbox, recipientsOf } from './email.repository.ts';

export interface NotificationInput {
  instansiId: string;
  userId?: string | null;
  pdKey?: string | null;
  kind: string;
  title: string;
  body: string;
  link?: string | null;
}

export async function notify(tx: Tx, n: NotificationInput): Promise<string> {
  const id = await recordNotification(tx, {
    instansiId: n.instansiId,
    userId: n.userId ?? null,
    pdKey: n.pdKey ?? null,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link ?? null,
  });
  const settings = emailSettings();
  if (settings) {
    const link = n.link ? `${settings.publicUrl ?? ''}${n.link}` : null;
    const text = [n.body, link ? `Buka: ${link}` : null, '—\nPesan otomatis Peta RB. Jangan membalas email ini.']
      .filter(Boolean)
      .join('\n\n');
    for (const r of await recipientsOf(tx, n))
      await insertOutbox(tx, {
        instansiId: n.instansiId,
        notificationId: id,
        userId: r.id,
        toAddress: r.email,
        subject: `[Peta RB] ${n.title}`,
        body: text,
      });
  }
  return id;
}
