import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { webBuildStaleReason } from './web-build-check.ts';

describe('web build check', () => {
  let root: string;
  const write = (rel: string, at: number) => {
    const p = path.join(root, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, 'x');
    fs.utimesSync(p, at, at);
    fs.utimesSync(path.dirname(p), at, at);
  };
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('builds when dist/web is missing, not when it is newer than the sources, again after a source changes', () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'peta-rb-webcheck-'));
    write('src/web/main.tsx', 1000);
    write('src/domain/rule.ts', 1000);
    expect(webBuildStaleReason(root)).toMatch(/missing/);
    write('dist/web/index.html', 2000);
    expect(webBuildStaleReason(root)).toBeNull();
    write('src/domain/rule.ts', 3000);
    expect(webBuildStaleReason(root)).toMatch(/src\/domain/);
  });
});
