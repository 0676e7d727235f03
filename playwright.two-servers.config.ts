// Two production servers on one PostgreSQL database (issue 11): the spec in e2e/two-servers
// signs up on one, studies on the other and checks they behave as one. Needs TEST_POSTGRES_URL
// and a current production build (`npm run build`): both servers start from it. Neither runs
// scheduler fits (FIT_JOBS=off): e2e/two-servers/fit-jobs.spec.ts runs them in a process of their own.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

const portA = Number(process.env.E2E_PORT_A ?? 3110);
const portB = portA + 1;
const admin = process.env.TEST_POSTGRES_URL;
if (!admin) throw new Error('the two-server test needs TEST_POSTGRES_URL');
const url = new URL(admin);
url.pathname = `/jatta_two_servers_${portA}`;
process.env.E2E_DATABASE_URL = url.toString();
process.env.E2E_BASE_A = `http://localhost:${portA}`;
process.env.E2E_BASE_B = `http://localhost:${portB}`;
// One secret for both: a session signed by one must be valid on the other.
const secret = 'two-servers-secret-two-servers-secret-01';

export default defineConfig({
  ...base,
  testDir: './e2e/two-servers',
  testIgnore: [],
  outputDir: `test-results/e2e-two-servers-${portA}`,
  use: { ...base.use, baseURL: process.env.E2E_BASE_A },
  webServer: [
    {
      command: 'bash scripts/e2e-server.sh',
      url: `${process.env.E2E_BASE_A}/kk`,
      timeout: 300_000,
      reuseExistingServer: false,
      env: { E2E_PORT: String(portA), E2E_DATABASE_URL: process.env.E2E_DATABASE_URL, E2E_SKIP_BUILD: '1', BETTER_AUTH_SECRET: secret, FIT_JOBS: 'off' },
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // Waits for A's migrations and seed: it starts on the same database as it is.
      command: `bash -c 'until curl -sf ${process.env.E2E_BASE_A}/api/health >/dev/null; do sleep 0.5; done; exec bash scripts/e2e-server.sh'`,
      url: `${process.env.E2E_BASE_B}/kk`,
      timeout: 300_000,
      reuseExistingServer: false,
      env: { E2E_PORT: String(portB), E2E_DATABASE_URL: process.env.E2E_DATABASE_URL, E2E_SKIP_BUILD: '1', E2E_KEEP_DB: '1', BETTER_AUTH_SECRET: secret, FIT_JOBS: 'off' },
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
