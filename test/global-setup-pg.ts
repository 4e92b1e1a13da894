// Vitest global setup of the PostgreSQL integration project: uses PETA_RB_TEST_PG_URL when given,
// otherwise starts a throwaway server. Without PostgreSQL binaries the project is skipped with a
// notice, unless PETA_RB_REQUIRE_PG=1 (CI), where that is a failure.
import type { TestProject } from 'vitest/node';
import { findPgBinDir, startPgServer } from './pg-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.PETA_RB_TEST_PG_URL;
  if (given) {
    project.provide('pgUrl', given);
    return;
  }
  const bin = findPgBinDir();
  if (!bin) {
    if (process.env.PETA_RB_REQUIRE_PG === '1') {
      throw new Error('PostgreSQL tidak ditemukan (initdb). Pasang: apt-get install -y postgresql');
    }
    console.warn(
      '\n[peta-rb] PostgreSQL binaries not found: integration tests on PostgreSQL are SKIPPED. Install postgresql to run them.\n',
    );
    project.provide('pgUrl', null);
    return;
  }
  const server = await startPgServer(bin);
  project.provide('pgUrl', server.url);
  return () => server.stop();
}
