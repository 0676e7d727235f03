// Finding 9: server actions answer 400, 403, 411, 413 or 415 to requests that are malformed,
// oversized or from another origin, never 500; a form posted without JavaScript gets the
// translated "file too large" page.
import { beforeAll, expect, it } from 'vitest';
import { actionId, callAction, db, FORM, leaksInternals, send, sendStart, servers, signUp, type Account } from './helpers';

let teacher: Account;
let page: string;

beforeAll(async () => {
  teacher = await signUp({ role: 'teacher', prefix: 'actions' });
  const now = new Date().toISOString().replace('Z', '+00:00');
  const deckId = `t-actions-${teacher.id}`;
  db().prepare(`INSERT INTO Deck (id, ownerId, title, description, visibility, createdAt, updatedAt) VALUES (?, ?, 'Actions', '', 'private', ?, ?)`).run(deckId, teacher.id, now, now);
  page = `/en/teach/decks/${deckId}`;
});

const call = (body: string | Buffer, headers: Record<string, string> = {}) =>
  send(servers.a, page, { method: 'POST', headers: { cookie: teacher.cookie, 'next-action': actionId('importCsvAction'), accept: 'text/x-component', 'content-type': 'text/plain;charset=UTF-8', ...headers }, body });

it('finding 9: malformed, misshapen, oversized and cross-origin action calls get 4xx', async () => {
  const good = await callAction(servers.a, page, 'importCsvAction', [{}, FORM], { deckId: 'nope', file: new Blob(['kk,ru,en,pos,example_kk,example_ru,example_en\n']) }, { cookie: teacher.cookie });
  expect(good.status).toBe(200);

  const answers = {
    notJson: await call('{oops'),
    notArray: await call('"x"'),
    wrongShape: await call('[1,2,3]'),
    noForm: await call('[{}]'),
    reference: await call('[{},"$@1"]'),
    notUtf8: await call(Buffer.from([0x5b, 0xff, 0x5d])),
    brokenMultipart: await call('garbage', { 'content-type': 'multipart/form-data; boundary=zzz' }),
    json: await call('[]', { 'content-type': 'application/json' }),
    crossOrigin: await call('[{},"$K1"]', { origin: 'https://evil.example' }),
    sameSite: await call('[{},"$K1"]', { 'sec-fetch-site': 'same-site' }),
    tooLarge: await sendStart(servers.a, page, { cookie: teacher.cookie, 'next-action': actionId('importCsvAction'), 'content-type': 'text/plain' }, 9_500_000, Buffer.from('[{},"')),
    unknownAction: await call('[{},"$K1"]', { 'next-action': '7f'.repeat(21) }),
    wrongArgumentsForm: await callAction(servers.a, page, 'prefillNoteAction', [{ kk: 1 }], undefined, { cookie: teacher.cookie }),
  };
  const expected: Record<keyof typeof answers, number> = {
    notJson: 400, notArray: 400, wrongShape: 400, noForm: 400, reference: 400, notUtf8: 400, brokenMultipart: 400, json: 415,
    crossOrigin: 403, sameSite: 403, tooLarge: 413, unknownAction: 409, wrongArgumentsForm: 400,
  };
  for (const [name, res] of Object.entries(answers)) {
    expect(res.status, name).toBe(expected[name as keyof typeof answers]);
    expect(leaksInternals(res.text), `${name}: ${res.text.slice(0, 200)}`).toBe(false);
  }
});

it('finding 9: a form posted without JavaScript with a file over the limit gets the translated refusal', async () => {
  // What a browser without JavaScript starts sending for a 9.5 MB file.
  const start = Buffer.from(`--b\r\nContent-Disposition: form-data; name="$ACTION_ID_${actionId('deleteDeckAction')}"\r\n\r\n\r\n--b\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\n\r\n`);
  for (const [locale, text] of [['ru', 'Файл больше 8 МБ'], ['kk', 'Файл 8 МБ-тан үлкен'], ['en', 'The file is larger than 8 MB']] as const) {
    const res = await sendStart(servers.a, page.replace('/en/', `/${locale}/`), { cookie: teacher.cookie, 'content-type': 'multipart/form-data; boundary=b' }, 9_500_000, start);
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.text).toContain(text);
  }
});
