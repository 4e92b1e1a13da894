// Builds the web app (vite build → dist/web) before the browser tests when the build is missing or
// older than its sources, so `npx vitest run e2e` works without a separate `npm run build:web`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = path.join(root, 'dist/web/index.html');
const SOURCES = ['src/web', 'src/domain', 'vite.config.ts', 'package.json'];

function newestMtime(p: string): number {
  const stat = fs.statSync(p, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

export function webBuildIsStale(): boolean {
  const built = fs.statSync(builtIndex, { throwIfNoEntry: false });
  if (!built) return true;
  return SOURCES.some((s) => newestMtime(path.join(root, s)) > built.mtimeMs);
}

let building: Promise<void> | null = null;

/** Runs `vite build` (through its API) once per process when needed. */
export function ensureWebBuilt(): Promise<void> {
  building ??= (async () => {
    if (!webBuildIsStale()) return;
    const { build } = await import('vite');
    await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  })();
  return building;
}

/** vitest globalSetup entry point, for a config that wants to build once before all files. */
export default async function setup(): Promise<void> {
  await ensureWebBuilt();
}
