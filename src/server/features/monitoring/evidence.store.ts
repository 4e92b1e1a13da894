// Content-addressed storage of evidence files on disk: a file lives at <dir>/<sha[0..2]>/<sha256>,
// so the same file attached twice is stored once. A file is written completely (temp file, fsync,
// rename) before any database row may point to it; files no row refers to are removed by sweep().
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export class EvidenceStore {
  constructor(readonly dir: string) {}

  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('invalid sha256');
    return path.join(this.dir, sha256.slice(0, 2), sha256);
  }

  static hash(bytes: Uint8Array): string {
    return createHash('sha256').update(bytes).digest('hex');
  }

  /** Stores the bytes (once); returns their sha256. */
  async put(bytes: Uint8Array): Promise<string> {
    const sha256 = EvidenceStore.hash(bytes);
    const target = this.pathOf(sha256);
    if (fs.existsSync(target)) return sha256;
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const tmp = path.join(path.dirname(target), `.tmp-${randomUUID()}`);
    const handle = await fs.promises.open(tmp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.promises.rename(tmp, target);
    return sha256;
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
}
