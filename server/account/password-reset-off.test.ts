// Without MAIL_URL (or APP_URL) there is no password reset: the use cases say so and send nothing.
import { afterAll, expect, it } from 'vitest';
import { useTestDatabase } from '@/test/test-database';

delete process.env.MAIL_URL;
process.env.APP_URL = 'https://jatta.example.kz';
const testDb = await useTestDatabase();
const { requestPasswordReset, resetPassword, passwordResetAvailable } = await import('./password-reset');
const { db } = await import('../db');

afterAll(() => testDb.cleanup());

it('is unavailable without a way to send mail, and stores no token', async () => {
  expect(passwordResetAvailable()).toBe(false);
  expect(await requestPasswordReset(new Headers(), { email: 'someone@example.test' })).toEqual({ status: 'unavailable' });
  expect(await resetPassword({ token: 'x', newPassword: 'a long enough password' })).toEqual({ status: 'unavailable' });
  expect(await db.verification.count()).toBe(0);
});
