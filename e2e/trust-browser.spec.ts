// The page of a "trust this browser" link (server/auth/trusted-browser.ts): sending it gives this
// browser the known-device cookie for the account, once; viewing it uses nothing up; a used or
// made-up link says so and leads back to sign-in. The link itself is mailed when a sign-in is
// refused for the network, which the e2e server (limits off) never does: the security suite
// covers that path (test/security/sign-in-limits.test.ts), so here the link is stored directly.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { test, expect, newUser, signUpViaApi } from './fixtures';
import { e2eDb, userIdByEmail } from './db';

/** A link for this account, stored as the server stores one (only the token's hash). */
async function trustLinkFor(email: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const identifier = `trusted-browser:${createHash('sha256').update(token).digest('base64url')}`;
  await e2eDb().verification.create({ data: { id: randomUUID(), identifier, value: await userIdByEmail(email), expiresAt: new Date(Date.now() + 3_600_000) } });
  return token;
}

test('ru: the link, sent from a new browser, trusts it for the account once; then sign-in', async ({ page, browser }) => {
  const user = newUser('trust');
  await signUpViaApi(page, user, { uiLocale: 'ru' });
  const token = await trustLinkFor(user.email);

  const other = await browser.newContext();
  const p = await other.newPage();
  await p.goto(`/ru/trust-browser?token=${token}`);
  await expect(p.getByRole('heading', { name: 'Доверять этому браузеру', level: 1 })).toBeVisible();
  await expect(p).toHaveTitle(/^Доверять этому браузеру/);
  // Viewing set nothing.
  expect((await other.cookies()).some((c) => c.name === 'jatta.known-device')).toBe(false);
  await p.reload();
  await p.getByRole('button', { name: 'Доверять этому браузеру' }).click();
  await expect(p.getByRole('main').getByRole('status')).toHaveText(`Теперь этот браузер доверенный для ${user.email}. Войдите со своим паролем.`);
  const device = (await other.cookies()).find((c) => c.name === 'jatta.known-device');
  expect(device?.value).toMatch(/^[\w-]{16}\.[\w-]{27}$/);
  expect(device?.httpOnly).toBe(true);
  await p.getByRole('link', { name: 'Перейти ко входу' }).click();
  await expect(p.getByRole('heading', { name: 'Вход', level: 1 })).toBeVisible();
  await p.getByLabel('Эл. почта').fill(user.email);
  await p.getByLabel('Пароль').fill(user.password);
  await p.getByRole('button', { name: 'Войти' }).click();
  await expect(p).toHaveURL(/\/ru\/decks$/);

  // Once only: the same link again says so, and leads to sign-in.
  await p.goto(`/ru/trust-browser?token=${token}`);
  await p.getByRole('button', { name: 'Доверять этому браузеру' }).click();
  const alert = p.getByRole('main').getByRole('alert');
  await expect(alert).toContainText('Эта ссылка больше не действует');
  await expect(alert.getByRole('link', { name: 'Перейти ко входу' })).toHaveAttribute('href', '/ru/sign-in');
  await other.close();
});

test('en and kk: a link without a token, or a made-up one, opens nothing', async ({ page, context }) => {
  await page.goto('/en/trust-browser');
  await expect(page.getByRole('main').getByRole('alert')).toContainText('This link does not work any more');
  await page.goto('/kk/trust-browser?token=made-up');
  await page.getByRole('button', { name: 'Бұл браузерге сену' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Бұл сілтеме енді жарамсыз');
  expect((await context.cookies()).some((c) => c.name === 'jatta.known-device')).toBe(false);
});
