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

/** The session secret of the e2e servers (scripts/e2e-server.sh): a server a test starts itself uses it too. */
export const E2E_SECRET = 'e2e-secret-e2e-secret-e2e-secret-e2e-0001';

/**
 * For tests that cut the network or stop the server on purpose: the browser logs each request
 * that could not reach it; those are what the test is about, any other console error still fails it.
 */
export function allowNetworkFailures(consoleErrors: string[]): void {
  const kept = consoleErrors.filter((e) => !/Failed to load resource: net::ERR_(INTERNET_DISCONNECTED|CONNECTION_REFUSED|CONNECTION_RESET|EMPTY_RESPONSE|INCOMPLETE_CHUNKED_ENCODING|FAILED)\b/.test(e));
  consoleErrors.splice(0, consoleErrors.length, ...kept);
}

/** The study page sends ratings in the background: wait until it says none is waiting. */
export async function ratingsSent(page: Page): Promise<void> {
  // After a reload the page reads its outbox first: "none waiting" means nothing before that.
  await expect(page.locator('[data-outbox="read"]')).toHaveCount(1);
  await expect(page.locator('[data-pending]')).toHaveCount(0);
}

// Refusals a test asks for on purpose (a 404 page, a locked-out sign-in, a file too large) log their status;
// every other console error (hydration, an exception, a 500) fails the test. So does anything
// the production server's Content-Security-Policy blocks, on any page of any test (pages must
// work with the policy on), also in contexts a test opens itself.
const EXPECTED_CONSOLE = /^Failed to load resource: the server responded with a status of (401|403|404|409|413|429)/;

export const test = base.extend<{ learner: TestUser; consoleErrors: string[] }>({
  consoleErrors: [
    async ({ context, browser }, use) => {
      const errors: string[] = [];
      const watch = (p: Page) => {
        p.on('console', (m) => {
          if (m.type() === 'error' && !EXPECTED_CONSOLE.test(m.text())) errors.push(`${p.url()}: ${m.text()}`);
        });
        p.on('pageerror', (e) => errors.push(`${p.url()}: ${e.message}`));
      };
      const watchContext = (c: BrowserContext) => {
        c.pages().forEach(watch);
        c.on('page', watch);
      };
      watchContext(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const c = await newContext(...args);
        watchContext(c);
        return c;
      };
      try {
        await use(errors);
      } finally {
        browser.newContext = newContext;
      }
      expect(errors, 'browser console errors').toEqual([]);
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
