// Trusting a browser by an emailed link, on the store of this pass: the link comes by mail in the
// account's language and points at APP_URL; sending its page uses it up once and gives the
// browser a device token for that account (beside those it had), which then passes a sign-in
// the address's spent budget refuses; nothing for an address without an account; an hour only;
// requests counted per email and per address.
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
const { auth } = await import('./auth');
const { requestTrustLink, trustBrowser } = await import('./trusted-browser');
const { MAIL_REQUESTS_PER_EMAIL: TRUST_REQUESTS_PER_EMAIL, MAIL_REQUESTS_PER_ADDRESS: TRUST_REQUESTS_PER_ADDRESS } = await import('../mail/mail-request-limits');
const { deviceTokens, knownDeviceNonce, rememberDevice, KNOWN_DEVICE_COOKIE } = await import('./known-device');
const { startSignIn, finishSignIn, SIGN_IN_PER_ADDRESS } = await import('./sign-in-limits');
const { addressKey } = await import('../http/client-address');

afterAll(async () => {
  await testDb.cleanup();
  rmSync(mailDir, { recursive: true, force: true });
});

const from = (address: string) => new Headers({ 'x-forwarded-for': address, host: 'evil.example' });

async function signUp(uiLocale = 'kk') {
  const email = `t-${randomUUID().slice(0, 8)}@example.test`;
  const res = await auth.api.signUpEmail({ body: { name: 'Ержан', email, password: 'a long enough password', uiLocale }, asResponse: true });
  expect(res.status).toBe(200);
  return email;
}

const mailsTo = (to: string, atLeast = 1) => mailsIn(mailDir, to, 'trust-browser', atLeast);
const tokenIn = (text: string) => text.match(/https:\/\/jatta\.example\.kz\/(?:kk|ru|en)\/trust-browser\?token=([\w-]+)/)?.[1];
const cookieHeader = (value: string) => `other=1; ${KNOWN_DEVICE_COOKIE}=${value}`;

describe(`trusting a browser by an emailed link (${testDb.store})`, () => {
  it('mails a link that, sent once, lets this browser past a network whose failures are spent', async () => {
    const email = await signUp('kk');
    expect(await requestTrustLink(from('10.7.0.1'), { email: ` ${email.toUpperCase()} ` })).toEqual({ status: 'sent' });
    const [mail] = await mailsTo(email);
    expect(mail!.subject).toBe('Jatta: жаңа браузерден кіру');
    expect(mail!.text).toContain('Сәлеметсіз бе, Ержан!');
    expect(mail!.text).not.toContain('evil.example');
    const token = tokenIn(mail!.text)!;
    expect(token).toMatch(/^[\w-]{43}$/);
    // Only its hash is kept.
    expect(await db.verification.count({ where: { value: { contains: token } } })).toBe(0);
    expect(await db.verification.count({ where: { identifier: { contains: token } } })).toBe(0);

    // The browser already remembers another account: that token stays, after the new one.
    const before = rememberDevice([], 'someone-else@example.test');
    const trusted = await trustBrowser({ token }, cookieHeader(before));
    expect(trusted).toMatchObject({ status: 'trusted', email, cookie: { name: KNOWN_DEVICE_COOKIE, httpOnly: true, path: '/', sameSite: 'lax' } });
    if (trusted.status !== 'trusted') throw new Error('not trusted');
    const tokens = deviceTokens(`${KNOWN_DEVICE_COOKIE}=${trusted.cookie.value}`);
    expect(tokens).toHaveLength(2);
    expect(tokens[1]).toBe(before);
    expect(knownDeviceNonce(tokens, email)).not.toBeNull();
    expect(trusted.cookie.maxAge).toBeGreaterThan(300 * 24 * 3600);

    // Once only.
    expect(await trustBrowser({ token }, null)).toEqual({ status: 'invalid-token' });
    expect(await trustBrowser({ token: 'made-up-token' }, null)).toEqual({ status: 'invalid-token' });
    expect(await trustBrowser({}, null)).toEqual({ status: 'invalid-token' });
    expect(await trustBrowser({ token: 'x'.repeat(5000) }, null)).toEqual({ status: 'invalid-token' });

    // Someone behind the same address spends its budget on other accounts.
    const school = addressKey('10.7.9.9');
    for (let i = 0; i < SIGN_IN_PER_ADDRESS.max; i++) {
      const attempt = await startSignIn(`nobody-${i}-${randomUUID().slice(0, 6)}@example.test`, school);
      if ('retryAfterMs' in attempt) throw new Error('refused too early');
      await finishSignIn(attempt, 'wrong-credentials');
    }
    // A new browser is refused, and told it is the network's doing; the trusted one is not.
    expect(await startSignIn(email, school)).toMatchObject({ scope: 'address' });
    expect(await startSignIn(email, school, tokens)).toMatchObject({ address: null, email });
    // The token is for this account only.
    const other = await signUp('en');
    expect(await startSignIn(other, school, tokens)).toMatchObject({ scope: 'address' });
  });

  it('answers the same for an email without an account, and sends and stores nothing', async () => {
    const rows = await db.verification.count();
    const nobody = `nobody-${randomUUID().slice(0, 8)}@example.test`;
    expect(await requestTrustLink(from('10.7.0.2'), { email: nobody })).toEqual({ status: 'sent' });
    expect(await mailsTo(nobody)).toEqual([]);
    expect(await db.verification.count()).toBe(rows);
    expect(await requestTrustLink(from('10.7.0.2'), { email: 'not an email' })).toEqual({ status: 'invalid', error: 'invalidEmail' });
    expect(await requestTrustLink(from('10.7.0.2'), { email: '' })).toEqual({ status: 'invalid', error: 'emailRequired' });
    expect(await requestTrustLink(from('10.7.0.2'), 'nonsense')).toEqual({ status: 'invalid', error: 'invalidEmail' });
  });

  it('refuses a link older than an hour, and clears expired links', async () => {
    const email = await signUp('ru');
    const t0 = new Date();
    await requestTrustLink(from('10.7.0.3'), { email }, t0);
    const [mail] = await mailsTo(email);
    expect(mail!.subject).toBe('Jatta: вход из нового браузера');
    const token = tokenIn(mail!.text)!;
    expect(await trustBrowser({ token }, null, new Date(t0.getTime() + 60 * 60_000 + 1))).toEqual({ status: 'invalid-token' });
    // The next request sweeps expired links away.
    const expired = await db.verification.count({ where: { identifier: { startsWith: 'trusted-browser:' }, expiresAt: { lt: new Date(t0.getTime() + 60 * 60_000 + 1) } } });
    expect(expired).toBeGreaterThan(0);
    await requestTrustLink(from('10.7.0.4'), { email: `nobody-${randomUUID().slice(0, 6)}@example.test` }, new Date(t0.getTime() + 2 * 60 * 60_000));
    expect(await db.verification.count({ where: { identifier: { startsWith: 'trusted-browser:' }, expiresAt: { lt: new Date(t0.getTime() + 60 * 60_000 + 1) } } })).toBe(0);
  });

  it('trusts one browser of two that send the same link at once', async () => {
    const email = await signUp('en');
    await requestTrustLink(from('10.7.0.5'), { email });
    const token = tokenIn((await mailsTo(email))[0]!.text)!;
    const both = await Promise.all([trustBrowser({ token }, null), trustBrowser({ token }, null)]);
    expect(both.map((r) => r.status).sort()).toEqual(['invalid-token', 'trusted']);
  });

  it('counts requests per email (whatever the address) and per address', async () => {
    const email = await signUp('en');
    for (let i = 0; i < TRUST_REQUESTS_PER_EMAIL.max; i++) expect(await requestTrustLink(from(`10.8.0.${i}`), { email })).toEqual({ status: 'sent' });
    expect(await requestTrustLink(from('10.8.1.1'), { email })).toMatchObject({ status: 'rate-limited' });
    expect(await mailsTo(email, TRUST_REQUESTS_PER_EMAIL.max)).toHaveLength(TRUST_REQUESTS_PER_EMAIL.max);
    const results = [];
    for (let i = 0; i <= TRUST_REQUESTS_PER_ADDRESS.max; i++) results.push((await requestTrustLink(from('10.8.2.1'), { email: `x${i}-${randomUUID().slice(0, 6)}@example.test` })).status);
    expect(results.slice(0, TRUST_REQUESTS_PER_ADDRESS.max).every((s) => s === 'sent')).toBe(true);
    expect(results[TRUST_REQUESTS_PER_ADDRESS.max]).toBe('rate-limited');
  });
});
