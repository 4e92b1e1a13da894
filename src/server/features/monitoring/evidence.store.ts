// Content-addressed storage of evidence files on disk: a file lives at <dir>/<sha[0..2]>/<sha256>,
// so the same file attached twice is stored once. An upload is first staged under a temporary name
// (<dir>/.staging/<sha256>.<uuid>, written and fsynced) and moved into place only after the
// transaction that links it has committed, so a refused or crashed upload never leaves a file in the
// store. What a crash still leaves behind (a staged file, or a file no row refers to) is found by
// walking the disk: see sweepEvidence.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const STAGING = '.staging';
const SHA = /^[0-9a-f]{64}$/;

/** An upload written under its temporary name, not yet in the store. */
export interface StagedFile {
  sha256: string;
  tmpPath: string;
}

/** A file found on disk by a walk, with its modification time (its age for the grace period). */
export interface FileOnDisk {
  sha256: string;
  path: string;
  mtimeMs: number;
}

export class EvidenceStore {
  constructor(readonly dir: string) {}

  pathOf(sha256: string): string {
    if (!SHA.test(sha256)) throw new Error('invalid sha256');
    return path.join(this.dir, sha256.slice(0, 2), sha256);
  }

  static hash(bytes: Uint8Array): string {
    return createHash('sha256').update(bytes).digest('hex');
  }

  /** Writes the bytes completely under a temporary name; nothing in the store points to it yet. */
  async stage(bytes: Uint8Array): Promise<StagedFile> {
    const sha256 = EvidenceStore.hash(bytes);
    const dir = path.join(this.dir, STAGING);
    await fs.promises.mkdir(dir, { recursive: true });
    const tmpPath = path.join(dir, `${sha256}.${randomUUID()}`);
    const handle = await fs.promises.open(tmpPath, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return { sha256, tmpPath };
  }

  /**
   * Moves a staged file into place. Always a rename (replacing a copy already there with the same
   * bytes), never "skip if present": a sweep may be moving that copy away at this very moment.
   */
  async publish(staged: StagedFile): Promise<void> {
    const target = this.pathOf(staged.sha256);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    await fs.promises.rename(staged.tmpPath, target);
  }

  /** Removes a staged file whose upload was refused or failed. */
  async discard(staged: StagedFile): Promise<void> {
    await fs.promises.rm(staged.tmpPath, { force: true });
  }

  /** Stores the bytes directly (restore, tests: their row exists already); returns their sha256. */
  async put(bytes: Uint8Array): Promise<string> {
    const staged = await this.stage(bytes);
    await this.publish(staged);
    return staged.sha256;
  }

  exists(sha256: string): boolean {
    return fs.existsSync(this.pathOf(sha256));
  }

  read(sha256: string): fs.ReadStream {
    return fs.createReadStream(this.pathOf(sha256));
  }

  async remove(sha256: string): Promise<void> {
    await fs.promises.rm(this.pathOf(sha256), { force: true });
  }

  /** Every file in the store (named by its sha256 under its two-letter folder). */
  async listStored(): Promise<FileOnDisk[]> {
    const out: FileOnDisk[] = [];
    for (const sub of await readDirNames(this.dir)) {
      if (!/^[0-9a-f]{2}$/.test(sub)) continue;
      for (const name of await readDirNames(path.join(this.dir, sub))) {
        if (!SHA.test(name) || !name.startsWith(sub)) continue;
        const file = await statFile(path.join(this.dir, sub, name));
        if (file) out.push({ sha256: name, path: file.path, mtimeMs: file.mtimeMs });
      }
    }
    return out;
  }

  /** Every staged file left behind (an upload in flight, or one a crash interrupted). */
  async listStaged(): Promise<FileOnDisk[]> {
    const dir = path.join(this.dir, STAGING);
    const out: FileOnDisk[] = [];
    for (const name of await readDirNames(dir)) {
      const sha256 = name.slice(0, 64);
      const file = await statFile(path.join(dir, name));
      if (file) out.push({ sha256: SHA.test(sha256) ? sha256 : '', path: file.path, mtimeMs: file.mtimeMs });
    }
    return out;
  }

  /**
   * Moves a stored file out of the store under a temporary name (atomic), so the sweep can check the
   * database again before deleting it and put it back if a row appeared meanwhile.
   */
  async takeAside(sha256: string): Promise<StagedFile | null> {
    const dir = path.join(this.dir, STAGING);
    await fs.promises.mkdir(dir, { recursive: true });
    const tmpPath = path.join(dir, `${sha256}.swept-${randomUUID()}`);
    try {
      await fs.promises.rename(this.pathOf(sha256), tmpPath);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    return { sha256, tmpPath };
  }

  /** Puts a file taken aside back, unless an upload has published the same bytes meanwhile. */
  async putBack(staged: StagedFile): Promise<void> {
    if (this.exists(staged.sha256)) await this.discard(staged);
    else await this.publish(staged);
  }
}

async function readDirNames(dir: string): Promise<string[]> {
  try {
    return await fs.promises.readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

async function statFile(p: string): Promise<{ path: string; mtimeMs: number } | null> {
  try {
    const st = await fs.promises.stat(p);
    return st.isFile() ? { path: p, mtimeMs: st.mtimeMs } : null;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}
