// No language leftovers where a learner meets them: card comments in the gloss language,
// the word build named in the UI language, the shipped deck described in it, and the
// Russian landing page in correct Russian.
import { userIdByEmail } from './db';
import { test, expect, ESSAY_DECK_ID } from './fixtures';
import { makeCardsDue, wordCardId } from './ux-db';

const CASES = {
  kk: { show: 'Жауапты көрсету', build: 'Сөз құрамы', stem: 'түбір', comment: 'из русского', noComment: 'from Russian', description: 'Орталық Азиядағы интеграция туралы эссенің сөздері мен сөйлемдері' },
  ru: { show: 'Показать ответ', build: 'Строение слова', stem: 'основа', comment: 'из русского', noComment: 'from Russian', description: 'Слова и предложения эссе об интеграции в Центральной Азии' },
  en: { show: 'Show answer', build: 'Word build', stem: 'stem', comment: 'from Russian', noComment: 'из русского', description: 'Words and sentences of an essay on integration in Central Asia' },
} as const;

for (const locale of ['kk', 'ru', 'en'] as const) {
  test(`card comment, word build and deck description in the UI language (${locale})`, async ({ page, learner }) => {
    const ui = CASES[locale];
    await makeCardsDue(await userIdByEmail(learner.email), ESSAY_DECK_ID, [wordCardId(ESSAY_DECK_ID, 'интеграция', 'NOUN', 'recognition')]);

    await page.goto(`/${locale}/decks`);
    const deck = page.getByRole('listitem').filter({ hasText: 'Орталық Азия интеграциясы' });
    await expect(deck).toContainText(ui.description);
    await expect(deck).not.toContainText('Central Asian integration · Интеграция Центральной Азии');

    await page.goto(`/${locale}/study/${ESSAY_DECK_ID}`);
    await page.getByRole('button', { name: ui.show }).click();
    const answer = page.getByTestId('answer');
    // kk shows both glosses (and so both comments); ru and en only their own.
    await expect(answer).toContainText(ui.comment);
    if (locale !== 'kk') await expect(answer).not.toContainText(ui.noComment);

    const build = answer.getByRole('list', { name: ui.build });
    await expect(build).toBeVisible();
    await expect(build.getByRole('listitem').first()).toContainText(ui.stem);
    // Suffixes carry their names, never the engine's glossing codes.
    await expect(build).not.toContainText(/\b(POSS|GEN|DAT|LOC|PL|ACC|ABL)\b/);
  });
}

test('the Russian landing page says it in correct Russian', async ({ page }) => {
  await page.goto('/ru');
  await expect(page.getByText('поэтому слово «интеграция» вы учите один раз, а не каждую его форму')).toBeVisible();
});
