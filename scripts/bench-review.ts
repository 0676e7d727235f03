// npm run bench:review [-- --json] [--rate R] [--learners N] [--seconds S] [--capacity-seconds S] [--connections C]
//   [--database URL] [--servers N]
// Starts the production server (`npm start`; N of them on one database with --servers, each
// taking every Nth request) on a fresh database (SQLite, or a scratch database on the
// PostgreSQL server of --database) and signs N synthetic
// learners in (default 50). Then it drives POST /api/reviews in two phases, resubmitting some
// ids on purpose:
//   1. steady: R reviews/s (default 1,000) for S seconds (default 20), an open loop measured
//      from each request's scheduled start; reviewsPerSec, p50Ms and p99Ms come from here;
//   2. capacity: back-to-back over the same connections (autocannon) for 10 s.
// Last, it checks that every acknowledged id is stored once. Why two phases:
// docs/decisions/007-review-endpoint-before-next.md. Last stdout line: one JSON object.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import autocannon from 'autocannon';
import { openDb } from './open-db';
import { latencySummary, pacedLoad } from './bench/paced-load';
import { argValue, BENCH_SECRET, buildOnce, describeDatabase, numberArg as arg, prepareDatabase, signUp, startServer, type RunningServer } from './bench/harness';
import { runBench } from './bench/main';

const json = process.argv.includes('--json');
const learners = arg('learners', 50);
const seconds = arg('seconds', 20);
const connections = arg('connections', learners);
const rate = arg('rate', 1000);
const capacitySeconds = arg('capacity-seconds', 10);
const serverCount = arg('servers', 1);
const resubmitShare = 0.05;
const port = arg('port', 3200);
const log = (...a: unknown[]) => (json ? console.error(...a) : console.log(...a));

interface Sent { body: string; cookie: string; id: string }

/** CPU seconds used so far by every process of a process group (Linux /proc). */
function groupCpuSeconds(pgid: number | undefined): number | null {
  if (!pgid) return null;
  try {
    const hz = 100;
    let ticks = 0;
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue;
      }
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      ticks += Number(fields[11]) + Number(fields[12]);
    }
    return ticks / hz;
  } catch {
    return null;
  }
}

async function main() {
  log('· preparing a fresh database with the essay deck');
  const database = await prepareDatabase(argValue('database'), 'file:./.data/bench-review.db', json);
  if (database.kind === 'sqlite' && serverCount > 1) throw new Error('--servers needs PostgreSQL: SQLite serves from one process');
  buildOnce(json, log);
  // BENCH_PROFILE=dir writes a V8 CPU profile of the server there when it stops.
  const nodeArgs = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  log(`· starting ${serverCount} production server(s) (npm start) from port ${port} on ${describeDatabase(database)}`);
  const servers: RunningServer[] = [];
  const db = openDb(database.url);
  try {
    for (let i = 0; i < serverCount; i++) {
      servers.push(await startServer({ databaseUrl: database.url, port: port + i, secret: BENCH_SECRET, logFile: process.env.BENCH_SERVER_LOG, nodeArgs }));
    }
    const base = servers[0]!.base;
    log(`· signing in ${learners} learners`);
    const cookies: string[] = [];
    for (let i = 0; i < learners; i++) cookies.push(await signUp(servers[i % servers.length]!.base, String(i)));

    const cardIds = (await db.card.findMany({ where: { deletedAt: null }, select: { id: true } })).map((r) => r.id);

    const acknowledged = new Set<string>();
    let resubmitted = 0;
    const recent: Sent[] = [];
    const inFlight = new Map<string, Sent>();
    let n = 0;
    // Each review is a new id, except a share that resends a recent one on purpose.
    const nextReview = (): Sent => {
      n++;
      const old = recent.length ? recent[n % recent.length] : undefined;
      if (old && n % Math.round(1 / resubmitShare) === 0) {
        resubmitted++;
        inFlight.set(old.id, old);
        return old;
      }
      const id = randomUUID();
      const body = JSON.stringify({
        id,
        cardId: cardIds[(n * 7919) % cardIds.length],
        rating: 1 + (n % 4),
        reviewedAt: new Date().toISOString(),
        durationMs: 1000 + (n % 9000),
      });
      const sent = { id, body, cookie: cookies[n % cookies.length]! };
      if (recent.length < 500) recent.push(sent);
      else recent[n % 500] = sent;
      inFlight.set(id, sent);
      return sent;
    };
    const answered = (id: string, status: number) => {
      if (status === 200 || status === 201) {
        acknowledged.add(id);
        inFlight.delete(id);
      }
    };

    // 1. A steady load at the target rate: the figures the target is about.
    log(`· ${seconds} s at ${rate} reviews/s after 2 s of warm-up (open loop, ${connections} connections, ${Math.round(resubmitShare * 100)} % resubmitted ids)`);
    const cpuBefore = sumCpu(servers);
    // With several servers, each gets an equal share of the rate, as a balancer would send it.
    const steadyRuns = await Promise.all(servers.map((server) => pacedLoad({
      base: server.base,
      rate: rate / servers.length,
      seconds,
      warmupSeconds: 2,
      connections: Math.max(1, Math.round(connections / servers.length)),
      next: () => {
        const r = nextReview();
        return { tag: r.id, path: '/api/reviews', body: r.body, headers: { 'content-type': 'application/json', cookie: r.cookie } };
      },
      onAnswer: (request, status) => answered(request.tag, status),
    })));
    const steady = mergeRuns(steadyRuns);
    const cpuAfter = sumCpu(servers);
    const steadyOk = (steady.statuses[200] ?? 0) + (steady.statuses[201] ?? 0);

    // 2. Capacity: every connection sends its next review as soon as the last is answered.
    log(`· ${capacitySeconds} s of capacity: back-to-back over ${connections} connections`);
    let capacityErrors = 0;
    const capacityRuns = await Promise.all(servers.map((server) => autocannon({
      url: server.base,
      connections: Math.max(1, Math.round(connections / servers.length)),
      duration: capacitySeconds,
      requests: [
        {
          method: 'POST',
          path: '/api/reviews',
          setupRequest: (req, ctx: object) => {
            const sent = nextReview();
            (ctx as Record<string, unknown>).id = sent.id;
            return { ...req, body: sent.body, headers: { 'content-type': 'application/json', cookie: sent.cookie } };
          },
          onResponse: (status: number, _body: string, ctx: object) => {
            answered(String((ctx as Record<string, unknown>).id), status);
            if (status !== 200 && status !== 201) capacityErrors++;
          },
        },
      ],
    })));
    const capacity = {
      '2xx': capacityRuns.reduce((n, r) => n + r['2xx'], 0),
      duration: Math.max(...capacityRuns.map((r) => r.duration)),
      non2xx: capacityRuns.reduce((n, r) => n + r.non2xx, 0),
      errors: capacityRuns.reduce((n, r) => n + r.errors, 0),
      timeouts: capacityRuns.reduce((n, r) => n + r.timeouts, 0),
      total: capacityRuns.reduce((n, r) => n + r.requests.total, 0),
      // The slowest server's percentiles: what a learner behind it would meet.
      p50: Math.max(...capacityRuns.map((r) => r.latency.p50)),
      p99: Math.max(...capacityRuns.map((r) => r.latency.p99)),
    };

    // Requests cut off when a run ended get no answer: a real client retries them with the
    // same id, and so does the benchmark (each is counted once by the server).
    let retried = 0;
    for (const sent of inFlight.values()) {
      const res = await fetch(`${base}/api/reviews`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: sent.cookie }, body: sent.body });
      retried++;
      if (res.ok) acknowledged.add(sent.id);
    }

    const storedIds = (await db.reviewLog.findMany({ select: { id: true } })).map((r) => r.id);
    const stored = storedIds.length;
    const storedSet = new Set(storedIds);
    const distinct = storedSet.size;
    const ackStored = [...acknowledged].filter((id) => storedSet.has(id)).length;

    const figures = {
      store: database.kind,
      servers: servers.length,
      // Answered over the measured wall time, not the offered rate.
      reviewsPerSec: Math.round((steadyOk / steady.seconds) * 10) / 10,
      p50Ms: steady.latencyMs.p50,
      p99Ms: steady.latencyMs.p99,
      unanswered: steady.unanswered,
      acknowledged: acknowledged.size,
      acknowledgedMissing: acknowledged.size - ackStored,
      stored,
      duplicatesStored: stored - distinct,
      offeredPerSec: rate,
      capacityReviewsPerSec: Math.round((capacity['2xx'] / capacity.duration) * 10) / 10,
      capacityP50Ms: capacity.p50,
      capacityP99Ms: capacity.p99,
    };
    const steadyErrors = steady.sent - steadyOk - steady.unanswered;
    log(`steady: sent ${steady.sent}, 2xx ${steadyOk}, other statuses or errors ${steadyErrors}, unanswered at the end ${steady.unanswered}; p90 ${steady.latencyMs.p90} ms, max ${steady.latencyMs.max} ms`);
    log(`capacity: ${capacity.total} requests, 2xx ${capacity['2xx']}, non-2xx ${capacity.non2xx}, errors ${capacity.errors + capacityErrors}, timeouts ${capacity.timeouts}`);
    log(`resubmitted ids ${resubmitted}; unanswered at the end and retried ${retried}; acknowledged ids found stored ${ackStored}/${acknowledged.size}`);
    if (cpuBefore !== null && cpuAfter !== null && steadyOk > 0) {
      const msPerReview = ((cpuAfter - cpuBefore) * 1000) / steadyOk;
      log(`server CPU per review at the steady rate ${msPerReview.toFixed(2)} ms (load average now ${os.loadavg()[0]!.toFixed(1)})`);
    }
    log(`steady ${figures.reviewsPerSec} reviews/s · p50 ${figures.p50Ms} ms · p99 ${figures.p99Ms} ms · target ≥ 500/s, p99 ≤ 50 ms → ${figures.reviewsPerSec >= 500 && figures.p99Ms <= 50 ? 'met' : 'missed'}`);
    log(`capacity ${figures.capacityReviewsPerSec} reviews/s back-to-back over ${connections} connections · p50 ${figures.capacityP50Ms} ms · p99 ${figures.capacityP99Ms} ms`);
    console.log(JSON.stringify(figures));
  } finally {
    await db.$disconnect();
    await Promise.all(servers.map((s) => s.stop()));
    await database.drop();
  }
}

function sumCpu(servers: RunningServer[]): number | null {
  let total = 0;
  for (const s of servers) {
    const c = groupCpuSeconds(s.process.pid);
    if (c === null) return null;
    total += c;
  }
  return total;
}

/** The runs against each server as one: counts add up, latency percentiles of the union. */
function mergeRuns(runs: Awaited<ReturnType<typeof pacedLoad>>[]): Awaited<ReturnType<typeof pacedLoad>> {
  if (runs.length === 1) return runs[0]!;
  const samples = runs.flatMap((r) => r.samplesMs).sort((a, b) => a - b);
  const statuses: Record<number, number> = {};
  for (const r of runs) for (const [k, v] of Object.entries(r.statuses)) statuses[Number(k)] = (statuses[Number(k)] ?? 0) + v;
  return {
    sent: runs.reduce((n, r) => n + r.sent, 0),
    answered: runs.reduce((n, r) => n + r.answered, 0),
    statuses,
    errors: runs.reduce((n, r) => n + r.errors, 0),
    unanswered: runs.reduce((n, r) => n + r.unanswered, 0),
    seconds: Math.max(...runs.map((r) => r.seconds)),
    latencyMs: latencySummary(samples),
    samplesMs: samples,
  };
}

runBench(main);
