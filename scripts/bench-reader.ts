// npm run bench:reader -- --json [--requests N] [--opens N] [--database URL]
// The essay's reader on the production server: the page's server time (sequential requests of
// one signed-in learner after a warm-up; the first request, which analyses the text, reported
// apart), its size (HTML with the page's data inside, as sent and gzipped), and in a real
// Chromium the time from the key press that opens a word to its panel painted (a
// MutationObserver sees the open dialog, then a frame is awaited), over N words.
// Last stdout line: {"serverP50Ms":…,"serverP95Ms":…,"htmlBytes":…,"panelP95Ms":…,…}.
import { gzipSync } from 'node:zlib';
import { argValue, BENCH_SECRET, buildOnce, describeDatabase, numberArg, prepareDatabase, startServer } from './bench/harness';
import { runBench } from './bench/main';
import { launchBenchBrowser } from './bench/browser';
import { percentile } from './bench/paced-load';

const json = process.argv.includes('--json');
const requests = numberArg('requests', 100);
const opens = numberArg('opens', 40);
const port = numberArg('port', 3260);
const log = (s: string) => (json ? console.error(s) : console.log(s));
const PATH = '/en/read/essay-central-asia';

const round = (n: number) => Math.round(n * 10) / 10;

async function main() {
  const database = await prepareDatabase(argValue('database'), 'file:./.data/bench-reader.db', json);
  buildOnce(json, log);
  const server = await startServer({ databaseUrl: database.url, port, secret: BENCH_SECRET });
  const browser = await launchBenchBrowser();
  try {
    log(`· ${describeDatabase(database)}; ${requests} requests of ${PATH}, then ${opens} panels opened in Chromium`);
    const context = await browser.newContext({ baseURL: server.base });
    const signUp = await context.request.post('/api/auth/sign-up/email', { data: { name: 'Reader', email: `reader-${Date.now()}@bench.test`, password: 'reader-password-1' }, headers: { origin: server.base } });
    if (!signUp.ok()) throw new Error(`sign-up failed: ${signUp.status()} ${await signUp.text()}`);
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const get = async () => {
      const t = performance.now();
      const res = await fetch(server.base + PATH, { headers: { cookie } });
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
    const panel: number[] = [];
    for (let i = 0; i < opens; i++) {
      const w = words.nth(Math.floor((i * count) / opens));
      await w.focus();
      await page.evaluate(() => {
        const win = window as unknown as { jattaPanel?: Promise<number> };
        win.jattaPanel = new Promise<number>((resolve) => {
          let pressedAt = 0;
          addEventListener('keydown', (e) => { pressedAt = e.timeStamp; }, { capture: true, once: true });
          const observer = new MutationObserver(() => {
            if (!pressedAt || !document.querySelector('dialog[open]')) return;
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - pressedAt), 0));
          });
          observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        });
      });
      await page.keyboard.press('Enter');
      panel.push(await page.evaluate(() => (window as unknown as { jattaPanel: Promise<number> }).jattaPanel));
      await page.keyboard.press('Escape');
      await page.locator('dialog[open]').waitFor({ state: 'detached' });
    }
    panel.sort((a, b) => a - b);

    const figures = {
      requests: times.length, firstRequestMs: round(first.ms), serverP50Ms: round(percentile(times, 50)), serverP95Ms: round(percentile(times, 95)),
      htmlBytes: body.length, htmlGzipBytes: gzipSync(body).length, dataBytes: flight, words: count,
      opens: panel.length, panelP50Ms: round(percentile(panel, 50)), panelP95Ms: round(percentile(panel, 95)), panelMaxMs: round(panel.at(-1) ?? 0),
    };
    log(`server time p50 ${figures.serverP50Ms} ms, p95 ${figures.serverP95Ms} ms (first ${figures.firstRequestMs} ms); HTML ${figures.htmlBytes} B (gzip ${figures.htmlGzipBytes} B, page data ${flight} B) for ${count} words; panel open p50 ${figures.panelP50Ms} ms, p95 ${figures.panelP95Ms} ms`);
    console.log(JSON.stringify(figures));
  } finally {
    await browser.close();
    await server.stop();
    await database.drop();
  }
}

runBench(main);
