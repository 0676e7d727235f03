// The signed-in header: one row on a desktop, two at most on a 390-px phone (the links then
// scroll sideways in a row of their own), in every language, with targets a thumb can hit.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** The distinct rows (by vertical centre) the header's visible links and buttons sit on, and their smallest size. */
async function headerLayout(page: Page) {
  return page.locator('header').evaluate((header) => {
    const nav = header.querySelector('[data-testid="nav-links"]')!.getBoundingClientRect();
    const targets = Array.from(header.querySelectorAll<HTMLElement>('a, button')).map((el) => ({ text: el.textContent!.trim(), box: el.getBoundingClientRect() }));
    // a link scrolled out of the links' row is on that row all the same
    const centres = targets.map((t) => Math.round((t.box.top + t.box.bottom) / 2));
    const rows = centres.filter((c, i) => !centres.slice(0, i).some((d) => Math.abs(d - c) <= 4)).length;
    const shown = targets.filter((t) => t.box.right > nav.left && t.box.left < innerWidth);
    return {
      rows,
      height: header.getBoundingClientRect().height,
      smallest: shown.reduce((m, t) => ({ width: Math.min(m.width, t.box.width), height: Math.min(m.height, t.box.height) }), { width: Infinity, height: Infinity }),
      sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    };
  });
}

for (const locale of ['kk', 'ru', 'en'] as const) {
  test(`the signed-in header: one row at 1280 px, two rows at most at 390 px, 44-px targets (${locale})`, async ({ page, learner }) => {
    void learner;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/${locale}/decks`);
    const desk = await headerLayout(page);
    expect(desk.rows).toBe(1);
    expect(desk.smallest.height).toBeGreaterThanOrEqual(44);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${locale}/decks`);
    const phone = await headerLayout(page);
    expect(phone.rows).toBeLessThanOrEqual(2);
    expect(phone.height).toBeLessThanOrEqual(110);
    expect(phone.smallest.height).toBeGreaterThanOrEqual(44);
    expect(phone.smallest.width).toBeGreaterThanOrEqual(24);
    expect(phone.sideways).toBe(false);
    // every link is reachable: the last one scrolls into sight and works
    const nav = page.getByRole('navigation', { name: { kk: 'Басты мәзір', ru: 'Главное меню', en: 'Main menu' }[locale] });
    const last = nav.getByTestId('nav-links').getByRole('link').last();
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport();
    await last.click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/join$`));
  });
}
