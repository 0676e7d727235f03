// 5,000 malformed requests, from a seeded generator (FUZZ_SEED to replay a run): 2,000 to
// POST /api/reviews, 1,500 to the auth endpoints, 1,500 to the import actions (CSV import,
// text to draft, reanalysis, deck from draft). No answer may be a 5xx, and no body may show
// a stack trace, an internal path or a database error.
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { actionId, db, leaksInternals, send, servers, signUp, type Account, type Sent } from './helpers';

const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);

function prng(s: number) {
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(seed);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
const chance = (p: number) => random() < p;

const STRINGS = ['', ' ', 'x', '$', '$$', '$@1', '$K1', '$Q1', '$undefined', '$n99999999999', '$D2020', '__proto__', 'constructor', '../../etc/passwd', '<script>alert(1)</script>', "' OR 1=1 --", '=HYPERLINK("x")', 'мемлекеттердің', '😀'.repeat(50), '\u0000', '\ud800', 'a'.repeat(300), 'a'.repeat(20_000), '0000-01-01T00:00:00Z', '1970-01-01T00:00:00Z', '9999-12-31T23:59:59Z', 'NaN', '-1', '1e309', 'null', 'true'];
const NUMBERS = [0, -1, 1, 2, 3, 4, 5, 1.5, -0, 1e308, -1e308, 2 ** 53, Number.MAX_SAFE_INTEGER, 86_400_001, 0.1];

function value(depth = 0): unknown {
  switch (int(depth > 3 ? 4 : 7)) {
    case 0: return pick(STRINGS);
    case 1: return pick(NUMBERS);
    case 2: return pick([null, true, false]);
    case 3: return randomUUID().toUpperCase();
    case 4: return Array.from({ length: int(4) }, () => value(depth + 1));
    case 5: return Object.fromEntries(Array.from({ length: int(4) }, () => [pick(STRINGS).slice(0, 20) || 'k', value(depth + 1)]));
    default: return chance(0.5) ? [] : {};
  }
}

function garbage(): string | Buffer {
  switch (int(6)) {
    case 0: return Buffer.from(Array.from({ length: int(200) }, () => int(256)));
    case 1: return JSON.stringify(value()).slice(0, int(40));
    case 2: return '['.repeat(5_000) + ']'.repeat(int(2) * 5_000);
    case 3: return JSON.stringify(value());
    case 4: return '';
    default: return pick(STRINGS);
  }
}

function mutate(base: Record<string, unknown>): Record<string, unknown> {
  const o: Record<string, unknown> = { ...base };
  for (let i = 0, n = 1 + int(3); i < n; i++) {
    const key = pick(Object.keys(base));
    if (chance(0.3)) delete o[key];
    else if (chance(0.15)) o[pick(STRINGS).slice(0, 30) || 'extra'] = value();
    else o[key] = value();
  }
  return o;
}

const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'text/plain', 'text/plain;charset=UTF-8', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/octet-stream', 'application/json; charset=garbage', ''];
const headersWith = (h: Record<string, string | undefined>) => Object.fromEntries(Object.entries(h).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string>;

let learner: Account;
let teacher: Account;
let cardId: string;
let teacherPage: string;
let draftId: string;

beforeAll(async () => {
  learner = await signUp({ prefix: 'fuzz' });
  teacher = await signUp({ role: 'teacher', prefix: 'fuzzteacher' });
  cardId = (db().prepare(`SELECT c.id FROM Card c JOIN Deck d ON d.id = c.deckId WHERE d.visibility = 'public' LIMIT 1`).get() as { id: string }).id;
  const now = new Date().toISOString().replace('Z', '+00:00');
  const deckId = `t-fuzz-${teacher.id}`;
  db().prepare(`INSERT INTO Deck (id, ownerId, title, description, visibility, createdAt, updatedAt) VALUES (?, ?, 'Fuzz', '', 'private', ?, ?)`).run(deckId, teacher.id, now, now);
  draftId = randomUUID();
  db().prepare(`INSERT INTO DeckDraft (id, ownerId, title, text, state, createdAt, updatedAt) VALUES (?, ?, 'd', 'Біздің ауылда үлкен мектеп бар.', '{}', ?, ?)`).run(draftId, teacher.id, now, now);
  teacherPage = `/en/teach/decks/${deckId}`;
});

type Request = { base: string; path: string; form?: FormData } & Sent;

function reviewRequest(): Request {
  const valid = { id: randomUUID(), cardId, rating: 3, reviewedAt: new Date().toISOString(), durationMs: 1200 };
  const body = chance(0.75) ? JSON.stringify(mutate(valid)) : chance(0.1) ? JSON.stringify({ pad: 'x'.repeat(20_000) }) : garbage();
  return {
    base: servers.a,
    path: chance(0.95) ? '/api/reviews' : pick(['/api/reviews/', '/api/reviews?x=1', '/api/reviews/../reviews', '/api/review']),
    method: chance(0.9) ? 'POST' : pick(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']),
    headers: headersWith({
      'content-type': chance(0.8) ? 'application/json' : pick(CONTENT_TYPES),
      cookie: chance(0.8) ? learner.cookie : chance(0.5) ? learner.cookie.replace(/=[^.]+/, '=forged') : undefined,
      origin: chance(0.1) ? pick(['https://evil.example', 'null', servers.a, 'not a url']) : undefined,
      'sec-fetch-site': chance(0.05) ? pick(['cross-site', 'same-site', 'same-origin', 'none']) : undefined,
    }),
    body,
  };
}

function authRequest(): Request {
  const path = pick(['/api/auth/sign-in/email', '/api/auth/sign-in/email', '/api/auth/sign-up/email', '/api/auth/sign-up/email', '/api/auth/sign-out', '/api/auth/get-session', '/api/auth/update-user', '/api/auth/change-password', '/api/auth/sign-in/social', '/api/auth/' + pick(STRINGS).slice(0, 30)]);
  const valid = { name: 'Асель', email: `f-${randomUUID().slice(0, 8)}@example.test`, password: 'a long enough password', role: 'learner', timeZone: 'Asia/Almaty' };
  return {
    base: servers.b,
    path,
    method: chance(0.85) ? 'POST' : pick(['GET', 'PUT', 'DELETE']),
    headers: headersWith({
      'content-type': chance(0.8) ? 'application/json' : pick(CONTENT_TYPES),
      'x-forwarded-for': chance(0.9) ? `10.${int(250)}.${int(250)}.${1 + int(250)}` : pick(['garbage', '::1', '1.2.3.4, 5.6.7.8', '']),
      origin: chance(0.2) ? pick(['https://evil.example', 'null', servers.b]) : undefined,
      cookie: chance(0.3) ? learner.cookie : undefined,
    }),
    body: chance(0.8) ? JSON.stringify(mutate(valid)) : garbage(),
  };
}

const ACTIONS = ['importCsvAction', 'createDraftAction', 'draftViewAction', 'editDraftAction', 'createDeckFromDraftAction'] as const;

function csvGarbage(): string {
  const header = chance(0.7) ? 'kk,ru,en,pos,example_kk,example_ru,example_en' : pick(STRINGS).slice(0, 50);
  const rows = Array.from({ length: int(20) }, () => Array.from({ length: int(9) }, () => (chance(0.3) ? `"${pick(STRINGS).slice(0, 40)}` : pick(STRINGS).slice(0, 60))).join(','));
  return [header, ...rows].join(chance(0.5) ? '\n' : '\r\n');
}

function actionRequest(): Request {
  const name = pick(ACTIONS);
  const headers = headersWith({
    cookie: chance(0.9) ? teacher.cookie : undefined,
    'next-action': chance(0.9) ? actionId(name) : pick(['', 'zz', '7f'.repeat(21), '../x', actionId('signOutAction')]),
    accept: 'text/x-component',
    origin: chance(0.1) ? pick(['https://evil.example', 'null', servers.a]) : undefined,
  });
  const args = (): unknown[] => (chance(0.5)
    ? [pick([{}, null, '$undefined', value()]), pick(['$K1', '$K2', value()])]
    : Array.from({ length: int(6) }, () => (chance(0.3) ? pick([draftId, 'en', '$K1', '$@1']) : value())));
  if (chance(0.45)) {
    return { base: servers.a, path: teacherPage, method: 'POST', headers: { ...headers, 'content-type': chance(0.85) ? 'text/plain;charset=UTF-8' : pick(CONTENT_TYPES) }, body: chance(0.8) ? JSON.stringify(args()) : garbage() };
  }
  const form = new FormData();
  if (chance(0.9)) form.append('0', chance(0.8) ? JSON.stringify(args()) : String(garbage()));
  for (let i = 0, n = int(5); i < n; i++) {
    const key = pick(['_1_deckId', '_1_file', '_1_title', '_1_text', '_1_locale', '1', '_2_x', '$ACTION_ID_' + actionId(name), '$ACTION_REF_1', '$ACTION_1:0', 'file', pick(STRINGS).slice(0, 20)]);
    form.append(key, key.endsWith('file') ? new Blob([csvGarbage()]) : chance(0.5) ? csvGarbage().slice(0, 2_000) : String(value()));
  }
  const noScript = chance(0.2);
  return { base: servers.a, path: teacherPage, method: 'POST', headers: noScript ? { cookie: teacher.cookie } : headers, form };
}

async function sendRequest(r: Request) {
  if (r.form) {
    const encoded = new Request('http://x/', { method: 'POST', body: r.form });
    const body = Buffer.from(await encoded.arrayBuffer());
    return send(r.base, r.path, { ...r, headers: { ...r.headers, 'content-type': encoded.headers.get('content-type')!, 'content-length': String(body.length) }, body });
  }
  return send(r.base, r.path, r);
}

it(`fuzz: 5,000 malformed requests, no 5xx and nothing internal in any answer (FUZZ_SEED=${seed})`, { timeout: 600_000 }, async () => {
  const plan: (() => Request)[] = [
    ...Array.from({ length: 2_000 }, () => reviewRequest),
    ...Array.from({ length: 1_500 }, () => authRequest),
    ...Array.from({ length: 1_500 }, () => actionRequest),
  ];
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  await Promise.all(Array.from({ length: 6 }, async () => {
    while (next < plan.length) {
      const r = plan[next++]!();
      const res = await sendRequest(r).catch((e: Error) => ({ status: 0, text: e.message }));
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status >= 500 || res.status === 0 || leaksInternals(res.text)) {
        failures.push(`${r.method} ${r.base}${r.path} ${JSON.stringify(r.headers)} ${r.form ? '[form]' : String(r.body).slice(0, 200)} → ${res.status} ${res.text.slice(0, 300)}`);
      }
    }
  }));
  console.log(`fuzz (seed ${seed}): ${plan.length} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`);
  expect(failures.slice(0, 10)).toEqual([]);
  for (const base of [servers.a, servers.b]) expect((await send(base, '/api/health')).status).toBe(200);
});
