// Finding F3 (docs/decisions/030): Settings → Account on real production servers. A changed
// password ends a copied session on both servers while the browser that changed it gets a fresh
// one; wrong current passwords are limited per account, from any address; the account actions
// refuse calls from another origin; deleting an account ends its sessions everywhere; none of it
// ever answers 500 or leaks internals.
import { expect, it } from 'vitest';
import { callAction, cookieHeader, FORM, leaksInternals, newAddress, send, servers, signIn, signUp } from './helpers';

const signedIn = async (base: string, cookie: string) => (await send(base, '/en/decks', { headers: { cookie } })).status === 200;

it('F3: a changed password ends the other sessions on every server, and the browser that changed it stays in', async () => {
  const user = await signUp({ prefix: 'pwchange' });
  const copy = cookieHeader((await signIn(servers.b, user.email, user.password, { 'x-forwarded-for': newAddress() })).cookies);
  expect(await signedIn(servers.a, copy)).toBe(true);

  const changed = await callAction(servers.a, '/en/settings', 'changePasswordAction', [{}, FORM], { currentPassword: user.password, newPassword: 'a new password for F3' }, { cookie: user.cookie });
  expect(changed.status).toBe(200);
  expect(changed.text).toContain('"changed"');
  const fresh = cookieHeader(changed.cookies);
  expect(fresh).not.toBe('');
  for (const base of [servers.a, servers.b]) {
    expect(await signedIn(base, copy), base).toBe(false);
    expect(await signedIn(base, user.cookie), base).toBe(false);
    expect(await signedIn(base, fresh), base).toBe(true);
  }
  expect((await signIn(servers.a, user.email, user.password, { 'x-forwarded-for': newAddress() })).status).toBe(401);
  expect((await signIn(servers.a, user.email, 'a new password for F3', { 'x-forwarded-for': newAddress() })).status).toBe(200);
});

it('F3: wrong current passwords are limited per account, whatever address the session comes from', async () => {
  const user = await signUp({ prefix: 'pwguess' });
  const answers: string[] = [];
  for (let i = 0; i < 7; i++) {
    const base = i % 2 ? servers.a : servers.b;
    const a = await callAction(base, '/en/settings', 'changePasswordAction', [{}, FORM], { currentPassword: `guess ${i}`, newPassword: 'long enough password' }, { cookie: user.cookie, 'x-forwarded-for': newAddress() });
    expect(a.status).toBe(200);
    expect(leaksInternals(a.text)).toBe(false);
    answers.push(a.text.includes('tooManyAttempts') ? 'wait' : a.text.includes('wrongPassword') ? 'wrong' : a.text);
  }
  expect(answers).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'wrong', 'wait', 'wait']);
  // the account deletion asks for the same password and is held by the same counter
  const del = await callAction(servers.a, '/en/settings', 'deleteAccountAction', [{}, FORM], { password: user.password, confirm: 'on', locale: 'en' }, { cookie: user.cookie });
  expect(del.text).toContain('tooManyAttempts');
  expect(await signedIn(servers.a, user.cookie)).toBe(true);
});

it('F3: the account actions refuse another origin, and a deletion ends the account on every server', async () => {
  const user = await signUp({ prefix: 'delete' });
  const copy = cookieHeader((await signIn(servers.a, user.email, user.password, { 'x-forwarded-for': newAddress() })).cookies);
  const form = { password: user.password, confirm: 'on', locale: 'en' };
  for (const name of ['deleteAccountAction', 'endOtherSessionsAction', 'changePasswordAction']) {
    const forged = await callAction(servers.a, '/en/settings', name, [{}, FORM], { ...form, currentPassword: user.password, newPassword: 'stolen password 1' }, { cookie: user.cookie, origin: 'https://evil.example' });
    expect(forged.status, name).toBe(403);
  }
  expect(await signedIn(servers.b, copy)).toBe(true);

  const deleted = await callAction(servers.a, '/en/settings', 'deleteAccountAction', [{}, FORM], form, { cookie: user.cookie });
  expect(deleted.status).toBe(200);
  expect(deleted.headers['x-action-redirect']).toMatch(/^\/en[;?]/);
  for (const base of [servers.a, servers.b]) {
    expect(await signedIn(base, copy), base).toBe(false);
    expect(await signedIn(base, user.cookie), base).toBe(false);
  }
  expect((await signIn(servers.b, user.email, user.password, { 'x-forwarded-for': newAddress() })).status).toBe(401);
});
