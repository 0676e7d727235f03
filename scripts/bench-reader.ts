// npm run bench:reader -- --json [--requests N] [--opens N] [--database URL]
// The essay's reader on the production server: the page's server time (sequential requests of
// one signed-in learner after a warm-up; the first request, which analyses the text, reported
// apart), its size (HTML with the page's data inside, as sent and gzipped), and in a real
// Chromium the time from the key press that opens a word to its panel presented on the display
// (Chromium's own EventLatency, from a trace: scripts/bench/key-latency.ts), over N words, with
// its split as bench:keypress gives it: to the dialog in the DOM (the page's work), to the start
// and the end of the frame that paints it, and the page's and the frame's work without the wait
// for the frame clock; panelAfterFrameTask* is what this bench gave before (a task posted from
// that frame's requestAnimationFrame, which Chromium often runs only after the next frame). Key
// presses are spread over the frame (decision 023, 2026-12-06 evening).
// Then a teacher's longest text (199,000 characters of real Kazakh, no sentence repeated) in
// the learner's own deck: its first request (the engine reads the text) apart, then sequential
// requests through its parts (lib/reader/part.ts), each part's server time and size.
// Last stdout line: {"serverP50Ms":…,"serverP95Ms":…,"htmlBytes":…,"panelP95Ms":…,"longP95Ms":…,…}.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sentences as splitSentences } from '../lib/kazakh';
import { openDb } from './open-db';
import { argValue, BENCH_SECRET, buildOnce, describeDatabase, numberArg, prepareDatabase, startServer } from './bench/harness';
import { runBench } from './bench/main';
import { launchBenchBrowser } from './bench/browser';
import { afterPress, armPress, sortedBy, startKeyTrace, stopKeyTrace, waitForFramePhase } from './bench/key-latency';
import { percentile } from './bench/paced-load';

const json = process.argv.includes('--json');
const requests = numberArg('requests', 100);
const opens = numberArg('opens', 40);
const port = numberArg('port', 3260);
const log = (s: string) => (json ? console.error(s) : console.log(s));
const PATH = '/en/read/essay-central-asia';

const round = (n: number) => Math.round(n * 10) / 10;
const LONG_CHARS = 199_000;

/** Unique sentences of the essay and of the news corpus (when ../shared has it), in paragraphs of six. */
function longText(): string {
  const essay = readFileSync(resolve(process.cwd(), 'data/essay/essay-central-asia-integration.kk.txt'), 'utf8');
  const corpus = resolve(process.cwd(), '../shared/corpus/kaznerd/kaznerd-valid.kk.txt');
  const lines = [...splitSentences(essay).map((s) => s.text), ...(existsSync(corpus) ? readFileSync(corpus, 'utf8').split('\n') : [])];
  // without the corpus: the essay again and again, each copy with other letters changed, so no sentence repeats
  let seed = 20261204;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const letters = 'абвгдежзийклмнопрстуфхыэюяәғқңөұүһі';
  const seen = new Set<string>();
  const out: string[] = [];
  let chars = 0;
  for (let copy = 0; chars < LONG_CHARS; copy++) {
    for (const line of lines) {
      const t = copy === 0 ? line.trim() : line.trim().replace(/[а-яәғқңөұүһі]/g, (c) => (random() < 0.15 ? letters[Math.floor(random() * letters.length)]! : c));
      if (!t || seen.has(t)) continue;
      seen.add(t);
      out.push(t);
      chars += t.length + 1;
      if (chars >= LONG_CHARS) break;
    }
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < out.length; i += 6) paragraphs.push(out.slice(i, i + 6).join(' '));
  return paragraphs.join('\n\n').slice(0, LONG_CHARS);
}

async function main() {
  const database = await prepareDatabase(argValue('database'), 'file:./.data/bench-reader.db', json);
  buildOnce(json, log);
  const server = await startServer({ databaseUrl: database.url, port, secret: BENCH_SECRET });
  const browser = await launchBenchBrowser();
  try {
    log(`· ${describeDatabase(database)}; ${requests} requests of ${PATH}, then ${opens} panels opened in Chromium`);
    const context = await browser.newContext({ baseURL: server.base });
    const email = `reader-${Date.now()}@bench.test`;
    const signUp = await context.request.post('/api/auth/sign-up/email', { data: { name: 'Reader', email, password: 'reader-password-1' }, headers: { origin: server.base } });
    if (!signUp.ok()) throw new Error(`sign-up failed: ${signUp.status()} ${await signUp.text()}`);
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const get = async (path = PATH) => {
      const t = performance.now();
      const res = await fetch(server.base + path, { headers: { cookie } });
      const body = Buffer.from(await res.arrayBuffer());
      if (res.status !== 200) throw new Error(`reader answered ${res.status}`);
      return { ms: performance.now() - t, body };
    };
    const first = await get();
    for (let i = 0; i < 5; i++) await get();
    const times: number[] = [];
    let body = first.body;
    for (let i = 0; i < requests; i++) {
      const r = await get();
      times.push(r.ms);
      body = r.body;
    }
    times.sort((a, b) => a - b);
    const html = body.toString('utf8');
    const flight = [...html.matchAll(/<script[^>]*>self\.__next_f\.push\((.*?)\)<\/script>/gs)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);

    const page = await context.newPage();
    await page.goto(PATH);
    const words = page.locator('#reader-text button');
    const count = await words.count();
    // press to a task after the panel's frame, as this bench measured before (see above)
    const afterFrameTask: number[] = [];
    await startKeyTrace(browser, page);
    for (let i = 0; i < opens; i++) {
      const w = words.nth(Math.floor((i * count) / opens));
      await w.focus();
      // a learner presses on a word already on the screen, at any moment of a frame
      await waitForFramePhase(page, i);
      await armPress(page, 'open-dialog');
      await page.keyboard.press('Enter');
      afterFrameTask.push(await afterPress(page));
      await page.keyboard.press('Escape');
      await page.locator('dialog[open]').waitFor({ state: 'detached' });
    }
    const timings = await stopKeyTrace(browser);
    if (timings.length !== opens) throw new Error(`the trace holds ${timings.length} of ${opens} panels`);
    const panel = sortedBy(timings, (t) => t.presentedMs);
    const panelDom = sortedBy(timings, (t) => t.inDomMs);
    const panelFrame = sortedBy(timings, (t) => t.frameBegunMs);
    const panelFrameDone = sortedBy(timings, (t) => t.frameDoneMs);
    const panelWork = sortedBy(timings, (t) => t.workMs);
    afterFrameTask.sort((a, b) => a - b);

    // the longest text a teacher can give, in the learner's own deck
    const db = openDb(database.url);
    const owner = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    const long = longText();
    await db.deck.create({ data: { id: 'bench-long-text', ownerId: owner.id, title: 'Long text', sourceText: long } });
    await db.$disconnect();
    const LONG = '/en/read/bench-long-text';
    const longFirst = await get(LONG);
    const parts = Number(/Part 1 of (\d+)/.exec(longFirst.body.toString('utf8'))?.[1] ?? 1);
    const partPath = (i: number) => (i % parts === 0 ? LONG : `${LONG}?part=${(i % parts) + 1}`);
    for (let i = 0; i < parts; i++) await get(partPath(i));
    const longTimes: number[] = [];
    let longHtml = 0;
    for (let i = 0; i < Math.max(requests / 2, parts * 3); i++) {
      const r = await get(partPath(i));
      longTimes.push(r.ms);
      longHtml = Math.max(longHtml, r.body.length);
    }
    longTimes.sort((a, b) => a - b);

    const figures = {
      requests: times.length, firstRequestMs: round(first.ms), serverP50Ms: round(percentile(times, 50)), serverP95Ms: round(percentile(times, 95)),
      htmlBytes: body.length, htmlGzipBytes: gzipSync(body).length, dataBytes: flight, words: count,
      opens: panel.length, panelP50Ms: round(percentile(panel, 50)), panelP95Ms: round(percentile(panel, 95)), panelMaxMs: round(panel.at(-1) ?? 0),
      panelDomP50Ms: round(percentile(panelDom, 50)), panelDomP95Ms: round(percentile(panelDom, 95)),
      panelFrameP50Ms: round(percentile(panelFrame, 50)), panelFrameP95Ms: round(percentile(panelFrame, 95)),
      panelFrameDoneP50Ms: round(percentile(panelFrameDone, 50)), panelFrameDoneP95Ms: round(percentile(panelFrameDone, 95)),
      panelWorkP50Ms: round(percentile(panelWork, 50)), panelWorkP95Ms: round(percentile(panelWork, 95)),
      panelAfterFrameTaskP50Ms: round(percentile(afterFrameTask, 50)), panelAfterFrameTaskP95Ms: round(percentile(afterFrameTask, 95)),
      longChars: long.length, longParts: parts, longFirstRequestMs: round(longFirst.ms), longRequests: longTimes.length,
      longP50Ms: round(percentile(longTimes, 50)), longP95Ms: round(percentile(longTimes, 95)), longMaxHtmlBytes: longHtml,
    };
    log(`server time p50 ${figures.serverP50Ms} ms, p95 ${figures.serverP95Ms} ms (first ${figures.firstRequestMs} ms); HTML ${figures.htmlBytes} B (gzip ${figures.htmlGzipBytes} B, page data ${flight} B) for ${count} words; panel open to presented p50 ${figures.panelP50Ms} ms, p95 ${figures.panelP95Ms} ms (in the DOM p95 ${figures.panelDomP95Ms} ms, its frame begun p95 ${figures.panelFrameP95Ms} ms, done p95 ${figures.panelFrameDoneP95Ms} ms; the page's and the frame's work without the wait for the frame p95 ${figures.panelWorkP95Ms} ms)`);
    log(`a ${long.length}-character text in ${parts} parts: first request ${figures.longFirstRequestMs} ms; a part's server time p50 ${figures.longP50Ms} ms, p95 ${figures.longP95Ms} ms; largest part ${longHtml} B`);
    console.log(JSON.stringify(figures));
  } finally {
    await browser.close();
    await server.stop();
    await database.drop();
  }
}

runBench(main);
