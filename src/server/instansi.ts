// Which instansi a request acts for. A signed-in user acts for the instansi of their account, taken
// from the session and never from the request (issue #10: one deployment, many instansi). Only a
// deployment-wide administrator (account without instansi) and anonymous public routes name the
// instansi by its code (`?instansi=`); without a code they get the installation's first instansi,
// so embedded mode still opens straight on Kupang. Every feature's routes call `instansiOf(req)`.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { resolveInstansi } from './features/roadmap/roadmap.service.ts';

/** By code, or the installation's first instansi (public routes and the super-administrator only). */
export function resolveInstansiId(app: FastifyInstance, code: string | undefined): Promise<string> {
  return resolveInstansi(app.database.db, code);
}

function queryCode(req: FastifyRequest): string | undefined {
  const q = req.query as { instansi?: unknown } | undefined;
  return typeof q?.instansi === 'string' && q.instansi !== '' ? q.instansi : undefined;
}

/** The instansi the request acts for: the session's, or (no instansi on the account) the named one. */
export async function instansiOf(req: FastifyRequest): Promise<string> {
  const own = req.user?.instansiId;
  if (own) return own;
  return resolveInstansi(req.server.database.db, queryCode(req));
}
