// Finding 7: sign-out and role changes take effect on the next request, on every server.
import { expect, it } from 'vitest';
import { callAction, cookieHeader, FORM, newAddress, send, servers, signIn, signUp } from './helpers';

it('finding 7: a copied cookie stops working at sign-out, on the other server too', async () => {
  const user = await signUp({ prefix: 'signout' });
  const login = await signIn(servers.b, user.email, user.password, { 'x-forwarded-for': newAddress() });
  const cookie = cookieHeader(login.cookies);
  expect((await send(servers.a, '/en/decks', { headers: { cookie } })).status).toBe(200);
  expect((await send(servers.b, '/en/decks', { headers: { cookie } })).status).toBe(200);

  const out = await send(servers.a, '/api/auth/sign-out', { method: 'POST', headers: { cookie, 'content-type': 'application/json', origin: servers.a }, body: '{}' });
  expect(out.status).toBe(200);
  for (const base of [servers.a, servers.b]) {
    const page = await send(base, '/en/decks', { headers: { cookie } });
    expect(page.status, base).toBe(307);
    expect(page.headers.location).toMatch(/\/en\/sign-in/);
    expect((await send(base, '/api/auth/get-session', { headers: { cookie } })).text).toBe('null');
  }
});

it('finding 7: a teacher switched to learner loses teacher pages at the next request, on every server', async () => {
  const teacher = await signUp({ role: 'teacher', prefix: 'demoted' });
  for (const base of [servers.a, servers.b]) expect((await send(base, '/en/teach', { headers: { cookie: teacher.cookie } })).status).toBe(200);

  const saved = await callAction(servers.a, '/en/settings', 'saveSettingsAction', [{}, FORM], {
    glossLanguage: 'auto', timeZone: 'Asia/Almaty', newCardsPerDay: '20', desiredRetentionPercent: '90', role: 'learner',
  }, { cookie: teacher.cookie });
  expect(saved.status).toBe(200);
  expect(saved.text).toContain('"saved"');
  for (const base of [servers.a, servers.b]) expect((await send(base, '/en/teach', { headers: { cookie: teacher.cookie } })).status, base).toBe(404);
});
