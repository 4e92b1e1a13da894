// The server for browser tests: a fresh seeded database and the built web app on a random port.
import { startTestServer, type TestServer } from '../../test/helpers/app.ts';
import { ensureWebBuilt } from '../global-build.ts';

export async function startE2eServer(): Promise<TestServer> {
  await ensureWebBuilt();
  return startTestServer();
}
