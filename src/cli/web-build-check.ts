// `npm start` runs this first: it builds the browser app (vite build into dist/web) only when the
// build is missing or older than what it is built from, so a restart on an existing installation
// does not spend seconds rebuilding an unchanged app (issue #14). A fresh clone still builds once.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the web build is made from, relative to the project root (src/domain: shared rules). */
export const WEB_SOURCES = ['src/web', 'src/domain', 'vite.config.ts', 'package-lock.json', 'tsconfig.json'];
export const WEB_BUILD_MARKER = 'dist/web/index.html';

function newestMtime(p: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file changes its directory's mtime
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/** Why the build must be redone, or null when dist/web is newer than every source. */
export function webBuildStaleReason(root: string): string | null {
  const marker = path.join(root, WEB_BUILD_MARKER);
  if (!fs.existsSync(marker)) return `${WEB_BUILD_MARKER} belum ada / is missing`;
  const built = fs.statSync(marker).mtimeMs;
  const newer = WEB_SOURCES.find((s) => newestMtime(path.join(root, s)) > built);
  return newer ? `${newer} lebih baru dari build / is newer than the build` : null;
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const reason = webBuildStaleReason(root);
  if (!reason) {
    console.log('[peta-rb] aplikasi web sudah terbangun / web app build is current (dist/web)');
    return;
  }
  console.log(`[peta-rb] membangun aplikasi web / building the web app: ${reason}`);
  const r = spawnSync('npm', ['run', 'build:web'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  process.exit(r.status ?? 1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
