// Notifications by email: with PETA_RB_SMTP_URL set, a reminder from the completeness monitor (and
// any other notification) is queued in the same transaction and sent over SMTP to the people of
// the PD who have an address; a failing SMTP server loses nothing (the message stays queued with
// the error); without SMTP nothing is queued. Uses a real SMTP server (smtp-server) on a free port.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { skipDb } from './helpers/database.ts';
import { login, type Session } from './helpers/session.ts';

interface Received {
  to: string[];
  raw: string;
}

function startSmtp(received: Received[]): Promise<SMTPServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe.skipIf(skipDb())('email notifications over SMTP', () => {
  let t: TestApp;
  let smtp: SMTPServer;
  let stu: Session;
  let admin: Session;
  let s1: string;
  const received: Received[] = [];
  const outbox = async () =>
    (
      (await t.database.db.execute(
        sql`select to_address, subject, status, attempts, last_error from email_outbox order by to_address`,
      )) as unknown as {
        rows: { to_address: string; subject: string; status: string; attempts: number; last_error: string | null }[];
      }
    ).rows;

  beforeAll(async () => {
    smtp = await startSmtp(received);
    const port = (smtp.server.address() as AddressInfo).port;
    t = await createTestApp({
      fixture: 'small',
      email: {
        smtpUrl: `smtp://127.0.0.1:${port}`,
        from: 'Peta RB <rb@kupangkab.go.id>',
        publicUrl: 'https://petarb.example',
        intervalMs: 600_000,
      },
    });
    stu = await login(t.app, 'stu');
    admin = await login(t.app, 'admin');
    const users = (await admin.request('/api/users')).json() as {
      id: string;
      username: string;
      displayName: string;
      disabled: boolean;
      roles: unknown;
      rowVersion: number;
    }[];
    for (const [username, email] of [
      ['operator.bkpsdm', 'operator.bkpsdm@kupangkab.go.id'],
      ['kepala.bkpsdm', 'kepala.bkpsdm@kupangkab.go.id'],
    ]) {
      const u = users.find((x) => x.username === username)!;
      const res = await admin.request({
        method: 'PUT',
        url: `/api/users/${u.id}`,
        payload: { rowVersion: u.rowVersion, displayName: u.displayName, email, disabled: u.disabled, roles: u.roles },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().user.email).toBe(email);
    }
    const bad = await admin.request({
      method: 'PUT',
      url: `/api/users/${users[0]!.id}`,
      payload: {
        rowVersion: users[0]!.rowVersion,
        displayName: 'x',
        email: 'bukan-email',
        disabled: false,
        roles: users[0]!.roles,
      },
    });
    expect(bad.statusCode).toBe(400);
    s1 = (await stu.request('/api/periode?year=2024')).json().find((p: { code: string }) => p.code === 'S1').id;
  });
  afterAll(async () => {
    await t?.close();
    await new Promise<void>((r) => (smtp ? smtp.close(() => r()) : r()));
  });

  it('sends a reminder to the PD that is behind, to everyone of that PD with an address', async () => {
    const res = await stu.request({
      method: 'POST',
      url: `/api/periode/${s1}/remind`,
      payload: { pdKeys: ['bkpsdm'] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().reminded).toEqual([
      expect.objectContaining({ pdKey: 'bkpsdm', body: expect.stringContaining('belum diisi') }),
    ]);
    // In the app too.
    const operator = await login(t.app, 'operator.bkpsdm');
    const notes = (await operator.request('/api/notifications')).json() as { kind: string }[];
    expect(notes.some((n) => n.kind === 'realisasi_reminder')).toBe(true);
    await t.app.emailDispatcher!.flush();
    expect(received.map((m) => m.to[0]).sort()).toEqual([
      'kepala.bkpsdm@kupangkab.go.id',
      'operator.bkpsdm@kupangkab.go.id',
    ]);
    const raw = received[0]!.raw;
    expect(raw).toMatch(/Subject: .*Pengingat pengisian realisasi S1 2024/);
    expect(raw).toContain('https://petarb.example/monitoring?periode=');
    expect((await outbox()).map((o) => o.status)).toEqual(['sent', 'sent']);
  });

  it('keeps the message queued with the error when the SMTP server is down', async () => {
    await new Promise<void>((r) => smtp.close(() => r()));
    const res = await stu.request({
      method: 'POST',
      url: `/api/periode/${s1}/remind`,
      payload: { pdKeys: ['bkpsdm'] },
    });
    expect(res.statusCode).toBe(200);
    await t.app.emailDispatcher!.flush();
    const rows = await outbox();
    const pending = rows.filter((r) => r.status === 'pending');
    expect(pending).toHaveLength(2);
    expect(pending.every((r) => r.attempts === 1 && r.last_error)).toBe(true);
  });
});

describe.skipIf(skipDb())('notifications without SMTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ fixture: 'small' });
  });
  afterAll(async () => t?.close());

  it('stays in the app: nothing is queued for email', async () => {
    const stu = await login(t.app, 'stu');
    const s1 = (await stu.request('/api/periode?year=2024')).json().find((p: { code: string }) => p.code === 'S1').id;
    const res = await stu.request({ method: 'POST', url: `/api/periode/${s1}/remind`, payload: { pdKeys: null } });
    expect(res.statusCode, res.body).toBe(200);
    // Both PDs of the small road map have an indicator not yet filled in.
    expect(
      res
        .json()
        .reminded.map((r: { pdKey: string }) => r.pdKey)
        .sort(),
    ).toEqual(['bkpsdm', 'bp4d']);
    expect(t.app.emailDispatcher).toBeNull();
    const n = (await t.database.db.execute(sql`select count(*)::int as n from email_outbox`)) as unknown as {
      rows: { n: number }[];
    };
    expect(n.rows[0]!.n).toBe(0);
    const kepala = await login(t.app, 'kepala.bkpsdm');
    expect((await kepala.request({ method: 'POST', url: `/api/periode/${s1}/remind`, payload: {} })).statusCode).toBe(
      403,
    );
  });
});
