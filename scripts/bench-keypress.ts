// npm run bench:keypress -- --json [--ratings N] [--background-rate R] [--database URL]
// A real Chromium (Debian's, through Playwright) studies N cards (default 50) by keyboard on the
// production server. For each rating it measures from the key press to the next card painted.
// The answer is shown first (Space); the rating key is pressed two frames later, at a moment spread
// over the next 16.7 ms, as a person's key press falls anywhere between two frames. The page marks
// the press (keydown), the new card in the DOM (a MutationObserver) and the frame that paints it
// (requestAnimationFrame); the figures are Chromium's, from a trace of the run
// (scripts/bench/key-latency.ts): p50Ms/p95Ms from the key event to the frame with the new card
// presented on the display (Chromium's EventLatency), and where the time goes:
// renderedP50Ms/renderedP95Ms (to the new card in the DOM: the page's own work), frameP50Ms/
// frameP95Ms (to the start of the frame that paints it: the wait for the frame clock comes on top
// of the page's work), frameDoneP50Ms/frameDoneP95Ms (to that frame's end on the main thread),
// workP50Ms/workP95Ms (the page's work and its frame's, without the wait for the frame clock), and
// afterFrameTaskP50Ms/afterFrameTaskP95Ms (the figure this bench gave before: to a task posted from
// the frame's requestAnimationFrame, which Chromium often runs only after the following frame).
// With --background-rate R, bench:study's load runs against the same server meanwhile (R ratings/s
// from 200 other learners). Last stdout line: {"ratings":…,"p50Ms":…,"p95Ms":…,…}.
import { spawn } from 'node:child_process';
import { openDb } from './open-db';
import { percentile } from './bench/paced-load';
import { argValue, BENCH_SECRET, buildOnce, describeDatabase, numberArg, prepareDatabase, startServer } from './bench/harness';
import { runBench } from './bench/main';
import { launchBenchBrowser } from './bench/browser';
import { afterPress, armPress, sortedBy, startKeyTrace, stopKeyTrace, waitForFramePhase } from './bench/key-latency';

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
    // press to a task after the new card's frame, as this bench measured before (see above)
    const afterFrameTask: number[] = [];
    await startKeyTrace(browser, page);
    for (let i = 0; i < ratings; i++) {
      await page.getByRole('button', { name: 'Show answer' }).waitFor().catch(async (e: unknown) => {
        await page.screenshot({ path: '.data/bench-keypress-failure.png', fullPage: true });
        if (process.env.BENCH_DEBUG) console.error(answers.slice(-4).join('\n\n'));
        throw new Error(`no card to answer at rating ${i + 1} (screenshot: .data/bench-keypress-failure.png)`, { cause: e });
      });
      await page.waitForFunction(() => document.activeElement?.textContent === 'Show answer');
      await page.keyboard.press('Space');
      await page.getByTestId('answer').waitFor();
      await waitForFramePhase(page, i);
      await armPress(page, 'new-card');
      await page.keyboard.press(i % 6 === 5 ? '1' : '3');
      afterFrameTask.push(await afterPress(page));
    }
    const timings = await stopKeyTrace(browser);
    if (timings.length !== ratings) throw new Error(`the trace holds ${timings.length} of ${ratings} ratings`);
    const p = (list: number[], q: number) => Math.round(percentile(list, q) * 10) / 10;
    const presented = sortedBy(timings, (t) => t.presentedMs);
    const split = { rendered: sortedBy(timings, (t) => t.inDomMs), frame: sortedBy(timings, (t) => t.frameBegunMs), frameDone: sortedBy(timings, (t) => t.frameDoneMs), work: sortedBy(timings, (t) => t.workMs) };
    afterFrameTask.sort((a, b) => a - b);
    const figures = { ratings: presented.length, p50Ms: p(presented, 50), p95Ms: p(presented, 95), maxMs: p(presented, 100),
      renderedP50Ms: p(split.rendered, 50), renderedP95Ms: p(split.rendered, 95), frameP50Ms: p(split.frame, 50), frameP95Ms: p(split.frame, 95),
      frameDoneP50Ms: p(split.frameDone, 50), frameDoneP95Ms: p(split.frameDone, 95), workP50Ms: p(split.work, 50), workP95Ms: p(split.work, 95),
      afterFrameTaskP50Ms: p(afterFrameTask, 50), afterFrameTaskP95Ms: p(afterFrameTask, 95), backgroundRate };
    log(`key press to next card presented over ${figures.ratings} ratings: p50 ${figures.p50Ms} ms, p95 ${figures.p95Ms} ms, max ${figures.maxMs} ms; the page's and its frame's work p95 ${figures.workP95Ms} ms (in the DOM p95 ${figures.renderedP95Ms} ms, its frame begun p95 ${figures.frameP95Ms} ms, done p95 ${figures.frameDoneP95Ms} ms)`);
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
