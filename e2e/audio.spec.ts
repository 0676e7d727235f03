import { test, expect, ESSAY_DECK_ID } from './fixtures';
import { makeCardsDue } from './study-cards';

const LISTEN = { kk: 'Тыңдау', ru: 'Слушать', en: 'Listen' } as const;

for (const locale of ['kk', 'ru', 'en'] as const) {
  test(`a card's word and the deck's word list can be heard (${locale})`, async ({ page, learner }) => {
    await makeCardsDue(learner.email, ESSAY_DECK_ID, [{ type: 'recognition', headword: 'мемлекет' }]);
    await page.goto(`/${locale}/study/${ESSAY_DECK_ID}`);
    const response = page.waitForResponse((r) => r.url().includes('/api/audio') && r.request().method() === 'GET');
    await page.getByRole('button', { name: `${LISTEN[locale]}: мемлекет` }).click();
    const res = await response;
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('audio/mpeg');
    expect((await res.body()).length).toBeGreaterThan(1000);
    // The audio element has loaded it: a decodable file with a duration.
    const speech = page.locator('article').getByTestId('speech').first();
    await expect.poll(() => speech.evaluate((a: HTMLAudioElement) => (a.readyState >= 1 && Number.isFinite(a.duration) ? a.duration : 0))).toBeGreaterThan(0.2);

    // P plays the card's word (the same file, now from the browser cache or a 304).
    await page.keyboard.press('KeyP');
    await expect.poll(() => speech.evaluate((a: HTMLAudioElement) => a.currentTime > 0 || !a.paused)).toBe(true);

    await page.goto(`/${locale}/decks/${ESSAY_DECK_ID}?q=${encodeURIComponent('интеграция')}`);
    const row = page.getByRole('row').filter({ hasText: 'интеграция' }).first();
    const wordAudio = page.waitForResponse((r) => r.url().includes('/api/audio'));
    await row.getByRole('button', { name: `${LISTEN[locale]}: интеграция` }).click();
    const word = await wordAudio;
    expect(word.headers()['content-type']).toBe('audio/mpeg');
    await expect.poll(() => row.getByTestId('speech').evaluate((a: HTMLAudioElement) => a.duration || 0)).toBeGreaterThan(0.2);
  });
}

test('the audio endpoint: sign-in, ETag and 304, limits, clear errors', async ({ page, learner, browser }) => {
  void learner;
  const url = (text: string) => `/api/audio?voice=kk&text=${encodeURIComponent(text)}`;
  const first = await page.request.get(url('Орталық Азия'));
  expect(first.status()).toBe(200);
  const etag = first.headers()['etag'];
  expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
  expect(first.headers()['cache-control']).toContain('max-age');
  const again = await page.request.get(url('Орталық   Азия'), { headers: { 'If-None-Match': etag! } });
  expect(again.status()).toBe(304);
  const second = await page.request.get(url('Орталық Азия'));
  expect(second.headers()['x-speech-source']).toMatch(/memory|database/);
  expect((await second.body()).equals(await first.body())).toBe(true);

  const tooLong = await page.request.get(url('сөз '.repeat(200)));
  expect(tooLong.status()).toBe(413);
  expect((await tooLong.json()).error.code).toBe('too-long');
  const unspeakable = await page.request.get(url('?!…'));
  expect(unspeakable.status()).toBe(422);
  expect((await unspeakable.json()).error.code).toBe('unspeakable');
  const badVoice = await page.request.get('/api/audio?voice=../../etc&text=a');
  expect(badVoice.status()).toBe(400);

  const stranger = await browser.newContext();
  const anonymous = await stranger.request.get(`http://localhost:${process.env.E2E_PORT ?? 3100}${url('Орталық Азия')}`);
  expect(anonymous.status()).toBe(401);

  // A copy of the session cookie stops working at the sign-out, not minutes later.
  const base = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
  const copied = await page.context().cookies();
  await page.goto('/en/decks');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/en$/);
  await stranger.addCookies(copied);
  expect((await stranger.request.get(`${base}${url('Орталық Азия')}`)).status()).toBe(401);
  await stranger.close();
});
