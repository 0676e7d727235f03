// better-auth's own endpoints take only what our forms and Settings would (issue 13 finding 4).
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/test/test-database';

const testDb = await useTestDatabase();
const { db } = await import('../db');
const { auth } = await import('./auth');

afterAll(async () => {
  await testDb.cleanup();
});

const body = (over: Record<string, unknown> = {}) => ({ name: 'Асель', email: `a-${randomUUID().slice(0, 8)}@example.test`, password: 'correct horse battery', ...over });
const status = (p: Promise<unknown>) => p.then(() => 200, (e: { statusCode?: number }) => e.statusCode ?? 500);

describe('sign-up through better-auth', () => {
  it('refuses names over 100 characters, roles and time zones Settings would refuse, and unknown fields', async () => {
    expect(await status(auth.api.signUpEmail({ body: body({ name: 'x'.repeat(101) }) }))).toBe(400);
    expect(await status(auth.api.signUpEmail({ body: body({ name: '   ' }) }))).toBe(400);
    expect(await status(auth.api.signUpEmail({ body: body({ role: 'admin' }) }))).toBe(400);
    expect(await status(auth.api.signUpEmail({ body: body({ timeZone: 'Mars/Olympus' }) }))).toBe(400);
    expect(await status(auth.api.signUpEmail({ body: body({ uiLocale: 'de' }) }))).toBe(400);
    expect(await status(auth.api.signUpEmail({ body: body({ emailVerified: true }) as never }))).toBe(400);
    expect(await status(auth.api.signUpEmail({ body: body({ image: 'x'.repeat(100_000) }) as never }))).toBe(400);
    expect(await db.user.count()).toBe(0);
  });

  it('takes what the form sends', async () => {
    const b = body({ name: 'x'.repeat(100), role: 'teacher', uiLocale: 'ru', timeZone: 'Asia/Aqtobe' });
    expect(await status(auth.api.signUpEmail({ body: b }))).toBe(200);
    expect(await db.user.findUniqueOrThrow({ where: { email: b.email }, select: { role: true, timeZone: true, uiLocale: true } })).toEqual({ role: 'teacher', timeZone: 'Asia/Aqtobe', uiLocale: 'ru' });
  });

  it('never changes a role or takes an invalid time zone through better-auth’s update', async () => {
    const b = body();
    const res = await auth.api.signUpEmail({ body: b, asResponse: true });
    const headers = new Headers({ cookie: res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') });
    expect(await status(auth.api.updateUser({ body: { role: 'admin' } as never, headers }))).toBe(400);
    expect(await status(auth.api.updateUser({ body: { timeZone: 'Nowhere/Else' } as never, headers }))).toBe(400);
    expect(await status(auth.api.updateUser({ body: { name: 'y'.repeat(10_000) }, headers }))).toBe(400);
    expect(await db.user.findUniqueOrThrow({ where: { email: b.email }, select: { role: true, name: true } })).toEqual({ role: 'learner', name: 'Асель' });
  });
});
