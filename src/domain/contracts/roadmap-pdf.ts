// Contract of the Lampiran PDF download: one table (Tabel 1, 2 or 3) of a road-map version as the
// regulation's annex prints it (A4 landscape, repeated header, page numbers, signature block).
import { z } from 'zod';
import { binaryFile, defineRoute } from './http.ts';

export const LAMPIRAN_TABLES = ['tabel1', 'tabel2', 'tabel3'] as const;

export const exportVersionPdf = defineRoute({
  method: 'GET',
  path: '/versions/:versionId/lampiran.pdf',
  params: z.object({ versionId: z.uuid() }),
  querystring: z.object({
    /** Which table; Tabel 2 (the one most often asked for) when left out. */
    table: z.enum(LAMPIRAN_TABLES).default('tabel2'),
  }),
  response: binaryFile,
});
