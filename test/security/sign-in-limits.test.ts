// Findings 1 and 2: sign-in and sign-up limits hold whatever X-Forwarded-For says, on the
// API and the form alike, across servers; they slow a guesser without locking out the owner.
//
// Server a trusts no proxy: every request to it comes from 127.0.0.1, whatever the headers
// claim. Server b trusts 127.0.0.1 as a proxy, so X-Forwarded-For picks the client there.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { callAction, FORM, newAddress, postJson, servers, signIn, signUp } from './helpers';

const wrong = () => `wrong-${randomUUID()}`;

describe('finding 1: X-Forwarded-For from a client means nothing', () => {
  it('wrong passwords with a new header value each are still one client’s, and get 429', async () => {
    const victim = await signUp({ prefix: 'victim1' });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await signIn(servers.a, victim.email, wrong(), { 'x-forwarded-for': newAddress() })).status);
    // Five at once, then the account waits for this client: 429 from the sixth.
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
    const refused = await signIn(servers.a, victim.email, victim.password, { 'x-forwarded-for': newAddress() });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('the same header does not lift the sign-up limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) {
      const name = `spam-${randomUUID().slice(0, 8)}`;
      statuses.push((await postJson(servers.a, '/api/auth/sign-up/email', { name, email: `${name}@example.test`, password: 'a-long-enough-password' }, { 'x-forwarded-for': newAddress() })).status);
    }
    // 30 sign-ups per client address and window: other files' sign-ups from 127.0.0.1 may have
    // used some of them already, so the refusals may start earlier, but once they start, every
    // later attempt is refused, whatever address the header claims.
    const firstRefused = statuses.indexOf(429);
    expect(firstRefused).toBeGreaterThan(0);
    expect(firstRefused).toBeLessThanOrEqual(30);
    expect(statuses.slice(0, firstRefused).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(firstRefused).every((s) => s === 429)).toBe(true);
  });

  it('through a configured proxy, X-Forwarded-For names the client', async () => {
    const victim = await signUp({ prefix: 'victim1b' });
    const attacker = newAddress();
    for (let i = 0; i < 5; i++) expect((await signIn(servers.b, victim.email, wrong(), { 'x-forwarded-for': attacker })).status).toBe(401);
    expect((await signIn(servers.b, victim.email, wrong(), { 'x-forwarded-for': attacker })).status).toBe(429);
    // Another client behind the same proxy is another client.
    expect((await signIn(servers.b, victim.email, victim.password, { 'x-forwarded-for': newAddress() })).status).toBe(200);
  });
});

describe('finding 2: nobody can lock a known user out', () => {
  it('the owner signs in from elsewhere at once, by the API and by the form, while the attacker waits', async () => {
    const victim = await signUp({ prefix: 'victim2' });
    const attacker = newAddress();
    const answers: number[] = [];
    for (let i = 0; i < 15; i++) answers.push((await signIn(servers.b, victim.email, wrong(), { 'x-forwarded-for': attacker })).status);
    expect(answers.filter((s) => s === 401)).toHaveLength(5);
    expect(answers.filter((s) => s === 429)).toHaveLength(10);

    expect((await signIn(servers.b, victim.email, victim.password, { 'x-forwarded-for': newAddress() })).status).toBe(200);
    const form = await callAction(servers.b, '/en/sign-in', 'signInAction', [{}, FORM], { locale: 'en', email: victim.email, password: victim.password, next: '/decks' }, { 'x-forwarded-for': newAddress() });
    expect(form.status).toBe(200);
    expect(form.headers['x-action-redirect']).toMatch(/\/en\/decks/);
    // The form path counts into the same counters: the attacker's form attempts are refused too.
    const attackerForm = await callAction(servers.b, '/en/sign-in', 'signInAction', [{}, FORM], { locale: 'en', email: victim.email, password: victim.password, next: '/decks' }, { 'x-forwarded-for': attacker });
    expect(attackerForm.text).toContain('tooManyAttempts');
  });

  it('spraying one password over many accounts from one address stops at 30', async () => {
    const sprayer = newAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 36; i++) statuses.push((await signIn(servers.b, `nobody-${randomUUID().slice(0, 8)}@example.test`, 'Password1!', { 'x-forwarded-for': sprayer })).status);
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(30).every((s) => s === 429)).toBe(true);
    // Other addresses are not affected.
    expect((await signIn(servers.b, `nobody-${randomUUID().slice(0, 8)}@example.test`, 'Password1!', { 'x-forwarded-for': newAddress() })).status).toBe(401);
  });

  it('the limits are shared by the servers', async () => {
    const victim = await signUp({ prefix: 'victim3' });
    // a sees 127.0.0.1 for every request; b, trusting 127.0.0.1 as a proxy, can be told so.
    for (let i = 0; i < 3; i++) expect((await signIn(servers.a, victim.email, wrong())).status).toBe(401);
    for (let i = 0; i < 2; i++) expect((await signIn(servers.b, victim.email, wrong(), { 'x-forwarded-for': '127.0.0.1' })).status).toBe(401);
    expect((await signIn(servers.a, victim.email, wrong())).status).toBe(429);
    expect((await signIn(servers.b, victim.email, wrong(), { 'x-forwarded-for': '127.0.0.1' })).status).toBe(429);
  });

  it('spraying behind a shared address (a school NAT) does not lock out a browser that signed in before', async () => {
    const school = newAddress();
    const victim = await signUp({ prefix: 'victim4' });
    const first = await signIn(servers.b, victim.email, victim.password, { 'x-forwarded-for': school });
    expect(first.status).toBe(200);
    const device = deviceCookie(first.cookies);
    expect(device).toMatch(/^jatta\.known-device=[\w-]{16}\.[\w-]{27}$/);
    // The form hands the cookie out too (through nextCookies).
    const other = await signUp({ prefix: 'victim4b' });
    const form = await callAction(servers.b, '/en/sign-in', 'signInAction', [{}, FORM], { locale: 'en', email: other.email, password: other.password, next: '/decks' }, { 'x-forwarded-for': school, cookie: device });
    const both = deviceCookie(form.cookies);
    expect(both).toMatch(/^jatta\.known-device=[\w.-]+~[\w.-]+$/);

    for (let i = 0; i < 31; i++) await signIn(servers.b, `nobody-${randomUUID().slice(0, 8)}@example.test`, 'Password1!', { 'x-forwarded-for': school });
    // A new browser behind that address waits, even with the right password (what is left open).
    expect((await signIn(servers.b, victim.email, victim.password, { 'x-forwarded-for': school })).status).toBe(429);
    // Known browsers get in, by the API and by the form, for each account they remember.
    expect((await signIn(servers.b, victim.email, victim.password, { 'x-forwarded-for': school, cookie: both })).status).toBe(200);
    const again = await callAction(servers.b, '/en/sign-in', 'signInAction', [{}, FORM], { locale: 'en', email: other.email, password: other.password, next: '/decks' }, { 'x-forwarded-for': school, cookie: both });
    expect(again.headers['x-action-redirect']).toMatch(/\/en\/decks/);
    // The token is worth nothing for another account, and a forged one nothing at all.
    const third = await signUp({ prefix: 'victim4c' });
    expect((await signIn(servers.b, third.email, third.password, { 'x-forwarded-for': school, cookie: both })).status).toBe(429);
    const forged = `jatta.known-device=${'A'.repeat(16)}.${'B'.repeat(27)}`;
    expect((await signIn(servers.b, victim.email, victim.password, { 'x-forwarded-for': school, cookie: forged })).status).toBe(429);
    // A stolen token still gets only the per-account delays: five failures, then it waits.
    const guesses: number[] = [];
    for (let i = 0; i < 7; i++) guesses.push((await signIn(servers.b, victim.email, wrong(), { 'x-forwarded-for': school, cookie: device })).status);
    expect(guesses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });
});

describe('a new browser behind a sprayed address is told why it waits', () => {
  it('the API says the network is the cause, the form says so in words, and a server without mail offers no link', async () => {
    const school = newAddress();
    const victim = await signUp({ prefix: 'victim5' });
    for (let i = 0; i < 31; i++) await signIn(servers.b, `nobody-${randomUUID().slice(0, 8)}@example.test`, 'Password1!', { 'x-forwarded-for': school });
    const api = await signIn(servers.b, victim.email, victim.password, { 'x-forwarded-for': school });
    expect(api.status).toBe(429);
    expect(api.text).toContain('TOO_MANY_FROM_ADDRESS');
    const form = await callAction(servers.b, '/kk/sign-in', 'signInAction', [{}, FORM], { locale: 'kk', email: victim.email, password: victim.password, next: '/decks' }, { 'x-forwarded-for': school });
    expect(form.text).toContain('networkLocked');
    // These servers cannot send mail: the link is not offered, and asking for one is refused.
    const asked = await callAction(servers.b, '/kk/sign-in', 'requestTrustLinkAction', [{}, FORM], { email: victim.email }, { 'x-forwarded-for': school });
    expect(asked.text).toContain('unavailable');
  });
});

function deviceCookie(setCookies: string[]): string {
  return setCookies.find((c) => c.startsWith('jatta.known-device='))?.split(';')[0] ?? '';
}
