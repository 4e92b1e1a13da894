// Measures the code-side causes of issue #14 on a generated road map of N indicators (default
// 3 300): loading a version, the period dashboard, GET of a version (document + findings) and one
// realisasi write. Run: node --import tsx bench/issue14.ts [N]   (prints a Markdown table)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { seedIfEmpty } from '../src/server/seed/seed.ts';
import { kupang2024 } from '../src/server/seed/kupang-2024.ts';
import { getVersion, importDocument, presentVersion } from '../src/server/features/roadmap/roadmap.service.ts';
import { periodDashboard, WHOLE_INSTANSI } from '../src/server/features/monitoring/dashboard.service.ts';
import { listPeriodesOf } from '../src/server/features/monitoring/periode.service.ts';
import { enter } from '../src/server/features/monitoring/realisasi.service.ts';
import { SYSTEM_ACTOR } from '../src/server/request-context.ts';
import { roadMapOfSize } from './synthetic.ts';

async function median(n: number, fn: () => Promise<unknown>): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    xs.push(performance.now() - t0);
  }
  return xs.sort((a, b) => a - b)[Math.floor(n / 2)]!;
}

const size = Number(process.argv[2] ?? 3300);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peta-rb-issue14-'));
const database = await openDatabase({ kind: 'pglite', dataDir: dir });
try {
  await runMigrations(database);
  await seedIfEmpty(database.db);
  const doc = roadMapOfSize(kupang2024(), size);
  // Active, so the 2024 periods of the seed monitor it.
  const { versionId, instansiId } = await importDocument(database.db, SYSTEM_ACTOR, doc, { status: 'active' });
  const s1 = (await listPeriodesOf(database.db, instansiId, 2024)).find((p) => p.code === 'S1')!;
  const actor = { audit: SYSTEM_ACTOR, roles: [{ role: 'koordinator_stu' as const, pdKey: null }] };
  const key = doc.indicators.at(-1)!.key;
  let rowVersion = 0;
  const rows: [string, number][] = [
    [`loadVersion (${doc.indicators.length} indicators)`, await median(5, () => getVersion(database.db, versionId))],
    [
      'presentVersion (GET version: document + findings)',
      await median(5, () => presentVersion(database.db, versionId)),
    ],
    ['periodDashboard S1 2024', await median(5, () => periodDashboard(database.db, WHOLE_INSTANSI, s1.id))],
    [
      'realisasi enter (one indicator)',
      await median(5, async () => {
        const r = await enter(database.db, actor, {
          periodeId: s1.id,
          subjectType: 'indikator',
          subjectKey: key,
          value: String(40 + rowVersion),
          narrative: '',
          rowVersion,
        });
        rowVersion = r.rowVersion;
      }),
    ],
  ];
  console.log('| measurement | median ms |\n|---|---|');
  for (const [what, v] of rows) console.log(`| ${what} | ${v.toFixed(0)} |`);
} finally {
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
