// npm run bench:review [-- --json] [--learners N] [--seconds S] [--connections C]
// Starts the production server on a fresh database, signs N synthetic learners in, drives
// POST /api/reviews concurrently (resubmitting some ids on purpose), then checks what the
// database stored. Last stdout line: one JSON object with the figures.
import { spawn, execSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import Database from 'better-sqlite3';
import autocannon from 'autocannon';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const json = process.argv.includes('--json');
const learners = arg('learners', 50);
const seconds = arg('seconds', 20);
const connections = arg('connections', learners);
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
    sh('npx next build', env);
  }
  log(`· starting next start on port ${port}`);
  const server: ChildProcess = spawn('npx', ['next', 'start', '-p', String(port)], { env, stdio: 'ignore', detached: true });
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
    let errors = 0;
    const recent: Sent[] = [];
    const inFlight = new Map<string, Sent>();
    let n = 0;

    const cpuBefore = groupCpuSeconds(server.pid);
    log(`· ${seconds} s of POST /api/reviews over ${connections} connections (${Math.round(resubmitShare * 100)} % resubmitted ids)`);
    const result = await autocannon({
      url: base,
      connections,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          path: '/api/reviews',
          setupRequest: (req, ctx: object) => {
            const context = ctx as Record<string, unknown>;
            n++;
            let sent: Sent;
            const old = recent.length ? recent[n % recent.length] : undefined;
            if (old && n % Math.round(1 / resubmitShare) === 0) {
              sent = old;
              resubmitted++;
            } else {
              const id = randomUUID();
              const body = JSON.stringify({
                id,
                cardId: cardIds[(n * 7919) % cardIds.length],
                rating: 1 + (n % 4),
                reviewedAt: new Date().toISOString(),
                durationMs: 1000 + (n % 9000),
              });
              sent = { id, body, cookie: cookies[n % cookies.length]! };
              if (recent.length < 500) recent.push(sent);
              else recent[n % 500] = sent;
            }
            context.id = sent.id;
            inFlight.set(sent.id, sent);
            return { ...req, body: sent.body, headers: { 'content-type': 'application/json', cookie: sent.cookie } };
          },
          onResponse: (status: number, _body: string, ctx: object) => {
            const context = ctx as Record<string, unknown>;
            const id = String(context.id);
            if (status === 200 || status === 201) {
              acknowledged.add(id);
              inFlight.delete(id);
            } else errors++;
          },
        },
      ],
    });

    const cpuAfter = groupCpuSeconds(server.pid);
    // Requests cut off when the run ended get no answer: a real client retries them with
    // the same id, and so does the benchmark (each is counted once by the server).
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

    const ok = result['2xx'];
    const figures = {
      reviewsPerSec: Math.round((ok / result.duration) * 10) / 10,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      acknowledged: acknowledged.size,
      stored,
      duplicatesStored: stored - distinct,
    };
    log(`requests ${result.requests.total}, 2xx ${ok}, non-2xx ${result.non2xx}, errors ${result.errors + errors}, timeouts ${result.timeouts}`);
    log(`resubmitted ids ${resubmitted}; unanswered at the end and retried ${retried}; acknowledged ids found stored ${ackStored}/${acknowledged.size}`);
    if (cpuBefore !== null && cpuAfter !== null && ok > 0) {
      const msPerReview = ((cpuAfter - cpuBefore) * 1000) / ok;
      log(`server CPU per review ${msPerReview.toFixed(2)} ms → about ${Math.round(1000 / msPerReview)} reviews/s per fully available core (load average now ${os.loadavg()[0]!.toFixed(1)})`);
    }
    log(`reviews/s ${figures.reviewsPerSec} · p50 ${figures.p50Ms} ms · p99 ${figures.p99Ms} ms · target ≥ 500/s, p99 ≤ 50 ms → ${figures.reviewsPerSec >= 500 && figures.p99Ms <= 50 ? 'met' : 'missed'}`);
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
