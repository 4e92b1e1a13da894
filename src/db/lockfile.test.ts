// The data-directory lock: a second holder is refused while the first lives; a lock left by a dead
// process is taken over; and a stale lock whose pid now belongs to an unrelated live process (pid
// reuse after a crash or reboot) no longer blocks the start (issue #9, defect 7).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, acquireDataDirLock } from './lockfile.ts';

const dirs: string[] = [];
const children: ChildProcess[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'peta-rb-lock-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const c of children.splice(0)) c.kill();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A live process that is not Peta RB and never took the lock. */
async function unrelatedProcess(): Promise<number> {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  children.push(child);
  await new Promise((resolve) => child.once('spawn', resolve));
  return child.pid!;
}

describe('acquireDataDirLock', () => {
  it('removes its lock on release, and takes over a lock with a live pid but another start time', () => {
    const dir = tmp();
    const lockPath = path.join(dir, 'peta-rb.lock');
    const release = acquireDataDirLock(dir);
    const content = fs.readFileSync(lockPath, 'utf8');
    release();
    expect(fs.existsSync(lockPath)).toBe(false);
    // Our parent is alive, but this lock (our start time) was not written by it: stale.
    fs.writeFileSync(lockPath, content.replace(/^\d+/, String(process.ppid)));
    expect(() => acquireDataDirLock(dir)()).not.toThrow();
  });

  it('takes over a lock left by a dead process', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'peta-rb.lock'), '999999999');
    expect(() => acquireDataDirLock(dir)()).not.toThrow();
  });

  it('takes over a stale lock whose pid now belongs to an unrelated live process', async () => {
    const dir = tmp();
    const pid = await unrelatedProcess();
    // A lock written long ago by a Peta RB process that had this pid and has since died.
    fs.writeFileSync(path.join(dir, 'peta-rb.lock'), `${pid}\n1\nold-token\n`);
    expect(() => acquireDataDirLock(dir)()).not.toThrow();
  });

  it('still refuses a lock held by a live process that did take it', async () => {
    const dir = tmp();
    const script = `
      const { acquireDataDirLock } = await import(${JSON.stringify(new URL('./lockfile.ts', import.meta.url).href)});
      acquireDataDirLock(${JSON.stringify(dir)});
      console.log('held');
      setTimeout(() => {}, 60000);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(child);
    await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
  }, 30_000);
});
