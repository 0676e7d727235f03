// Audit F5: the audio any learner can have made from any text is kept within SPEECH_CACHE_MB
// (server b runs with 1 MB), the least recently used going first.
import { randomInt } from 'node:crypto';
import { expect, it } from 'vitest';
import { db, send, servers, signUp } from './helpers';

const LETTERS = 'абвгдежзийклмнопрстуфхқңөұүіә';
const randomText = () => Array.from({ length: 55 }, () => Array.from({ length: 7 }, () => LETTERS[randomInt(LETTERS.length)]).join('')).join(' ').slice(0, 440);
const stored = (text: string) => (db().prepare('SELECT count(*) AS n FROM SpeechAudio WHERE text = ?').get(text) as { n: number }).n;
const total = () => (db().prepare('SELECT coalesce(sum(size), 0) AS n FROM SpeechAudio').get() as { n: number }).n;

it('audit F5: new audio past the budget pushes out the least recently used', async () => {
  const learner = await signUp({ prefix: 'speech' });
  const texts = Array.from({ length: 7 }, randomText);
  for (const text of texts) {
    const res = await send(servers.b, `/api/audio?text=${encodeURIComponent(text)}`, { headers: { cookie: learner.cookie } });
    expect(res.status).toBe(200);
  }
  expect(stored(texts[0]!)).toBe(1);
  expect(total()).toBeGreaterThan(1024 * 1024);
  // A server checks the total at most every 5 s: the next new text after that cleans up.
  await new Promise((r) => setTimeout(r, 5_200));
  const last = randomText();
  expect((await send(servers.b, `/api/audio?text=${encodeURIComponent(last)}`, { headers: { cookie: learner.cookie } })).status).toBe(200);
  for (let i = 0; i < 50 && total() > 1024 * 1024; i++) await new Promise((r) => setTimeout(r, 100));
  expect(total()).toBeLessThanOrEqual(0.9 * 1024 * 1024);
  expect(stored(texts[0]!)).toBe(0);
  expect(stored(last)).toBe(1);
  // What was pushed out is made again when asked for.
  expect((await send(servers.b, `/api/audio?text=${encodeURIComponent(texts[0]!)}`, { headers: { cookie: learner.cookie } })).status).toBe(200);
}, 60_000);
