// Two app servers (A and B, two `npm start` processes) on one PostgreSQL database behave as
// one: see playwright.two-servers.config.ts. Cookies are per host, not per port, so one
// browser context is signed in on both.
import { randomUUID } from 'node:crypto';
import { test, expect, newUser, ratingsSent, signUpViaApi, ESSAY_DECK_ID } from '../fixtures';
import { e2eDb } from '../db';

const A = process.env.E2E_BASE_A!;
const B = process.env.E2E_BASE_B!;

test('a learner signs up on A, studies on B, rates on both: one history, one session, at once everywhere', async ({ page }) => {
  const user = newUser('two');
  // Sign up on A.
  const signUp = await page.request.post(`${A}/api/auth/sign-up/email`, { data: { name: user.name, email: user.email, password: user.password }, headers: { origin: A } });
  expect(signUp.ok(), await signUp.text()).toBeTruthy();

  // Study on B, in the browser, by keyboard.
  await page.goto(`${B}/en/study/${ESSAY_DECK_ID}`);
  for (let i = 0; i < 2; i++) {
    await expect(page.getByRole('button', { name: 'Show answer' })).toBeFocused();
    const front = await page.locator('article').innerText();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('answer')).toBeVisible();
    await page.keyboard.press('3');
    await expect(page.locator('article')).not.toHaveText(front);
  }
  await ratingsSent(page);

  // Rate alternately on A and B through the API, the next card from the other server each time.
  const bodies: Record<string, unknown>[] = [];
  for (let i = 0; i < 6; i++) {
    const [here, there] = i % 2 ? [B, A] : [A, B];
    const step = await (await page.request.get(`${there}/api/study/${ESSAY_DECK_ID}`)).json();
    const body = { id: randomUUID(), cardId: step.card.cardId, rating: 3, reviewedAt: new Date().toISOString(), durationMs: 2000 };
    const res = await page.request.post(`${here}/api/reviews`, { data: body, headers: { origin: here } });
    expect(res.status(), await res.text()).toBe(201);
    bodies.push(body);
  }

  // Progress on A shows every rating once: two from the page, six from the API.
  await page.goto(`${A}/en/progress`);
  await expect(page.locator('[data-stat="reviewed-today"]')).toHaveText('8');
  const userId = (await e2eDb().user.findUniqueOrThrow({ where: { email: user.email } })).id;
  expect(await e2eDb().reviewLog.count({ where: { userId } })).toBe(8);

  // A retry of a review on the other server is a duplicate, answered with the stored result.
  const first = bodies[0]!;
  const retry = await page.request.post(`${B}/api/reviews`, { data: first, headers: { origin: B } });
  expect(retry.status()).toBe(200);
  expect((await retry.json()).duplicate).toBe(true);
  expect(await e2eDb().reviewLog.count({ where: { userId } })).toBe(8);

  // A role change on A is seen on B at once.
  await page.goto(`${B}/en/teach`);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.goto(`${A}/en/settings`);
  await page.getByRole('radio', { name: 'Teacher' }).check();
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByText('Saved.').first()).toBeVisible();
  await page.goto(`${B}/en/teach`);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`${B}/en/teach$`));

  // Sign-out on A is refused on B at once: pages and the review endpoint.
  const cookies = await page.context().cookies();
  await page.goto(`${A}/en/decks`);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(new RegExp(`${A}/en$`));
  const copied = await page.context().browser()!.newContext();
  await copied.addCookies(cookies);
  const stale = await copied.newPage();
  await stale.goto(`${B}/en/decks`);
  await expect(stale).toHaveURL(/\/en\/sign-in/);
  const refused = await stale.request.post(`${B}/api/reviews`, {
    data: { id: randomUUID(), cardId: String(first.cardId), rating: 3, reviewedAt: new Date().toISOString(), durationMs: 1000 },
    headers: { origin: B },
  });
  expect(refused.status()).toBe(401);
  await copied.close();
});

test('sign-up on one server and sign-in on the other share the account', async ({ page }) => {
  const user = newUser('two');
  await signUpViaApi(page, user);
  await page.context().clearCookies();
  await page.goto(`${B}/en/sign-in`);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`${B}/en/decks$`));
});
