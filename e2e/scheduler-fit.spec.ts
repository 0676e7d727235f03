// The scheduler fit in Settings, in kk, ru and en: a learner with a few thousand reviews in
// their log (a simulated learner whose memory is not FSRS's default, written as a fixture)
// presses "Fit my scheduler now"; the server's job runner fits it in its worker thread, and the
// page shows when the fit ran, on how many reviews, and that it now predicts better.
import { readFileSync } from 'node:fs';
import { E2E_DATABASE_URL, e2eDb, userIdByEmail } from './db';
import { test, expect } from './fixtures';
import { writeSimulatedLog } from '../test/simulated-log';

type Messages = (typeof import('../messages/en.json'))['settings']['fit'];
const messages = (locale: string): Messages => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')).settings.fit;
/** The message's text before its first placeholder. */
const lead = (message: string) => message.split('{')[0]!.trim();

for (const locale of ['kk', 'ru', 'en'] as const) {
  test(`in ${locale}: a learner fits their scheduler from Settings and sees what changed`, async ({ page, learner }) => {
    test.setTimeout(60_000);
    const t = messages(locale);
    const userId = await userIdByEmail(learner.email);
    await page.goto(`/${locale}/settings`);
    await expect(page.getByRole('heading', { name: t.title })).toBeVisible();
    await expect(page.getByText(lead(t.notEnough))).toBeVisible();

    const kind = E2E_DATABASE_URL.startsWith('postgres') ? 'postgres' : 'sqlite';
    const { reviews } = await writeSimulatedLog(e2eDb(), kind, userId, { reviews: 2500, seed: locale.length * 7 + 1, start: new Date(Date.now() - 200 * 86_400_000) });
    await page.reload();
    await expect(page.getByText(lead(t.noneYet))).toBeVisible();

    await page.getByRole('button', { name: t.fitNow }).click();
    const status = page.getByRole('status').filter({ hasText: lead(t.lastRun) });
    await expect(status).toBeVisible({ timeout: 30_000 });
    // the count, with or without a thousands separator (2,500 · 2 500 · 2500)
    await expect(status).toContainText(new RegExp(`${Math.floor(reviews / 1000)}[\\s,.\u00a0\u202f]?${String(reviews % 1000).padStart(3, '0')}`));
    await expect(status).toContainText(lead(t.adopted));
    await expect(page.getByRole('button', { name: t.fitNow })).toBeEnabled();

    const fit = await e2eDb().schedulerFit.findFirstOrThrow({ where: { userId } });
    expect(fit).toMatchObject({ outcome: 'adopted', reviews });
    expect(fit.logLossAfter!).toBeLessThan(fit.logLossBefore!);
    expect((await e2eDb().user.findUniqueOrThrow({ where: { id: userId } })).fsrsWeights).toBe(fit.weights);
  });
}
