// Who may see an evidence file (issue #9): instansi-wide readers every stored file; a PD-scoped
// reader only a file attached to a record it sees in detail — a realisasi or a recommendation's
// follow-up, a meeting decision's follow-up, a meeting's attachment or a sanggah's evidence of its
// own PD (or an instansi-level one). An evaluation line does not open a file
// to PD staff: the files an evaluator reviewed come from every PD's records. Used by the download,
// the worksheet's evidence list and the evaluator's evidence candidates alike.
import type { Db } from '../db/client.ts';
import { isPdScopedOnly, seesPdDetail, type RoleAssignment } from '../domain/permissions.ts';
import { pdKeysHoldingEvidence as realisasiHolders } from './features/monitoring/realisasi.service.ts';
import { pdKeysHoldingEvidence as followUpHolders } from './features/evaluasi/rekomendasi.service.ts';
import { pdKeysHoldingEvidence as meetingHolders } from './features/rapat/keputusan.service.ts';
import { pdKeysHoldingLampiran as attachmentHolders } from './features/rapat/rapat-lampiran.service.ts';
import { pdKeysHoldingBukti as sanggahHolders } from './features/evaluasi/sanggah.service.ts';

/** The files among `sha256s` that the reader may see. */
export async function readableEvidence(
  db: Db,
  roles: readonly RoleAssignment[],
  sha256s: readonly string[],
): Promise<Set<string>> {
  const unique = [...new Set(sha256s)];
  if (!isPdScopedOnly(roles)) return new Set(unique);
  const holders = [
    ...(await realisasiHolders(db, unique)),
    ...(await followUpHolders(db, unique)),
    ...(await meetingHolders(db, unique)),
    ...(await attachmentHolders(db, unique)),
    ...(await sanggahHolders(db, unique)),
  ];
  return new Set(holders.filter((h) => seesPdDetail(roles, 'monitoring:read', h.pdKey)).map((h) => h.sha256));
}

export async function mayReadEvidence(db: Db, roles: readonly RoleAssignment[], sha256: string): Promise<boolean> {
  return (await readableEvidence(db, roles, [sha256])).has(sha256);
}
