// The retention preview in Settings (issue 16 item 2): a learner with reviewed cards sees what
// each retention costs in reviews a day, changes their retention, and sees their row move; a
// retention out of range is refused in their language and nothing typed is lost.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test, expect, ESSAY_DECK_ID } from './fixtures';
import { axeViolations, horizontalOverflow } from './a11y';
import { e2eDb } from './db';

type Locale = 'kk' | 'ru' | 'en';
const messages = (locale: Locale) => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));

/** A number as the page prints it in any of the three languages ("1 234,5", "1,234.5"). */
function parseShown(text: string, locale: Locale): number {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  return Number(locale === 'en' ? compact.replace(/,/g, '') : compact.replace(',', '.'));
}

/** The longest stretch of a message outside its placeholders and plurals: what the page shows literally. */
function literalPart(message: string): string {
  const parts = message.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/).map((p) => p.trim());
  return parts.reduce((a, b) => (b.length > a.length ? b : a), '');
}

for (const locale of ['kk', 'ru', 'en'] as const) {
  test(`Settings shows what each retention costs, and the learner's choice moves (${locale})`, async ({ page, learner }) => {
    const m = messages(locale);
    const s = m.settings;
    const rc = s.retentionCost;
    await page.setViewportSize({ width: 390, height: 844 });

    // The learner has studied: 30 cards of the essay deck, answered through the review API.
    const cards = await e2eDb().card.findMany({ where: { deckId: ESSAY_DECK_ID, deletedAt: null }, orderBy: { sortOrder: 'asc' }, take: 30, select: { id: true } });
    for (const [i, c] of cards.entries()) {
      const res = await page.request.post('/api/reviews', {
        data: { id: randomUUID(), cardId: c.id, rating: i % 3 === 0 ? 3 : 4, reviewedAt: new Date().toISOString(), durationMs: 2000 },
      });
      expect(res.status()).toBe(201);
    }

    await page.goto(`/${locale}/settings`);
    const title = rc.title.replace('{days}', '30');
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    const table = page.getByRole('table', { name: title });
    await expect(table).toBeVisible();
    const rows = table.getByRole('row');
    // a header and 80, 85, 90 (the default, the learner's own) and 95 %
    await expect(rows).toHaveCount(5);
    const averages: number[] = [];
    for (let i = 1; i < 5; i++) {
      const text = (await rows.nth(i).getByRole('cell').first().textContent()) ?? '';
      const n = parseShown(text, locale);
      expect(Number.isFinite(n), `"${text}" is a number`).toBe(true);
      expect(n).toBeGreaterThan(0);
      averages.push(n);
    }
    // higher retention, more reviews
    for (let i = 1; i < averages.length; i++) expect(averages[i]).toBeGreaterThanOrEqual(averages[i - 1]!);
    expect(averages[3]).toBeGreaterThan(averages[0]!);
    const current = table.locator('tr[aria-current="true"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAttribute('data-retention', '90');
    await expect(current.getByRole('rowheader')).toContainText(rc.yourChoice);
    expect(await horizontalOverflow(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    // The learner chooses 85 % and saves; after a reload the form and the marked row say 85.
    const retention = page.getByRole('spinbutton', { name: s.retention });
    await retention.fill('85');
    await page.getByRole('button', { name: s.save }).click();
    await expect(page.getByText(s.saved)).toBeVisible();
    await page.reload();
    await expect(retention).toHaveValue('85');
    await expect(table.locator('tr[aria-current="true"]')).toHaveAttribute('data-retention', '85');
    await expect(table.getByRole('row')).toHaveCount(5);

    // Out of range: refused in the learner's language, with what was typed kept.
    const newPerDay = page.getByRole('spinbutton', { name: s.newPerDay });
    await newPerDay.fill('15');
    await retention.fill('99');
    await page.getByRole('button', { name: s.save }).click();
    const tooBig = m.issues.codes['too-big'].replace('{field}', m.issues.fields.desiredRetentionPercent).replace('{limit}', '97');
    await expect(page.getByText(tooBig)).toBeVisible();
    await expect(page.getByRole('main').getByRole('alert')).toContainText(s.errors.invalid);
    await expect(retention).toHaveValue('99');
    await expect(retention).toHaveAttribute('aria-invalid', 'true');
    await expect(newPerDay).toHaveValue('15');
    // and nothing was saved
    await page.reload();
    await expect(retention).toHaveValue('85');
    await expect(newPerDay).toHaveValue('20');
    await expect(table.locator('tr[aria-current="true"]')).toHaveAttribute('data-retention', '85');
    // No review cap: the preview says nothing of one.
    const cap = page.getByTestId('retention-cap');
    await expect(cap).toHaveCount(0);

    // A cap of 2 reviews a day: the 30 cards come back over the next days faster than 2 a day, so
    // the preview says the cap holds reviews back, at which retentions, and no average exceeds
    // what the cap, the new cards and their steps allow.
    await e2eDb().user.update({ where: { email: learner.email }, data: { reviewsPerDay: 2 } });
    await page.reload();
    await expect(cap).toContainText(literalPart(rc.capBinds));
    await expect(cap.locator('li[data-retention="95"]')).toContainText(literalPart(rc.capRow));
    expect(await horizontalOverflow(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    // A cap far above the load: nothing held back, and the preview says so.
    await e2eDb().user.update({ where: { email: learner.email }, data: { reviewsPerDay: 9999 } });
    await page.reload();
    await expect(cap).toContainText(literalPart(rc.capNone));
    await expect(cap.locator('li')).toHaveCount(0);
  });
}
