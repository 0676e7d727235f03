// npm run bench:audio [-- --json] [--database URL]
// On a fresh database (SQLite, or a scratch database on the PostgreSQL server of --database): the time to speak a word and a sentence for the first time
// (eSpeak NG + MP3 in the worker, stored in the database), then the server time to serve
// them warm through GET /api/audio's handler (session check, validation, cache, response),
// from this server's memory and from the database. In-process: no HTTP or Next routing.
// Readable lines first; the last stdout line is one JSON object with the figures.
import { performance } from 'node:perf_hooks';
import { argValue, prepareDatabase } from './bench/harness';

const database = await prepareDatabase(argValue('database'), 'file:./.data/bench-audio.db', true);
process.env.DATABASE_URL = database.url;
process.env.BETTER_AUTH_SECRET ??= 'bench-secret-bench-secret-bench-secret-0';
process.env.AUTH_RATE_LIMIT = 'off';
process.env.APP_URL ??= 'http://localhost:3000';

const { getSpeech, forgetSpeechMemory } = await import('../server/audio/get-speech');
const { stopSpeechWorker, synthesize } = await import('../server/audio/espeak');
const { auth } = await import('../server/auth/auth');
const { GET } = await import('../app/api/audio/route');

const json = process.argv.includes('--json');
const say = (s: string) => {
  if (!json) console.log(s);
};
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const round = (x: number) => Math.round(x * 100) / 100;

const signUp = await auth.api.signUpEmail({ body: { name: 'Bench', email: 'bench-audio@bench.test', password: 'bench-password-1234' }, asResponse: true });
const cookie = (signUp.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
const session = await auth.api.getSession({ headers: new Headers({ cookie }) });
if (!session) throw new Error('no session for the benchmark user');
const userId = session.user.id;

const WORDS = ['мемлекет', 'интеграция', 'аймақ', 'тәуелсіздік', 'ынтымақтастық', 'қауіпсіздік', 'экономикалық'];
const SENTENCES = [
  'Орталық Азияда интеграцияны дамыту үшін біріктіруші идея қажет.',
  'Жалпы аймақтағы интеграция үрдісі өте баяу жүргізілуде.',
  'Мемлекеттердің өздері аймақтық қатынастарды басым деп санамайды.',
  'Қазіргі сәтте Орталық Азияның одан әрі дамуында екі жол бар.',
];

// The first synthesis also starts the worker and compiles eSpeak's WASM.
const t = performance.now();
const warmUp = await getSpeech(userId, 'сәлем', 'kk');
const firstMs = performance.now() - t;
if (!warmUp.ok) throw new Error(`speech failed: ${warmUp.code}`);
say(`first synthesis (worker start + WASM compile): ${firstMs.toFixed(0)} ms`);

async function cold(texts: string[]): Promise<{ ms: number[]; bytes: number[] }> {
  const ms: number[] = [];
  const bytes: number[] = [];
  for (const text of texts) {
    const t0 = performance.now();
    const r = await getSpeech(userId, text, 'kk');
    ms.push(performance.now() - t0);
    if (!r.ok || r.source !== 'synthesised') throw new Error(`expected a synthesis of ${text}`);
    bytes.push(r.bytes.length);
  }
  return { ms, bytes };
}
const words = await cold(WORDS);
const sentences = await cold(SENTENCES);
say(`cold word: median ${quantile(words.ms, 0.5).toFixed(0)} ms (${WORDS.length} words, median ${quantile(words.bytes, 0.5)} bytes of MP3)`);
say(`cold sentence: median ${quantile(sentences.ms, 0.5).toFixed(0)} ms (${SENTENCES.length} sentences, median ${quantile(sentences.bytes, 0.5)} bytes)`);

// Where a cold request's time goes: eSpeak itself, then the MP3 encoding (in the worker).
const split: { speak: number[]; encode: number[] } = { speak: [], encode: [] };
for (const text of [...WORDS, ...SENTENCES]) {
  const r = await synthesize(`${text}!`, 'kk');
  if (!r.ok) throw new Error('synthesis failed');
  split.speak.push(r.speakMs);
  split.encode.push(r.ms - r.speakMs);
}
say(`in the worker: eSpeak median ${quantile(split.speak, 0.5).toFixed(0)} ms, MP3 encoding median ${quantile(split.encode, 0.5).toFixed(0)} ms`);

async function serve(text: string): Promise<number> {
  const req = new Request(`http://localhost/api/audio?voice=kk&text=${encodeURIComponent(text)}`, { headers: { cookie } });
  const t0 = performance.now();
  const res = await GET(req);
  await res.arrayBuffer();
  const ms = performance.now() - t0;
  if (res.status !== 200) throw new Error(`status ${res.status}`);
  return ms;
}
const texts = [...WORDS, ...SENTENCES];
for (const text of texts) await serve(text); // warm the session cache and the JIT
const memoryMs: number[] = [];
for (let i = 0; i < 2000; i++) memoryMs.push(await serve(texts[i % texts.length]!));
const databaseMs: number[] = [];
for (let i = 0; i < 500; i++) {
  forgetSpeechMemory();
  databaseMs.push(await serve(texts[i % texts.length]!));
}
const notModified: number[] = [];
for (let i = 0; i < 1000; i++) {
  const text = texts[i % texts.length]!;
  const etag = (await GET(new Request(`http://localhost/api/audio?voice=kk&text=${encodeURIComponent(text)}`, { headers: { cookie } }))).headers.get('etag')!;
  const t0 = performance.now();
  const res = await GET(new Request(`http://localhost/api/audio?voice=kk&text=${encodeURIComponent(text)}`, { headers: { cookie, 'if-none-match': etag } }));
  notModified.push(performance.now() - t0);
  if (res.status !== 304) throw new Error(`expected 304, got ${res.status}`);
}
say(`warm from memory: p50 ${quantile(memoryMs, 0.5).toFixed(3)} ms, p99 ${quantile(memoryMs, 0.99).toFixed(3)} ms`);
say(`warm from the database: p50 ${quantile(databaseMs, 0.5).toFixed(3)} ms, p99 ${quantile(databaseMs, 0.99).toFixed(3)} ms`);
say(`304 on If-None-Match (the session check and the ETag alone): p50 ${quantile(notModified, 0.5).toFixed(3)} ms, p99 ${quantile(notModified, 0.99).toFixed(3)} ms`);

await stopSpeechWorker();
console.log(JSON.stringify({
  firstSynthesisMs: round(firstMs),
  coldWordMs: round(quantile(words.ms, 0.5)),
  coldSentenceMs: round(quantile(sentences.ms, 0.5)),
  espeakMedianMs: round(quantile(split.speak, 0.5)),
  mp3EncodeMedianMs: round(quantile(split.encode, 0.5)),
  wordMp3Bytes: quantile(words.bytes, 0.5),
  sentenceMp3Bytes: quantile(sentences.bytes, 0.5),
  warmServeMemoryP50Ms: round(quantile(memoryMs, 0.5)),
  warmServeMemoryP99Ms: round(quantile(memoryMs, 0.99)),
  warmServeDatabaseP50Ms: round(quantile(databaseMs, 0.5)),
  warmServeDatabaseP99Ms: round(quantile(databaseMs, 0.99)),
  notModifiedP50Ms: round(quantile(notModified, 0.5)),
  notModifiedP99Ms: round(quantile(notModified, 0.99)),
}));
await database.drop();
process.exit(0);
