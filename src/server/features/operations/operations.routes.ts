// Operations over HTTP: the whole-installation backup, downloadable from the running process. With
// the embedded database the server holds the data directory's lock, so this is how a backup is
// taken without stopping it (docs/operations.md). Admin only, and every download is audited.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as contract from '../../../domain/contracts/operations.ts';
import { contractRoute } from '../../contract-route.ts';
import { auditContext } from '../../request-context.ts';
import { backupToFile } from './operations.service.ts';

export const operationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.route({
    ...contractRoute(contract.downloadBackup, {
      tags: ['operations'],
      summary: 'Cadangan lengkap (tar: basis data, berkas bukti, manifest) dari proses yang berjalan',
      permission: 'operations:backup',
    }),
    handler: async (req, reply) => {
      // Written to a temporary file first, so the database snapshot lasts as long as the export, not
      // as long as a slow download (PGlite serves one transaction at a time).
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peta-rb-backup-'));
      const file = path.join(dir, 'backup.tar');
      try {
        await backupToFile(app.database, app.evidenceStore.dir, auditContext(req), req.user?.instansiId ?? null, file);
      } catch (err) {
        fs.rmSync(dir, { recursive: true, force: true });
        throw err;
      }
      const stream = fs.createReadStream(file);
      stream.once('close', () => fs.rmSync(dir, { recursive: true, force: true }));
      const stamp = new Date().toISOString().slice(0, 19).replaceAll(':', '');
      return reply
        .header('content-type', 'application/x-tar')
        .header('content-disposition', `attachment; filename="peta-rb-backup-${stamp}.tar"`)
        .header('cache-control', 'no-store')
        .send(stream);
    },
  });
};
