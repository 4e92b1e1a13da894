// Vite configuration of the browser app (src/web): builds into dist/web, which the Fastify server
// serves; in development, `npm run dev:web` proxies /api to the server on port 3000.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, 'dist/web');

/**
 * Writes a .br and a .gz beside every text file of the build, at the strongest settings, once: the
 * server sends them as they are (@fastify/static preCompressed), so no request pays for compression.
 * Files under 1 KiB are left alone (the headers would cost more than the saving).
 */
function precompress(): Plugin {
  return {
    name: 'peta-rb-precompress',
    apply: 'build',
    writeBundle() {
      for (const entry of fs.readdirSync(outDir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !/\.(js|css|html|svg|json|txt)$/.test(entry.name)) continue;
        const file = path.join(entry.parentPath, entry.name);
        const body = fs.readFileSync(file);
        if (body.length < 1024) continue;
        fs.writeFileSync(
          `${file}.br`,
          zlib.brotliCompressSync(body, {
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
              [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
            },
          }),
        );
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(body, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root: path.join(here, 'src/web'),
  // Shared domain code (src/domain) lives outside the root; the dev server may read it.
  server: {
    fs: { allow: [path.join(here, 'src')] },
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  plugins: [react(), precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
    // Which chunks each screen loads, for bench/bundle-sizes.ts.
    manifest: true,
  },
});
