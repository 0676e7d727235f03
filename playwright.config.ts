import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { middayZone } from './e2e/midday-zone';

const port = Number(process.env.E2E_PORT ?? 3100);

/**
 * The database the e2e server runs on: a SQLite file by default, a PostgreSQL database of its
 * own (named after the port) on the server of TEST_POSTGRES_URL with E2E_STORE=postgres.
 * Fixtures (e2e/db.ts) read the same variable.
 */
function e2eDatabaseUrl(): string {
  if (process.env.E2E_DATABASE_URL) return process.env.E2E_DATABASE_URL;
  if (process.env.E2E_STORE !== 'postgres') return `file:./${process.env.E2E_DB ?? '.data/e2e.db'}`;
  const admin = process.env.TEST_POSTGRES_URL;
  if (!admin) throw new Error('E2E_STORE=postgres needs TEST_POSTGRES_URL');
  const url = new URL(admin);
  url.pathname = `/jatta_e2e_${port}`;
  return url.toString();
}
process.env.E2E_DATABASE_URL = e2eDatabaseUrl();

/** Playwright's own Chromium where a user installed it, else Debian's. */
function chromiumPath(): string | undefined {
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return undefined;
  } catch {
    // no Playwright browser installed
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export default defineConfig({
  testDir: './e2e',
  // Needs two servers on PostgreSQL: playwright.two-servers.config.ts runs it.
  testIgnore: ['two-servers/**'],
  // One folder per port, so suites run side by side do not delete each other's traces.
  outputDir: `test-results/e2e-${port}`,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    timezoneId: middayZone(),
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath(),
          args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        },
      },
    },
  ],
  webServer: {
    command: 'bash scripts/e2e-server.sh',
    url: `http://localhost:${port}/kk`,
    timeout: 300_000,
    reuseExistingServer: false,
    env: { E2E_PORT: String(port), E2E_DATABASE_URL: process.env.E2E_DATABASE_URL },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
