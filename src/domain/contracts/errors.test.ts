// The error vocabulary is closed and alive: every code in it is raised somewhere in the server (or
// by the web client for its own failures), and the server raises no code outside it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, isErrorCode } from './errors.ts';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const serverText = sources('src/server')
  .concat(sources('src/domain').filter((f) => !f.endsWith(path.join('contracts', 'errors.ts'))))
  .map((f) => fs.readFileSync(f, 'utf8'))
  .join('\n');

describe('error vocabulary', () => {
  it('has one status and both messages for every code', () => {
    for (const [code, spec] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(spec.status, code).toBeGreaterThanOrEqual(400);
      expect(spec.id.length, code).toBeGreaterThan(5);
      expect(spec.en.length, code).toBeGreaterThan(5);
    }
  });

  it('has no code that nothing raises', () => {
    const unused = Object.keys(ERROR_CODES).filter((code) => !serverText.includes(`'${code}'`));
    expect(unused).toEqual([]);
  });

  it('is the only source of codes the server raises', () => {
    const raised = [...serverText.matchAll(/(?:new AppError|appError)\(\s*'([A-Z0-9_]+)'/g)].map((m) => m[1]!);
    expect(raised.length).toBeGreaterThan(40);
    expect(raised.filter((c) => !isErrorCode(c))).toEqual([]);
  });
});
