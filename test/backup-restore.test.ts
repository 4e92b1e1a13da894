// Whole-installation backup and restore (issue #9, items 9 and 10): a seeded database with evidence
// files and audit events is backed up while open, restored into an empty database and an empty
// evidence directory, and every table and every evidence file is compared; on the PostgreSQL project
// the same is done from PGlite to PostgreSQL (the move). A non-empty target and a corrupt archive are refused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { backupTables } from '../src/db/backup/tables.ts';
import { queryRows } from '../src/db/sql-rows.ts';
import { evidenceFile } from '../src/db/schema.ts';
import { insertAuditEvent } from '../src/server/audit-trail.repository.ts';
import { EvidenceStore } from '../src/server/features/monitoring/evidence.store.ts';
import { seedIfEmpty } from '../src/server/seed/seed.ts';
import { writeBackup } from '../src/server/operations/backup.ts';
import { restoreBackup } from '../src/server/operations/restore.ts';
import { createTestDatabase, skipDb, testDbKind } from './helpers/database.ts';
import { createTestApp } from './helpers/app.ts';
import { login } from './helpers/session.ts';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peta-rb-backup-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Fills a database beyond the seed: evidence files (on disk and in the table) and audit events. */
async function addContent(database: Database, evidenceDir: string) {
  const store = new EvidenceStore(evidenceDir);
  for (const text of ['bukti pertama', 'bukti kedua ✓', 'x'.repeat(5000)]) {
    const bytes = Buffer.from(text, 'utf8');
    const sha256 = await store.put(bytes);
    await database.db.insert(evidenceFile).values({ sha256, sizeBytes: bytes.length, mime: 'text/plain', kind: 'txt' });
  }
  await insertAuditEvent(
    database.db,
    { actor: 'admin', actorRole: 'admin', ip: null, requestId: null },
    { instansiId: null, action: 'test', entityType: 't', entityId: '1', before: { a: 1.1 }, after: { a: [2] } },
  );
}

/** Every row of every table, as the database renders it (independent of the backup's own checksums). */
async function snapshot(database: Database) {
  const out: Record<string, string[]> = {};
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`set local time zone 'UTC'`);
    for (const t of backupTables()) {
      const rows = await queryRows<{ line: string }>(
        tx,
        sql`select row_to_json(t)::text as line from ${sql.identifier(t.name)} t`,
      );
      out[t.name] = rows.map((r) => r.line).sort();
    }
  });
  return out;
}

function evidenceFiles(evidenceDir: string) {
  return Object.fromEntries(
    fs
      .readdirSync(evidenceDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [e.name, fs.readFileSync(path.join(e.parentPath, e.name)).toString('base64')]),
  );
}

async function roundTrip(source: Database, target: Database, label: string) {
  const srcEvidence = path.join(dir, `${label}-src`);
  const dstEvidence = path.join(dir, `${label}-dst`);
  await addContent(source, srcEvidence);
  const archive = path.join(dir, `${label}.tar`);
  const manifest = await writeBackup(source, srcEvidence, fs.createWriteStream(archive));
  expect(manifest.evidence).toHaveLength(3);
  expect(manifest.tables.audit_event!.rows).toBeGreaterThan(0);
  await restoreBackup(archive, target, dstEvidence);
  const [before, after] = [await snapshot(source), await snapshot(target)];
  expect(Object.keys(after)).toEqual(Object.keys(before));
  for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
  expect(before.road_map_version!.length).toBeGreaterThan(0);
  expect(evidenceFiles(dstEvidence)).toEqual(evidenceFiles(srcEvidence));
  // The restored database goes on writing a valid chain after the restored events.
  await insertAuditEvent(
    target.db,
    { actor: 'admin', actorRole: 'admin', ip: null, requestId: null },
    { instansiId: null, action: 'after', entityType: 't', entityId: '2', before: null, after: null },
  );
  return archive;
}

describe.skipIf(skipDb())('backup and restore', () => {
  it('round-trips every table and evidence file, and refuses a non-empty target or a corrupt archive', async () => {
    const source = await createTestDatabase({ seed: true });
    const target = await createTestDatabase({ seed: false });
    try {
      const archive = await roundTrip(source, target, testDbKind());
      const { verifyAuditChain } = await import('../src/db/audit-verify.ts');
      expect(await verifyAuditChain(target.db)).toMatchObject({ ok: true });
      await expect(restoreBackup(archive, target, path.join(dir, 'other'))).rejects.toThrow(/tidak kosong/);
      // One byte of an evidence file changed in the archive: refused, nothing restored.
      const bytes = fs.readFileSync(archive);
      const at = bytes.indexOf(Buffer.from('bukti kedua'));
      bytes[at] = 'B'.charCodeAt(0);
      const corrupt = path.join(dir, 'corrupt.tar');
      fs.writeFileSync(corrupt, bytes);
      const empty = await createTestDatabase({ seed: false });
      try {
        await expect(restoreBackup(corrupt, empty, path.join(dir, 'corrupt-dst'))).rejects.toThrow(/rusak/);
        expect(await queryRows(empty.db, sql`select 1 from road_map`)).toHaveLength(0);
      } finally {
        await empty.close();
      }
    } finally {
      await source.close();
      await target.close();
    }
  }, 120_000);

  it.skipIf(testDbKind() !== 'pg')(
    'moves an embedded (PGlite) installation to PostgreSQL',
    async () => {
      const source = await openDatabase({ kind: 'pglite-memory' });
      await runMigrations(source);
      await seedIfEmpty(source.db);
      const target = await createTestDatabase({ seed: false });
      try {
        await roundTrip(source, target, 'move');
      } finally {
        await source.close();
        await target.close();
      }
    },
    120_000,
  );

  it('streams a backup from the running server to an admin only, and audits the download', async () => {
    const t = await createTestApp();
    const target = await createTestDatabase({ seed: false });
    try {
      const stu = await login(t.app, 'stu');
      expect((await stu.request('/api/operations/backup')).statusCode).toBe(403);
      const admin = await login(t.app, 'admin');
      const res = await admin.request('/api/operations/backup');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/x-tar');
      const archive = path.join(dir, 'download.tar');
      fs.writeFileSync(archive, res.rawPayload);
      const manifest = await restoreBackup(archive, target, path.join(dir, 'download-dst'));
      expect(manifest.tables.user_account!.rows).toBeGreaterThan(0);
      const [last] = await queryRows<{ action: string; actor: string }>(
        t.database.db,
        sql`select action, actor from audit_event order by id desc limit 1`,
      );
      expect(last).toEqual({ action: 'operations.backup', actor: 'admin' });
    } finally {
      await target.close();
      await t.close();
    }
  });
});
