// Sends the email outbox over SMTP (nodemailer): pending messages are claimed one by one (so two
// processes never send the same message), sent, and marked; a failure puts the message back with
// the error and it is retried, up to MAX_ATTEMPTS, then marked failed. Runs on an interval and on
// demand (flush) after a notification is committed.
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../../../db/client.ts';
import * as repo from './email.repository.ts';

export const MAX_ATTEMPTS = 5;

export interface DispatcherOptions {
  smtpUrl: string;
  from: string;
  intervalMs?: number;
  onError?: (err: unknown) => void;
}

export class EmailDispatcher {
  private readonly transport: Transporter;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly db: Db,
    private readonly opts: DispatcherOptions,
  ) {
    this.transport = nodemailer.createTransport(opts.smtpUrl);
  }

  start(): void {
    this.timer = setInterval(
      () => void this.flush().catch(this.opts.onError ?? (() => {})),
      this.opts.intervalMs ?? 15_000,
    );
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
    this.transport.close();
  }

  /** Sends what is pending now; returns how many were sent. Concurrent calls share one run. */
  flush(): Promise<number> {
    this.running ??= this.sendPending().finally(() => (this.running = null));
    return this.running;
  }

  private async sendPending(): Promise<number> {
    let sent = 0;
    for (const id of await repo.pendingIds(this.db, 50)) {
      // Claim: only one process moves a message out of "pending".
      const msg = await repo.claimPending(this.db, id);
      if (!msg) continue;
      try {
        await this.transport.sendMail({
          from: this.opts.from,
          to: msg.toAddress,
          subject: msg.subject,
          text: msg.body,
        });
        sent++;
      } catch (err) {
        await repo.releaseFailed(
          this.db,
          id,
          msg.attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
          err instanceof Error ? err.message.slice(0, 500) : String(err).slice(0, 500),
        );
      }
    }
    return sent;
  }
}
