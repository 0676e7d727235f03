// npm run bench:review [-- --json] [--rate R] [--learners N] [--seconds S] [--capacity-seconds S] [--connections C]
// Starts the production server (`npm start`) on a fresh database and signs N synthetic
// learners in (default 50). Then it drives POST /api/reviews in two phases, resubmitting some
// ids on purpose:
//   1. steady: R reviews/s (default 1,000) for S seconds (default 20), an open loop measured
//      from each request's scheduled start; reviewsPerSec, p50Ms and p99Ms come from here;
//   2. capacity: back-to-back over the same connections (autocannon) for 10 s.
// Last, it checks that every acknowledged id is stored once. Why two phases:
// docs/decisions/007-review-endpoint-before-next.md. Last stdout line: one JSON object.
import { spawn, execSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import Database from 'better-sqlite3';
import autocannon from 'autocannon';
import { pacedLoad } from './bench/paced-load';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const json = process.argv.includes('--json');
const learners = arg('learners', 50);
const seconds = arg('seconds', 20);
const connections = arg('connections', learners);
const rate = arg('rate', 1000);
const capacitySeconds = arg('capacity-seconds', 10);
const resubmitShare = 0.05;
const port = arg('port', 3200);
const base = `http://localhost:${port}`;
const dbFile = '.data/bench-review.db';
const log = (...a: unknown[]) => (json ? console.error(...a) : console.log(...a));

function sh(cmd: string, env: NodeJS.ProcessEnv) {
  execSync(cmd, { stdio: json ? ['ignore', 'ignore', 'inherit'] : 'inherit', env });
}

async function waitFor(url: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not start at ${url}`);
}

async function signUp(i: number): Promise<string> {
  const res = await fetch(`${base}/api/auth/sign-up/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ name: `bench ${i}`, email: `bench-${i}-${randomUUID().slice(0, 6)}@example.test`, password: `pw-${randomUUID()}` }),
  });
  if (!res.ok) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

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
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbFile + suffix, { force: true });
  const env = { ...process.env, DATABASE_URL: `file:./${dbFile}`, AUTH_RATE_LIMIT: 'off', NODE_ENV: 'production' as const };
  log('· preparing a fresh database with the essay deck');
  sh('npm run --silent db:migrate', env);
  sh('npm run --silent db:seed', env);
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    log('· building the app (BENCH_SKIP_BUILD=1 reuses the last build)');
    sh('npm run --silent build', env);
  }
  // BENCH_PROFILE=dir writes a V8 CPU profile of the server there when it stops.
  const profileArgs = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  log(`· starting the production server (npm start) on port ${port}`);
  const server: ChildProcess = spawn('node', [...profileArgs, 'dist/server.mjs'], {
    env: { ...env, PORT: String(port) },
    // BENCH_SERVER_LOG=file keeps what the server prints.
    stdio: process.env.BENCH_SERVER_LOG ? ['ignore', openSync(process.env.BENCH_SERVER_LOG, 'w'), openSync(process.env.BENCH_SERVER_LOG, 'a')] : 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  try {
    await waitFor(`${base}/kk`, 60_000);
    log(`· signing in ${learners} learners`);
    const cookies: string[] = [];
    for (let i = 0; i < learners; i++) cookies.push(await signUp(i));

    const ro = new Database(dbFile, { readonly: true });
    const cardIds = (ro.prepare("SELECT id FROM Card WHERE deletedAt IS NULL").all() as { id: string }[]).map((r) => r.id);
    ro.close();

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
    const cpuBefore = groupCpuSeconds(server.pid);
    const steady = await pacedLoad({
      base,
      rate,
      seconds,
      warmupSeconds: 2,
      connections,
      next: () => {
        const r = nextReview();
        return { tag: r.id, path: '/api/reviews', body: r.body, headers: { 'content-type': 'application/json', cookie: r.cookie } };
      },
      onAnswer: (request, status) => answered(request.tag, status),
    });
    const cpuAfter = groupCpuSeconds(server.pid);
    const steadyOk = (steady.statuses[200] ?? 0) + (steady.statuses[201] ?? 0);

    // 2. Capacity: every connection sends its next review as soon as the last is answered.
    log(`· ${capacitySeconds} s of capacity: back-to-back over ${connections} connections`);
    let capacityErrors = 0;
    const capacity = await autocannon({
      url: base,
      connections,
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
    });

    // Requests cut off when a run ended get no answer: a real client retries them with the
    // same id, and so does the benchmark (each is counted once by the server).
    let retried = 0;
    for (const sent of inFlight.values()) {
      const res = await fetch(`${base}/api/reviews`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: sent.cookie }, body: sent.body });
      retried++;
      if (res.ok) acknowledged.add(sent.id);
    }

    const db = new Database(dbFile, { readonly: true });
    const stored = (db.prepare('SELECT COUNT(*) AS n FROM ReviewLog').get() as { n: number }).n;
    const distinct = (db.prepare('SELECT COUNT(DISTINCT id) AS n FROM ReviewLog').get() as { n: number }).n;
    const ackStored = [...acknowledged].filter((id) => db.prepare('SELECT 1 FROM ReviewLog WHERE id = ?').get(id)).length;
    db.close();

    const figures = {
      reviewsPerSec: Math.round((steadyOk / steady.seconds) * 10) / 10,
      p50Ms: steady.latencyMs.p50,
      p99Ms: steady.latencyMs.p99,
      acknowledged: acknowledged.size,
      stored,
      duplicatesStored: stored - distinct,
      offeredPerSec: rate,
      capacityReviewsPerSec: Math.round((capacity['2xx'] / capacity.duration) * 10) / 10,
      capacityP50Ms: capacity.latency.p50,
      capacityP99Ms: capacity.latency.p99,
    };
    const steadyErrors = steady.sent - steadyOk - steady.unanswered;
    log(`steady: sent ${steady.sent}, 2xx ${steadyOk}, other statuses or errors ${steadyErrors}, unanswered at the end ${steady.unanswered}; p90 ${steady.latencyMs.p90} ms, max ${steady.latencyMs.max} ms`);
    log(`capacity: ${capacity.requests.total} requests, 2xx ${capacity['2xx']}, non-2xx ${capacity.non2xx}, errors ${capacity.errors + capacityErrors}, timeouts ${capacity.timeouts}`);
    log(`resubmitted ids ${resubmitted}; unanswered at the end and retried ${retried}; acknowledged ids found stored ${ackStored}/${acknowledged.size}`);
    if (cpuBefore !== null && cpuAfter !== null && steadyOk > 0) {
      const msPerReview = ((cpuAfter - cpuBefore) * 1000) / steadyOk;
      log(`server CPU per review at the steady rate ${msPerReview.toFixed(2)} ms (load average now ${os.loadavg()[0]!.toFixed(1)})`);
    }
    log(`steady ${figures.reviewsPerSec} reviews/s · p50 ${figures.p50Ms} ms · p99 ${figures.p99Ms} ms · target ≥ 500/s, p99 ≤ 50 ms → ${figures.reviewsPerSec >= 500 && figures.p99Ms <= 50 ? 'met' : 'missed'}`);
    log(`capacity ${figures.capacityReviewsPerSec} reviews/s back-to-back over ${connections} connections · p50 ${figures.capacityP50Ms} ms · p99 ${figures.capacityP99Ms} ms`);
    console.log(JSON.stringify(figures));
  } finally {
    stop();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
