import { test, expect, newUser, ratingsSent, ESSAY_DECK_ID } from './fixtures';

const UI = {
  kk: { signUp: 'Тіркелу', name: 'Атыңыз', email: 'Электрондық пошта', password: 'Құпиясөз', decks: 'Менің жинақтарым', study: 'Жаттау', show: 'Жауапты көрсету', good: 'Жақсы', again: 'Қайта', newLabel: 'Жаңа', learning: 'Үйренуде' },
  ru: { signUp: 'Зарегистрироваться', name: 'Имя', email: 'Эл. почта', password: 'Пароль', decks: 'Мои колоды', study: 'Учить', show: 'Показать ответ', good: 'Хорошо', again: 'Снова', newLabel: 'Новые', learning: 'Изучаются' },
  en: { signUp: 'Sign up', name: 'Name', email: 'Email', password: 'Password', decks: 'My decks', study: 'Study', show: 'Show answer', good: 'Good', again: 'Again', newLabel: 'New', learning: 'Learning' },
} as const;

for (const locale of ['kk', 'ru', 'en'] as const) {
  const ui = UI[locale];

  test(`sign up, study 5 cards with the keyboard, counts change (${locale})`, { tag: '@core' }, async ({ page }) => {
    const user = newUser();
    await page.goto(`/${locale}/sign-up`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await page.getByLabel(ui.name).fill(user.name);
    await page.getByLabel(ui.email).fill(user.email);
    await page.getByLabel(ui.password).fill(user.password);
    await page.getByRole('button', { name: ui.signUp, exact: true }).click();

    await expect(page).toHaveURL(new RegExp(`/${locale}/decks$`));
    await expect(page.getByRole('heading', { name: ui.decks })).toBeVisible();
    const deck = page.getByRole('listitem').filter({ hasText: 'Орталық Азия интеграциясы' });
    await expect(deck.locator('[data-count="new"]')).toHaveText('20');
    await expect(deck.locator('[data-count="learning"]')).toHaveText('0');

    await deck.getByRole('link', { name: new RegExp(ui.study) }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/study/${ESSAY_DECK_ID}$`));

    const ratings = page.getByRole('group');
    for (let i = 0; i < 5; i++) {
      const front = await page.locator('article').innerText();
      // The button takes focus once the page is interactive: keys work from then on.
      await expect(page.getByRole('button', { name: ui.show })).toBeFocused();
      await page.keyboard.press('Space');
      await expect(page.getByTestId('answer')).toBeVisible();
      // Each rating shows the interval it would give.
      await expect(ratings.getByRole('button', { name: new RegExp(ui.good) })).toContainText(/\d/);
      await page.keyboard.press(i === 0 ? '1' : '3');
      await expect(page.getByRole('button', { name: ui.show })).toBeVisible();
      await expect(page.locator('article')).not.toHaveText(front);
    }

    await ratingsSent(page);
    await page.goto(`/${locale}/decks`);
    await page.reload();
    await expect(deck.locator('[data-count="new"]')).toHaveText('15');
    await expect(deck.locator('[data-count="learning"]')).toHaveText('5');
  });
}

test('the study page needs a session and refuses unknown decks', async ({ page, learner }) => {
  void learner;
  await page.goto('/en/study/no-such-deck');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
