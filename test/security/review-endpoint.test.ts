// Findings 6 and 12: POST /api/reviews takes JSON from the site's own pages only, refuses
// reviews dated in the distant past, stores an upper-cased copy of an id once, and slow
// clients cannot hold a connection open.
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, send, servers, signUp, type Account } from './helpers';

let learner: Account;
let cardId: string;
const host = new URL(servers.a).host;

beforeAll(async () => {
  learner = await signUp();
  cardId = (db().prepare(`SELECT c.id FROM Card c JOIN Deck d ON d.id = c.deckId WHERE d.visibility = 'public' AND c.deletedAt IS NULL LIMIT 1`).get() as { id: string }).id;
});

const review = (over: Record<string, unknown> = {}) => JSON.stringify({ id: randomUUID(), cardId, rating: 3, reviewedAt: new Date().toISOString(), durationMs: 900, ...over });
const post = (body: string, headers: Record<string, string>) => send(servers.a, '/api/reviews', { method: 'POST', headers: { cookie: learner.cookie, ...headers }, body });
const storedReviews = (ids: string[]) => (db().prepare(`SELECT count(*) AS n FROM ReviewLog WHERE id IN (${ids.map(() => '?').join(',')})`).get(...ids) as { n: number }).n;

describe('finding 6: cross-site submissions', () => {
  it('refuses a text/plain form from another origin of the same site, and any foreign origin', async () => {
    const body = review();
    // What <form enctype="text/plain"> auto-submitted from https://evil.example.test sends.
    const form = await post(body, { 'content-type': 'text/plain', origin: 'http://blog.example.test', 'sec-fetch-site': 'same-site' });
    expect(form.status).toBe(415);
    expect((await post(body, { 'content-type': 'application/json', origin: 'http://blog.example.test' })).status).toBe(403);
    expect((await post(body, { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await post(body, { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect(storedReviews([JSON.parse(body).id])).toBe(0);
    // The study page's own request still works.
    expect((await post(body, { 'content-type': 'application/json', origin: `http://${host}`, 'sec-fetch-site': 'same-origin' })).status).toBe(201);
  });
});

describe('finding 12: smaller ones', () => {
  it('refuses reviews dated in year 0000, in 1970 or weeks ago', async () => {
    for (const reviewedAt of ['0000-01-01T00:00:00Z', '1970-01-01T00:00:00Z', new Date(Date.now() - 40 * 86_400_000).toISOString()]) {
      const res = await post(review({ reviewedAt }), { 'content-type': 'application/json' });
      expect(res.status, reviewedAt).toBe(400);
    }
  });

  it('stores an upper-cased copy of a review id once', async () => {
    const id = randomUUID();
    expect((await post(review({ id }), { 'content-type': 'application/json' })).status).toBe(201);
    const copy = await post(review({ id: id.toUpperCase() }), { 'content-type': 'application/json' });
    expect(copy.status).toBe(200);
    expect(copy.json<{ duplicate: boolean }>().duplicate).toBe(true);
    expect(storedReviews([id, id.toUpperCase()])).toBe(1);
  });

  /** Seconds until the server closes a connection that sends `start` and then a byte a second. */
  function heldFor(start: string): Promise<number> {
    return new Promise((resolve) => {
      const began = Date.now();
      const socket = net.connect(Number(new URL(servers.a).port), '127.0.0.1', () => socket.write(start));
      const drip = setInterval(() => socket.write('x'), 1_000);
      socket.on('data', () => undefined);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        clearInterval(drip);
        resolve((Date.now() - began) / 1000);
      });
      setTimeout(() => socket.destroy(), 30_000);
    });
  }

  it('cuts off clients that send headers or a body slowly (request timeout)', async () => {
    const limit = servers.requestTimeoutMs / 1000;
    const [slowBody, slowHeaders] = await Promise.all([
      heldFor(`POST /api/reviews HTTP/1.1\r\nHost: ${host}\r\nCookie: ${learner.cookie}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{`),
      heldFor(`GET /en HTTP/1.1\r\nHost: ${host}\r\nX-Slow: `),
    ]);
    // Timeouts are checked every second.
    expect(slowBody).toBeGreaterThanOrEqual(limit - 0.5);
    expect(slowBody).toBeLessThan(limit + 3);
    expect(slowHeaders).toBeLessThan(limit + 3);
  });
});

describe('audit F7: one learner cannot pour ratings in', () => {
  it('a burst of 600 goes through (an offline queue coming back), then 429 with Retry-After, and nothing refused is stored', async () => {
    const flooder = await signUp({ prefix: 'flood' });
    const started = Date.now();
    const ids: string[] = [];
    const statuses: number[] = [];
    let retryAfter = '';
    for (let i = 0; i < 700; i++) {
      const body = review();
      ids.push(JSON.parse(body).id);
      const res = await send(servers.a, '/api/reviews', { method: 'POST', headers: { cookie: flooder.cookie, 'content-type': 'application/json' }, body });
      statuses.push(res.status);
      if (res.status === 429) {
        retryAfter = String(res.headers['retry-after']);
        expect(res.json<{ error: { code: string } }>().error.code).toBe('rate-limited');
      }
    }
    const seconds = (Date.now() - started) / 1000;
    const accepted = statuses.filter((s) => s === 200 || s === 201).length;
    expect(statuses.slice(0, 600).every((s) => s === 201 || s === 200)).toBe(true);
    // What refilled while the loop ran (5 a second) is all that got through after the burst.
    expect(accepted).toBeLessThanOrEqual(600 + Math.ceil(seconds * 5) + 1);
    expect(statuses.filter((s) => s === 429).length).toBe(700 - accepted);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect(storedReviews(ids)).toBe(accepted);
    // Another learner is not held back by it.
    expect((await post(review(), { 'content-type': 'application/json' })).status).toBe(201);
  });
});
