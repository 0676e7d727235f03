// npm run bench:optimize [-- --json] [--rate R] [--seconds S] [--rounds K] [--learners N] [--database URL] [--sizes 1000,10000,100000]
// The per-learner FSRS fit (docs/decisions/028), measured on the path the app uses:
//   1. fits: synthetic learners (lib/srs simulateReviewLog, seeded) with 1,000, 10,000 and
//      100,000 reviews, each fitted as the server fits (server/scheduler-fit fitInProcess:
//      items, native fit, scoring on held-back reviews, in a process of its own);
//      wall time per fit (the log's trip to that process included), and the largest peak RSS of
//      the fit's process;
//   2. reviews during a fit: the production server (`npm start`) on a fresh database, with
//      learners of 100,000 reviews each in the log. POST /api/reviews at R reviews/s (default
//      100) from N signed-in learners for S seconds (default 10) with no fit, then for S seconds
//      while the server's own job runner fits those learners one after another (all asked for
//      before the window, --queue of them, enough to last it; fitCoverage says what share of each
//      window a fit ran in), K times over (default 3), alternating, so
//      that a drift in the shared machine's speed falls on both sides alike. p99 of all the
//      requests of each side, and each window's own p99 beside it. Each window's load is sent
//      from a process of its own (bench/review-load.ts), so that this process's pauses are not
//      timed as the server's.
// Last stdout line: one JSON object.
import { simulateReviewLog } from '../lib/srs';
import { fitInProcess } from '../server/scheduler-fit/fit-in-process';
import { writeSimulatedLog } from '../test/simulated-log';
import { argValue, BENCH_SECRET, buildOnce, describeDatabase, numberArg as arg, prepareDatabase, signUp, startServer } from './bench/harness';
import { latencySummary } from './bench/paced-load';
import { reviewLoadInProcess } from './bench/review-load';
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
const WARMUP_SECONDS = 2;

async function timeFits(): Promise<{ ms: Record<number, number>; rssMb: number }> {
  const ms: Record<number, number> = {};
  let rssMb = 0;
  for (const reviews of sizes) {
    const reviewLog = simulateReviewLog({ reviews, seed: reviews, start: START });
    const t = performance.now();
    const done = await fitInProcess({ log: reviewLog, timeZone: 'UTC', dayStartHour: 0, compare: [] });
    ms[reviews] = Math.round(performance.now() - t);
    rssMb = Math.max(rssMb, done.peakRssMb);
    log(`· ${reviews} reviews: ${ms[reviews]} ms (${done.trainItems} items fitted on, ${done.testItems} held back${done.fit ? `, log loss ${done.fit.fitted.logLoss.toFixed(4)}` : ', too few'}; fit process peak RSS ${done.peakRssMb} MB)`);
  }
  return { ms, rssMb };
}

async function reviewsDuringFit(fastFitMs: number) {
  const database = await prepareDatabase(argValue('database'), 'file:./.data/bench-optimize.db', json);
  buildOnce(json, log);
  const db = openDb(database.url);
  const server = await startServer({ databaseUrl: database.url, port, secret: BENCH_SECRET, logFile: process.env.BENCH_SERVER_LOG });
  try {
    // Several learners with a log of `size` reviews each, all asked for before a loaded window, so
    // that the server's runner fits them back to back through it while the bench does nothing but
    // send reviews: a bench that polled its own database to keep a fit going would stall the very
    // event loop that times the answers, in the loaded windows only.
    const size = Math.max(...sizes);
    const queue = arg('queue', 0) || Math.ceil(((seconds + WARMUP_SECONDS) * 1000) / Math.max(250, fastFitMs)) + 1;
    const heavy = Array.from({ length: queue }, (_, i) => `bench-fit-learner-${i}`);
    log(`· writing ${queue} logs of ${size} reviews, one per learner to fit`);
    for (const [i, id] of heavy.entries()) {
      await db.user.create({ data: { id, name: `bench fit ${i}`, email: `${id}@example.test`, timeZone: 'UTC', dayStartHour: 0 } });
      await writeSimulatedLog(db, database.kind, id, { reviews: size, seed: 99 + i, start: START });
    }
    log(`· signing in ${learners} learners on ${describeDatabase(database)}`);
    const cookies: string[] = [];
    for (let i = 0; i < learners; i++) cookies.push(await signUp(server.base, `fit-${i}`));
    const cardIds = (await db.card.findMany({ where: { deletedAt: null, deck: { visibility: 'public' } }, select: { id: true } })).map((r) => r.id);
    let windows = 0;
    const load = () => reviewLoadInProcess({ base: server.base, rate, seconds, warmupSeconds: WARMUP_SECONDS, connections: learners, cardIds, cookies, from: 1_000_000 * windows++ });
    const jobs = () => db.fitJob.findMany({ where: { userId: { in: heavy } }, select: { userId: true, leaseOwner: true } });
    const askAll = (at: number) => db.fitJob.createMany({ data: heavy.map((userId, i) => ({ userId, requestedAt: new Date(at + i), reason: 'requested', leaseUntil: new Date(at) })) });
    const until = async (what: string, done: () => Promise<boolean>) => {
      const limit = Date.now() + 180_000;
      while (!(await done())) {
        if (Date.now() > limit) throw new Error(`timed out waiting until ${what}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const quiet: Awaited<ReturnType<typeof load>>[] = [];
    const busy: Awaited<ReturnType<typeof load>>[] = [];
    const busyWindows: { from: number; to: number }[] = [];
    for (let round = 1; round <= rounds; round++) {
      await until('no fit runs', async () => (await jobs()).length === 0);
      log(`· round ${round}/${rounds}: ${seconds} s at ${rate} reviews/s, no fit`);
      quiet.push(await load());
      await askAll(Date.now());
      await until('the server started a fit', async () => (await jobs()).some((j) => j.leaseOwner));
      log(`· round ${round}/${rounds}: ${seconds} s at ${rate} reviews/s while the server fits ${queue} learners of ${size} reviews one after another`);
      const from = Date.now() + WARMUP_SECONDS * 1000;
      busy.push(await load());
      busyWindows.push({ from, to: Date.now() });
      // the fits not yet started are not needed; the one under way ends by itself
      await db.fitJob.deleteMany({ where: { userId: { in: heavy }, leaseOwner: null } });
    }
    await until('the last fit ended', async () => (await jobs()).length === 0);
    const fits = await db.schedulerFit.findMany({ where: { userId: { in: heavy } }, select: { createdAt: true, durationMs: true, outcome: true }, orderBy: { createdAt: 'asc' } });
    // the share of each loaded window during which the server was fitting (fits' own start and end)
    const coverage = busyWindows.map(({ from, to }) => {
      let covered = 0;
      for (const f of fits) {
        const end = f.createdAt.getTime();
        covered += Math.max(0, Math.min(to, end) - Math.max(from, end - f.durationMs));
      }
      return Math.round((covered / (to - from)) * 1000) / 1000;
    });
    return { quiet, busy, fits, coverage, queue, kind: database.kind, drop: database.drop };
  } finally {
    await server.stop();
    await db.$disconnect();
  }
}

async function main() {
  const { ms, rssMb } = await timeFits();
  const r = await reviewsDuringFit(ms[Math.max(...sizes)] ?? 1000);
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
    /** share of each loaded window during which a fit was running */
    fitCoverage: r.coverage,
    learnersFitted: r.queue,
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
