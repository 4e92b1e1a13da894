// Maps an instansi's kind to the LKE configuration family it is evaluated with.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { instansi } from '../../../db/schema.ts';
import type { LkeConfig } from '../../../domain/evaluasi/lke-types.ts';

export async function instansiKindOf(tx: Tx, instansiId: string): Promise<LkeConfig['instansiKind']> {
  const row = (await tx.select({ kind: instansi.kind }).from(instansi).where(eq(instansi.id, instansiId)))[0];
  if (row?.kind === 'provinsi') return 'provinsi';
  if (row?.kind === 'kementerian_lembaga') return 'kementerian_lembaga';
  return 'kabupaten_kota';
}
