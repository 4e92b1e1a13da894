// A fingerprint of every table's content, so a test can assert that a refused request wrote
// nothing: any insert, update or delete shows up as a different hash. Sessions are left out (a
// request may touch the caller's own session row).
import { sql } from 'drizzle-orm';
import type { TestApp } from './app.ts';

const TABLES_EXCLUDED = new Set(['user_session']);

export async function fingerprint(t: TestApp): Promise<string> {
  const tables = (await t.database.db.execute(
    sql`select table_name as name from information_schema.tables where table_schema = 'public' order by table_name`,
  )) as unknown as { rows: { name: string }[] };
  const parts: string[] = [];
  for (const { name } of tables.rows) {
    if (TABLES_EXCLUDED.has(name)) continue;
    const r = (await t.database.db.execute(
      sql.raw(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from "${name}" t`),
    )) as unknown as { rows: { h: string }[] };
    parts.push(`${name}:${r.rows[0]!.h}`);
  }
  return parts.join(';');
}
