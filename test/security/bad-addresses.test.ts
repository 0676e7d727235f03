// Addresses with a %-escape that does not decode: Next failed on them before any of our code ran
// and answered a bare English 500. The front door answers them: JSON for the API, and for pages
// "page not found" in the language the path starts with.
import { expect, it } from 'vitest';
import { send, servers } from './helpers';

it('an undecodable address gets a 400, never a 500: JSON for the API, a page in its language otherwise', async () => {
  for (const path of ['/api/study/%ff', '/api/study/%E0%A4%A', '/api/reviews/%ff']) {
    const answer = await send(servers.a, path);
    expect(answer.status, path).toBe(400);
    expect(answer.json(), path).toMatchObject({ error: { code: 'invalid-input' } });
  }
  const pages: [string, string, string][] = [
    ['/kk/read/%ff', 'kk', 'Бет табылмады'],
    ['/ru/study/%ff', 'ru', 'Страница не найдена'],
    ['/en/cards/note/%ff?x=1', 'en', 'Page not found'],
    ['/%ff', 'kk', 'Бет табылмады'],
  ];
  for (const [path, locale, title] of pages) {
    const answer = await send(servers.a, path);
    expect(answer.status, path).toBe(400);
    expect(answer.headers['content-type'], path).toContain('text/html');
    expect(answer.text, path).toContain(`<html lang="${locale}">`);
    expect(answer.text, path).toContain(`<h1>${title}</h1>`);
    expect(answer.text, path).toContain(`href="/${locale}"`);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  }
  // a well-formed escape still reaches the app (a page not found, in its language)
  const fine = await send(servers.a, '/en/read/%D0%B0');
  expect(fine.status).not.toBe(400);
  expect(fine.status).toBeLessThan(500);
});
