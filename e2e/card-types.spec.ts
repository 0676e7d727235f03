import { test, expect, ESSAY_DECK_ID } from './fixtures';
import { readFileSync } from 'node:fs';
import { makeOneCardOfEachTypeDue, userIdByEmail } from './db';

const UI = {
  ru: { show: 'Показать ответ', good: 'Хорошо', recognition: 'Что это значит?', production: 'Как сказать это по-казахски?', cloze: 'Вставьте пропущенное слово', sentence: 'Переведите предложение' },
  en: { show: 'Show answer', good: 'Good', recognition: 'What does this mean?', production: 'How do you say this in Kazakh?', cloze: 'Fill in the missing word', sentence: 'Translate the sentence' },
} as const;

const TYPE_NAMES = Object.fromEntries((['kk', 'ru', 'en'] as const).map((l) => [l, JSON.parse(readFileSync(`messages/${l}.json`, 'utf8')).cardTypes as Record<'recognition' | 'production' | 'cloze' | 'sentence', string>])) as Record<'kk' | 'ru' | 'en', Record<'recognition' | 'production' | 'cloze' | 'sentence', string>>;

test('one name per card type: the same on the study card and in the card browser, in every language', async ({ page, learner }) => {
  void learner;
  expect(TYPE_NAMES.ru.recognition).toBe('Узнавание');
  for (const locale of ['kk', 'ru', 'en'] as const) {
    await page.goto(`/${locale}/cards?q=${encodeURIComponent('мемлекет')}`);
    const names = TYPE_NAMES[locale];
    // the type filter lists exactly these names
    const options = await page.locator('select[name="type"] option:not([value=""])').allTextContents();
    expect(options.sort()).toEqual(Object.values(names).sort());
    // and a card of the browser is called by it
    await expect(page.getByRole('checkbox', { name: new RegExp(`^\\S.* \\(${names.recognition}\\)`) }).first()).toBeVisible();
  }
});

for (const locale of ['ru', 'en'] as const) {
  test(`studies one card of each type (${locale})`, async ({ page, learner }) => {
    const ui = UI[locale];
    await makeOneCardOfEachTypeDue(await userIdByEmail(learner.email), ESSAY_DECK_ID);
    await page.goto(`/${locale}/study/${ESSAY_DECK_ID}`);

    for (const type of ['recognition', 'production', 'cloze', 'sentence'] as const) {
      const card = page.locator('article');
      await expect(card).toHaveAttribute('data-card-type', type);
      await expect(card).toContainText(ui[type]);
      // the card's type under the one name the whole app uses for it (messages: cardTypes)
      await expect(card.getByText(TYPE_NAMES[locale][type], { exact: true })).toBeVisible();
      if (type === 'cloze') await expect(card.getByLabel('…')).toBeVisible();
      await page.getByRole('button', { name: ui.show }).click();
      const answer = page.getByTestId('answer');
      await expect(answer).toBeVisible();
      // The meaning is shown in the interface language by default.
      await expect(answer.locator(`[lang="${locale}"]`).first()).not.toBeEmpty();
      if (type === 'recognition' || type === 'production') await expect(answer.locator('mark').first()).toBeVisible();
      await page.getByRole('group').getByRole('button', { name: new RegExp(ui.good) }).click();
      await expect(page.getByTestId('answer')).toBeHidden();
    }
  });
}

test('the learner chooses the gloss language in settings', async ({ page, learner }) => {
  await makeOneCardOfEachTypeDue(await userIdByEmail(learner.email), ESSAY_DECK_ID);
  await page.goto('/en/settings');
  // A bad value is refused with a translated message and nothing is saved.
  await page.getByLabel('Time zone').fill('Mars/Olympus');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Check the highlighted values.');
  await expect(page.getByText('Unknown time zone.')).toBeVisible();
  // the field it refused has the focus (Save, disabled while it sent, had lost it)
  await expect(page.getByLabel('Time zone')).toBeFocused();
  await page.getByLabel('Time zone').fill('Asia/Almaty');
  await page.getByRole('radio', { name: 'Russian and English' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();

  await page.goto(`/en/study/${ESSAY_DECK_ID}`);
  await page.getByRole('button', { name: 'Show answer' }).click();
  const answer = page.getByTestId('answer');
  await expect(answer.locator('[lang="ru"]').first()).toBeVisible();
  await expect(answer.locator('[lang="en"]').first()).toBeVisible();

  await page.goto(`/en/decks/${ESSAY_DECK_ID}`);
  const table = page.getByRole('table');
  await expect(table.locator('[lang="ru"]').first()).toBeVisible();
  await expect(table.locator('[lang="en"]').first()).toBeVisible();
});

test('the deck page finds a word by an inflected form and by its meaning', async ({ page, learner }) => {
  void learner;
  await page.goto(`/ru/decks/${ESSAY_DECK_ID}`);
  await page.getByRole('searchbox').fill('мемлекеттердің');
  await page.getByRole('button', { name: 'Найти' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'государство' }).first()).toBeVisible();
  // The word's cell also names its part of speech and the form that was found.
  await expect(page.getByRole('cell', { name: /^мемлекет\s/ })).toBeVisible();

  await page.getByRole('searchbox').fill('integration');
  await page.getByRole('button', { name: 'Найти' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'интеграционный' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /^интеграция\s/ }).first()).toBeVisible();
});
