// Finding 4: better-auth's own endpoints take only what our forms and Settings would.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { callAction, db, FORM, newAddress, postJson, sendStart, servers, signUp } from './helpers';

const userRow = (id: string) => db().prepare('SELECT role, timeZone, name FROM user WHERE id = ?').get(id) as { role: string; timeZone: string; name: string };

it('finding 4: update-user and friends are not served; sign-up fields are validated as Settings does', async () => {
  const user = await signUp({ prefix: 'fields' });
  for (const path of ['/api/auth/update-user', '/api/auth/change-email', '/api/auth/change-password', '/api/auth/delete-user']) {
    const res = await postJson(servers.a, path, { role: 'admin', timeZone: 'Mars/Olympus', name: 'x', newEmail: 'e@example.test' }, { cookie: user.cookie, origin: servers.a });
    expect(res.status, path).toBe(404);
  }
  expect(userRow(user.id)).toEqual({ role: 'learner', timeZone: 'Asia/Almaty', name: user.name });

  const signUpWith = (over: Record<string, unknown>) => {
    const name = `f-${randomUUID().slice(0, 8)}`;
    return postJson(servers.b, '/api/auth/sign-up/email', { name, email: `${name}@example.test`, password: 'long enough password', ...over }, { 'x-forwarded-for': newAddress() });
  };
  expect((await signUpWith({ role: 'admin' })).status).toBe(400);
  expect((await signUpWith({ timeZone: 'Mars/Olympus' })).status).toBe(400);
  expect((await signUpWith({ name: 'x'.repeat(101) })).status).toBe(400);
  expect((await signUpWith({ emailVerified: true })).status).toBe(400);
  // A name of ten million characters is not even read: the declared length is refused before
  // the body (only its start is sent, so the refusal cannot race a client still writing: EPIPE).
  const hugeBody = JSON.stringify({ name: 'x'.repeat(10_000_000), email: 'huge@example.test', password: 'long enough password' });
  const huge = await sendStart(servers.b, '/api/auth/sign-up/email', { 'content-type': 'application/json', 'x-forwarded-for': newAddress() },
    Buffer.byteLength(hugeBody), Buffer.from(hugeBody.slice(0, 65_536)));
  expect(huge.status).toBe(413);
  expect(db().prepare(`SELECT count(*) AS n FROM user WHERE length(name) > 100`).get()).toEqual({ n: 0 });
  expect((await signUpWith({ name: 'x'.repeat(100), timeZone: 'Asia/Aqtobe', role: 'teacher' })).status).toBe(200);
});

it('audit F6: names and class names that hide characters are refused; the name is stored cleaned', async () => {
  const signUpNamed = (name: string) => {
    const email = `n-${randomUUID().slice(0, 8)}@example.test`;
    return postJson(servers.b, '/api/auth/sign-up/email', { name, email, password: 'long enough password' }, { 'x-forwarded-for': newAddress() });
  };
  for (const name of ['\u202etnedutS', '\u200b\u200b', '\u0000nul', 'Stu\u200bdent', 'a\nb']) {
    expect((await signUpNamed(name)).status, JSON.stringify(name)).toBe(400);
  }
  expect(db().prepare(`SELECT count(*) AS n FROM user WHERE name LIKE '%' || char(8238) || '%' OR name LIKE '%' || char(8203) || '%'`).get()).toEqual({ n: 0 });
  const spaced = await signUpNamed('  Jose\u0301   Lopez ');
  expect(spaced.status).toBe(200);
  expect(userRow(spaced.json<{ user: { id: string } }>().user.id).name).toBe('José Lopez');

  // The form says why, in the user's language.
  const form = await callAction(servers.b, '/ru/sign-up', 'signUpAction', [{}, FORM], { locale: 'ru', name: '\u202etnedutS', email: `f-${randomUUID().slice(0, 8)}@example.test`, password: 'long enough password' }, { 'x-forwarded-for': newAddress() });
  expect(form.text).toContain('nameInvisible');

  const teacher = await signUp({ role: 'teacher', prefix: 'f6t' });
  const made = await callAction(servers.a, '/en/teach', 'createClassAction', [{}, FORM], { name: '\u200b\u200b' }, { cookie: teacher.cookie });
  expect(made.text).toContain('hidden-characters');
  expect(db().prepare('SELECT count(*) AS n FROM class WHERE teacherId = ?').get(teacher.id)).toEqual({ n: 0 });
});
