// Unknown URLs get the app's own not-found page, in the URL's language, with the header.
import { test, expect } from './fixtures';

const UI = {
  kk: { title: 'Бет табылмады', home: 'Басты бетке', signIn: 'Кіру' },
  ru: { title: 'Страница не найдена', home: 'На главную', signIn: 'Войти' },
  en: { title: 'Page not found', home: 'Back to the start page', signIn: 'Sign in' },
} as const;

for (const locale of ['kk', 'ru', 'en'] as const) {
  test(`an unknown URL shows the localized not-found page with the header (${locale})`, async ({ page }) => {
    const ui = UI[locale];
    for (const path of [`/${locale}/anything`, `/${locale}/decks/essay-central-asia/nothing/here`]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1, name: ui.title })).toBeVisible();
      await expect(page.getByRole('navigation').getByRole('link', { name: ui.signIn })).toBeVisible();
      await expect(page.getByRole('main').getByRole('link', { name: ui.home })).toHaveAttribute('href', `/${locale}`);
    }
  });
}
