// The study loop off the network (issue 12): the next card shows from what the page holds,
// ratings go out in the background, in order, and none is lost or doubled by a lost
// connection, a reload, a server restart or a second tab.
import { allowNetworkFailures, test, expect, newUser, ratingsSent, ESSAY_DECK_ID, E2E_SECRET } from './fixtures';
import { e2eDb, E2E_DATABASE_URL } from './db';
import { startServer } from '../scripts/bench/harness';
import type { Page } from '@playwright/test';

async function rateShown(page: Page, key = '3'): Promise<void> {
  const front = await page.locator('article').innerText();
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('answer')).toBeVisible();
  await page.keyboard.press(key);
  await expect(page.locator('article')).not.toHaveText(front);
}

/** Rates the next two cards while the server cannot be reached for reviews: both wait in the page's outbox. */
async function rateTwoUnsent(page: Page): Promise<string[]> {
  await page.route('**/api/reviews', (route) => route.abort('connectionrefused'));
  const rated: string[] = [];
  for (let i = 0; i < 2; i++) {
    rated.push(await shownFront(page));
    await rateShown(page);
  }
  await expect(page.getByRole('status').first()).toContainText('2 ratings waiting to be sent');
  return rated;
}

const shownFront = async (page: Page) => (await page.locator('article').innerText()).split('\n').slice(0, 3).join(' ');

async function logsOf(email: string): Promise<{ id: string; cardId: string }[]> {
  const user = await e2eDb().user.findUniqueOrThrow({ where: { email } });
  return e2eDb().reviewLog.findMany({ where: { userId: user.id }, select: { id: true, cardId: true } });
}

test('a minute offline: cards keep coming, ratings wait, then go out once each', async ({ page, learner, context, consoleErrors }) => {
  test.setTimeout(150_000);
  await page.goto(`/en/study/${ESSAY_DECK_ID}`);
  await rateShown(page);
  await ratingsSent(page);
  await context.setOffline(true);
  const started = Date.now();
  for (let i = 0; i < 4; i++) await rateShown(page);
  const status = page.getByRole('status').first();
  await expect(status).toContainText('4 ratings waiting to be sent');
  await expect(status).toContainText('No connection');
  // Still offline a minute later: nothing was lost, the page still says so.
  await page.waitForTimeout(Math.max(0, 60_000 - (Date.now() - started)));
  await expect(status).toContainText('4 ratings waiting to be sent');
  expect(await logsOf(learner.email)).toHaveLength(1);
  await context.setOffline(false);
  await ratingsSent(page);
  const logs = await logsOf(learner.email);
  expect(logs).toHaveLength(5);
  expect(new Set(logs.map((l) => l.cardId)).size).toBe(5);
  allowNetworkFailures(consoleErrors);
});

const countsLeft = (page: Page) => page.getByRole('group', { name: 'Left today' });

test('a reload with ratings not yet sent loses none, does not show those cards again, and counts them', async ({ page, learner, consoleErrors }) => {
  await page.goto(`/en/study/${ESSAY_DECK_ID}`);
  const fresh = await countsLeft(page).textContent();
  const rated = await rateTwoUnsent(page);
  const counted = await countsLeft(page).textContent();
  expect(counted, 'the two ratings moved the counts').not.toBe(fresh);
  // Still unsent after the reload: the server's page counts the two cards as unanswered, the page
  // counts them as the ratings left them.
  await page.reload();
  await expect(page.getByRole('status').first()).toContainText('2 ratings waiting to be sent');
  await expect(countsLeft(page)).toHaveText(counted ?? "");
  expect(rated).not.toContain(await shownFront(page));
  await page.unroute('**/api/reviews');
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await ratingsSent(page);
  await expect(countsLeft(page)).toHaveText(counted ?? "");
  const logs = await logsOf(learner.email);
  expect(logs).toHaveLength(2);
  // The card now shown is not one of the two just rated.
  expect(rated).not.toContain(await shownFront(page));
  allowNetworkFailures(consoleErrors);
});

test('a reload that races its ratings going out does not show the cards they answered', async ({ page, learner, consoleErrors }) => {
  await page.goto(`/en/study/${ESSAY_DECK_ID}`);
  const studyUrl = page.url();
  const rated = await rateTwoUnsent(page);
  const counted = await countsLeft(page).textContent();
  // The old page sends both ratings while the server renders the reloaded one from what it read
  // before they were stored; the old page gets the answers and empties its outbox before it goes.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.unroute('**/api/reviews');
  await page.route('**/api/reviews', async (route) => {
    await released;
    await route.continue();
  });
  await page.route(studyUrl, async (route) => {
    const rendered = await route.fetch();
    release();
    await expect.poll(async () => (await logsOf(learner.email)).length).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await route.fulfill({ response: rendered });
  });
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await page.reload();
  await page.unrouteAll();
  await ratingsSent(page);
  expect(await page.evaluate(async () => {
    const open = indexedDB.open('jatta');
    const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
    const all = db.transaction('pending-ratings').objectStore('pending-ratings').getAll();
    return new Promise<number>((resolve) => (all.onsuccess = () => resolve(all.result.length)));
  }), 'the outbox was emptied before the reload').toBe(0);
  expect(rated).not.toContain(await shownFront(page));
  // The server's page was read before the two ratings were stored; the page counts them.
  await expect(countsLeft(page)).toHaveText(counted ?? "");
  // The next rating counts, and the cards held back stay answered once each.
  await rateShown(page);
  await ratingsSent(page);
  await expect(page.getByText('answered in another tab')).toHaveCount(0);
  const logs = await logsOf(learner.email);
  expect(new Set(logs.map((l) => l.cardId)).size).toBe(3);
  allowNetworkFailures(consoleErrors);
});

test('a reload after a rating the server stored but whose answer never came: counted once, stored once', async ({ page, learner, consoleErrors }) => {
  await page.goto(`/en/study/${ESSAY_DECK_ID}`);
  // The server stores the rating; the page loses the answer, so the rating stays in its outbox.
  await page.route('**/api/reviews', async (route) => {
    try {
      await route.fetch();
      await route.abort('connectionreset');
    } catch (e) {
      // a retry that the reload below cut off mid-request is already handled: nothing to abort
      if (!/already handled/i.test(String(e))) throw e;
    }
  });
  await rateShown(page);
  await expect(page.getByRole('status').first()).toContainText('1 rating waiting to be sent');
  await expect.poll(async () => (await logsOf(learner.email)).length).toBe(1);
  const counted = await countsLeft(page).textContent();
  // The server's page already counts the stored rating: the page must not count it a second time.
  await page.reload();
  await expect(page.getByRole('status').first()).toContainText('1 rating waiting to be sent');
  await expect(countsLeft(page)).toHaveText(counted ?? '');
  await page.unroute('**/api/reviews');
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await ratingsSent(page);
  await expect(countsLeft(page)).toHaveText(counted ?? '');
  expect(await logsOf(learner.email)).toHaveLength(1);
  allowNetworkFailures(consoleErrors);
});

test('a shared browser: the next learner starts at the deck\'s start, and the last one\'s unsent ratings wait for them', async ({ page, learner, consoleErrors }) => {
  await page.goto(`/en/study/${ESSAY_DECK_ID}`);
  const first = await shownFront(page);
  await rateShown(page);
  await ratingsSent(page);
  await rateTwoUnsent(page);
  // as the sign-in form sends it: from the app's own origin, with the first learner's cookie still there
  const origin = new URL(page.url()).origin;
  // The first learner's page goes before the connection comes back: otherwise its retry may send
  // their ratings, rightly as theirs, before the switch this test is about.
  await page.goto('about:blank');
  await page.unroute('**/api/reviews');
  // Another learner signs in on this browser.
  const other = newUser();
  const signedUp = await page.request.post('/api/auth/sign-up/email', { headers: { origin }, data: { name: other.name, email: other.email, password: other.password } });
  expect(signedUp.ok(), await signedUp.text()).toBe(true);
  await page.goto(`/en/study/${ESSAY_DECK_ID}`);
  await ratingsSent(page);
  expect(await shownFront(page), 'the first learner\'s ratings hold back nothing of the second\'s').toBe(first);
  await rateShown(page);
  await ratingsSent(page);
  expect(await logsOf(other.email)).toHaveLength(1);
  expect(await logsOf(learner.email), 'the first learner\'s two unsent ratings were not sent as the second\'s').toHaveLength(1);
  // The first learner signs in again: their ratings go out, as theirs.
  const back = await page.request.post('/api/auth/sign-in/email', { headers: { origin }, data: { email: learner.email, password: learner.password } });
  expect(back.ok(), await back.text()).toBe(true);
  await page.goto(`/en/study/${ESSAY_DECK_ID}`);
  await ratingsSent(page);
  expect(await logsOf(learner.email)).toHaveLength(3);
  expect(await logsOf(other.email)).toHaveLength(1);
  allowNetworkFailures(consoleErrors);
});

test('a tab left open while another learner signs in: it says so, and keeps its ratings for its own learner', async ({ page, learner, consoleErrors }) => {
  await page.goto(`/en/study/${ESSAY_DECK_ID}`);
  await rateTwoUnsent(page);
  const origin = new URL(page.url()).origin;
  const other = newUser();
  const signedUp = await page.request.post('/api/auth/sign-up/email', { headers: { origin }, data: { name: other.name, email: other.email, password: other.password } });
  expect(signedUp.ok(), await signedUp.text()).toBe(true);
  // The old tab, still the first learner's page, sends its ratings with the second learner's cookie.
  await page.unroute('**/api/reviews');
  const refused = page.waitForResponse((r) => r.url().endsWith('/api/reviews') && r.status() === 401);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  expect(await (await refused).json()).toMatchObject({ error: { code: 'other-learner' } });
  const status = page.getByRole('status').first();
  await expect(status).toContainText('Someone else is now signed in on this browser');
  await expect(status).toContainText('2 ratings waiting to be sent');
  await expect(status.getByRole('link', { name: 'Sign in' })).toBeVisible();
  expect(await logsOf(learner.email)).toHaveLength(0);
  expect(await logsOf(other.email)).toHaveLength(0);
  // Back as themselves, the first learner's ratings go out, as theirs.
  const back = await page.request.post('/api/auth/sign-in/email', { headers: { origin }, data: { email: learner.email, password: learner.password } });
  expect(back.ok(), await back.text()).toBe(true);
  await page.goto(`/en/study/${ESSAY_DECK_ID}`);
  await ratingsSent(page);
  expect(await logsOf(learner.email)).toHaveLength(2);
  allowNetworkFailures(consoleErrors);
});

test('a learner faster than the answers: the learning card offered early gives way to the cards the answer brings', async ({ page, learner }) => {
  await page.goto(`/en/study/${ESSAY_DECK_ID}`);
  // The server's answers are held back: the page runs through the cards it holds, then can only
  // offer one of the cards it just rated ahead of time.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/reviews', async (route) => {
    await held;
    await route.continue();
  });
  const early = page.getByTestId('learn-ahead');
  let rated = 0;
  while (!(await early.isVisible())) {
    expect(rated, 'the page ran out of cards while its ratings were unanswered').toBeLessThan(30);
    await expect(page.getByRole('button', { name: 'Show answer' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('answer')).toBeVisible();
    await page.keyboard.press('3');
    rated += 1;
    await expect(page.getByTestId('answer')).toBeHidden();
  }
  expect(rated).toBeGreaterThan(1);
  // The answers arrive with the next step: new cards are due now, so one of them is shown.
  release();
  await expect(early).toBeHidden();
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await page.unroute('**/api/reviews');
  await ratingsSent(page);
  expect(await logsOf(learner.email)).toHaveLength(rated);
});

test('a server restart mid-session: ratings made while it is down are sent when it is back', async ({ page, consoleErrors }) => {
  test.setTimeout(180_000);
  const port = 3150 + (process.pid % 20);
  const start = () => startServer({ databaseUrl: E2E_DATABASE_URL, port, secret: E2E_SECRET });
  let server = await start();
  const base = server.base;
  const user = newUser('restart');
  const res = await page.request.post(`${base}/api/auth/sign-up/email`, { data: { name: user.name, email: user.email, password: user.password }, headers: { origin: base } });
  expect(res.ok()).toBeTruthy();
  try {
    await page.goto(`${base}/en/study/${ESSAY_DECK_ID}`);
    await rateShown(page);
    await rateShown(page);
    await ratingsSent(page);
    server.kill();
    await server.exited;
    for (let i = 0; i < 3; i++) await rateShown(page);
    await expect(page.getByRole('status').first()).toContainText('3 ratings waiting to be sent');
    server = await start();
    await ratingsSent(page);
    const logs = await logsOf(user.email);
    expect(logs).toHaveLength(5);
    expect(new Set(logs.map((l) => l.id)).size).toBe(5);
    allowNetworkFailures(consoleErrors);
  } finally {
    await server.stop();
  }
});

test('two tabs, one card: the second answer is recognised, counted once, and that tab moves on', async ({ context, learner }) => {
  void learner;
  const one = await context.newPage();
  const two = await context.newPage();
  await one.goto(`/en/study/${ESSAY_DECK_ID}`);
  await two.goto(`/en/study/${ESSAY_DECK_ID}`);
  const front = await one.locator('article').innerText();
  expect(await two.locator('article').innerText()).toBe(front);
  await rateShown(one);
  await ratingsSent(one);
  await rateShown(two, '1');
  await expect(two.getByRole('status').first()).toContainText('already been answered in another tab');
  await ratingsSent(two);
  const logs = await logsOf(learner.email);
  expect(logs).toHaveLength(1);
  // The second tab shows another card, not the one the first tab answered.
  await expect(two.locator('article')).not.toHaveText(front);
});

/** The page's Date runs `shift` ms off the real time, as a device clock set wrong does. */
async function shiftClock(page: Page, shift: number): Promise<void> {
  await page.addInitScript((by: number) => {
    const Real = Date;
    const realNow = Real.now.bind(Real);
    class Shifted extends Real {
      constructor(...args: unknown[]) {
        if (args.length) super(...(args as [string]));
        else super(realNow() + by);
      }
      static now() {
        return realNow() + by;
      }
    }
    globalThis.Date = Shifted as DateConstructor;
  }, shift);
}

for (const [clock, shift] of [['ten minutes fast', 10 * 60_000], ['a month slow', -31 * 86_400_000]] as const) {
  test(`a device clock ${clock}: ratings are stored, stamped with the server's time, and the rated cards do not come straight back`, async ({ page, learner }) => {
    await shiftClock(page, shift);
    await page.goto(`/en/study/${ESSAY_DECK_ID}`);
    expect(await page.evaluate(() => Date.now())).toBeGreaterThan(Date.now() + shift - 60_000);
    const rated: string[] = [];
    for (let i = 0; i < 3; i++) {
      rated.push(await shownFront(page));
      await rateShown(page);
    }
    await ratingsSent(page);
    // A learning step of a card answered Good is minutes long: none of the three is shown again yet.
    expect(rated).not.toContain(await shownFront(page));
    await expect(page.locator('[data-refused]')).toHaveCount(0);
    const user = await e2eDb().user.findUniqueOrThrow({ where: { email: learner.email } });
    const logs = await e2eDb().reviewLog.findMany({ where: { userId: user.id } });
    expect(logs).toHaveLength(3);
    for (const log of logs) {
      expect(Math.abs(log.reviewedAt.getTime() - log.serverAt.getTime())).toBeLessThan(60_000);
      expect(log.durationMs).toBeLessThan(60_000);
    }
  });
}

test('a rating the server refuses for good is not kept waiting, and the page says it was not saved', async ({ page, learner }) => {
  void learner;
  await page.goto(`/en/study/${ESSAY_DECK_ID}`);
  let refuse = true;
  await page.route('**/api/reviews', async (route) => {
    if (!refuse) return route.continue();
    refuse = false;
    // as when the card left the learner's decks (a teacher removed it) before the rating arrived
    await route.fulfill({ status: 404, contentType: 'application/json', body: JSON.stringify({ error: { code: 'card-not-found', message: 'No such card.' } }) });
  });
  await rateShown(page);
  await expect(page.getByRole('status').first()).toContainText('1 rating was refused by the server and not saved');
  await rateShown(page);
  await ratingsSent(page);
  await expect(page.locator('[data-refused="1"]')).toHaveCount(1);
});

test('undo: Ctrl+Z or the Undo button takes back the last rating, also after a reload; the card comes back', async ({ page, learner }) => {
  await page.goto(`/en/study/${ESSAY_DECK_ID}`);
  const progress = page.getByTestId('session-progress');
  const atStart = (await progress.textContent()) ?? '';
  expect(atStart).toMatch(/^0 done · \d+ left today$/);
  const first = (await page.locator('article').textContent()) ?? '';
  await rateShown(page);
  await ratingsSent(page);
  expect(await logsOf(learner.email)).toHaveLength(1);
  await expect(progress).toHaveText(/^1 done/);
  // The button, while it is offered.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').first()).toContainText('Rating taken back');
  await expect(page.locator('article')).toHaveText(first);
  // taken back, it is no longer done: the session's progress is as before the rating
  await expect(progress).toHaveText(atStart);
  const user = await e2eDb().user.findUniqueOrThrow({ where: { email: learner.email } });
  const logs = await e2eDb().reviewLog.findMany({ where: { userId: user.id } });
  expect(logs.map((l) => l.undone)).toEqual([true]);
  expect(await e2eDb().cardProgress.count({ where: { userId: user.id } })).toBe(0);
  expect(await e2eDb().studyDay.count({ where: { userId: user.id } })).toBe(0);

  // Ctrl+Z after a reload: the last rating is remembered by the browser.
  await rateShown(page);
  await ratingsSent(page);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').first()).toContainText('Rating taken back');
  await expect(page.locator('article')).toHaveText(first);
  expect((await e2eDb().reviewLog.findMany({ where: { userId: user.id } })).every((l) => l.undone)).toBe(true);
  // An undo of an undo is a new rating: rating again stores one more review.
  await rateShown(page);
  await ratingsSent(page);
  const after = await e2eDb().reviewLog.findMany({ where: { userId: user.id } });
  expect(after.filter((l) => !l.undone)).toHaveLength(1);
  expect((await e2eDb().studyDay.findMany({ where: { userId: user.id } })).map((d) => d.reviews)).toEqual([1]);
});

for (const [locale, ui] of [
  ['kk', { show: 'Жауапты көрсету', undo: 'Бағаны қайтару', undone: 'Баға қайтарылды' }],
  ['ru', { show: 'Показать ответ', undo: 'Отменить оценку', undone: 'Оценка отменена' }],
] as const) {
  test(`undo in the ${locale} interface`, async ({ page, learner }) => {
    void learner;
    await page.goto(`/${locale}/study/${ESSAY_DECK_ID}`);
    const first = (await page.locator('article').textContent()) ?? '';
    await expect(page.getByRole('button', { name: ui.show })).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    await expect(page.locator('article')).not.toHaveText(first);
    await ratingsSent(page);
    await page.getByRole('button', { name: ui.undo }).click();
    await expect(page.getByRole('status').first()).toContainText(ui.undone);
    await expect(page.locator('article')).toHaveText(first);
  });
}
