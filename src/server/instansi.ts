// Which instansi a request is about: the `?instansi=` code, or the installation's first instansi.
// Shared by every feature's routes; the instansi records belong to the road-map feature's service.
import type { FastifyInstance } from 'fastify';
import { resolveInstansi } from './features/roadmap/roadmap.service.ts';

export function resolveInstansiId(app: FastifyInstance, code: string | undefined): Promise<string> {
  return resolveInstansi(app.database.db, code);
}
