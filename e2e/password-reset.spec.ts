// A forgotten password, end to end: "Forgot your password?" on the sign-in page, a link by
// mail (the e2e server writes mail to .data/mail-<port>, scripts/e2e-server.sh), a new password
// on the link's page, signing in with it; the old session ends, the link works once, and an
// address without an account gets the same answer. In kk, ru and en.
import path from 'node:path';
import { test, expect, newUser, signUpViaApi } from './fixtures';
import { linkIn, mailsTo } from '../test/mail-folder';

const mailDir = path.resolve('.data', `mail-${process.env.E2E_PORT ?? 3100}`);

async function linkMailedTo(email: string): Promise<string> {
  const mail = (await mailsTo(mailDir, email, 'reset-password', 1, 10_000)).at(-1);
  expect(mail, `a reset mail to ${email}`).toBeTruthy();
  const url = linkIn(mail!, 'reset-password');
  return url.pathname + url.search;
}

test('kk: a learner who forgot the password gets a link by mail, sets a new one and signs in with it; the old session ends', async ({ page, browser }) => {
  const user = newUser('reset');
  await signUpViaApi(page, user, { uiLocale: 'kk' });
  await page.goto('/kk/decks');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const other = await browser.newContext();
  const p = await other.newPage();
  await p.goto('/kk/sign-in');
  await p.getByRole('link', { name: 'Құпиясөзді ұмыттыңыз ба?' }).click();
  await expect(p.getByRole('heading', { name: 'Құпиясөзді қалпына келтіру', level: 1 })).toBeVisible();
  await p.getByLabel('Электрондық пошта').fill(user.email.toUpperCase());
  await p.getByRole('button', { name: 'Сілтеме жіберу' }).click();
  await expect(p.getByRole('main').getByRole('status')).toContainText('сілтеме жіберілді');

  const link = await linkMailedTo(user.email);
  expect(link).toMatch(/^\/kk\/reset-password\?token=/);
  await p.goto(link);
  await expect(p.getByRole('heading', { name: 'Жаңа құпиясөз орнату', level: 1 })).toBeVisible();
  await p.getByLabel('Жаңа құпиясөз').fill('short');
  await p.getByRole('button', { name: 'Құпиясөзді орнату' }).click();
  await expect(p.getByRole('main').getByRole('alert')).toContainText('Құпиясөз тым қысқа');
  await expect(p.getByLabel('Жаңа құпиясөз')).toHaveValue('short');
  await p.getByLabel('Жаңа құпиясөз').fill('my brand new password');
  await p.getByRole('button', { name: 'Құпиясөзді орнату' }).click();
  await expect(p.getByRole('main').getByRole('status')).toContainText('Құпиясөзіңіз өзгертілді');
  await p.getByRole('link', { name: 'Кіру', exact: true }).last().click();
  await p.getByLabel('Электрондық пошта').fill(user.email);
  await p.getByLabel('Құпиясөз', { exact: true }).fill('my brand new password');
  await p.getByRole('main').getByRole('button', { name: 'Кіру' }).click();
  await expect(p).toHaveURL(/\/kk\/decks$/);

  // The session signed in with the old password has ended.
  await page.goto('/kk/decks');
  await expect(page).toHaveURL(/\/kk\/sign-in/);
  // The link works once.
  await p.goto(link);
  await p.getByLabel('Жаңа құпиясөз').fill('yet another password');
  await p.getByRole('button', { name: 'Құпиясөзді орнату' }).click();
  await expect(p.getByRole('main').getByRole('alert')).toContainText('Бұл сілтеме енді жарамсыз');
  await expect(p.getByRole('main').getByRole('alert').getByRole('link', { name: 'Жаңа сілтеме сұрау' })).toHaveAttribute('href', '/kk/forgot-password');
  await other.close();
});

test('ru: an address without an account gets the same answer and no mail; a wrong address is named', async ({ page }) => {
  const nobody = newUser('nobody').email;
  await page.goto('/ru/forgot-password');
  await page.getByRole('button', { name: 'Отправить ссылку' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Введите адрес эл. почты.');
  await page.getByLabel('Эл. почта').fill('not an address');
  await page.getByRole('button', { name: 'Отправить ссылку' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Введите правильный адрес эл. почты.');
  await expect(page.getByLabel('Эл. почта')).toHaveValue('not an address');
  await page.getByLabel('Эл. почта').fill(nobody);
  await page.getByRole('button', { name: 'Отправить ссылку' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Если аккаунт с этой почтой существует, ссылка для нового пароля уже отправлена. Проверьте входящие (и папку «Спам»). Ссылка действует один час.');
  // Waits a second for one that might still come.
  expect(await mailsTo(mailDir, nobody, 'reset-password')).toEqual([]);
});

test('en: a reset page without a valid token says so and offers a new link', async ({ page }) => {
  await page.goto('/en/reset-password');
  await expect(page.getByRole('main').getByRole('alert')).toContainText('This link does not work any more');
  await page.goto('/en/reset-password?token=made-up');
  await page.getByLabel('New password').fill('a long enough password');
  await page.getByRole('button', { name: 'Set the password' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('This link does not work any more');
  await page.getByRole('link', { name: 'Ask for a new link' }).click();
  await expect(page.getByRole('heading', { name: 'Reset your password', level: 1 })).toBeVisible();
  await expect(page).toHaveTitle(/^Reset your password/);
});
