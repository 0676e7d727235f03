import { test, expect, ESSAY_DECK_ID } from './fixtures';
import { makeCardsDue } from './study-cards';

const UI = {
  kk: { settings: 'Баптаулар', latin: 'Латын (2021 жылғы әліпби)', save: 'Сақтау', saved: 'Сақталды.', show: 'Жауапты көрсету', answer: 'Сіздің жауабыңыз', correct: 'Дұрыс!', almost: 'сәл ғана: g емес, ğ' },
  ru: { settings: 'Настройки', latin: 'латиницей (алфавит 2021 года)', save: 'Сохранить', saved: 'Сохранено.', show: 'Показать ответ', answer: 'Ваш ответ', correct: 'Верно!', almost: 'почти: ğ, а не g' },
  en: { settings: 'Settings', latin: 'Latin (the 2021 alphabet)', save: 'Save', saved: 'Saved.', show: 'Show answer', answer: 'Your answer', correct: 'Correct!', almost: 'almost: ğ, not g' },
} as const;

for (const locale of ['kk', 'ru', 'en'] as const) {
  test(`Latin script: chosen in settings, shown on cards, word builds, word list, decks and progress; answers typed in Latin (${locale})`, async ({ page, learner }) => {
    const ui = UI[locale];
    await makeCardsDue(learner.email, ESSAY_DECK_ID, [
      { type: 'recognition', headword: 'мемлекет' },
      { type: 'production', headword: 'интеграция' },
      { type: 'cloze', headword: 'аймақ' },
    ]);
    await page.goto(`/${locale}/settings`);
    await page.getByRole('radio', { name: ui.latin }).check();
    await page.getByRole('button', { name: ui.save }).click();
    await expect(page.getByText(ui.saved)).toBeVisible();

    await page.goto(`/${locale}/study/${ESSAY_DECK_ID}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ortalyq Aziia integratsiiasy');
    const card = page.locator('article');
    await expect(card.locator('[lang="kk-Latn"]').first()).toHaveText('memleket');
    await expect(card).not.toContainText('мемлекет');
    await page.getByRole('button', { name: ui.show }).click();
    // the example and its word build (Мемлекет·тер·дің) in Latin too
    await expect(page.getByTestId('answer').locator('mark')).toHaveText('Memleketterdıñ');
    await expect(page.getByTestId('answer')).toContainText('ter');
    await expect(page.getByTestId('answer')).not.toContainText('тер');
    await page.keyboard.press('3');

    // a typed answer in Latin, with the Latin letter bar
    const field = page.getByLabel(ui.answer, { exact: true });
    await expect(field).toBeFocused();
    await expect(page.getByRole('group').getByRole('button', { name: /ñ/ })).toBeVisible();
    await field.fill('Integratsiia');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('answer-feedback')).toContainText(ui.correct);
    await page.keyboard.press('3');

    await expect(card).toHaveAttribute('data-card-type', 'cloze');
    await field.fill('aimaqtagy');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('answer-feedback')).toContainText(ui.almost);
    await expect(page.getByTestId('diff-expected')).toHaveText('aimaqtağy');

    await page.goto(`/${locale}/decks`);
    await expect(page.getByRole('heading', { name: 'Ortalyq Aziia integratsiiasy' })).toBeVisible();
    await page.goto(`/${locale}/decks/${ESSAY_DECK_ID}?q=${encodeURIComponent('мемлекеттердің')}`);
    await expect(page.getByRole('cell', { name: /^memleket/ }).first()).toBeVisible();
    await page.goto(`/${locale}/progress`);
    await expect(page.getByRole('heading', { name: 'Ortalyq Aziia integratsiiasy' })).toBeVisible();
  });
}
