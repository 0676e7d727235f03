// Each test makes its own users through the auth API; nobody shares a global test user.
import { test as base, expect, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';

export interface TestUser {
  name: string;
  email: string;
  password: string;
}

export function newUser(prefix = 'learner'): TestUser {
  const id = randomUUID().slice(0, 8);
  return { name: `${prefix}-${id}`, email: `${prefix}-${id}@example.test`, password: `pw-${randomUUID()}` };
}

/** Signs a user up through the API; the page's context keeps the session cookie. */
export async function signUpViaApi(page: Page, user: TestUser, extra: Record<string, string> = {}): Promise<void> {
  const res = await page.request.post('/api/auth/sign-up/email', {
    data: { name: user.name, email: user.email, password: user.password, ...extra },
  });
  expect(res.ok(), await res.text()).toBeTruthy();
}

export const ESSAY_DECK_ID = 'essay-central-asia';

/** The session secret of the e2e servers (scripts/e2e-server.sh): a server a test starts itself uses it too. */
export const E2E_SECRET = 'e2e-secret-e2e-secret-e2e-secret-e2e-0001';

/** The study page sends ratings in the background: wait until it says none is waiting. */
export async function ratingsSent(page: Page): Promise<void> {
  await expect(page.locator('[data-pending]')).toHaveCount(0);
}

export const test = base.extend<{ learner: TestUser }>({
  learner: async ({ page }, use) => {
    const user = newUser();
    await signUpViaApi(page, user);
    await use(user);
  },
});

export { expect };
