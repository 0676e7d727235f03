// Confirming the address, on the store of this pass: the sign-up mails a link in the account's
// language to APP_URL; its page confirms the address, from any browser; a made-up, cut or
// day-old link does not; Settings' "send again" needs a session, says when it is confirmed
// already, and is counted per email.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { useTestDatabase } from '@/test/test-database';
import { linkIn, mailsTo as mailsIn } from '@/test/mail-folder';

const mailDir = mkdtempSync(path.join(tmpdir(), 'jatta-mail-'));
process.env.MAIL_URL = `file:${mailDir}`;
process.env.APP_URL = 'https://jatta.example.kz';
const testDb = await useTestDatabase();
const { db } = await import('../db');
const { auth } = await import('../auth/auth');
const { verifyEmail, resendVerification } = await import('./email-verification');
const { getAccountOverview } = await import('./get-account-overview');
const { MAIL_REQUESTS_PER_EMAIL } = await import('../mail/mail-request-limits');

afterAll(async () => {
  await testDb.cleanup();
  rmSync(mailDir, { recursive: true, force: true });
});
afterEach(() => vi.useRealTimers());

const mailsTo = (to: string, atLeast = 1) => mailsIn(mailDir, to, 'verify-email', atLeast);
const cookieOf = (res: Response) => new Headers({ cookie: res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; '), 'x-forwarded-for': '10.9.0.1' });
const tokenOf = async (email: string, nth = 0) => linkIn((await mailsTo(email, nth + 1))[nth]!, 'verify-email').searchParams.get('token')!;
const verified = async (email: string) => (await db.user.findUnique({ where: { email }, select: { emailVerified: true } }))?.emailVerified;

async function signUp(uiLocale = 'kk') {
  const email = `v-${randomUUID().slice(0, 8)}@example.test`;
  const res = await auth.api.signUpEmail({ body: { name: 'Дана', email, password: 'a long enough password', uiLocale }, asResponse: true, headers: new Headers({ host: 'evil.example' }) });
  expect(res.status).toBe(200);
  return { email, headers: cookieOf(res) };
}

describe(`confirming the address (${testDb.store})`, () => {
  it('mails a link at sign-up, in the account\'s language, that confirms the address from any browser', async () => {
    const a = await signUp('kk');
    const [mail] = await mailsTo(a.email);
    expect(mail!.subject).toBe('Jatta: электрондық поштаңызды растаңыз');
    expect(mail!.text).toContain('Сәлеметсіз бе, Дана!');
    expect(linkIn(mail!, 'verify-email').origin).toBe('https://jatta.example.kz');
    expect(mail!.text).not.toContain('evil.example');
    expect(await verified(a.email)).toBe(false);
    expect((await getAccountOverview((await db.user.findUniqueOrThrow({ where: { email: a.email } })).id))).toMatchObject({ emailVerified: false, canConfirmEmail: true });

    // Signing in does not wait for it.
    expect((await auth.api.signInEmail({ body: { email: a.email, password: 'a long enough password' }, asResponse: true })).status).toBe(200);

    const token = linkIn(mail!, 'verify-email').searchParams.get('token')!;
    expect(await verifyEmail({ token })).toEqual({ status: 'verified', email: a.email });
    expect(await verified(a.email)).toBe(true);
    // Opening it again still says so.
    expect(await verifyEmail({ token })).toEqual({ status: 'verified', email: a.email });
  });

  it('refuses a made-up, cut or missing link, and one older than a day', async () => {
    const a = await signUp('ru');
    const token = await tokenOf(a.email);
    expect(await verifyEmail({ token: 'made-up' })).toEqual({ status: 'invalid-token' });
    expect(await verifyEmail({ token: token.slice(0, -3) })).toEqual({ status: 'invalid-token' });
    expect(await verifyEmail({})).toEqual({ status: 'invalid-token' });
    expect(await verifyEmail({ token: 'x'.repeat(3000) })).toEqual({ status: 'invalid-token' });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 24 * 3_600_000 + 60_000);
    expect(await verifyEmail({ token })).toEqual({ status: 'invalid-token' });
    vi.useRealTimers();
    expect(await verified(a.email)).toBe(false);
    // A token of another account's address confirms only that one.
    const b = await signUp('en');
    expect(await verifyEmail({ token: await tokenOf(b.email) })).toMatchObject({ status: 'verified', email: b.email });
    expect(await verified(a.email)).toBe(false);
  });

  it('sends the link again from Settings: signed in only, not once confirmed, counted per email', async () => {
    const a = await signUp('en');
    expect(await resendVerification(new Headers())).toEqual({ status: 'signed-out' });
    expect(await resendVerification(a.headers)).toEqual({ status: 'sent' });
    const [, again] = await mailsTo(a.email, 2);
    expect(again!.subject).toBe('Jatta: confirm your email address');
    for (let i = 1; i < MAIL_REQUESTS_PER_EMAIL.max; i++) expect(await resendVerification(a.headers)).toEqual({ status: 'sent' });
    expect(await resendVerification(a.headers)).toMatchObject({ status: 'rate-limited' });
    expect(await verifyEmail({ token: await tokenOf(a.email, 1) })).toMatchObject({ status: 'verified' });
    expect(await resendVerification(a.headers)).toEqual({ status: 'already' });
  });
});
