// Limits that learners expect (issue 16 item 4, docs/decisions/026): a daily review cap set in
// Settings, a deck's own new-card limit set on its page, and never two cards of one note on one
// study day. Each test makes its own learner and cards; the browser's time zone (a new account's)
// puts the run about midday, hours from the study day's boundary (e2e/midday-zone.ts).
import type { Page, Route } from '@playwright/test';
import { test, expect, ratingsSent, ESSAY_DECK_ID } from './fixtures';
import { e2eDb, makeDue, userIdByEmail } from './db';
import { setPreferences } from './study-cards';

/** Rates the card shown and waits until the page shows the next one or says it is done. */
async function rateShown(page: Page, key: '3' | '4'): Promise<void> {
  const front = await page.locator('article').innerText();
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('answer')).toBeVisible();
  await page.keyboard.press(key);
  // the next card, or the end: done for today, or (ratings not answered yet) waiting to send them
  const ended = async () => (await page.getByRole('heading', { name: 'Done for today!' }).count()) > 0 || (await page.getByText('Sending your ratings…').count()) > 0;
  await expect.poll(async () => (await ended()) || ((await page.locator('article').count()) > 0 && (await page.locator('article').innerText()) !== front)).toBe(true);
}

/** Rates whatever the page shows until it is done for today; returns how many it rated. */
async function studyUntilDone(page: Page, key: '3' | '4', most: number): Promise<number> {
  let rated = 0;
  while ((await page.locator('article').count()) > 0) {
    expect(rated, 'more cards than the limits allow').toBeLessThan(most);
    await rateShown(page, key);
    rated += 1;
  }
  await expect(page.getByRole('heading', { name: 'Done for today!' })).toBeVisible();
  // focus follows the last card away, to where the page now says what happened
  await expect(page.getByRole('heading', { name: 'Done for today!' })).toBeFocused();
  return rated;
}

async function logsOf(email: string) {
  return e2eDb().reviewLog.findMany({ where: { userId: await userIdByEmail(email) }, select: { cardId: true, stateBefore: true }, orderBy: { serverAt: 'asc' } });
}

/** Recognition cards of the essay deck from `n` different notes, in deck order. */
async function recognitionCards(n: number, skipNotes: string[] = []) {
  const rows = await e2eDb().card.findMany({ where: { deckId: ESSAY_DECK_ID, type: 'recognition', deletedAt: null, noteId: { notIn: skipNotes } }, orderBy: { sortOrder: 'asc' }, take: n, select: { id: true, noteId: true } });
  expect(rows).toHaveLength(n);
  return rows;
}

test('a review cap of 3: exactly three reviews, then done for today', async ({ page, learner }) => {
  await page.goto('/en/settings');
  const cap = page.getByLabel('Most reviews per day');
  await expect(cap).toHaveValue('');
  await cap.fill('0');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('“Most reviews per day” must be at least 1.')).toBeVisible();
  await cap.fill('3');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Most reviews per day')).toHaveValue('3');

  await makeDue(await userIdByEmail(learner.email), ESSAY_DECK_ID, await recognitionCards(5));
  await page.goto(`/en/study/${ESSAY_DECK_ID}`);
  await expect(page.getByTestId('session-progress')).toHaveText('0 done · 3 left today');
  expect(await studyUntilDone(page, '3', 3)).toBe(3);
  await ratingsSent(page);
  const logs = await logsOf(learner.email);
  expect(logs.map((l) => l.stateBefore)).toEqual([2, 2, 2]);
  // The server agrees: after a reload, still nothing for today.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Done for today!' })).toBeVisible();
  await expect(page.locator('article')).toHaveCount(0);
});

test('the review cap is refused out of range, in Russian and Kazakh too', async ({ page, learner }) => {
  void learner;
  await page.goto('/ru/settings');
  await page.getByLabel('Не больше повторений в день').fill('10000');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByText('«Не больше повторений в день»: не больше 9999.')).toBeVisible();
  await page.goto('/kk/settings');
  await page.getByLabel('Күніне ең көп қайталау саны').fill('0');
  await page.getByRole('button', { name: 'Сақтау' }).click();
  await expect(page.getByText('«Күніне ең көп қайталау саны»: кемінде 1 болуы керек.')).toBeVisible();
});

test("a deck's own new-card limit of 2: two new cards, then done for today", async ({ page, learner }) => {
  await setPreferences(learner.email, { answerTyping: false });
  await page.goto(`/en/decks/${ESSAY_DECK_ID}`);
  const limit = page.getByLabel('New cards per day from this deck');
  await expect(limit).toHaveValue('');
  await expect(page.getByTestId('deck-new-limit')).toContainText('20 a day, all decks together');
  await limit.fill('-1');
  await page.getByRole('button', { name: 'Save limit' }).click();
  await expect(page.getByText('“New cards per day from this deck” must be at least 0.')).toBeVisible();
  await limit.fill('2');
  await page.getByRole('button', { name: 'Save limit' }).click();
  await expect(page.getByTestId('deck-new-limit').getByText('Saved.')).toBeVisible();

  await page.goto(`/en/study/${ESSAY_DECK_ID}`);
  await expect(page.getByTestId('session-progress')).toHaveText('0 done · 2 left today');
  // Easy: a new card goes straight to review, so nothing comes back from a learning step.
  expect(await studyUntilDone(page, '4', 2)).toBe(2);
  await ratingsSent(page);
  expect((await logsOf(learner.email)).map((l) => l.stateBefore)).toEqual([0, 0]);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Done for today!' })).toBeVisible();
  // not "nothing is scheduled": the deck's new cards wait for its limit, which is on its page
  await expect(page.getByText("New cards of this deck are waiting: today's limit of new cards is reached (2 a day). They come tomorrow.")).toBeVisible();
  await expect(page.getByText('No more cards are scheduled in this deck.')).toHaveCount(0);
  await page.getByRole('link', { name: 'Change the limit' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/decks/${ESSAY_DECK_ID}$`));
});

test('the overall new-card limit used up: the done page says new cards wait and links to Settings (ru)', async ({ page, learner }) => {
  await e2eDb().user.update({ where: { email: learner.email }, data: { newCardsPerDay: 0 } });
  await page.goto(`/ru/study/${ESSAY_DECK_ID}`);
  await expect(page.getByRole('heading', { name: 'На сегодня всё!' })).toBeVisible();
  await expect(page.getByText('Новые карточки этой колоды ждут: дневной лимит новых карточек исчерпан (0 в день). Они появятся завтра.')).toBeVisible();
  await page.getByRole('link', { name: 'Изменить лимит' }).click();
  await expect(page).toHaveURL(/\/ru\/settings$/);
});

/**
 * Studies a note's recognition card, two others and the note's production card, due in that
 * order. With `holdRatings` the ratings wait unanswered until the end (a slow or lost connection):
 * the page then shows only what it holds, the cards the server lined up as if each were answered
 * (lib/srs planStudy), and the production card must not be among them.
 */
async function studySiblingDay(page: Page, email: string, holdRatings: boolean): Promise<void> {
  await setPreferences(email, { answerTyping: false });
  const [note] = await e2eDb().note.findMany({
    where: { deckId: ESSAY_DECK_ID, deletedAt: null, AND: [{ cards: { some: { type: 'recognition', deletedAt: null } } }, { cards: { some: { type: 'production', deletedAt: null } } }] },
    orderBy: { sortOrder: 'asc' }, take: 1, select: { id: true, cards: { where: { deletedAt: null }, select: { id: true, type: true } } },
  });
  const recognition = { id: note!.cards.find((c) => c.type === 'recognition')!.id, noteId: note!.id };
  const production = { id: note!.cards.find((c) => c.type === 'production')!.id, noteId: note!.id };
  const [other1, other2] = await recognitionCards(2, [note!.id]);
  // Due in this order: the note's recognition card first, its production card third.
  await makeDue(await userIdByEmail(email), ESSAY_DECK_ID, [recognition, other1!, production, other2!]);

  const held: Route[] = [];
  let release = false;
  if (holdRatings) await page.route('**/api/reviews', (route) => (release ? route.continue() : void held.push(route)));
  await page.goto(`/en/study/${ESSAY_DECK_ID}`);
  await expect(page.locator('article')).toHaveAttribute('data-card-type', 'recognition');
  const shownTypes: string[] = [];
  let rated = 0;
  while ((await page.locator('article').count()) > 0) {
    expect(rated).toBeLessThan(4);
    shownTypes.push((await page.locator('article').getAttribute('data-card-type')) ?? '');
    await rateShown(page, '3');
    rated += 1;
  }
  expect(shownTypes).toEqual(['recognition', 'recognition', 'recognition']);
  if (holdRatings) {
    // nothing reached the server while the page chose the cards
    await expect(page.getByText('3 ratings waiting to be sent')).toBeVisible();
    expect(held.length).toBeGreaterThan(0);
    expect(await logsOf(email)).toEqual([]);
    release = true;
    for (const route of held) await route.continue();
  }
  await expect(page.getByRole('heading', { name: 'Done for today!' })).toBeVisible();
  await ratingsSent(page);
  expect((await logsOf(email)).map((l) => l.cardId)).toEqual([recognition.id, other1!.id, other2!.id]);
  // Nor after a reload: the server buries it too, until the next study day.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Done for today!' })).toBeVisible();
  await expect(page.locator('article')).toHaveCount(0);
}

test('two cards of one note are never shown on one day: the production card waits for tomorrow', async ({ page, learner }) => {
  await studySiblingDay(page, learner.email, false);
});

test('with its ratings still unsent, the page does not show the second card of a note either', async ({ page, learner }) => {
  await studySiblingDay(page, learner.email, true);
});
