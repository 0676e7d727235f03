import { test, expect, ESSAY_DECK_ID } from './fixtures';
import { makeCardsDue } from './study-cards';

// What each language says for the four outcomes of a typed answer.
const UI = {
  kk: {
    label: 'Сіздің жауабыңыз', check: 'Тексеру', correct: 'Дұрыс!', almost: 'сәл ғана: к емес, қ', good: 'Жақсы',
    wrongCase: 'Септік басқа: сіз ілік септік -ның жаздыңыз, сөйлемге керегі — табыс септік -ны.',
    otherWord: 'Бұл басқа сөз: ел. Жауап — тәуелсіздік сөзінің тұлғасы.', insertA: '«ә» әрпін қосу',
  },
  ru: {
    label: 'Ваш ответ', check: 'Проверить', correct: 'Верно!', almost: 'почти: қ, а не к', good: 'Хорошо',
    wrongCase: 'Не тот падеж: вы написали родительный падеж -ның, а в предложении нужно: винительный падеж -ны.',
    otherWord: 'Это другое слово: ел. Ответ — форма слова тәуелсіздік.', insertA: 'Вставить «ә»',
  },
  en: {
    label: 'Your answer', check: 'Check', correct: 'Correct!', almost: 'almost: қ, not к', good: 'Good',
    wrongCase: 'Wrong case: you wrote the genitive -ның, the sentence needs the accusative -ны.',
    otherWord: 'This is another word: ел. The answer is a form of тәуелсіздік.', insertA: 'Insert “ә”',
  },
} as const;

for (const locale of ['kk', 'ru', 'en'] as const) {
  test(`typed answers: right, near miss, wrong suffix, wrong word (${locale})`, async ({ page, learner }) => {
    const ui = UI[locale];
    await makeCardsDue(learner.email, ESSAY_DECK_ID, [
      // four notes: siblings of one note are not shown on the same day
      { type: 'production', headword: 'мемлекет' },
      { type: 'cloze', headword: 'аймақ' },
      { type: 'cloze', headword: 'интеграция' },
      { type: 'production', headword: 'тәуелсіздік' },
    ]);
    await page.goto(`/${locale}/study/${ESSAY_DECK_ID}`);
    const field = page.getByLabel(ui.label, { exact: true });
    const feedback = page.getByTestId('answer-feedback');
    const ratings = page.getByRole('group').filter({ has: page.getByRole('button', { name: new RegExp(ui.good) }) });

    const answer = async (typed: string) => {
      await expect(field).toBeFocused();
      await field.fill(typed);
      await page.keyboard.press('Enter');
      await expect(feedback).toBeVisible();
    };
    const next = async (expectedSuggestion: number) => {
      // The suggested rating takes focus; a number key overrides it.
      const suggested = ratings.locator('[data-suggested]');
      await expect(suggested).toHaveAttribute('aria-keyshortcuts', String(expectedSuggestion));
      await expect(suggested).toBeFocused();
      await page.keyboard.press('3');
      await expect(feedback).toBeHidden();
    };

    // 1. right (production: the headword), with a letter from the letter bar
    await expect(page.locator('article')).toHaveAttribute('data-card-type', 'production');
    await expect(page.getByRole('button', { name: ui.insertA })).toBeVisible();
    await answer('Мемлекет.');
    await expect(feedback).toContainText(ui.correct);
    await expect(page.getByTestId('answer')).toBeVisible();
    await next(3);

    // 2. near miss: к for қ in the cloze
    await expect(page.locator('article')).toHaveAttribute('data-card-type', 'cloze');
    await answer('аймактағы');
    await expect(feedback).toContainText(ui.almost);
    await expect(page.getByTestId('diff-typed').locator('del')).toHaveText('к');
    await expect(page.getByTestId('diff-expected').locator('ins')).toHaveText('қ');
    await next(2);

    // 3. the right word with the wrong case suffix
    await answer('интеграцияның');
    await expect(feedback).toContainText(ui.wrongCase);
    await next(1);

    // 4. another word
    await answer('ел');
    await expect(feedback).toContainText(ui.otherWord);
    await next(1);
  });
}

test('the letter bar and Alt shortcuts type Kazakh letters; a keyboard user reaches the bar', async ({ page, learner }) => {
  await makeCardsDue(learner.email, ESSAY_DECK_ID, [{ type: 'production', headword: 'тәуелсіздік' }]);
  await page.goto(`/en/study/${ESSAY_DECK_ID}`);
  const field = page.getByLabel('Your answer', { exact: true });
  await expect(field).toBeFocused();
  await field.pressSequentially('т');
  await page.getByRole('button', { name: 'Insert “ә”' }).click();
  await expect(field).toBeFocused();
  await field.pressSequentially('уелс');
  await page.keyboard.press('Alt+i');
  await field.pressSequentially('зд');
  await page.keyboard.press('Alt+KeyI');
  await field.pressSequentially('к');
  await expect(field).toHaveValue('тәуелсіздік');
  // Tab from the field goes through the check button to the letter bar.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Insert “ә”' })).toBeFocused();
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByTestId('answer-feedback')).toContainText('Correct!');
});

test('Ctrl+Z in the empty answer field of a typed card takes back the last rating; with text in the field, it does not', async ({ page, learner }) => {
  await makeCardsDue(learner.email, ESSAY_DECK_ID, [
    { type: 'production', headword: 'мемлекет' },
    { type: 'cloze', headword: 'аймақ' },
  ]);
  await page.goto(`/en/study/${ESSAY_DECK_ID}`);
  const field = page.getByLabel(UI.en.label, { exact: true });
  const article = page.locator('article');
  await expect(article).toHaveAttribute('data-card-type', 'production');
  await field.fill('мемлекет');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('answer-feedback')).toBeVisible();
  await page.keyboard.press('3');
  await expect(article).toHaveAttribute('data-card-type', 'cloze');
  await expect(field).toBeFocused();
  // text in the field: Ctrl+Z is the field's own
  await field.fill('ай');
  await page.keyboard.press('Control+z');
  await expect(article).toHaveAttribute('data-card-type', 'cloze');
  await expect(page.getByText('Rating taken back')).toHaveCount(0);
  // an empty field: the rating is taken back, and the card comes back
  await field.fill('');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').first()).toContainText('Rating taken back');
  await expect(article).toHaveAttribute('data-card-type', 'production');
});
