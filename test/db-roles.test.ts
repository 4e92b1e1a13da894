// The production roles on PostgreSQL (issue #9, item 6): migrations as the owner, the app as the app
// role, which starts, writes and audits normally but cannot rewrite the audit trail in any way.
// PGlite has a single user, so this runs on the PostgreSQL project only.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { grantAppRole } from '../src/db/roles.ts';
import { verifyAuditChain } from '../src/db/audit-verify.ts';
import { insertAuditEvent } from '../src/server/audit-trail.repository.ts';
import { seedIfEmpty } from '../src/server/seed/seed.ts';
import { pgUrl, testDbKind } from './helpers/database.ts';

const suffix = randomUUID().replaceAll('-', '').slice(0, 10);
const [owner, appRole, dbName] = [`peta_owner_${suffix}`, `peta_app_${suffix}`, `peta_roles_${suffix}`];

async function admin(statements: string[]) {
  const client = new pg.Client({ connectionString: pgUrl()! });
  await client.connect();
  try {
    for (const s of statements) await client.query(s);
  } finally {
    await client.end();
  }
}

function urlAs(user: string) {
  const url = new URL(pgUrl()!);
  url.username = user;
  url.pathname = `/${dbName}`;
  return url.toString();
}

describe.skipIf(testDbKind() !== 'pg' || !pgUrl())('database roles on PostgreSQL', () => {
  let app: Database;
  beforeAll(async () => {
    await admin([
      `create role ${owner} login`,
      `create role ${appRole} login`,
      `create database ${dbName} owner ${owner}`,
    ]);
    const asOwner = await openDatabase({ kind: 'postgres', url: urlAs(owner), poolSize: 1 });
    await runMigrations(asOwner);
    await grantAppRole(asOwner, appRole);
    await asOwner.close();
    app = await openDatabase({ kind: 'postgres', url: urlAs(appRole), poolSize: 2 });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await admin([
      `drop database if exists ${dbName}`,
      `drop role if exists ${appRole}`,
      `drop role if exists ${owner}`,
    ]);
  });

  it('lets the app role start, seed and audit, and nothing more on audit_event', async () => {
    await runMigrations(app); // up to date: a no-op the app role may run
    expect(await seedIfEmpty(app.db)).toBe(true);
    await insertAuditEvent(
      app.db,
      { actor: 'admin', actorRole: 'admin', ip: null, requestId: null },
      { instansiId: null, action: 'test', entityType: 't', entityId: '1', before: null, after: { ok: true } },
    );
    expect(await verifyAuditChain(app.db)).toMatchObject({ ok: true });
    await app.db.execute(sql`update road_map set title = title`); // ordinary rights elsewhere
    for (const attempt of [
      sql`update audit_event set actor = 'x'`,
      sql`delete from audit_event`,
      sql`truncate audit_event`,
      sql`alter table audit_event disable trigger user`,
      sql`alter table audit_event disable trigger audit_event_chain`,
      sql`drop trigger audit_event_no_update on audit_event`,
      sql`create or replace function audit_event_chain() returns trigger as $$ begin return new; end $$ language plpgsql`,
      sql`select setval('audit_event_id_seq', 1)`,
      sql`create table audit_copy (id int)`,
    ]) {
      const err = await app.db.execute(attempt).then(
        () => null,
        (e: unknown) => (e as { cause?: { code?: string; message?: string } }).cause,
      );
      // Refused by the rights themselves (42501), before the append-only trigger is even reached.
      expect(err, attempt.queryChunks.join('')).toMatchObject({
        code: '42501',
        message: expect.stringMatching(/permission denied|must be owner/),
      });
    }
  });
});
