// npm run test:security: attacks on a real production server (test/security/global-setup.ts
// builds once if needed and starts two servers on one database). Files run one after another:
// they share the servers, and their limits are counted per client address.
import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: {
    alias: { '@': path.resolve(import.meta.dirname) },
  },
  test: {
    include: ['test/security/**/*.test.ts'],
    globalSetup: ['test/security/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
