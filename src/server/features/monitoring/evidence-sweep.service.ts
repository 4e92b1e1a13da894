// The evidence sweep: removes file rows no link refers to any more, and walks the disk for what the
// database does not know: files no row refers to (an old crash, a row swept earlier) and staged
// uploads left by a crash. Files and staged uploads younger than the grace period are kept (an upload
// may be in flight); a staged file whose row committed but whose rename a crash interrupted is moved
// into place. Safe beside uploads and in several processes: a stored file is first moved aside, the
// database is asked again, and the file is put back if a row appeared meanwhile.
import type { Db } from '../../../db/client.ts';
import type { EvidenceStore } from './evidence.store.ts';
import * as repo from './realisasi.repository.ts';

export const EVIDENCE_GRACE_MS = 24 * 3600_000;

export interface SweepOptions {
  /** How old an unreferenced file or a staged upload must be before it is removed. */
  graceMs?: number;
  now?: number;
}

/** Removes unreferenced evidence; returns the sha256 of every file (row or stored copy) removed. */
export async function sweepEvidence(db: Db, store: EvidenceStore, opts: SweepOptions = {}): Promise<string[]> {
  const graceMs = opts.graceMs ?? EVIDENCE_GRACE_MS;
  const now = opts.now ?? Date.now();
  const removed = new Set<string>();
  for (const sha of await repo.unreferencedEvidence(db)) {
    // Deleted only if still unreferenced at this moment; a file linked meanwhile is kept.
    if (await repo.deleteEvidenceFileIfUnreferenced(db, sha)) removed.add(sha);
  }
  const known = new Set(await repo.listEvidenceShas(db));
  for (const f of await store.listStaged()) {
    if (f.sha256 && known.has(f.sha256) && !store.exists(f.sha256)) {
      await store.publish({ sha256: f.sha256, tmpPath: f.path });
    } else if (now - f.mtimeMs >= graceMs) {
      await store.discard({ sha256: f.sha256, tmpPath: f.path });
    }
  }
  for (const f of await store.listStored()) {
    if (known.has(f.sha256)) continue;
    // A file whose row this sweep deleted goes now; one the database never knew waits for the grace.
    if (!removed.has(f.sha256) && now - f.mtimeMs < graceMs) continue;
    const aside = await store.takeAside(f.sha256);
    if (!aside) continue;
    if (await repo.findEvidenceFile(db, f.sha256)) await store.putBack(aside);
    else {
      await store.discard(aside);
      removed.add(f.sha256);
    }
  }
  return [...removed].sort();
}
