// The card browser in kk, ru and en: find a card by an inflected form, then suspend it, reset
// it and mark it known, each from the page as a learner does it, and check what was stored.
// Leeches are listed and explained.
import { readFileSync } from 'node:fs';
import { e2eDb, makeDue, userIdByEmail } from './db';
import { horizontalOverflow } from './a11y';
import { test, expect, ESSAY_DECK_ID } from './fixtures';

type Messages = (typeof import('../messages/en.json'))['cards'];
const messages = (locale: string): Messages => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')).cards;
/** The text an ICU message gives for this count when it has a plain "other" branch with # in it. */
const plural = (message: string, count: number) => {
  const exact = message.match(new RegExp(`=${count} \\{([^}]*)\\}`));
  if (exact) return exact[1]!;
  const one = count === 1 ? message.match(/one \{([^}]*)\}/) : null;
  return (one ?? message.match(/other \{([^}]*)\}/))![1]!.replace('#', String(count));
};

async function wordCards(kk: string) {
  const note = await e2eDb().note.findFirstOrThrow({ where: { deckId: ESSAY_DECK_ID, kind: 'word', OR: [{ headword: kk }, { kk }] }, select: { id: true } });
  return e2eDb().card.findMany({ where: { noteId: note.id, deletedAt: null }, orderBy: { sortOrder: 'asc' }, select: { id: true, noteId: true, type: true } });
}

for (const locale of ['kk', 'ru', 'en'] as const) {
  test(`in ${locale}: a learner suspends, resets and marks known cards they found by an inflected form`, async ({ page, learner }) => {
    const t = messages(locale);
    const userId = await userIdByEmail(learner.email);
    // мемлекет's recognition card in review (two reviews made), the others never met
    const [recognition] = await wordCards('мемлекет');
    await makeDue(userId, ESSAY_DECK_ID, [recognition!]);
    await e2eDb().reviewLog.createMany({
      data: [1, 2].map((n) => ({
        id: `${userId}-r${n}`, userId, cardId: recognition!.id, deckId: ESSAY_DECK_ID, rating: 3, stateBefore: n === 1 ? 0 : 1, stateAfter: 2,
        dueAfter: new Date(), stabilityAfter: 5, difficultyAfter: 5, elapsedDays: 1, scheduledDays: 3, reviewedAt: new Date(), serverAt: new Date(),
        durationMs: 1000, tzOffsetMin: 0, repsAfter: n, day: '2000-01-01',
      })),
    });

    await page.goto(`/${locale}/cards?q=${encodeURIComponent('мемлекеттердің')}&type=recognition`);
    const rows = page.getByTestId('card-row');
    await expect(rows).toHaveCount(1);
    const row = rows.first();
    await expect(row).toContainText('мемлекет');

    // suspend it from its own actions
    await row.getByText(t.rowActions).click();
    await row.getByRole('button', { name: t.suspendAction }).click();
    await expect(page.getByRole('status')).toHaveText(plural(t.done.suspend, 1));
    await expect(row).toContainText(t.suspendedBadge);
    await expect.poll(async () => (await e2eDb().cardProgress.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId: recognition!.id } } })).suspended).toBe(true);

    // reset it as a selection of one: asked first, then new again with its history kept
    await row.getByRole('checkbox').check();
    await expect(page.getByRole('toolbar')).toContainText(plural(t.selected, 1));
    await page.getByRole('toolbar').getByRole('button', { name: t.resetAction }).click();
    await page.getByRole('toolbar').getByRole('button', { name: t.resetYes }).click();
    await expect(page.getByRole('status')).toHaveText(plural(t.done.reset, 1));
    await expect(row).toContainText(t.neverSeen);
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
    const after = await e2eDb().cardProgress.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId: recognition!.id } } });
    expect(after).toMatchObject({ state: 0, reps: 0, suspended: true });
    expect(await e2eDb().reviewLog.count({ where: { userId, cardId: recognition!.id, rating: 3 } })).toBe(2);
    expect(await e2eDb().reviewLog.count({ where: { userId, cardId: recognition!.id, rating: 0 } })).toBe(1);

    // "I know this" on аймақ, found in Latin: every card of the note goes to review, two months out
    await page.goto(`/${locale}/cards?q=aimaqtyñ`);
    const region = page.getByTestId('card-row').first();
    await expect(region).toContainText('аймақ');
    await region.getByText(t.rowActions).click();
    await region.getByRole('button', { name: t.knownAction }).click();
    const cards = await wordCards('аймақ');
    await expect(page.getByRole('status')).toHaveText(plural(t.done.known, cards.length));
    const progress = await e2eDb().cardProgress.findMany({ where: { userId, cardId: { in: cards.map((c) => c.id) } } });
    expect(progress.map((p) => [p.state, p.scheduledDays >= 60])).toEqual(cards.map(() => [2, true]));
    await expect(region).toContainText(t.states.review);
    expect(await horizontalOverflow(page)).toEqual([]);
  });
}

test('leeches are listed and explained, and a leech opens as its note', async ({ page, learner }) => {
  const t = messages('en');
  const userId = await userIdByEmail(learner.email);
  const [card] = await wordCards('мемлекет');
  await makeDue(userId, ESSAY_DECK_ID, [card!]);
  await e2eDb().cardProgress.update({ where: { userId_cardId: { userId, cardId: card!.id } }, data: { lapses: 8, leech: true, suspended: true } });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/en/cards');
  const notice = page.getByRole('region', { name: 'You have 1 leech' });
  await expect(notice).toContainText(t.leechWhat);
  await notice.getByRole('link', { name: t.showLeeches }).click();
  await expect(page).toHaveURL(/leech=yes/);
  const row = page.getByTestId('card-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(t.leechBadge);
  await expect(row).toContainText('forgotten 8 times');
  await row.getByText(t.rowActions).click();
  await row.getByRole('link', { name: t.openNote }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('мемлекет');
  await expect(page.getByTestId('card-row').first()).toContainText(t.leechBadge);
  expect(await horizontalOverflow(page)).toEqual([]);
});
