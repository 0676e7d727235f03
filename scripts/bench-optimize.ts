// npm run bench:optimize [-- --json] [--rate R] [--seconds S] [--rounds K] [--learners N] [--database URL] [--sizes 1000,10000,100000]
// The per-learner FSRS fit (docs/decisions/028), measured on the path the app uses:
//   1. fits: synthetic learners (lib/srs simulateReviewLog, seeded) with 1,000, 10,000 and
//      100,000 reviews, each fitted in the fit worker thread (server/scheduler-fit
//      fitInWorker: items, native fit, scoring on held-back reviews); wall time per fit, and
//      the process's peak RSS (worker included) while they ran;
//   2. reviews during a fit: the production server (`npm start`) on a fresh database, with a
//      learner of 100,000 reviews in the log. POST /api/reviews at R reviews/s (default 100)
//      from N signed-in learners for S seconds (default 10) with no fit, then for S seconds
//      while the server's own job runner fits that learner (a new job asked for whenever the
//      last one finished, so a fit runs throughout), K times over (default 3), alternating, so
//      that a drift in the shared machine's speed falls on both sides alike. p99 of all the
//      requests of each side, and each window's own p99 beside it.
// Last stdout line: one JSON object.
import { randomUUID } from 'node:crypto';
import { simulateReviewLog } from '../lib/srs';
import { fitInWorker } from '../server/scheduler-fit/fit-in-worker';
import { writeSimulatedLog } from '../test/simulated-log';
import { argValue, BENCH_SECRET, buildOnce, describeDatabase, numberArg as arg, prepareDatabase, signUp, startServer } from './bench/harness';
import { latencySummary, pacedLoad } from './bench/paced-load';
import { openDb } from './open-db';

const json = process.argv.includes('--json');
const rate = arg('rate', 100);
const seconds = arg('seconds', 10);
const rounds = arg('rounds', 3);
const learners = arg('learners', 20);
const port = arg('port', 3260);
const sizes = (argValue('sizes') ?? '1000,10000,100000').split(',').map(Number);
const log = (...a: unknown[]) => (json ? console.error(...a) : console.log(...a));
const START = new Date('2025-01-01T00:00:00Z');

async function timeFits(): Promise<{ ms: Record<number, number>; rssMb: number }> {
  const ms: Record<number, number> = {};
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    for (const reviews of sizes) {
      const reviewLog = simulateReviewLog({ reviews, seed: reviews, start: START });
      const t = performance.now();
      const done = await fitInWorker({ log: reviewLog, timeZone: 'UTC', dayStartHour: 0, compare: [] });
      ms[reviews] = Math.round(performance.now() - t);
      log(`· ${reviews} reviews: ${ms[reviews]} ms (${done.trainItems} items fitted on, ${done.testItems} held back${done.fit ? `, log loss ${done.fit.fitted.logLoss.toFixed(4)}` : ', too few'})`);
    }
  } finally {
    clearInterval(sampler);
  }
  return { ms, rssMb: Math.round(peak / 1048576) };
}

async function reviewsDuringFit() {
  const database = await prepareDatabase(argValue('database'), 'file:./.data/bench-optimize.db', json);
  buildOnce(json, log);
  const db = openDb(database.url);
  const server = await startServer({ databaseUrl: database.url, port, secret: BENCH_SECRET, logFile: process.env.BENCH_SERVER_LOG });
  try {
    const heavy = 'bench-fit-learner';
    await db.user.create({ data: { id: heavy, name: 'bench fit', email: 'bench-fit@example.test', timeZone: 'UTC', dayStartHour: 0 } });
    const size = Math.max(...sizes);
    log(`· writing a ${size}-review log for the learner to fit`);
    await writeSimulatedLog(db, database.kind, heavy, { reviews: size, seed: 99, start: START });
    log(`· signing in ${learners} learners on ${describeDatabase(database)}`);
    const cookies: string[] = [];
    for (let i = 0; i < learners; i++) cookies.push(await signUp(server.base, `fit-${i}`));
    const cardIds = (await db.card.findMany({ where: { deletedAt: null, deck: { visibility: 'public' } }, select: { id: true } })).map((r) => r.id);
    let n = 0;
    const load = () => pacedLoad({
      base: server.base, rate, seconds, warmupSeconds: 2, connections: learners,
      next: () => {
        n++;
        const body = JSON.stringify({ id: randomUUID(), cardId: cardIds[(n * 7919) % cardIds.length], rating: 1 + (n % 4), reviewedAt: new Date().toISOString(), durationMs: 2000 });
        return { tag: String(n), path: '/api/reviews', body, headers: { 'content-type': 'application/json', cookie: cookies[n % cookies.length]! } };
      },
      onAnswer: () => {},
    });
    // The server's runner fits the learner; while `fitting`, another is asked for whenever one ends.
    const ask = () => db.fitJob.upsert({ where: { userId: heavy }, create: { userId: heavy, requestedAt: new Date(), reason: 'requested', leaseUntil: new Date() }, update: {} });
    const job = () => db.fitJob.findUnique({ where: { userId: heavy } });
    const until = async (what: string, done: () => Promise<boolean>) => {
      const limit = Date.now() + 120_000;
      while (!(await done())) {
        if (Date.now() > limit) throw new Error(`timed out waiting until ${what}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const quiet: Awaited<ReturnType<typeof load>>[] = [];
    const busy: Awaited<ReturnType<typeof load>>[] = [];
    for (let round = 1; round <= rounds; round++) {
      await until('no fit runs', async () => !(await job()));
      log(`· round ${round}/${rounds}: ${seconds} s at ${rate} reviews/s, no fit`);
      quiet.push(await load());
      await ask();
      await until('the server started the fit', async () => Boolean((await job())?.leaseOwner));
      let fitting = true;
      const refill = (async () => {
        while (fitting) {
          if (!(await job())) await ask();
          await new Promise((r) => setTimeout(r, 100));
        }
      })();
      log(`· round ${round}/${rounds}: ${seconds} s at ${rate} reviews/s while the server fits ${size} reviews`);
      busy.push(await load());
      fitting = false;
      await refill;
    }
    const fits = await db.schedulerFit.findMany({ where: { userId: heavy }, select: { durationMs: true, outcome: true } });
    return { quiet, busy, fits, kind: database.kind, drop: database.drop };
  } finally {
    await server.stop();
    await db.$disconnect();
  }
}

async function main() {
  const { ms, rssMb } = await timeFits();
  const r = await reviewsDuringFit();
  await r.drop();
  type Window = (typeof r.quiet)[number];
  const ok = (xs: Window[]) => xs.reduce((n, x) => n + (x.statuses[200] ?? 0) + (x.statuses[201] ?? 0), 0);
  const pooled = (xs: Window[]) => latencySummary(xs.flatMap((x) => x.samplesMs).sort((a, b) => a - b));
  const [quiet, busy] = [pooled(r.quiet), pooled(r.busy)];
  const result = {
    ms1k: ms[1000] ?? null,
    ms10k: ms[10000] ?? null,
    ms100k: ms[100000] ?? null,
    rssMb,
    reviewP99MsDuringFit: busy.p99,
    reviewP99MsWithoutFit: quiet.p99,
    reviewP50MsDuringFit: busy.p50,
    reviewP50MsWithoutFit: quiet.p50,
    /** each window's own p99, in the order they ran */
    windowP99Ms: { withoutFit: r.quiet.map((x) => x.latencyMs.p99), duringFit: r.busy.map((x) => x.latencyMs.p99) },
    reviewsOk: { withoutFit: ok(r.quiet), duringFit: ok(r.busy), sent: r.quiet.reduce((n, x) => n + x.sent, 0) + r.busy.reduce((n, x) => n + x.sent, 0) },
    serverFits: r.fits.length,
    serverFitMs: r.fits.map((f) => f.durationMs),
    rate,
    seconds,
    rounds,
    store: r.kind,
    targets: { ms10k: 2000, p99WithinShare: 0.1 },
  };
  log(`· fits finished by the server during the load: ${r.fits.length} (${r.fits.map((f) => `${f.durationMs} ms`).join(', ')})`);
  console.log(JSON.stringify(result));
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
