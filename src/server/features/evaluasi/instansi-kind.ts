// Maps an instansi's kind to the LKE configuration family it is evaluated with. The instansi row is
// read through the roadmap feature's service (the instansi belongs to it).
import type { Tx } from '../../../db/client.ts';
import type { LkeConfig } from '../../../domain/evaluasi/lke-types.ts';
import { findInstansi } from '../roadmap/roadmap.service.ts';

export async function instansiKindOf(tx: Tx, instansiId: string): Promise<LkeConfig['instansiKind']> {
  const kind = (await findInstansi(tx, instansiId))?.kind;
  if (kind === 'provinsi') return 'provinsi';
  if (kind === 'kementerian_lembaga') return 'kementerian_lembaga';
  return 'kabupaten_kota';
}
