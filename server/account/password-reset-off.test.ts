// Without MAIL_URL (or APP_URL) there is no password reset and no trusting a browser by a link:
// the use cases say so and send nothing.
import { afterAll, expect, it } from 'vitest';
import { useTestDatabase } from '@/test/test-database';

delete process.env.MAIL_URL;
process.env.APP_URL = 'https://jatta.example.kz';
const testDb = await useTestDatabase();
const { requestPasswordReset, resetPassword, passwordResetAvailable } = await import('./password-reset');
const { requestTrustLink, trustBrowser, trustedBrowserAvailable } = await import('../auth/trusted-browser');
const { db } = await import('../db');

afterAll(() => testDb.cleanup());

it('is unavailable without a way to send mail, and stores no token', async () => {
  expect(passwordResetAvailable()).toBe(false);
  expect(await requestPasswordReset(new Headers(), { email: 'someone@example.test' })).toEqual({ status: 'unavailable' });
  expect(await resetPassword({ token: 'x', newPassword: 'a long enough password' })).toEqual({ status: 'unavailable' });
  expect(await db.verification.count()).toBe(0);
});

it('trusts no browser by a link without a way to send mail', async () => {
  expect(trustedBrowserAvailable()).toBe(false);
  expect(await requestTrustLink(new Headers(), { email: 'someone@example.test' })).toEqual({ status: 'unavailable' });
  expect(await trustBrowser({ token: 'x' }, null)).toEqual({ status: 'unavailable' });
  expect(await db.verification.count()).toBe(0);
});
