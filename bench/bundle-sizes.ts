// What each screen of the web app costs on a first load (issue #13, budgets: the sign-in page
// ≤ 200 kB on the wire, every screen ≤ 250 kB of gzip JS): walks the vite manifest of dist/web
// from the entry, the router and each lazy screen, and sums the sizes of the chunks it loads.
// Run alone (`node --import tsx bench/bundle-sizes.ts`, after `npm run build:web`) to rewrite the
// section in docs/benchmarks.md, or through bench/run.ts, which puts the section in the page.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as prettier from 'prettier';

interface Chunk {
  file: string;
  src?: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const webDir = path.resolve(import.meta.dirname, '../dist/web');
export const HEADING = '## Web app: first load per screen';
export const LOGIN_BUDGET_KB = 200;
export const SCREEN_JS_BUDGET_KB = 250;

function sizes(file: string) {
  const body = fs.readFileSync(path.join(webDir, file));
  const gz = fs.existsSync(path.join(webDir, `${file}.gz`))
    ? fs.statSync(path.join(webDir, `${file}.gz`)).size
    : zlib.gzipSync(body, { level: 9 }).length;
  const br = fs.existsSync(path.join(webDir, `${file}.br`))
    ? fs.statSync(path.join(webDir, `${file}.br`)).size
    : zlib.brotliCompressSync(body).length;
  return { raw: body.length, gz, br };
}

/** The files a chunk loads statically (itself, its imports, their CSS), once each. */
function closure(manifest: Record<string, Chunk>, keys: string[], seen = new Set<string>()): Set<string> {
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) continue;
    seen.add(chunk.file);
    for (const css of chunk.css ?? []) seen.add(css);
    closure(manifest, chunk.imports ?? [], seen);
  }
  return seen;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

/** The markdown section: one row per screen, plus the sign-in page (HTML + entry). */
export function bundleSizesSection(): string[] {
  const manifestPath = path.join(webDir, '.vite/manifest.json');
  if (!fs.existsSync(manifestPath)) return [HEADING, '', 'Not measured: run `npm run build:web` first.', ''];
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Record<string, Chunk>;
  const rows: string[] = [];
  const row = (what: string, files: Set<string>, withHtml: boolean) => {
    const all = [...files].map((f) => ({ f, ...sizes(f) }));
    const js = all.filter((x) => x.f.endsWith('.js'));
    const sum = (xs: typeof all, k: 'raw' | 'gz' | 'br') => xs.reduce((n, x) => n + x[k], 0);
    const html = withHtml ? sizes('index.html').br : 0;
    rows.push(
      `| ${what} | ${js.length} | ${kb(sum(js, 'raw'))} | ${kb(sum(js, 'gz'))} | ${kb(sum(all, 'br') + html)} |`,
    );
    return { jsGz: sum(js, 'gz'), wire: sum(all, 'br') + html };
  };
  const entry = closure(manifest, ['index.html']);
  const login = row('sign-in page (entry)', entry, true);
  const router = closure(manifest, ['router.tsx'], new Set(entry));
  let worst = 0;
  for (const screen of manifest['router.tsx']?.dynamicImports ?? []) {
    const r = row(screen.replace(/^features\//, ''), closure(manifest, [screen], new Set(router)), true);
    worst = Math.max(worst, r.jsGz);
  }
  return [
    HEADING,
    '',
    'Written by `bench/bundle-sizes.ts` from the vite manifest of `dist/web`. A screen loads the entry, the',
    'router chunk and its own chunks; "on the wire" is what a browser that accepts brotli receives (the server sends the build\'s .br files), HTML included.',
    `Budgets: sign-in page ≤ ${LOGIN_BUDGET_KB} kB on the wire (now ${kb(login.wire)}); every screen ≤ ${SCREEN_JS_BUDGET_KB} kB gzip JS (largest now ${kb(worst)}).`,
    'Before issue #13 (nothing compressed, the router and four screens in the entry) the sign-in page cost ~516 kB on the wire.',
    '',
    '| screen (first load) | JS files | JS | JS gzip | on the wire (brotli) |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ];
}

/** Replaces (or appends) the section in docs/benchmarks.md, formatted as prettier would. */
async function writeSection() {
  const target = path.resolve(import.meta.dirname, '../docs/benchmarks.md');
  const old = fs.readFileSync(target, 'utf8');
  const start = old.indexOf(HEADING);
  const next = start < 0 ? -1 : old.indexOf('\n## ', start + HEADING.length);
  const before = start < 0 ? `${old.trimEnd()}\n\n` : old.slice(0, start);
  const after = next < 0 ? '' : old.slice(next + 1);
  const md = before + bundleSizesSection().join('\n') + '\n' + after;
  const options = (await prettier.resolveConfig(target)) ?? {};
  fs.writeFileSync(target, await prettier.format(md, { ...options, filepath: target }));
  console.log(bundleSizesSection().join('\n'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await writeSection();
