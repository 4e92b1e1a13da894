// Loads the Kupang 2024 road map into an empty database, so a fresh install opens on real data,
// the semesters of 2024 (the year its targets are for), and — when demo accounts are allowed (not in
// production) — one demo account per role, with the 2024 periods reopened for trying out entry.
import type { Db } from '../../db/client.ts';
import { kupang2024, LAPOR_INDICATOR_KEY } from './kupang-2024.ts';
import { createDemoUsers } from './demo-users.ts';
import { hasNoRoadMap, importDocumentTx } from '../features/roadmap/roadmap.service.ts';
import { SYSTEM_ACTOR } from '../request-context.ts';
import { demoReopenYearTx, ensureYearTx } from '../features/monitoring/periode.service.ts';
import { ensureShippedConfigs } from '../features/evaluasi/lke-config.service.ts';
import { seedHistoryTx } from '../features/evaluasi/indeks-history.service.ts';
import { seedIndikatorTx } from '../features/pengaduan/tindak-lanjut.service.ts';

/** The year the Kupang road map's targets are for: its semesters are set up with the seed. */
const MONITORING_YEAR = 2024;

export async function isEmpty(db: Db): Promise<boolean> {
  return hasNoRoadMap(db);
}

export interface SeedOptions {
  demoAccounts: boolean;
}

/** Seeds the Kupang road map (and demo accounts) when no road map exists yet; returns whether it did. */
export async function seedIfEmpty(db: Db, opts: SeedOptions = { demoAccounts: true }): Promise<boolean> {
  // Reference data every installation needs, also one upgraded from before it existed.
  await db.transaction((tx) => ensureShippedConfigs(tx, SYSTEM_ACTOR));
  if (!(await isEmpty(db))) return false;
  await db.transaction(async (tx) => {
    const { instansiId } = await importDocumentTx(tx, SYSTEM_ACTOR, kupang2024(), { status: 'active' });
    await ensureYearTx(tx, SYSTEM_ACTOR, instansiId, MONITORING_YEAR);
    // The regulation states the 2023 result (Bab II): "Indeks reformasi birokrasi … Tahun 2023 adalah 52.94 atau kategori CC".
    await seedHistoryTx(tx, SYSTEM_ACTOR, instansiId, {
      year: 2023,
      source: 'regulasi',
      indeks: 52.94,
      predikat: 'CC',
      note: 'Perbup Kupang 17/2024, Bab II (hal-hal yang telah dicapai)',
    });
    // Tabel 2's "Tingkat tindak lanjut pengaduan masyarakat (LAPOR)" is computed from the register.
    await seedIndikatorTx(tx, SYSTEM_ACTOR, instansiId, [LAPOR_INDICATOR_KEY]);
    if (opts.demoAccounts) {
      await createDemoUsers(tx, instansiId);
      await demoReopenYearTx(tx, SYSTEM_ACTOR, instansiId, MONITORING_YEAR);
    }
  });
  return true;
}
