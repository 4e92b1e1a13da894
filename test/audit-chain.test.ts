// The audit trail's hash chain (issue #9, item 6): the database sets id, `at` and the hashes, so the
// app cannot back-date an event; concurrent writers do not fork the chain; and `verifyAuditChain`
// finds a changed, a deleted and an inserted row, each tampered with as the database owner; the
// migration chains the events that existed before it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditEvent } from '../src/db/schema.ts';
import { insertAuditEvent } from '../src/server/audit-trail.repository.ts';
import { verifyAuditChain } from '../src/db/audit-verify.ts';
import { queryRows } from '../src/db/sql-rows.ts';
import { openDatabase } from '../src/db/client.ts';
import { migrationsFolder, runMigrations } from '../src/db/migrate.ts';
import { createTestDatabase, skipDb, testDbKind, type TestDatabase } from './helpers/database.ts';

const ctx = { actor: 'tester', actorRole: 'admin', ip: '127.0.0.1', requestId: 'req-1' };

async function addEvents(database: TestDatabase, n: number) {
  for (let i = 0; i < n; i++) {
    await insertAuditEvent(database.db, ctx, {
      instansiId: null,
      action: 'test.write',
      entityType: 'test',
      entityId: `e${i}`,
      before: i === 0 ? null : { n: i - 1, teks: 'ünïcode ✓' },
      after: { n: i, nested: { a: [1, 2.5, 'x'] } },
      pdKey: i % 2 ? 'bp4d' : null,
    });
  }
}

const ids = async (database: TestDatabase) =>
  (await queryRows<{ id: number }>(database.db, sql`select id::int as id from audit_event order by id`)).map(
    (r) => r.id,
  );

describe.skipIf(skipDb())('audit hash chain', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase({ seed: false });
    await addEvents(database, 5);
  });
  afterEach(() => database.close());

  it('chains every event and lets the database, not the app, set the time', async () => {
    await database.db.insert(auditEvent).values({
      actor: 'x',
      action: 'backdate',
      entityType: 't',
      entityId: '1',
      at: new Date('2000-01-01T00:00:00Z'),
      prevHash: 'forged',
      hash: 'forged',
    });
    const [row] = await queryRows<{ at: string; prev_hash: string; hash: string }>(
      database.db,
      sql`select at::text as at, prev_hash, hash from audit_event where action = 'backdate'`,
    );
    expect(row!.at.startsWith('2000')).toBe(false);
    expect(row!.prev_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.hash).not.toBe('forged');
    const result = await verifyAuditChain(database.db);
    expect(result).toMatchObject({ ok: true, count: 6, headHash: row!.hash });
  });

  it('keeps one chain under concurrent writers', async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        database.db.transaction(async (tx) => {
          await insertAuditEvent(tx, ctx, {
            instansiId: null,
            action: 'c',
            entityType: 't',
            entityId: `a${i}`,
            before: null,
            after: null,
          });
          await insertAuditEvent(tx, ctx, {
            instansiId: null,
            action: 'c',
            entityType: 't',
            entityId: `b${i}`,
            before: null,
            after: null,
          });
        }),
      ),
    );
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, count: 21 });
  });

  // Tampering needs the owner's rights (the app role cannot lift the trigger: test/db-roles.test.ts).
  const asOwner = async (statement: ReturnType<typeof sql>) => {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_event disable trigger user`);
      await tx.execute(statement);
      await tx.execute(sql`alter table audit_event enable trigger user`);
    });
  };

  it('reports a changed row', async () => {
    const [, second] = await ids(database);
    await asOwner(sql`update audit_event set actor = 'someone else' where id = ${second}`);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, brokenId: second, reason: 'hash_mismatch' });
  });

  it('reports a deleted row at the event after it', async () => {
    const [, second, third] = await ids(database);
    await asOwner(sql`delete from audit_event where id = ${second}`);
    expect(await verifyAuditChain(database.db)).toMatchObject({
      ok: false,
      brokenId: third,
      reason: 'prev_hash_mismatch',
    });
  });

  it('reports a row inserted into the chain, even one with a correctly computed hash', async () => {
    const [first, second] = await ids(database);
    expect(second! - first!).toBeGreaterThan(1); // ids drawn under the lock leave gaps
    await asOwner(sql`insert into audit_event (id, actor, action, entity_type, entity_id, prev_hash, hash, at)
      select ${first! + 1}, 'intruder', 'forged', 't', 'x', hash, '', now() from audit_event where id = ${first}`);
    await asOwner(sql`update audit_event e set hash = audit_event_hash(e) where id = ${first! + 1}`);
    expect(await verifyAuditChain(database.db)).toMatchObject({
      ok: false,
      brokenId: second,
      reason: 'prev_hash_mismatch',
    });
  });
});

// Migration 0007 chains the events written before it, in id order.
describe.skipIf(testDbKind() === 'pg')('audit hash chain migration', () => {
  it('gives existing events their hashes', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peta-rb-mig-'));
    const database = await openDatabase({ kind: 'pglite-memory' });
    try {
      // The migrations up to 0006, as a database written by the previous release.
      fs.cpSync(migrationsFolder, dir, { recursive: true });
      const journalFile = path.join(dir, 'meta', '_journal.json');
      const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
      journal.entries = journal.entries.filter((e) => e.tag < '0007');
      fs.writeFileSync(journalFile, JSON.stringify(journal));
      const pglite = database.db as unknown as PgliteDatabase;
      await migrate(pglite, { migrationsFolder: dir });
      for (const n of [1, 2, 3]) {
        await database.db.execute(
          sql`insert into audit_event (actor, action, entity_type, entity_id, after) values ('old', 'x', 't', ${String(n)}, ${JSON.stringify({ n })}::jsonb)`,
        );
      }
      await runMigrations(database);
      expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, count: 3 });
    } finally {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
