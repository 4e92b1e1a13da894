// Guards an embedded PGlite data directory against a second process: PGlite takes no lock of its
// own, and two processes writing one directory corrupt it. The lock holds the owner's pid, the
// owner's start time and a random token: a lock left by a crashed process is recognised and taken
// over even when its pid has since been reused by an unrelated process (same pid, other start time).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `Direktori data "${dataDir}" sedang dipakai oleh proses lain (pid ${pid}). ` +
        `Hentikan proses itu atau pakai direktori lain (PETA_RB_DATA_DIR). / ` +
        `The data directory is in use by another process (pid ${pid}).`,
    );
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM means the process exists but belongs to someone else: still alive.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * When a process started, in clock ticks since boot (Linux /proc/<pid>/stat, field 22); null where
 * /proc is not available, and then only the pid is compared.
 */
export function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

interface LockOwner {
  pid: number;
  start: string | null;
}

/** The file is "pid\nstart\ntoken\n"; an older lock holds only the pid (read the same way). */
function readOwner(text: string): LockOwner {
  const [pid, start] = text.split('\n');
  return { pid: Number.parseInt(pid ?? '', 10), start: start && start !== '-' ? start : null };
}

function heldByLiveOwner(owner: LockOwner): boolean {
  if (!Number.isFinite(owner.pid) || owner.pid === process.pid || !isAlive(owner.pid)) return false;
  if (owner.start === null) return true;
  const now = processStartTime(owner.pid);
  // Same pid, different start time: the pid was reused after the owner died.
  return now === null || now === owner.start;
}

/** Takes the lock or throws DataDirLockedError; returns the release function. */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'peta-rb.lock');
  const content = `${process.pid}\n${processStartTime(process.pid) ?? '-'}\n${randomBytes(12).toString('hex')}\n`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, content, { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          // Only our own lock (the token tells it from a later holder's).
          if (fs.readFileSync(lockPath, 'utf8') === content) fs.unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = readOwner(fs.readFileSync(lockPath, 'utf8'));
      if (heldByLiveOwner(owner)) throw new DataDirLockedError(dataDir, owner.pid);
      // Stale lock from a process that died: remove it and retry once.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Tidak dapat mengunci direktori data ${dataDir}`);
}
