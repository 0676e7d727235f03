import { randomUUID } from 'node:crypto';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/test/test-database';

const testDb = await useTestDatabase();
const { db } = await import('../db');
const { auth } = await import('../auth/auth');
const { handleReviewSubmission, isReviewSubmission } = await import('./review-endpoint');

let server: http.Server;
let base: string;
let alice: string;
let bob: string;

/** A session cookie exactly as better-auth issues it to a browser. */
async function signUp(name: string): Promise<string> {
  const res = await auth.api.signUpEmail({
    body: { name, email: `${name}-${randomUUID().slice(0, 8)}@example.test`, password: 'correct horse battery' },
    asResponse: true,
  });
  expect(res.ok).toBe(true);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

function post(body: string, cookie?: string, path = '/api/reviews', headers: Record<string, string> = {}): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text && res.headers['content-type']?.includes('json') ? JSON.parse(text) : text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const review = (cardId: string, id = randomUUID()) =>
  JSON.stringify({ id, cardId, rating: 3, reviewedAt: new Date().toISOString(), durationMs: 1200 });

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (isReviewSubmission(req)) void handleReviewSubmission(req, res);
    else res.writeHead(418).end('next');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await db.deck.create({ data: { id: 'pub', title: 'pub', visibility: 'public' } });
  await db.deck.create({ data: { id: 'priv', title: 'priv', visibility: 'private' } });
  for (const deck of ['pub', 'priv']) {
    await db.note.create({ data: { id: `${deck}-n`, deckId: deck, kind: 'word', kk: 'ел', ru: 'страна', en: 'country' } });
    await db.card.create({ data: { id: `${deck}-c`, noteId: `${deck}-n`, deckId: deck, type: 'recognition' } });
  }
  alice = await signUp('alice');
  bob = await signUp('bob');
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  await db.$disconnect();
  await testDb.cleanup();
});

describe('isReviewSubmission', () => {
  it('takes POST /api/reviews, with or without a query, and nothing else', async () => {
    expect((await post(review('pub-c'), alice, '/api/reviews?from=test')).status).toBe(201);
    expect((await post('', alice, '/api/reviews/extra')).status).toBe(418);
    const get = await new Promise<number>((r) => http.get(`${base}/api/reviews`, (res) => (res.resume(), r(res.statusCode ?? 0))));
    expect(get).toBe(418);
  });
});

describe('POST /api/reviews before Next', () => {
  it('records a review with better-auth’s cookie and answers a retry with the same result', async () => {
    const body = review('pub-c');
    const first = await post(body, alice);
    expect(first.status).toBe(201);
    const again = await post(body, alice);
    expect(again.status).toBe(200);
    expect((again.json as { duplicate: boolean }).duplicate).toBe(true);
    expect((again.json as { review: unknown }).review).toEqual((first.json as { review: unknown }).review);
    expect(await db.reviewLog.count({ where: { id: JSON.parse(body).id } })).toBe(1);
  });

  it('refuses requests without a valid session with 401', async () => {
    expect((await post(review('pub-c'))).status).toBe(401);
    const forged = alice.replace(/better-auth\.session_token=([^.;]+)/, 'better-auth.session_token=someoneelse');
    expect((await post(review('pub-c'), forged)).status).toBe(401);
    expect((await post(review('pub-c'), 'better-auth.session_token=%E0%A4%A')).status).toBe(401);
    const res = await post(review('pub-c'));
    expect(res.json).toEqual({ error: { code: 'unauthenticated', message: 'Sign in to submit reviews.' } });
  });

  it('stops accepting a session as soon as it is signed out or expired', async () => {
    const carol = await signUp('carol');
    expect((await post(review('pub-c'), carol)).status).toBe(201);
    await auth.api.signOut({ headers: new Headers({ cookie: carol }) });
    expect((await post(review('pub-c'), carol)).status).toBe(401);

    const dave = await signUp('dave');
    expect((await post(review('pub-c'), dave)).status).toBe(201);
    const daveUser = await db.user.findFirstOrThrow({ where: { name: 'dave' } });
    await db.session.updateMany({ where: { userId: daveUser.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await post(review('pub-c'), dave)).status).toBe(401);
  });

  it('answers bad bodies with 400 or 413 and a JSON error', async () => {
    const notJson = await post('{oops', alice);
    expect(notJson.status).toBe(400);
    expect((notJson.json as { error: { code: string } }).error.code).toBe('invalid-json');
    const invalid = await post(JSON.stringify({ id: 'nope', cardId: 'pub-c', rating: 9 }), alice);
    expect(invalid.status).toBe(400);
    expect((invalid.json as { error: { code: string; details: { path: string }[] } }).error.details.map((d) => d.path)).toEqual(
      expect.arrayContaining(['id', 'rating', 'reviewedAt']),
    );
    const huge = await post(JSON.stringify({ pad: 'x'.repeat(20_000) }), alice);
    expect(huge.status).toBe(413);
    expect((huge.json as { error: { code: string } }).error.code).toBe('body-too-large');
  });

  it('refuses what another origin can make a browser send: no JSON type 415, foreign origin 403', async () => {
    const host = new URL(base).host;
    const plain = await post(review('pub-c'), alice, '/api/reviews', { 'content-type': 'text/plain' });
    expect(plain.status).toBe(415);
    expect((plain.json as { error: { code: string } }).error.code).toBe('unsupported-media-type');
    expect((await post(review('pub-c'), alice, '/api/reviews', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    const foreign = await post(review('pub-c'), alice, '/api/reviews', { origin: 'https://sub.example.test' });
    expect(foreign.status).toBe(403);
    expect((foreign.json as { error: { code: string } }).error.code).toBe('cross-origin');
    expect((await post(review('pub-c'), alice, '/api/reviews', { origin: 'null' })).status).toBe(403);
    expect((await post(review('pub-c'), alice, '/api/reviews', { 'sec-fetch-site': 'same-site', origin: `http://${host}` })).status).toBe(403);
    // The site's own pages: same origin, by either header.
    expect((await post(review('pub-c'), alice, '/api/reviews', { origin: `http://${host}` })).status).toBe(201);
    expect((await post(review('pub-c'), alice, '/api/reviews', { 'sec-fetch-site': 'same-origin', 'content-type': 'application/json; charset=utf-8' })).status).toBe(201);
  });

  it('refuses the same for taking a rating back: a forged undo is no more welcome than a forged rating', async () => {
    const id = randomUUID();
    expect((await post(JSON.stringify({ id, cardId: 'pub-c', rating: 3, reviewedAt: new Date().toISOString(), durationMs: 10 }), alice)).status).toBe(201);
    const undo = JSON.stringify({ id });
    const plain = await post(undo, alice, '/api/reviews/undo', { 'content-type': 'text/plain' });
    expect(plain.status).toBe(415);
    expect((plain.json as { error: { code: string } }).error.code).toBe('unsupported-media-type');
    const foreign = await post(undo, alice, '/api/reviews/undo', { origin: 'https://sub.example.test' });
    expect(foreign.status).toBe(403);
    expect((foreign.json as { error: { code: string } }).error.code).toBe('cross-origin');
    expect((await post(undo, alice, '/api/reviews/undo', { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    // The rating is still there: its own page takes it back.
    expect((await post(undo, alice, '/api/reviews/undo', { 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });

  it('refuses reviews dated long ago and stores an upper-cased copy of an id as the same review', async () => {
    for (const reviewedAt of ['0000-01-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z', new Date(Date.now() - 31 * 86_400_000).toISOString()]) {
      const old = await post(JSON.stringify({ id: randomUUID(), cardId: 'pub-c', rating: 3, reviewedAt, durationMs: 10 }), alice);
      expect(old.status, reviewedAt).toBe(400);
    }
    const id = randomUUID();
    const body = (i: string) => JSON.stringify({ id: i, cardId: 'pub-c', rating: 3, reviewedAt: new Date().toISOString(), durationMs: 10 });
    expect((await post(body(id), alice)).status).toBe(201);
    const upper = await post(body(id.toUpperCase()), alice);
    expect(upper.status).toBe(200);
    expect((upper.json as { duplicate: boolean }).duplicate).toBe(true);
    expect(await db.reviewLog.count({ where: { id: { in: [id, id.toUpperCase()] } } })).toBe(1);
  });

  it('answers 404 for a card the learner may not study and 409 for another learner’s id', async () => {
    expect((await post(review('priv-c'), alice)).status).toBe(404);
    expect((await post(review('no-such-card'), alice)).status).toBe(404);
    const body = review('pub-c');
    expect((await post(body, alice)).status).toBe(201);
    expect((await post(body, bob)).status).toBe(409);
  });

  it('refuses a rating made for another learner without storing it (a shared browser after a change of user)', async () => {
    const bobUser = await db.user.findFirstOrThrow({ where: { name: 'bob' } });
    const aliceUser = await db.user.findFirstOrThrow({ where: { name: 'alice' } });
    const id = randomUUID();
    const made = (learnerId: string) => JSON.stringify({ ...JSON.parse(review('pub-c', id)), learnerId });
    const refused = await post(made(aliceUser.id), bob);
    expect(refused.status).toBe(401);
    expect(refused.json).toEqual({ error: { code: 'other-learner', message: 'This rating was made for another learner; sign in as them to send it.' } });
    expect(await db.reviewLog.count({ where: { id } })).toBe(0);
    // sent again once its learner is signed in, it is stored for them
    expect((await post(made(aliceUser.id), alice)).status).toBe(201);
    expect(await db.reviewLog.count({ where: { id, userId: aliceUser.id } })).toBe(1);
    expect((await post(made(bobUser.id), bob)).status).toBe(409);
  });

  it('stores each of many concurrent submissions once', async () => {
    const bodies = Array.from({ length: 40 }, () => review('pub-c'));
    const answers = await Promise.all([...bodies, ...bodies.slice(0, 10)].map((b) => post(b, bob)));
    expect(answers.every((a) => a.status === 200 || a.status === 201)).toBe(true);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(40);
    const ids = bodies.map((b) => JSON.parse(b).id as string);
    expect(await db.reviewLog.count({ where: { id: { in: ids } } })).toBe(40);
  });

  it('keeps answering after a client drops a request halfway through its body', async () => {
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write(`POST /api/reviews HTTP/1.1\r\nHost: x\r\nCookie: ${alice}\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"id":`);
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 50);
      });
    });
    expect((await post(review('pub-c'), alice)).status).toBe(201);
  });
});
