// Fits kept off the web servers (docs/decisions/028): both servers of this suite run with
// FIT_JOBS=off (playwright.two-servers.config.ts), so a fit a learner asks for waits in the
// database until a `npm run fit-jobs` process (dist/fit-jobs.mjs) picks it up.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect } from '../fixtures';
import { e2eDb, userIdByEmail } from '../db';
import { writeSimulatedLog } from '../../test/simulated-log';

type Fit = (typeof import('../../messages/en.json'))['settings']['fit'];
const t: Fit = JSON.parse(readFileSync('messages/en.json', 'utf8')).settings.fit;
const lead = (message: string) => message.split('{')[0]!.trim();

test('with fits off on both servers, a requested fit waits for the fit-jobs process, which runs it and stops cleanly', async ({ page, learner }) => {
  test.setTimeout(120_000);
  const userId = await userIdByEmail(learner.email);
  const { reviews } = await writeSimulatedLog(e2eDb(), 'postgres', userId, { reviews: 1500, seed: 5, start: new Date(Date.now() - 150 * 86_400_000) });

  await page.goto('/en/settings');
  await page.getByRole('button', { name: t.fitNow }).click();
  await expect(page.getByText(t.waiting)).toBeVisible();
  // Longer than a runner's poll (5 s): had either server run fits, this one would have started.
  await page.waitForTimeout(8_000);
  expect(await e2eDb().fitJob.findUnique({ where: { userId } })).toMatchObject({ leaseOwner: null, attempts: 0 });
  expect(await e2eDb().schedulerFit.count({ where: { userId } })).toBe(0);
  await expect(page.getByText(t.waiting)).toBeVisible();

  const jobs = spawn(process.execPath, ['dist/fit-jobs.mjs'], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  jobs.stdout.on('data', (d: Buffer) => (output += d));
  jobs.stderr.on('data', (d: Buffer) => (output += d));
  const exited = new Promise<number | null>((resolve) => jobs.once('exit', (code) => resolve(code)));
  try {
    const status = page.getByRole('status').filter({ hasText: lead(t.lastRun) });
    await expect(status).toBeVisible({ timeout: 60_000 });
    await expect(status).toContainText(lead(t.adopted));
    const fit = await e2eDb().schedulerFit.findFirstOrThrow({ where: { userId } });
    expect(fit).toMatchObject({ outcome: 'adopted', reviews });
    expect(await e2eDb().fitJob.count({ where: { userId } })).toBe(0);
  } finally {
    jobs.kill('SIGTERM');
  }
  expect(await exited, output).toBe(0);
  expect(output).toContain('fit jobs running');
  expect(output).not.toContain('failed');
});
