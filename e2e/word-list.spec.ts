// The deck's word list on any screen: filtered as you type, a page at a time, saying which
// form matched, and never wider than a phone. And the progress heatmap opens at today.
import { horizontalOverflow } from './a11y';
import { test, expect, ratingsSent, ESSAY_DECK_ID } from './fixtures';

test('the word list filters as you type, shows the matched form and pages the rest', async ({ page, learner }) => {
  void learner;
  await page.goto(`/en/decks/${ESSAY_DECK_ID}`);
  const table = page.getByRole('table', { name: 'Words of this deck' });
  await expect(table.locator('tbody tr')).toHaveCount(50);
  const pages = page.getByRole('navigation', { name: 'Pages' });
  await expect(pages).toContainText(/Page 1 of \d+/);
  const firstRow = await table.locator('tbody tr').first().innerText();
  await pages.getByRole('link', { name: 'Next page' }).click();
  await expect(pages).toContainText(/Page 2 of \d+/);
  await expect(table.locator('tbody tr').first()).not.toHaveText(firstRow);

  // No button press: the list follows the box, and the page number starts again.
  await page.getByRole('searchbox').fill('мемлекеттерд');
  await expect(page).toHaveURL(/\?q=/);
  const row = table.locator('tbody tr').filter({ has: page.getByTestId('matched-form') }).first();
  await expect(row).toContainText('мемлекет');
  await expect(row).toContainText('state');
  await expect(row.getByTestId('matched-form')).toHaveText(/^found as мемлекеттерд/);
  await expect(page.getByRole('navigation', { name: 'Pages' })).toHaveCount(0);
  await expect(page.getByRole('searchbox')).toBeFocused();

  await page.getByRole('searchbox').fill('жоқсөзбар');
  await expect(page.getByTestId('word-count')).toHaveText('No word matches «жоқсөзбар».');
});

test('on a 390-px phone the word list fits the screen', async ({ page, learner }) => {
  void learner;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/kk/decks/${ESSAY_DECK_ID}`);
  await expect(page.getByRole('table')).toBeVisible();
  expect(await horizontalOverflow(page)).toEqual([]);
});

const SEARCH_HINTS = {
  kk: { deck: 'Қазақша сөз формасын немесе оның орысша не ағылшынша аудармасын жазыңыз.', cards: 'Қазақша сөз формасын (кирилше не латынша) немесе оның орысша не ағылшынша аудармасын жазыңыз.', button: 'Іздеу' },
  ru: { deck: 'Введите казахскую словоформу или её русский либо английский перевод.', cards: 'Введите казахскую словоформу (кириллицей или латиницей) или её русский либо английский перевод.', button: 'Найти' },
  en: { deck: 'Type a Kazakh word form, or its Russian or English meaning.', cards: 'Type a Kazakh word form (in Cyrillic or Latin), or its Russian or English meaning.', button: 'Search' },
} as const;

for (const locale of ['kk', 'ru', 'en'] as const) {
  test(`the search boxes' placeholders fit a 390-px phone, what to type is said under them (${locale})`, async ({ page, learner }) => {
    void learner;
    const ui = SEARCH_HINTS[locale];
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [path, hint] of [[`/${locale}/decks/${ESSAY_DECK_ID}`, ui.deck], [`/${locale}/cards`, ui.cards]] as const) {
      await page.goto(path);
      const box = page.getByRole('searchbox');
      expect(await placeholderOverflow(box), path).toBeLessThanOrEqual(0);
      await expect(box, path).toHaveAccessibleDescription(hint);
      await expect(page.getByText(hint, { exact: true }), path).toBeVisible();
      // the button next to the box says what it does, the same on both pages
      await expect(page.getByRole('search').getByRole('button', { name: ui.button, exact: true }), path).toBeVisible();
    }
  });
}

/** How many pixels of a field's placeholder do not fit its text box (≤ 0: it fits). */
function placeholderOverflow(box: import('@playwright/test').Locator): Promise<number> {
  return box.evaluate((el) => {
    const input = el as HTMLInputElement;
    const style = getComputedStyle(input);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = style.font;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return ctx.measureText(input.placeholder).width - room;
  });
}

test('the heatmap opens at today on a phone and shows its last month label whole on a desktop', async ({ page, learner }) => {
  void learner;
  // one review, so that the page shows its charts (a fresh learner gets one line instead)
  await page.goto(`/en/study/${ESSAY_DECK_ID}`);
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('answer')).toBeVisible();
  await page.keyboard.press('3');
  await ratingsSent(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/en/progress');
  const region = page.getByRole('region', { name: 'Reviews per day, last year' });
  await expect(region).toBeVisible();
  const scroll = await region.evaluate((el) => ({ left: el.scrollLeft, width: el.scrollWidth, client: el.clientWidth }));
  expect(scroll.width).toBeGreaterThan(scroll.client);
  // at the end, or as near it as a month's name cut by the left edge lets (the room after the last week)
  expect(scroll.left + scroll.client).toBeGreaterThanOrEqual(scroll.width - 1 - 28);
  await expect(page.locator('svg rect[data-day]').last()).toBeInViewport();

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.reload();
  const clipped = await page.locator('svg[role="img"]').first().evaluate((svg) => {
    const width = (svg as SVGSVGElement).viewBox.baseVal.width;
    return Array.from(svg.querySelectorAll('text')).filter((t) => (t as SVGTextElement).getBBox().x + (t as SVGTextElement).getBBox().width > width).map((t) => t.textContent);
  });
  expect(clipped).toEqual([]);
});
