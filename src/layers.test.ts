// The layer rules of docs/decisions/0010-contracts.md are enforced by eslint: each case plants one
// breach in a file of the layer it is forbidden in and checks that the lint reports it (and that the
// same import is accepted where it is allowed, so the rules are not simply "forbid everything").
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const cases: [string, string, string, string][] = [
  // [what, file with the breach, import line, a file where the same import is allowed]
  [
    'SQL outside a repository',
    'src/server/features/monitoring/planted.service.ts',
    "import { sql } from 'drizzle-orm';",
    'src/server/features/monitoring/planted.repository.ts',
  ],
  [
    'tables outside a repository',
    'src/server/features/roadmap/planted.ts',
    "import { auditEvent } from '../../../db/schema.ts';",
    'src/server/features/roadmap/planted.repository.ts',
  ],
  [
    'a route calling a repository',
    'src/server/features/roadmap/planted.routes.ts',
    "import { listRoadMaps } from './roadmap.repository.ts';",
    'src/server/features/roadmap/planted.service.ts',
  ],
  [
    'a service importing Fastify',
    'src/server/features/users/planted.service.ts',
    "import type { FastifyRequest } from 'fastify';",
    'src/server/features/users/planted.routes.ts',
  ],
  [
    "a feature importing another feature's repository",
    'src/server/features/evaluasi/planted.service.ts',
    "import { findById } from '../monitoring/realisasi.repository.ts';",
    'src/server/features/evaluasi/planted-2.service.ts',
  ],
  [
    'the web importing the server',
    'src/web/features/roadmap/planted.tsx',
    "import { buildApp } from '../../../server/app.ts';",
    'src/cli/planted.ts',
  ],
  ['the domain importing node', 'src/domain/roadmap/planted.ts', "import fs from 'node:fs';", 'src/server/planted.ts'],
];

describe('layer rules (eslint no-restricted-imports)', () => {
  it.each(cases)('reports %s', async (_what, file, line, allowedFile) => {
    const code = `${line}\nexport const x = [${line.match(/import (?:type )?\{?\s*(\w+)/)![1]}];\n`;
    expect((await restrictedImports(file, code)).length).toBeGreaterThan(0);
    // The import that is a breach in `file` is fine in `allowedFile`, except the cross-feature case,
    // whose allowed form is the same feature's own repository.
    const allowedCode = allowedFile.endsWith('planted-2.service.ts')
      ? code.replace('../monitoring/realisasi.repository.ts', './evaluasi.repository.ts')
      : code;
    expect(await restrictedImports(allowedFile, allowedCode)).toEqual([]);
  });
});
