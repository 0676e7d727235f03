// Each test makes its own users through the auth API; nobody shares a global test user.
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
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

export const test = base.extend<{ learner: TestUser; contentSecurityPolicy: void }>({
  // The production server sends a Content-Security-Policy; any script, style or request it
  // blocks on any page of any test fails that test (pages must work with the policy on).
  contentSecurityPolicy: [
    async ({ context, browser }, use) => {
      const violations: string[] = [];
      const watch = (c: BrowserContext) =>
        c.on('console', (m) => {
          if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(`${m.location().url}: ${m.text()}`);
        });
      watch(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const c = await newContext(...args);
        watch(c);
        return c;
      };
      await use();
      browser.newContext = newContext;
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  learner: async ({ page }, use) => {
    const user = newUser();
    await signUpViaApi(page, user);
    await use(user);
  },
});

export { expect };
