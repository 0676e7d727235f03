// npm run bench:keypress -- --json [--ratings N] [--background-rate R] [--database URL]
// A real Chromium (Debian's, through Playwright) studies N cards (default 50) by keyboard on the
// production server. For each rating it measures from the key press (the event's timestamp) to
// the next card painted: a MutationObserver sees the new card rendered, then a frame is awaited
// (requestAnimationFrame, then a task after it), so the time includes the paint. With
// --background-rate R, bench:study's load runs against the same server meanwhile (R ratings/s
// from 200 other learners). Last stdout line: {"ratings":…,"p50Ms":…,"p95Ms":…}.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { openDb } from './open-db';
import { latencySummary } from './bench/paced-load';
import { argValue, BENCH_SECRET, buildOnce, describeDatabase, numberArg, prepareDatabase, startServer } from './bench/harness';

const json = process.argv.includes('--json');
const ratings = numberArg('ratings', 50);
const backgroundRate = numberArg('background-rate', 0);
const port = numberArg('port', 3270);
const log = (s: string) => (json ? console.error(s) : console.log(s));
const ESSAY = 'essay-central-asia';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function main() {
  const database = await prepareDatabase(argValue('database'), 'file:./.data/bench-keypress.db', json);
  buildOnce(json, log);
  const server = await startServer({ databaseUrl: database.url, port, secret: BENCH_SECRET });
  const db = openDb(database.url);
  let load: ReturnType<typeof spawn> | null = null;
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
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

    await page.goto(`/en/study/${ESSAY}`);
    const times: number[] = [];
    for (let i = 0; i < ratings; i++) {
      await page.getByRole('button', { name: 'Show answer' }).waitFor();
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
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - pressedAt), 0));
          });
          observer.observe(document.querySelector('main')!, { subtree: true, childList: true, characterData: true });
        });
      });
      await page.keyboard.press(i % 6 === 5 ? '1' : '3');
      times.push(await page.evaluate(() => (window as unknown as { jattaPaint: Promise<number> }).jattaPaint));
    }
    times.sort((a, b) => a - b);
    const s = latencySummary(times);
    const figures = { ratings: times.length, p50Ms: s.p50, p95Ms: Math.round(percentile(times, 95) * 10) / 10, maxMs: s.max, backgroundRate };
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

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
