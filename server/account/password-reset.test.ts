// Password reset by email on the store of this pass: the link comes by mail (MAIL_URL=file:…),
// points at APP_URL whatever Host the request named, works once and for an hour, ends every
// session; the answer is the same for an address without an account; requests are counted per
// address and per email.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/test/test-database';
import { mailsTo as mailsIn } from '@/test/mail-folder';

const mailDir = mkdtempSync(path.join(tmpdir(), 'jatta-mail-'));
process.env.MAIL_URL = `file:${mailDir}`;
process.env.APP_URL = 'https://jatta.example.kz';
const testDb = await useTestDatabase();
const { db } = await import('../db');
const { auth } = await import('../auth/auth');
const { requestPasswordReset, resetPassword } = await import('./password-reset');
const { MAIL_REQUESTS_PER_EMAIL: RESET_REQUESTS_PER_EMAIL } = await import('../mail/mail-request-limits');

afterAll(async () => {
  await testDb.cleanup();
  rmSync(mailDir, { recursive: true, force: true });
});

const cookieOf = (res: Response) => new Headers({ cookie: res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') });
const from = (address: string) => new Headers({ 'x-forwarded-for': address, host: 'evil.example' });

async function signUp(uiLocale = 'ru') {
  const email = `r-${randomUUID().slice(0, 8)}@example.test`;
  const res = await auth.api.signUpEmail({ body: { name: 'Айгерім', email, password: 'the old password', uiLocale }, asResponse: true });
  expect(res.status).toBe(200);
  return { email, headers: cookieOf(res) };
}

const mailsTo = (to: string, atLeast = 1) => mailsIn(mailDir, to, 'reset-password', atLeast);
const tokenIn = (text: string) => text.match(/https:\/\/jatta\.example\.kz\/(kk|ru|en)\/reset-password\?token=([\w-]+)/)?.[2];
const signIn = async (email: string, password: string) => (await auth.api.signInEmail({ body: { email, password }, asResponse: true })).status;

describe(`password reset by email (${testDb.store})`, () => {
  it('mails a link in the account\'s language that sets a new password once and ends every session', async () => {
    const a = await signUp('ru');
    expect(await requestPasswordReset(from('10.1.0.1'), { email: ` ${a.email.toUpperCase()} ` })).toEqual({ status: 'sent' });
    const [mail] = await mailsTo(a.email);
    expect(mail!.subject).toBe('Jatta: новый пароль');
    expect(mail!.text).toContain('Здравствуйте, Айгерім!');
    // APP_URL's origin, not the Host the request named
    expect(mail!.text).not.toContain('evil.example');
    const token = tokenIn(mail!.text)!;
    expect(mail!.text).toContain(`https://jatta.example.kz/ru/reset-password?token=${token}`);

    expect(await resetPassword({ token, newPassword: 'short' })).toEqual({ status: 'invalid', error: 'passwordTooShort' });
    expect(await resetPassword({ token, newPassword: '' })).toEqual({ status: 'invalid', error: 'passwordRequired' });
    expect(await resetPassword({ token, newPassword: 'the new password' })).toEqual({ status: 'changed' });
    expect((await auth.api.getSession({ headers: a.headers }))).toBeNull();
    expect(await signIn(a.email, 'the old password')).toBe(401);
    expect(await signIn(a.email, 'the new password')).toBe(200);
    // once only
    expect(await resetPassword({ token, newPassword: 'a third password' })).toEqual({ status: 'invalid-token' });
    expect(await resetPassword({ token: 'made-up-token', newPassword: 'a third password' })).toEqual({ status: 'invalid-token' });
    expect(await resetPassword({ newPassword: 'a third password' })).toEqual({ status: 'invalid-token' });
  });

  it('answers the same for an email without an account, and sends it nothing', async () => {
    const nobody = `nobody-${randomUUID().slice(0, 8)}@example.test`;
    expect(await requestPasswordReset(from('10.1.0.2'), { email: nobody })).toEqual({ status: 'sent' });
    expect(await mailsTo(nobody)).toEqual([]);
    expect(await requestPasswordReset(from('10.1.0.2'), { email: 'not an email' })).toEqual({ status: 'invalid', error: 'invalidEmail' });
    expect(await requestPasswordReset(from('10.1.0.2'), { email: '' })).toEqual({ status: 'invalid', error: 'emailRequired' });
  });

  it('refuses a link older than an hour', async () => {
    const a = await signUp('kk');
    await requestPasswordReset(from('10.1.0.3'), { email: a.email });
    const token = tokenIn((await mailsTo(a.email))[0]!.text)!;
    await db.verification.updateMany({ where: { identifier: `reset-password:${token}` }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resetPassword({ token, newPassword: 'the new password' })).toEqual({ status: 'invalid-token' });
    expect(await signIn(a.email, 'the old password')).toBe(200);
  });

  it('counts requests per email (whatever the address) and per address', async () => {
    const a = await signUp('en');
    for (let i = 0; i < RESET_REQUESTS_PER_EMAIL.max; i++) expect(await requestPasswordReset(from(`10.2.0.${i}`), { email: a.email })).toEqual({ status: 'sent' });
    expect(await requestPasswordReset(from('10.2.1.1'), { email: a.email })).toMatchObject({ status: 'rate-limited' });
    expect(await mailsTo(a.email, 3)).toHaveLength(RESET_REQUESTS_PER_EMAIL.max);
    const results = [];
    for (let i = 0; i < 11; i++) results.push((await requestPasswordReset(from('10.3.0.1'), { email: `x${i}-${randomUUID().slice(0, 6)}@example.test` })).status);
    expect(results.slice(0, 10).every((s) => s === 'sent')).toBe(true);
    expect(results[10]).toBe('rate-limited');
  });
});
