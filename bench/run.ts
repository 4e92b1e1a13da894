// Benchmarks: measures start-up, reads, validation, HTTP latency and Excel round trips on the
// Kupang road map and on a synthetic national-sized one, and writes docs/benchmarks.md.
// Run: npm run bench   (optionally BENCH_PG_URL=postgres://… to add PostgreSQL figures)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as prettier from 'prettier';
import { openDatabase, type Database } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { seedIfEmpty } from '../src/server/seed/seed.ts';
import { kupang2024 } from '../src/server/seed/kupang-2024.ts';
import { buildApp } from '../src/server/app.ts';
import { validateRoadMap } from '../src/domain/roadmap/validate.ts';
import { exportRoadMapXlsx } from '../src/server/features/roadmap-xlsx/roadmap-xlsx.export.ts';
import { parseRoadMapXlsx } from '../src/server/features/roadmap-xlsx/roadmap-xlsx.import.ts';
import { importDocument, getVersion } from '../src/server/features/roadmap/roadmap.service.ts';
import { SYSTEM_ACTOR } from '../src/server/request-context.ts';
import { syntheticRoadMap } from './synthetic.ts';
import { bundleSizesSection, HEADING as BUNDLE_HEADING } from './bundle-sizes.ts';
import { findPgBinDir, startPgServer } from '../test/pg-server.ts';
import { login } from '../test/helpers/session.ts';
import { lke2023KabKota } from '../src/domain/evaluasi/lke-2023-kabkota.ts';
import { scoreLke } from '../src/domain/evaluasi/lke-score.ts';
import { nextPredikatSteps, pointsAvailable } from '../src/domain/evaluasi/lke-priorities.ts';
import { linesOf } from '../src/domain/evaluasi/lke-tree.ts';
import type { LkeInputs } from '../src/domain/evaluasi/lke-types.ts';
import { DEFAULT_DIMENSI } from '../src/domain/evaluasi/reviu.ts';
import { insertReviu } from '../src/server/features/evaluasi/reviu.repository.ts';
import { rencanaAksi } from '../src/db/schema.ts';

interface Row {
  what: string;
  value: string;
}
const rows: Row[] = [];
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
const mb = () => `${Math.round(process.memoryUsage().rss / 1024 / 1024)} MB`;

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await fn();
  return [r, performance.now() - t0];
}

async function repeat(n: number, fn: () => Promise<unknown> | unknown): Promise<{ median: number; p95: number }> {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    xs.push(performance.now() - t0);
  }
  xs.sort((a, b) => a - b);
  return { median: xs[Math.floor(n / 2)]!, p95: xs[Math.floor(n * 0.95)]! };
}

async function benchDatabase(label: string, database: Database) {
  const [, mig] = await time(() => runMigrations(database));
  rows.push({ what: `${label}: migrate (already migrated or fresh)`, value: ms(mig) });
  const [, seed] = await time(() => seedIfEmpty(database.db));
  rows.push({ what: `${label}: seed Kupang road map`, value: ms(seed) });
  const app = await buildApp({
    database,
    logLevel: 'silent',
    webDir: null,
    evidenceDir: fs.mkdtempSync(path.join(os.tmpdir(), 'peta-rb-bench-evidence-')),
  });
  await app.ready();
  // Requests are measured as a signed-in user: the session lookup is part of every request's cost.
  const s = await login(app, 'stu');
  const maps = (await s.request({ url: '/api/road-maps' })).json();
  const vid = maps[0].versions[0].id as string;
  const load = await repeat(30, () => getVersion(database.db, vid));
  rows.push({
    what: `${label}: load Kupang version (document) median / p95`,
    value: `${ms(load.median)} / ${ms(load.p95)}`,
  });
  const http = await repeat(200, async () => {
    const res = await s.request({ url: `/api/versions/${vid}` });
    if (res.statusCode !== 200) throw new Error(`GET version: ${res.statusCode}`);
  });
  rows.push({
    what: `${label}: GET /api/versions/:id (document + findings), median / p95 of 200`,
    value: `${ms(http.median)} / ${ms(http.p95)}`,
  });

  // Monitoring and evaluation screens as the STU and the evaluator open them.
  const periods = (await s.request({ url: '/api/periode?year=2024' })).json() as { id: string; code: string }[];
  const s1 = periods.find((p) => p.code === 'S1')!;
  const dash = await repeat(30, async () => {
    const res = await s.request({ url: `/api/monitoring/dashboard?periodeId=${s1.id}` });
    if (res.statusCode !== 200) throw new Error(`GET dashboard: ${res.statusCode} ${res.body.slice(0, 200)}`);
  });
  rows.push({
    what: `${label}: GET period dashboard (capaian, early warning, completeness), median / p95 of 30`,
    value: `${ms(dash.median)} / ${ms(dash.p95)}`,
  });
  const evaluator = await login(app, 'evaluator');
  const started = await evaluator.request({ method: 'POST', url: '/api/evaluasi', payload: { year: 2024 } });
  if (started.statusCode !== 201) throw new Error(`start evaluation: ${started.statusCode}`);
  const ws = await repeat(30, async () => {
    const res = await evaluator.request({ url: '/api/evaluasi/2024' });
    if (res.statusCode !== 200) throw new Error(`GET worksheet: ${res.statusCode}`);
  });
  rows.push({
    what: `${label}: GET evaluation worksheet (score, priorities, pre-fill), median / p95 of 30`,
    value: `${ms(ws.median)} / ${ms(ws.p95)}`,
  });
  const [pdf, pdfMs] = await time(() => evaluator.request({ url: '/api/evaluasi/2024/laporan.pdf' }));
  rows.push({
    what: `${label}: evaluation report PDF (${Math.round(pdf.rawPayload.length / 1024)} KiB)`,
    value: ms(pdfMs),
  });

  await benchLhei(label, database, app, evaluator);

  const big = syntheticRoadMap(kupang2024(), 60, 8, 4);
  const [out, imp] = await time(() => importDocument(database.db, SYSTEM_ACTOR, big, { status: 'draft' }));
  rows.push({
    what: `${label}: store synthetic road map (${big.indicators.length} indicators) as a version`,
    value: ms(imp),
  });
  const bigLoad = await repeat(5, () => getVersion(database.db, out.versionId));
  rows.push({ what: `${label}: load synthetic version median`, value: ms(bigLoad.median) });
  const bigHttp = await repeat(20, async () => {
    const res = await s.request({ url: `/api/versions/${out.versionId}` });
    if (res.statusCode !== 200) throw new Error(`GET synthetic version: ${res.statusCode}`);
  });
  rows.push({
    what: `${label}: GET synthetic version median / p95 of 20`,
    value: `${ms(bigHttp.median)} / ${ms(bigHttp.p95)}`,
  });
  await app.close();
}

/**
 * The LHEI of a year with 300 rencana aksi, each reviewed ex-ante (issue #12 item 4: generating it
 * takes under a minute). The plans go through the API; the 300 final reviews are written in one
 * transaction (their own API path is measured by the tests, not here).
 */
async function benchLhei(
  label: string,
  database: Database,
  app: Awaited<ReturnType<typeof buildApp>>,
  evaluator: Awaited<ReturnType<typeof login>>,
) {
  const tim = (await evaluator.request('/api/evaluasi/2024/tim')).json();
  const team = await evaluator.request({
    method: 'PUT',
    url: '/api/evaluasi/2024/tim',
    payload: { anggota: [{ userId: tim.pilihan.akun[0].id, peran: 'ketua', pdKey: null }], tugas: [], rowVersion: 0 },
  });
  if (team.statusCode !== 200) throw new Error(`team: ${team.statusCode} ${team.body.slice(0, 200)}`);
  const operator = await login(app, 'operator.bkpsdm');
  const ids: string[] = [];
  for (let i = 0; i < 300; i++) {
    const res = await operator.request({
      method: 'POST',
      url: '/api/rencana-aksi',
      payload: {
        year: 2024,
        nodeKey: 'ku-sistem-merit',
        rincianKegiatan: `Rencana aksi bench ${i + 1}`,
        indikatorOutput: 'Dokumen',
        satuan: 'Dokumen',
        targetTotal: 1,
        targets: [{ periodCode: 'S2', target: 1 }],
        startDate: '2024-02-01',
        endDate: '2024-11-30',
        pagu: 1000000,
        pelaksanaPdKey: 'bkpsdm',
        penanggungJawab: 'Kepala Bidang',
      },
    });
    if (res.statusCode !== 201) throw new Error(`plan: ${res.statusCode} ${res.body.slice(0, 200)}`);
    ids.push(res.json().id);
  }
  // The plans' instansi (the bench's database holds Kupang only).
  const [plan] = await database.db.select({ instansiId: rencanaAksi.instansiId }).from(rencanaAksi).limit(1);
  const instansiId = plan!.instansiId;
  await database.db.transaction(async (tx) => {
    for (const [i, id] of ids.entries())
      await insertReviu(tx, {
        instansiId,
        year: 2024,
        tahap: 'ex_ante',
        periodeId: null,
        subjectType: 'rencana_aksi',
        subjectKey: id,
        pdKey: 'bkpsdm',
        status: 'final',
        finalAt: new Date(),
        penilaian: DEFAULT_DIMENSI.map((d, j) => ({
          dimensi: d.code,
          sesuai: (i + j) % 5 !== 0,
          catatan: (i + j) % 5 !== 0 ? '' : 'Bukti dukung belum memadai',
        })),
        updatedBy: 'bench',
      });
  });
  const [json, jsonMs] = await time(() => evaluator.request({ url: '/api/lhei/2024' }));
  if (json.statusCode !== 200) throw new Error(`LHEI: ${json.statusCode} ${json.body.slice(0, 200)}`);
  rows.push({
    what: `${label}: GET LHEI, 300 rencana aksi reviewed ex-ante (compiled from the data)`,
    value: ms(jsonMs),
  });
  const [pdf, pdfMs] = await time(() => evaluator.request({ url: '/api/lhei/2024/lhei.pdf' }));
  rows.push({
    what: `${label}: LHEI PDF, 300 rencana aksi (${Math.round(pdf.rawPayload.length / 1024)} KiB)`,
    value: ms(pdfMs),
  });
  const [, xlsxMs] = await time(() => evaluator.request({ url: '/api/lhei/2024/lhei.xlsx' }));
  rows.push({ what: `${label}: LHEI workbook, 300 rencana aksi`, value: ms(xlsxMs) });
}

async function main() {
  const started = new Date();
  const doc = kupang2024();
  const v = await repeat(50, () => validateRoadMap(doc));
  rows.push({ what: 'validateRoadMap(Kupang) median', value: ms(v.median) });
  const big = syntheticRoadMap(doc, 60, 8, 4);
  const vb = await repeat(5, () => validateRoadMap(big));
  rows.push({ what: `validateRoadMap(synthetic, ${big.indicators.length} indicators) median`, value: ms(vb.median) });
  // The what-if runs these in the browser on every keystroke.
  const lke = lke2023KabKota();
  const inputs: LkeInputs = { lines: {}, koefisien: 0 };
  linesOf(lke).forEach(({ line }, i) => {
    inputs.lines[line.code] = { raw: { kind: 'number', value: line.min + ((i % 7) / 7) * (line.max - line.min) } };
  });
  const sc = await repeat(2000, () => scoreLke(lke, inputs));
  rows.push({ what: 'scoreLke (2023 kab/kota, 40 lines) median', value: ms(sc.median) });
  const pr = await repeat(50, () => {
    pointsAvailable(lke, inputs);
    nextPredikatSteps(lke, inputs);
  });
  rows.push({ what: 'priorities (points available + next predikat steps) median', value: ms(pr.median) });
  const [xlsx, ex] = await time(() => exportRoadMapXlsx(doc));
  rows.push({ what: `export Kupang Tabel 1–3 .xlsx (${Math.round(xlsx.length / 1024)} KiB)`, value: ms(ex) });
  const [, im] = await time(() => parseRoadMapXlsx(xlsx));
  rows.push({ what: 'parse Kupang .xlsx (preview)', value: ms(im) });
  const [bigX, exb] = await time(() => exportRoadMapXlsx(big));
  rows.push({ what: `export synthetic .xlsx (${Math.round(bigX.length / 1024)} KiB)`, value: ms(exb) });
  const [, imb] = await time(() => parseRoadMapXlsx(bigX));
  rows.push({ what: 'parse synthetic .xlsx (preview)', value: ms(imb) });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peta-rb-bench-'));
  try {
    const [db1, open1] = await time(() => openDatabase({ kind: 'pglite', dataDir: dir }));
    rows.push({ what: 'PGlite: open new data directory (initdb)', value: ms(open1) });
    await benchDatabase('PGlite', db1);
    rows.push({ what: 'PGlite: process RSS after the runs above', value: mb() });
    await db1.close();
    const [db2, open2] = await time(() => openDatabase({ kind: 'pglite', dataDir: dir }));
    rows.push({ what: 'PGlite: reopen existing data directory', value: ms(open2) });
    await db2.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  // PostgreSQL: the given server, or a throwaway local one when the binaries are installed.
  const bin = process.env.BENCH_PG_URL ? null : findPgBinDir();
  const server = bin ? await startPgServer(bin) : null;
  const pgUrl = process.env.BENCH_PG_URL ?? server?.url;
  try {
    if (pgUrl) {
      const pgdb = await openDatabase({ kind: 'postgres', url: pgUrl });
      await benchDatabase('PostgreSQL 15', pgdb);
      await pgdb.close();
    }
  } finally {
    server?.stop();
  }

  let md = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (bench/run.ts). Reproduce with:',
    '',
    '```',
    'npm run bench          # PGlite, pure functions, and a throwaway local PostgreSQL when installed',
    'BENCH_PG_URL=postgres://user@host:port/db npm run bench   # PostgreSQL figures from that server',
    '```',
    '',
    `Run: ${started.toISOString()} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}.`,
    'Single runs on a shared machine: treat differences under ~20 % as noise.',
    'The synthetic road map has 60 sasaran × 8 kegiatan × 4 indicators plus the Kupang Tabel 1 and 3.',
    '',
    '| measurement | result |',
    '|---|---|',
    ...rows.map((r) => `| ${r.what} | ${r.value} |`),
    '',
    ...bundleSizesSection(),
  ].join('\n');
  // Written as prettier would format it, so `npm run lint` stays green after a bench run. Hand-written
  // sections after the generated table (from the first "## " heading) are kept.
  const target = path.resolve(import.meta.dirname, '../docs/benchmarks.md');
  const previous = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  // The bundle section is generated too: what is kept starts at the first heading after it.
  const headings = [...previous.matchAll(/\n## .*/g)].filter((m) => m[0].trim() !== BUNDLE_HEADING);
  const kept = headings[0]?.index ?? -1;
  if (kept >= 0) md += previous.slice(kept);
  const options = (await prettier.resolveConfig(target)) ?? {};
  fs.writeFileSync(target, await prettier.format(md, { ...options, filepath: target }));
  console.log(md);
}

await main();
