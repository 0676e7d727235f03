// axe on the study page in every state the typed answer, the audio and the script add, in the
// three UI languages, on a desktop and a 390-px phone: no serious or critical violation.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, ESSAY_DECK_ID } from './fixtures';
import { makeCardsDue, setPreferences } from './study-cards';

async function expectNoSeriousViolations(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${state}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const SHOW = { kk: 'Жауапты көрсету', ru: 'Показать ответ', en: 'Show answer' } as const;
const LABEL = { kk: 'Сіздің жауабыңыз', ru: 'Ваш ответ', en: 'Your answer' } as const;

for (const locale of ['kk', 'ru', 'en'] as const) {
  for (const phone of [false, true]) {
    test(`study page states pass axe (${locale}${phone ? ', 390 px' : ''})`, async ({ page, learner }) => {
      if (phone) await page.setViewportSize({ width: 390, height: 844 });
      await makeCardsDue(learner.email, ESSAY_DECK_ID, [
        { type: 'recognition', headword: 'мемлекет' },
        { type: 'production', headword: 'аймақ' },
        { type: 'cloze', headword: 'интеграция' },
      ]);
      await setPreferences(learner.email, { kazakhScript: phone ? 'latn' : 'cyrl' });
      await page.goto(`/${locale}/study/${ESSAY_DECK_ID}`);
      await expect(page.locator('article')).toHaveAttribute('data-card-type', 'recognition');
      await expectNoSeriousViolations(page, 'recognition front');
      await page.locator('article').getByRole('button').first().click(); // listen
      await page.getByRole('button', { name: SHOW[locale] }).click();
      await expect(page.getByTestId('answer')).toBeVisible();
      await expectNoSeriousViolations(page, 'recognition revealed, audio loaded');
      await page.keyboard.press('3');

      const field = page.getByLabel(LABEL[locale], { exact: true });
      await expect(field).toBeFocused();
      await expectNoSeriousViolations(page, 'typing field and letter bar');
      if (phone) {
        // Alt+key shortcuts are for a keyboard: a phone has the letter bar, not this help
        await expect(page.locator('details summary')).toBeHidden();
      } else {
        await page.locator('details summary').click();
        await expectNoSeriousViolations(page, 'shortcut help open');
      }
      await field.fill(phone ? 'aimak' : 'аймак');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('answer-feedback')).toBeVisible();
      if (phone) {
        // nothing runs off a phone's screen
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width).toBeLessThanOrEqual(390);
      }
      await expectNoSeriousViolations(page, 'near miss with diff');
      await page.keyboard.press('3');

      await field.fill(phone ? 'integratsiianyñ' : 'интеграцияның');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('answer-feedback')).toHaveAttribute('data-verdict', 'wrong-form');
      await expectNoSeriousViolations(page, 'diagnosis');
    });
  }
}

test('dark mode: the typed-answer states pass axe', async ({ page, learner }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await makeCardsDue(learner.email, ESSAY_DECK_ID, [{ type: 'cloze', headword: 'интеграция' }]);
  await page.goto(`/en/study/${ESSAY_DECK_ID}`);
  await expectNoSeriousViolations(page, 'dark typing');
  await page.getByLabel('Your answer', { exact: true }).fill('интеграцияның');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('answer-feedback')).toBeVisible();
  await expectNoSeriousViolations(page, 'dark diagnosis');
});
