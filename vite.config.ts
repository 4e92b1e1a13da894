// Vite configuration of the browser app (src/web): builds into dist/web, which the Fastify server
// serves; in development, `npm run dev:web` proxies /api to the server on port 3000.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: path.join(here, 'src/web'),
  // Shared domain code (src/domain) lives outside the root; the dev server may read it.
  server: {
    fs: { allow: [path.join(here, 'src')] },
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  plugins: [react()],
  build: {
    outDir: path.join(here, 'dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
  },
});
