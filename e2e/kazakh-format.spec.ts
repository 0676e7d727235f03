// Kazakh numbers and times are printed by the app's own formatter: the same on the server
// and in Chromium (which has no Kazakh locale data), so no hydration error and no "+24 h".
import { test, expect, newUser, signUpViaApi, ESSAY_DECK_ID } from './fixtures';

test('the import page prints 200 000 in Kazakh and hydrates without an error', async ({ page }) => {
  await signUpViaApi(page, newUser('teacher'), { role: 'teacher' });
  await page.goto('/kk/teach/import');
  await expect(page.getByText('200\u00a0000 таңбаға дейін')).toBeVisible();
  await page.getByLabel('Қазақша мәтін').fill('Сәлем.');
  // Typed text is counted by the client, formatted the same way.
  await expect(page.getByText('6 / 200\u00a0000 таңба')).toBeVisible();
});

test('the Kazakh done screen says when the next card is due in Kazakh', async ({ page, learner }) => {
  void learner;
  await page.goto('/kk/settings');
  await page.getByLabel('Күніне жаңа карточка саны').fill('1');
  await page.getByRole('button', { name: 'Сақтау' }).click();
  await expect(page.getByText('Сақталды.')).toBeVisible();

  await page.goto(`/kk/study/${ESSAY_DECK_ID}`);
  await page.getByRole('button', { name: 'Жауапты көрсету' }).click();
  await page.getByRole('group').getByRole('button', { name: /Оңай/ }).click();
  await expect(page.getByRole('heading', { name: 'Бүгінге осы жетеді!' })).toBeVisible();
  await expect(page.getByText(/^Келесі карточка \d+ (күннен|аптадан) кейін келеді\.$/)).toBeVisible();
});

test('Kazakh messages print their counts grouped: the essay deck has 1 714-style card counts', async ({ page, learner }) => {
  void learner;
  await page.goto('/kk/decks');
  const essay = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Орталық Азия/ }) });
  // Over a thousand cards, printed "1 714 карточка", never "1714 карточка".
  await expect(essay.getByText(/^\d{1,3}(\u00a0\d{3})+ карточка$/)).toBeVisible();
});
