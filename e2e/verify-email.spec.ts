// Confirming the address: the sign-up mails a link (the e2e server writes mail to
// .data/mail-<port>); Settings says the address is not confirmed and can send the link again;
// opening the link, from any browser, confirms it, and Settings then says so. In kk, ru and en.
import path from 'node:path';
import { test, expect, newUser, signUpViaApi } from './fixtures';
import { linkIn, mailsTo } from '../test/mail-folder';

const mailDir = path.resolve('.data', `mail-${process.env.E2E_PORT ?? 3100}`);
const verifyLinks = async (email: string, atLeast = 1) =>
  (await mailsTo(mailDir, email, 'verify-email', atLeast, 10_000)).map((m) => { const u = linkIn(m, 'verify-email'); return u.pathname + u.search; });

test('kk: the sign-up mails a link; opened in another browser it confirms the address, and Settings says so', async ({ page, browser }) => {
  const user = newUser('verify');
  await signUpViaApi(page, user, { uiLocale: 'kk' });
  await page.goto('/kk/settings');
  await expect(page.getByTestId('email-status')).toContainText('Электрондық пошта мекенжайыңыз әлі расталмаған');
  await expect(page.getByRole('button', { name: 'Сілтемені қайта жіберу' })).toBeVisible();

  const [link] = await verifyLinks(user.email);
  expect(link).toMatch(/^\/kk\/verify-email\?token=/);
  const other = await browser.newContext();
  const p = await other.newPage();
  await p.goto(link!);
  await expect(p.getByRole('heading', { name: 'Электрондық поштаны растау', level: 1 })).toBeVisible();
  await expect(p.getByRole('main').getByRole('status')).toHaveText(`${user.email} мекенжайыңыз расталды. Рақмет!`);
  await other.close();

  await page.reload();
  await expect(page.getByTestId('email-status')).toHaveText('Электрондық пошта мекенжайыңыз расталған.');
  await expect(page.getByRole('button', { name: 'Сілтемені қайта жіберу' })).toHaveCount(0);
});

test('ru: Settings sends the link again, and the new link confirms the address', async ({ page }) => {
  const user = newUser('verify');
  await signUpViaApi(page, user, { uiLocale: 'ru' });
  await verifyLinks(user.email);
  await page.goto('/ru/settings');
  await page.getByRole('button', { name: 'Прислать ссылку ещё раз' }).click();
  await expect(page.getByTestId('email-status').getByRole('status')).toHaveText(`Ссылка отправлена на ${user.email}. Она действует одни сутки.`);
  const links = await verifyLinks(user.email, 2);
  expect(links).toHaveLength(2);
  await page.goto(links[1]!);
  await expect(page.getByRole('main').getByRole('status')).toContainText('подтверждён');
  await page.getByRole('link', { name: 'К моим колодам' }).click();
  await expect(page).toHaveURL(/\/ru\/decks$/);
});

test('en: a made-up link confirms nothing and leads to Settings', async ({ page }) => {
  await page.goto('/en/verify-email?token=made-up');
  await expect(page.getByRole('main').getByRole('alert')).toContainText('This link does not work');
  await expect(page.getByRole('link', { name: 'Open Settings' })).toHaveAttribute('href', '/en/settings');
  await page.goto('/en/verify-email');
  await expect(page.getByRole('main').getByRole('alert')).toContainText('This link does not work');
});
