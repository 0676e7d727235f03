import { randomUUID } from 'node:crypto';
import { test, expect, newUser, signUpViaApi, ESSAY_DECK_ID } from './fixtures';

test('POST /api/reviews: 401 without a session', async ({ request }) => {
  const res = await request.post('/api/reviews', { data: { id: randomUUID(), cardId: 'x', rating: 3, reviewedAt: new Date().toISOString(), durationMs: 1000 } });
  expect(res.status()).toBe(401);
});

test('POST /api/reviews: validation, 404, idempotent retries', async ({ page, learner }) => {
  void learner;
  const step = await (await page.request.get(`/api/study/${ESSAY_DECK_ID}`)).json();
  const cardId: string = step.card.cardId;

  const bad = await page.request.post('/api/reviews', { data: { id: 'not-a-uuid', cardId, rating: 7 } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.code).toBe('invalid-input');

  const notJson = await page.request.post('/api/reviews', { data: '{oops', headers: { 'content-type': 'application/json' } });
  expect(notJson.status()).toBe(400);

  const future = await page.request.post('/api/reviews', {
    data: { id: randomUUID(), cardId, rating: 3, reviewedAt: new Date(Date.now() + 3600_000).toISOString(), durationMs: 10 },
  });
  expect(future.status()).toBe(400);

  const missing = await page.request.post('/api/reviews', {
    data: { id: randomUUID(), cardId: 'no-such-card', rating: 3, reviewedAt: new Date().toISOString(), durationMs: 10 },
  });
  expect(missing.status()).toBe(404);

  const body = { id: randomUUID(), cardId, rating: 3, reviewedAt: new Date().toISOString(), durationMs: 2500 };
  const first = await page.request.post('/api/reviews', { data: body });
  expect(first.status()).toBe(201);
  const again = await page.request.post('/api/reviews', { data: body });
  expect(again.status()).toBe(200);
  const a = await first.json();
  const b = await again.json();
  expect(b.duplicate).toBe(true);
  expect(b.review).toEqual(a.review);

  // Another learner cannot reuse the id.
  const other = newUser();
  await page.context().clearCookies();
  await signUpViaApi(page, other);
  const conflict = await page.request.post('/api/reviews', { data: body });
  expect(conflict.status()).toBe(409);
});
