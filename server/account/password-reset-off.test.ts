// Without MAIL_URL (or APP_URL) there is no password reset, no trusting a browser by a link and no
// confirming the address:
// the use cases say so and send nothing.
import { afterAll, expect, it } from 'vitest';
import { useTestDatabase } from '@/test/test-database';

delete process.env.MAIL_URL;
process.env.APP_URL = 'https://jatta.example.kz';
const testDb = await useTestDatabase();
const { requestPasswordReset, resetPassword, passwordResetAvailable } = await import('./password-reset');
const { requestTrustLink, trustBrowser, trustedBrowserAvailable } = await import('../auth/trusted-browser');
const { verifyEmail, resendVerification } = await import('./email-verification');
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

it('mails no confirmation at sign-up and confirms nothing without a way to send mail', async () => {
  const { auth } = await import('../auth/auth');
  const res = await auth.api.signUpEmail({ body: { name: 'Off', email: 'off@example.test', password: 'a long enough password' }, asResponse: true });
  expect(res.status).toBe(200);
  expect(await verifyEmail({ token: 'x' })).toEqual({ status: 'unavailable' });
  expect(await resendVerification(new Headers({ cookie: res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') }))).toEqual({ status: 'unavailable' });
  expect(await db.verification.count()).toBe(0);
});
