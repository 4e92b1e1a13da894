// Lint rules: typescript-eslint's recommended set over all TypeScript sources, and the layer rules
// of docs/decisions/0010-contracts.md, enforced as import restrictions (a breach fails the lint;
// src/layers.test.ts plants one of each and checks that it is caught).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const SQL_LIBRARIES = ['drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/pglite', '@electric-sql/pglite/*'];
const sqlOutsideRepositories = {
  group: SQL_LIBRARIES,
  message: 'Only *.repository.ts files and src/db touch SQL (docs/decisions/0010-contracts.md).',
};
const tablesOutsideRepositories = {
  group: ['**/db/schema.ts'],
  message: 'Only *.repository.ts files and src/db read the table definitions.',
};
const crossFeatureRepository = {
  // ../<other feature>/<file>.repository.ts; shared modules (src/server/*.repository.ts) are allowed.
  regex: '^\\.\\./[a-z-]+/[a-z.-]+\\.repository\\.ts$',
  message: "A feature reaches another feature's data through that feature's service.",
};
const FEATURES = [
  'audit',
  'auth',
  'email',
  'evaluasi',
  'meta',
  'monitoring',
  'perangkat-daerah',
  'rencana-aksi',
  'roadmap',
  'roadmap-pdf',
  'roadmap-xlsx',
  'users',
];

/** One block per layer; `no-restricted-imports` of a later matching block replaces an earlier one. */
function restrict(files, patterns, ignores = []) {
  return { files, ignores, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'src/db/migrations/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  // The domain is pure: no I/O, no server, no database, no browser framework.
  restrict(
    ['src/domain/**/*.ts'],
    [
      {
        group: ['**/server/**', '**/db/**', '**/web/**', '**/cli/**'],
        message: 'src/domain is imported by server and browser alike; it imports neither.',
      },
      {
        group: ['node:*', 'fastify', 'fastify-*', '@fastify/*', 'react', 'react-*', ...SQL_LIBRARIES],
        message: 'src/domain has no I/O.',
      },
    ],
    ['src/domain/**/*.test.ts'],
  ),
  // The browser never imports the server or the database; it shares src/domain (contracts included).
  restrict(
    ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    [
      {
        group: ['**/server/**', '**/db/**', '**/cli/**'],
        message: 'The web app imports src/domain, never the server.',
      },
      { group: [...SQL_LIBRARIES, 'fastify', 'fastify-*', '@fastify/*', 'node:*'], message: 'Not in the browser.' },
    ],
  ),
  // Server code outside repositories: no SQL, no tables.
  restrict(
    ['src/server/**/*.ts', 'src/cli/**/*.ts'],
    [sqlOutsideRepositories, tablesOutsideRepositories],
    ['src/server/**/*.repository.ts', 'src/server/**/*.test.ts'],
  ),
  // Routes call services, never repositories.
  restrict(
    ['src/server/**/*.routes.ts'],
    [
      sqlOutsideRepositories,
      tablesOutsideRepositories,
      { group: ['**/*.repository.ts'], message: 'Routes call services; only services call repositories.' },
    ],
  ),
  // Services know nothing of HTTP.
  restrict(
    ['src/server/**/*.service.ts'],
    [
      sqlOutsideRepositories,
      tablesOutsideRepositories,
      {
        group: ['fastify', 'fastify-*', '@fastify/*', '**/*.plugin.ts', '**/*.routes.ts'],
        message: 'Services never import Fastify: throw errors from src/server/errors.ts.',
      },
      crossFeatureRepository,
    ],
  ),
  // No feature imports another feature's repository (services, plugins, helpers alike).
  ...FEATURES.map((f) =>
    restrict(
      [`src/server/features/${f}/**/*.ts`],
      [sqlOutsideRepositories, tablesOutsideRepositories, crossFeatureRepository],
      [
        'src/server/features/**/*.repository.ts',
        'src/server/features/**/*.routes.ts',
        'src/server/features/**/*.service.ts',
        'src/server/features/**/*.test.ts',
      ],
    ),
  ),
);
