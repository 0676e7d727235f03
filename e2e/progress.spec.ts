import { randomUUID } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { userIdByEmail } from './db';
import { test, expect, newUser, ratingsSent, signUpViaApi, ESSAY_DECK_ID, type TestUser } from './fixtures';
import { createClassWithStudents } from './progress-db';

async function studyCards(page: Page, n: number) {
  await page.goto(`/en/study/${ESSAY_DECK_ID}`);
  for (let i = 0; i < n; i++) {
    const front = await page.locator('article').innerText();
    // The button takes focus once the page is interactive: keys work from then on.
    await expect(page.getByRole('button', { name: 'Show answer' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('answer')).toBeVisible();
    await page.keyboard.press('3');
    await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
    await expect(page.locator('article')).not.toHaveText(front);
  }
  await ratingsSent(page);
}

async function signedIn(browser: Browser, prefix: string): Promise<{ page: Page; user: TestUser; id: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const user = newUser(prefix);
  await signUpViaApi(page, user);
  return { page, user, id: await userIdByEmail(user.email) };
}

test('a learner who studied sees today’s count rise and today’s calendar cell filled', async ({ page, learner }) => {
  void learner;
  await page.goto('/en/decks');
  await page.getByRole('navigation').getByRole('link', { name: 'Progress' }).click();
  await expect(page).toHaveURL(/\/en\/progress$/);
  await expect(page.getByRole('heading', { name: 'Progress', level: 1 })).toBeVisible();
  // nothing studied yet: one line and a way to start, not a page of zeros
  const empty = page.getByTestId('progress-empty');
  await expect(empty).toHaveText(/No reviews yet\./);
  await expect(page.locator('[data-stat]')).toHaveCount(0);
  await expect(page.getByText('no reviews', { exact: true })).toHaveCount(0);
  await expect(empty.getByRole('link', { name: 'Start studying' })).toHaveAttribute('href', `/en/study/${ESSAY_DECK_ID}`);
  const today = page.locator('svg rect[data-day]').last();

  await studyCards(page, 3);

  await page.goto('/en/progress');
  await expect(page.locator('[data-stat="reviewed-today"]')).toHaveText('3');
  await expect(page.locator('[data-stat="new-today"]')).toHaveText('3');
  await expect(page.locator('[data-stat="current-streak"]')).toHaveText('1 day');
  await expect(today).toHaveAttribute('data-reviews', '3');
  await expect(today).not.toHaveClass(/fill-stone-200/);
  await expect(today.locator('title')).toContainText('3 reviews');
  await expect(page.getByTestId('progress-empty')).toHaveCount(0);
  // cards only in their learning steps: one line instead of a table of twelve empty cells
  await expect(page.getByTestId('retention-empty')).toBeVisible();
  await expect(page.getByText('no reviews', { exact: true })).toHaveCount(0);
  // the whole year fits the card on a desktop: no month's name cut at its left edge
  const heatmap = page.getByRole('region', { name: 'Reviews per day, last year' });
  await expect(page.getByText('Swipe left to see the earlier months.')).toBeHidden();
  expect(await heatmap.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  // The calendar is also a table.
  await page.getByText('Show as a table').first().click();
  await expect(page.getByRole('table').first().getByRole('row')).toHaveCount(2);
  // The same page in Kazakh and Russian.
  await page.goto('/kk/progress');
  await expect(page.getByRole('heading', { name: 'Үлгерім', level: 1 })).toBeVisible();
  await page.goto('/ru/progress');
  await expect(page.getByRole('heading', { name: 'Прогресс', level: 1 })).toBeVisible();

  // On a phone the year scrolls sideways from today's end, and the page says so; no month's
  // name is cut by the left edge where it opens.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/ru/progress');
  await expect(page.getByText('Листайте влево, чтобы увидеть прошлые месяцы.')).toBeVisible();
  const yearRu = page.getByRole('region', { name: 'Повторения по дням за последний год' });
  expect(await yearRu.evaluate((el) => el.scrollWidth > el.clientWidth && el.scrollLeft > 0)).toBe(true);
  const cut = await yearRu.evaluate((el) => {
    const left = el.getBoundingClientRect().left;
    return Array.from(el.querySelectorAll('text')).filter((t) => { const b = t.getBoundingClientRect(); return b.left < left - 0.5 && b.right > left + 0.5; }).map((t) => t.textContent);
  });
  expect(cut).toEqual([]);
});

test('a fresh learner’s progress page in Kazakh and Russian: one friendly line with a way to start', async ({ page, learner }) => {
  void learner;
  await page.goto('/kk/progress');
  await expect(page.getByTestId('progress-empty')).toHaveText(/Әзірге қайталау жоқ\./);
  await expect(page.getByRole('link', { name: 'Жаттауды бастау' })).toBeVisible();
  await expect(page.getByText('қайталау жоқ', { exact: true })).toHaveCount(0);
  await page.goto('/ru/progress');
  await expect(page.getByTestId('progress-empty')).toHaveText(/Повторений пока нет\./);
  await page.getByRole('link', { name: 'Начать занятие' }).click();
  await expect(page).toHaveURL(new RegExp(`/ru/study/${ESSAY_DECK_ID}$`));
});

test('a teacher sees the student’s row, opens the student’s view and downloads the CSV', { tag: '@core' }, async ({ browser }) => {
  const student = await signedIn(browser, 'student');
  await studyCards(student.page, 2);
  const idle = await signedIn(browser, 'idle');
  const teacher = await signedIn(browser, 'teacher');
  const classId = await createClassWithStudents(teacher.id, [student.id, idle.id], ESSAY_DECK_ID);

  const page = teacher.page;
  await page.goto(`/en/teach/classes/${classId}/progress`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('progress');
  const row = page.locator(`tr[data-student="${student.id}"]`);
  await expect(row).toBeVisible();
  await expect(row.locator('[data-col="reviews7d"]')).toHaveText('2');
  await expect(row.locator('[data-col="lastStudied"]')).toHaveText('Today');
  await expect(page.locator(`tr[data-student="${idle.id}"]`)).toContainText('never');

  // Sorted by reviews, most first; then the other way.
  await page.getByRole('link', { name: /Sort by Reviews \(7\sdays\)/ }).click();
  await expect(page).toHaveURL(/sort=reviews7d&dir=desc/);
  await expect(page.locator('tbody tr[data-student]').first()).toHaveAttribute('data-student', student.id);
  await page.getByRole('link', { name: /Sort by Reviews \(7\sdays\)/ }).click();
  await expect(page.locator('tbody tr[data-student]').first()).toHaveAttribute('data-student', idle.id);

  const csv = await page.request.get(`/en/teach/classes/${classId}/progress/students.csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const text = await csv.text();
  expect(text).toContain('Student,Email,Last studied');
  expect(text).toContain(student.user.email);

  await row.getByRole('link', { name: student.user.name }).click();
  await expect(page).toHaveURL(new RegExp(`/en/teach/classes/${classId}/students/${student.id}$`));
  await expect(page.getByRole('heading', { name: `${student.user.name}: progress` })).toBeVisible();
  await expect(page.locator('[data-stat="reviewed-today"]')).toHaveText('2');
  // the idle student's view: one line in the teacher's words, no link to study
  await page.goto(`/en/teach/classes/${classId}/students/${idle.id}`);
  await expect(page.getByTestId('progress-empty')).toHaveText(`${idle.user.name} has no reviews yet.`);
  await expect(page.getByTestId('progress-empty').getByRole('link')).toHaveCount(0);

  // In Kazakh on a desktop the table's headers take two lines at most, and the page leads back to the class.
  await page.goto(`/kk/teach/classes/${classId}/progress`);
  const heads = page.locator('thead th');
  await expect(heads).toHaveCount(6);
  for (const h of await heads.all()) {
    // the header's text (its sorting link), not the cell: a row's cells all take its tallest one's height
    const lines = await h.getByRole('link').evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
    expect(lines, (await h.textContent())!).toBeLessThanOrEqual(2);
  }
  await page.getByRole('link', { name: 'Сынып бетіне оралу' }).click();
  await expect(page).toHaveURL(new RegExp(`/kk/teach/classes/${classId}$`));

  // A student can open neither their class's progress, nor a classmate's, nor another class's.
  const other = await signedIn(browser, 'teacher2');
  const otherClass = await createClassWithStudents(other.id, [], ESSAY_DECK_ID);
  for (const path of [
    `/en/teach/classes/${classId}/progress`,
    `/en/teach/classes/${classId}/students/${idle.id}`,
    `/en/teach/classes/${otherClass}/progress`,
    `/en/teach/classes/${classId}/students/${student.id}`,
  ]) {
    const res = await student.page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(student.page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  }
  expect((await student.page.request.get(`/en/teach/classes/${classId}/progress/students.csv`)).status()).toBe(404);
  // Another teacher cannot see this class either.
  expect((await other.page.goto(`/en/teach/classes/${classId}/progress`))?.status()).toBe(404);
  expect((await other.page.goto(`/en/teach/classes/${classId}/students/${student.id}`))?.status()).toBe(404);
  expect((await other.page.request.get(`/en/teach/classes/${randomUUID()}/progress/students.csv`)).status()).toBe(404);
});
