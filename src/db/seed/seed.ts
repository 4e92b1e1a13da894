// Loads the Kupang 2024 road map into an empty database, so a fresh install opens on real data.
import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { kupang2024 } from './kupang-2024.ts';
import { importDocument } from '../../server/features/roadmap/roadmap.service.ts';
import { SYSTEM_ACTOR } from '../../server/request-context.ts';

export async function isEmpty(db: Db): Promise<boolean> {
  const rows = (await db.execute(sql`select count(*)::int as n from road_map_version`)) as unknown as {
    rows: { n: number }[];
  };
  return rows.rows[0]!.n === 0;
}

/** Seeds the Kupang road map when no road map exists yet; returns whether it did. */
export async function seedIfEmpty(db: Db): Promise<boolean> {
  if (!(await isEmpty(db))) return false;
  await importDocument(db, SYSTEM_ACTOR, kupang2024(), { status: 'active' });
  return true;
}
