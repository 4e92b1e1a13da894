// Test runner configuration. One `npm test` runs: unit tests (src/**), integration tests on
// PGlite and on a real PostgreSQL server (test/**, twice), and browser tests (e2e/**).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default', './test/summary-reporter.ts'],
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'pglite', include: ['test/**/*.test.ts'], env: { PETA_RB_TEST_DB: 'pglite' } },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: ['test/**/*.test.ts'],
          env: { PETA_RB_TEST_DB: 'pg' },
          globalSetup: ['./test/global-setup-pg.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['e2e/**/*.test.ts'], testTimeout: 60_000, fileParallelism: false },
      },
    ],
  },
});
