// The broken essay sentence («Бұл лық, …», marked unsure) is never shown as an example.
import { userIdByEmail } from './db';
import { test, expect, ESSAY_DECK_ID } from './fixtures';
import { makeCardsDue, wordCardId } from './ux-db';

test('words of the broken sentence show other examples', async ({ page, learner }) => {
  const words: [string, string][] = [['экономикалық', 'ADJ'], ['саяси', 'ADJ'], ['жол', 'NOUN']];
  await makeCardsDue(await userIdByEmail(learner.email), ESSAY_DECK_ID, words.map(([lemma, upos]) => wordCardId(ESSAY_DECK_ID, lemma, upos, 'recognition')));
  await page.goto(`/en/study/${ESSAY_DECK_ID}`);
  for (let i = 0; i < words.length; i++) {
    await page.getByRole('button', { name: 'Show answer' }).click();
    const answer = page.getByTestId('answer');
    await expect(answer).toContainText('Example');
    await expect(answer).not.toContainText('Бұл лық');
    await expect(answer).not.toContainText('[stability]');
    await page.getByRole('group', { name: 'How well did you remember?' }).getByRole('button', { name: /Good/ }).click();
    await expect(page.getByTestId('answer')).toBeHidden();
  }
});
