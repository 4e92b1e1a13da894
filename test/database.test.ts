// Database-level guarantees on both drivers: migrations apply, the audit trail is append-only,
// and a command that fails part-way leaves nothing behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, skipDb, type TestDatabase } from './helpers/database.ts';
import { kupang2024 } from '../src/server/seed/kupang-2024.ts';
import { importDocument } from '../src/server/features/roadmap/roadmap.service.ts';
import { SYSTEM_ACTOR } from '../src/server/request-context.ts';

async function n(db: TestDatabase, q: string): Promise<number> {
  const r = (await db.db.execute(sql.raw(q))) as unknown as { rows: { n: number }[] };
  return r.rows[0]!.n;
}

describe.skipIf(skipDb())('database', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ seed: true });
  });
  afterAll(async () => db?.close());

  it('has applied every migration and seeded the Kupang road map', async () => {
    expect(await n(db, 'select count(*)::int as n from road_map_version')).toBe(1);
    expect(await n(db, 'select count(*)::int as n from indikator')).toBe(kupang2024().indicators.length);
  });

  it('refuses UPDATE and DELETE of audit events', async () => {
    expect(await n(db, 'select count(*)::int as n from audit_event')).toBeGreaterThan(0);
    await expect(db.db.execute(sql`update audit_event set actor = 'x'`)).rejects.toThrow();
    await expect(db.db.execute(sql`delete from audit_event`)).rejects.toThrow();
    await expect(db.db.execute(sql`truncate audit_event`)).rejects.toThrow();
    expect(await n(db, "select count(*)::int as n from audit_event where actor = 'x'")).toBe(0);
  });

  it('rolls back a whole import that fails part-way (no version, no audit, no PD written)', async () => {
    const doc = kupang2024();
    const broken = {
      ...doc,
      perangkatDaerah: [
        ...doc.perangkatDaerah,
        { key: 'pd-baru-uji', name: 'PD Uji', shortName: 'UJI', kind: 'dinas' as const },
      ],
      // The same indicator key twice violates a unique index after many rows were inserted.
      indicators: [...doc.indicators, doc.indicators[0]!],
    };
    const before = {
      v: await n(db, 'select count(*)::int as n from road_map_version'),
      a: await n(db, 'select count(*)::int as n from audit_event'),
      i: await n(db, 'select count(*)::int as n from indikator'),
    };
    await expect(importDocument(db.db, SYSTEM_ACTOR, broken, { status: 'draft' })).rejects.toThrow();
    expect(await n(db, 'select count(*)::int as n from road_map_version')).toBe(before.v);
    expect(await n(db, 'select count(*)::int as n from audit_event')).toBe(before.a);
    expect(await n(db, 'select count(*)::int as n from indikator')).toBe(before.i);
    expect(await n(db, "select count(*)::int as n from perangkat_daerah where key = 'pd-baru-uji'")).toBe(0);
  });
});
