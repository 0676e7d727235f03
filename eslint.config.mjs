import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const SERVER_FORBIDS = [
  { group: ['next', 'next/*', 'next-intl', 'next-intl/*', '@/i18n/navigation'], message: 'server/ never imports Next: do it on the app side (app/_guards).' },
  { group: ['@/app/*', '@/components/*', '**/app/*', '**/components/*'], message: 'server/ is below app/ and components/.' },
];

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ['**/*.tmp.ts', 'node_modules/**', '.next/**', '.next-*/**', 'dist/**', 'server/generated/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  {
    // The pure core must stay framework-free: no Next, React, Prisma or env access.
    files: ['lib/**/*.ts'],
    // The CSV writer's round trip through the importer it must agree with.
    ignores: ['lib/csv/csv.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['next', 'next/*', 'next-intl', 'next-intl/*', 'react', 'react-dom', '@prisma/*', '@/server/*', '@/app/*', '@/components/*', '@/i18n/*', 'node:*', 'fs', 'path'] }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'The pure core takes its inputs as arguments.' }],
    },
  },
  // The layers (docs/decisions/021-layers.md): app → components → server → lib, one way.
  {
    // Components get actions and data from the pages that render them.
    files: ['components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['@/app/*', '**/app/*'], message: 'Components never import from app/: the page passes actions and data down.' }] }] },
  },
  {
    // Use cases know nothing of Next: page guards and request headers live in app/_guards.
    files: ['server/**/*.ts'],
    ignores: ['server/reviews/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: SERVER_FORBIDS }] },
  },
  {
    // The review use cases are called by the HTTP adapters (server/http), never the reverse.
    files: ['server/reviews/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...SERVER_FORBIDS, { group: ['@/server/http/*', '../http/*'], message: 'server/http calls server/reviews, not the reverse.' }] }] },
  },
  {
    // Playwright fixtures take a `use` callback and test helpers start with `use…`: not React hooks.
    files: ['e2e/**/*.ts', '**/*.test.ts', 'test/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // Interactive transactions run through server/transaction.ts, which runs one again when
    // SQLite's snapshot went stale under it (a review committed between its read and its write).
    files: ['app/**/*.{ts,tsx}', 'server/**/*.ts', 'scripts/**/*.ts', 'prisma/**/*.ts'],
    ignores: ['server/transaction.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "CallExpression[callee.property.name='$transaction'][arguments.0.type=/FunctionExpression$/]",
        message: 'Use transaction() from server/transaction.ts: it runs the transaction again on a stale SQLite snapshot.',
      }],
    },
  },
  {
    // Only server/env.ts reads the environment.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'server/**/*.ts'],
    // Tests set up the environment the code under test reads.
    ignores: ['server/env.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through server/env.ts.' }],
    },
  },
];

export default config;
