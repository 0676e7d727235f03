import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ['**/*.tmp.ts', 'node_modules/**', '.next/**', '.next-*/**', 'dist/**', 'server/generated/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  {
    // The pure core must stay framework-free: no Next, React, Prisma or env access.
    files: ['lib/kazakh/**/*.ts', 'lib/srs/**/*.ts', 'lib/decks/**/*.ts', 'lib/progress/**/*.ts', 'lib/answers/**/*.ts', 'lib/script/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['next', 'next/*', 'react', 'react-dom', '@prisma/*', '@/server/*', 'node:*', 'fs', 'path'] }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'The pure core takes its inputs as arguments.' }],
    },
  },
  {
    // Playwright fixtures take a `use` callback and test helpers start with `use…`: not React hooks.
    files: ['e2e/**/*.ts', '**/*.test.ts', 'test/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
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
