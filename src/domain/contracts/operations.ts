// Contract of the operations routes: the whole-installation backup from the running process.
import { binaryFile, defineRoute } from './http.ts';

export const downloadBackup = defineRoute({
  method: 'GET',
  path: '/operations/backup',
  response: binaryFile.meta({ description: 'Arsip tar: basis data, berkas bukti, manifest' }),
});
