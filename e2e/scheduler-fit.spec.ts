// The scheduler fit in Settings, in kk, ru and en: a learner with a few thousand reviews in
// their log (a simulated learner whose memory is not FSRS's default, written as a fixture)
// presses "Fit my scheduler now"; the server's job runner fits it in a process of its own, and the
// page shows when the fit ran, on how many reviews, and that it now predicts better. A learner
// turns automatic fitting off and finds it off after a reload; a learner with fitted parameters
// in use goes back to the defaults (asked first) and Settings says so.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SIMULATED_LEARNER_WEIGHTS } from '../lib/srs';
import { axeViolations } from './a11y';
import { E2E_DATABASE_URL, e2eDb, userIdByEmail } from './db';
import { test, expect } from './fixtures';
import { writeSimulatedLog } from '../test/simulated-log';

type Settings = (typeof import('../messages/en.json'))['settings'];
type Messages = Settings['fit'];
const settingsMessages = (locale: string): Settings => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')).settings;
const messages = (locale: string): Messages => settingsMessages(locale).fit;
/** The message's text before its first placeholder. */
const lead = (message: string) => message.split('{')[0]!.trim();
/** The whole message, any text in place of its placeholders. */
const shape = (message: string) => new RegExp(message.split(/\{[^}]*\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+'));

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

for (const locale of ['kk', 'ru', 'en'] as const) {
  test(`in ${locale}: a learner turns automatic fitting off, and it stays off`, async ({ page, learner }) => {
    const all = settingsMessages(locale);
    const t = all.fit;
    const userId = await userIdByEmail(learner.email);
    await page.goto(`/${locale}/settings`);
    const box = page.getByRole('checkbox', { name: all.autoFit });
    await expect(box).toBeChecked();
    await expect(page.getByText(t.autoOff)).toHaveCount(0);

    await box.uncheck();
    await page.getByRole('button', { name: all.save, exact: true }).click();
    await expect(page.getByText(all.saved)).toBeVisible();
    expect((await e2eDb().user.findUniqueOrThrow({ where: { id: userId } })).autoFit).toBe(false);

    await page.reload();
    await expect(page.getByRole('checkbox', { name: all.autoFit })).not.toBeChecked();
    await expect(page.getByRole('status').filter({ hasText: t.autoOff })).toBeVisible();
    // asking for a fit waits for the reviews a fit needs (a fit asked for with automatic fitting off:
    // the first test's learner, and the store contract test)
    await expect(page.getByRole('button', { name: t.fitNow })).toBeDisabled();
    await expect(page.getByText(lead(t.notEnough))).toBeVisible();
  });

  test(`in ${locale}: a learner with fitted parameters goes back to the defaults, and Settings says so`, async ({ page, learner }) => {
    const all = settingsMessages(locale);
    const t = all.fit;
    const userId = await userIdByEmail(learner.email);
    // fitted parameters in use, as an adopted fit leaves them
    const weights = JSON.stringify(SIMULATED_LEARNER_WEIGHTS);
    await e2eDb().user.update({ where: { id: userId }, data: { fsrsWeights: weights } });
    await e2eDb().schedulerFit.create({ data: {
      id: randomUUID(), userId, createdAt: new Date(Date.now() - 86_400_000), reviews: 2500, trainItems: 1500, testItems: 375, outcome: 'adopted',
      logLossBefore: 0.38, rmseBefore: 0.05, logLossAfter: 0.35, rmseAfter: 0.045, weights, weightsBefore: null, durationMs: 900,
    } });
    await page.goto(`/${locale}/settings`);
    await expect(page.getByRole('status').filter({ hasText: lead(t.adopted) })).toBeVisible();

    // asked first; "Cancel" changes nothing
    await page.getByRole('button', { name: t.resetButton, exact: true }).click();
    const question = page.getByRole('group', { name: t.resetQuestion });
    await expect(question).toBeVisible();
    await expect(question.getByRole('button', { name: t.cancel })).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
    await question.getByRole('button', { name: t.cancel }).click();
    await expect(page.getByRole('button', { name: t.resetButton, exact: true })).toBeFocused();
    expect((await e2eDb().user.findUniqueOrThrow({ where: { id: userId } })).fsrsWeights).toBe(weights);

    await page.getByRole('button', { name: t.resetButton, exact: true }).click();
    await page.getByRole('button', { name: t.resetYes }).click();
    const status = page.getByRole('status').filter({ hasText: shape(t.reset) });
    await expect(status).toBeVisible();
    await expect(status).toContainText(t.autoOff);
    await expect(status).not.toContainText(lead(t.adopted));
    await expect(page.getByRole('button', { name: t.resetButton, exact: true })).toHaveCount(0);
    // the settings form above shows the automatic fitting the reset turned off, without a reload
    await expect(page.getByRole('checkbox', { name: all.autoFit })).not.toBeChecked();

    const user = await e2eDb().user.findUniqueOrThrow({ where: { id: userId } });
    expect(user).toMatchObject({ fsrsWeights: null, autoFit: false });
    const last = await e2eDb().schedulerFit.findFirstOrThrow({ where: { userId }, orderBy: { createdAt: 'desc' } });
    expect(last).toMatchObject({ outcome: 'reset', weights: null, weightsBefore: weights });
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: shape(t.reset) })).toBeVisible();
  });
}
