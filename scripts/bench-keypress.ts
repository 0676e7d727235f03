// npm run bench:keypress -- --json [--ratings N] [--background-rate R] [--database URL]
// A real Chromium (Debian's, through Playwright) studies N cards (default 50) by keyboard on the
// production server. For each rating it measures from the key press (the event's timestamp) to
// the next card painted: a MutationObserver sees the new card rendered, then a frame is awaited
// (requestAnimationFrame, then a task after it), so the time includes the paint. With
// --background-rate R, bench:study's load runs against the same server meanwhile (R ratings/s
// from 200 other learners). Last stdout line: {"ratings":…,"p50Ms":…,"p95Ms":…} plus where the
// time goes: renderedP50Ms/renderedP95Ms (key press to the new card in the DOM: the page's own
// work), frameP50Ms/frameP95Ms (to the start of the frame that paints it, its
// requestAnimationFrame: the wait for the display's next frame comes on top of the page's work) and browserKeyP50Ms/browserKeyP95Ms (Chromium's Event Timing over every key press, the
// Space that shows an answer too: press to frame presented, in 8-ms steps, 16 for "under 16").
import { spawn } from 'node:child_process';
import { openDb } from './open-db';
import { latencySummary, percentile } from './bench/paced-load';
import { argValue, BENCH_SECRET, buildOnce, describeDatabase, numberArg, prepareDatabase, startServer } from './bench/harness';
import { runBench } from './bench/main';
import { launchBenchBrowser } from './bench/browser';

const json = process.argv.includes('--json');
const ratings = numberArg('ratings', 50);
const backgroundRate = numberArg('background-rate', 0);
const port = numberArg('port', 3270);
const log = (s: string) => (json ? console.error(s) : console.log(s));
const ESSAY = 'essay-central-asia';


async function main() {
  const database = await prepareDatabase(argValue('database'), 'file:./.data/bench-keypress.db', json);
  buildOnce(json, log);
  const server = await startServer({ databaseUrl: database.url, port, secret: BENCH_SECRET });
  const db = openDb(database.url);
  let load: ReturnType<typeof spawn> | null = null;
  const browser = await launchBenchBrowser();
  try {
    log(`· ${describeDatabase(database)}; one learner studies ${ratings} cards by keyboard${backgroundRate ? ` under ${backgroundRate} ratings/s of background load` : ''}`);
    const context = await browser.newContext({ baseURL: server.base });
    const page = await context.newPage();
    const email = `keypress-${Date.now()}@bench.test`;
    const res = await page.request.post('/api/auth/sign-up/email', { data: { name: 'Keypress', email, password: 'keypress-password-1' }, headers: { origin: server.base } });
    if (!res.ok()) throw new Error(`sign-up failed: ${res.status()} ${await res.text()}`);
    // Enough new cards for the whole run.
    await db.user.update({ where: { email }, data: { newCardsPerDay: ratings + 20, answerTyping: false } });

    if (backgroundRate) {
      load = spawn('npx', ['tsx', '--conditions=react-server', 'scripts/bench-study.ts', '--json', '--base', server.base, '--database', database.url,
        '--rate', String(backgroundRate), '--seconds', String(Math.max(60, ratings * 2)), '--capacity-seconds', '1'], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
      await new Promise<void>((resolve, reject) => {
        load!.stderr!.on('data', (d: Buffer) => {
          if (d.toString().includes('· load running')) resolve();
        });
        load!.once('exit', (code) => reject(new Error(`background load exited (${code})`)));
      });
      // Past bench:study's warm-up.
      await new Promise((r) => setTimeout(r, 4_000));
    }

    const answers: string[] = [];
    // BENCH_DEBUG=1: on a failure, what the last answers to the page's ratings brought.
    if (process.env.BENCH_DEBUG) page.on('response', (r) => {
      if (r.url().includes('/api/reviews')) void r.text().then((t) => {
        const b = JSON.parse(t) as { review?: { cardId: string }; next?: { card?: { cardId: string }; queue: { cardId: string; content?: unknown; srs: unknown }[] } };
        answers.push(`${r.status()} rated ${b.review?.cardId} next ${b.next ? JSON.stringify({ card: b.next.card?.cardId, queue: b.next.queue.map((q) => [q.cardId.slice(-16), !!q.content, q.srs]) }) : '-'}`);
      }).catch(() => {});
    });
    await page.goto(`/en/study/${ESSAY}`);
    // The browser's own figure: Event Timing's duration of each key press, from the press to the
    // frame presented after it (8-ms steps; only presses of 16 ms or more are reported).
    await page.evaluate(() => {
      const w = window as unknown as { jattaKeydowns: number[] };
      w.jattaKeydowns = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === 'keydown') w.jattaKeydowns.push(e.duration);
      }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
    });
    const times: number[] = [];
    // Key press to the new card in the DOM (React's work), without the wait for the frame.
    const rendered: number[] = [];
    // Key press to the start of the frame that paints the new card (its requestAnimationFrame).
    const frames: number[] = [];
    for (let i = 0; i < ratings; i++) {
      await page.getByRole('button', { name: 'Show answer' }).waitFor().catch(async (e: unknown) => {
        await page.screenshot({ path: '.data/bench-keypress-failure.png', fullPage: true });
        if (process.env.BENCH_DEBUG) console.error(answers.slice(-4).join('\n\n'));
        throw new Error(`no card to answer at rating ${i + 1} (screenshot: .data/bench-keypress-failure.png)`, { cause: e });
      });
      await page.waitForFunction(() => document.activeElement?.textContent === 'Show answer');
      await page.keyboard.press('Space');
      await page.getByTestId('answer').waitFor();
      await page.evaluate(() => {
        const w = window as unknown as { jattaPaint?: Promise<number> };
        w.jattaPaint = new Promise<number>((resolve) => {
          let pressedAt = 0;
          addEventListener('keydown', (e) => { pressedAt = e.timeStamp; }, { capture: true, once: true });
          const before = document.querySelector('article');
          const observer = new MutationObserver(() => {
            const now = document.querySelector('article');
            if (!pressedAt || now === before && now?.textContent === before?.textContent) return;
            observer.disconnect();
            const rendered = performance.now() - pressedAt;
            requestAnimationFrame(() => {
              const frame = performance.now() - pressedAt;
              setTimeout(() => {
                (window as unknown as { jattaRendered: number[] }).jattaRendered = [rendered, frame];
                resolve(performance.now() - pressedAt);
              }, 0);
            });
          });
          observer.observe(document.querySelector('main')!, { subtree: true, childList: true, characterData: true });
        });
      });
      await page.keyboard.press(i % 6 === 5 ? '1' : '3');
      times.push(await page.evaluate(() => (window as unknown as { jattaPaint: Promise<number> }).jattaPaint));
      const [inDom, frameBegun] = await page.evaluate(() => (window as unknown as { jattaRendered: number[] }).jattaRendered);
      rendered.push(inDom!);
      frames.push(frameBegun!);
    }
    // Every press (Space to show the answer, the rating key): those not reported took under 16 ms.
    const reported = await page.evaluate(() => (window as unknown as { jattaKeydowns: number[] }).jattaKeydowns);
    const presses = [...reported, ...Array<number>(Math.max(0, 2 * times.length - reported.length)).fill(16)].sort((a, b) => a - b);
    times.sort((a, b) => a - b);
    const s = latencySummary(times);
    const figures = { ratings: times.length, p50Ms: s.p50, p95Ms: Math.round(percentile(times, 95) * 10) / 10, maxMs: s.max, renderedP50Ms: latencySummary(rendered.sort((a, b) => a - b)).p50, renderedP95Ms: Math.round(percentile(rendered, 95) * 10) / 10,
      frameP50Ms: latencySummary(frames.sort((a, b) => a - b)).p50, frameP95Ms: Math.round(percentile(frames, 95) * 10) / 10,
      browserKeyP50Ms: percentile(presses, 50), browserKeyP95Ms: percentile(presses, 95), backgroundRate };
    log(`key press to next card painted over ${times.length} ratings: p50 ${figures.p50Ms} ms, p95 ${figures.p95Ms} ms, max ${figures.maxMs} ms`);
    console.log(JSON.stringify(figures));
  } finally {
    if (load?.pid) {
      try {
        process.kill(-load.pid, 'SIGTERM');
      } catch {
        // gone
      }
    }
    await browser.close();
    await db.$disconnect();
    await server.stop();
    await database.drop();
  }
}

runBench(main);
