// Forms work without JavaScript (React posts them as plain multipart forms), through the
// front door's checks of server actions; a file over the limit gets a page in the user's
// language, not an error.
import { test, expect, newUser, signUpViaApi } from './fixtures';

test('without JavaScript, a teacher signs in and a file over 9 MB gets the translated refusal', async ({ browser, page }) => {
  const teacher = newUser('teacher');
  await signUpViaApi(page, teacher, { role: 'teacher' });
  await page.goto('/ru/teach');
  const newDeck = page.getByRole('form', { name: 'Новая колода' });
  await newDeck.getByLabel('Название').fill('Мектеп');
  await newDeck.getByRole('button', { name: 'Создать' }).click();
  await expect(page.getByRole('heading', { name: 'Мектеп', level: 1 })).toBeVisible();
  const deckPath = new URL(page.url()).pathname.replace(/^\/ru\//, '/kk/');

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto('/kk/sign-in');
  await noScript.getByLabel('Электрондық пошта').fill(teacher.email);
  await noScript.getByLabel('Құпиясөз').fill(`${teacher.password}-wrong`);
  await noScript.getByRole('main').getByRole('button', { name: 'Кіру' }).click();
  await expect(noScript.getByRole('main').getByRole('alert')).toHaveText('Электрондық пошта немесе құпиясөз қате.');
  await noScript.getByLabel('Құпиясөз').fill(teacher.password);
  await noScript.getByRole('main').getByRole('button', { name: 'Кіру' }).click();
  await expect(noScript).toHaveURL(/\/kk\/decks$/);

  await noScript.goto(deckPath);
  await noScript.getByLabel('CSV файлы').setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.alloc(9_500_000, 'a') });
  await noScript.getByRole('button', { name: 'CSV импорттау' }).click();
  await expect(noScript.getByRole('heading', { name: 'Файл тым үлкен' })).toBeVisible();
  await expect(noScript.getByText('Файл 8 МБ-тан үлкен.')).toBeVisible();
  await noScript.getByRole('link', { name: 'Формаға оралу' }).click();
  await expect(noScript.getByRole('heading', { name: 'Мектеп', level: 1 })).toBeVisible();
  await context.close();
});
