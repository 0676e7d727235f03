// npm run test:outage -- [--json]: the production server on PostgreSQL while the database goes
// away and comes back (a throwaway cluster of its own, on port 55500+). While it is away,
// reviews are answered 503 with a JSON error, the health check says so, the server stays up;
// when it is back, the server recovers without a restart, and no acknowledged review is lost.
// It also checks that a server started with the database down exits at once with one line
// naming DATABASE_URL. Exits non-zero on any violation; last stdout line is one JSON object.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { openDb } from './open-db';
import { BENCH_SECRET, buildOnce, prepareDatabase, signUp, startServer } from './bench/harness';
import { throwawayCluster } from './pg/cluster';

const json = process.argv.includes('--json');
const log = (s: string) => (json ? console.error(s) : console.log(s));
const port = 3340;
const problems: string[] = [];
const check = (ok: boolean, what: string) => {
  if (!ok) problems.push(what);
  log(`${ok ? '✓' : '✗'} ${what}`);
};

async function post(base: string, cookie: string, body: object): Promise<{ status: number; json: unknown }> {
  try {
    const res = await fetch(`${base}/api/reviews`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, origin: base }, body: JSON.stringify(body) });
    return { status: res.status, json: await res.json().catch(() => null) };
  } catch {
    return { status: 0, json: null };
  }
}

async function main() {
  buildOnce(json, log);
  let pgPort = 55500;
  const cluster = throwawayCluster(pgPort);
  const database = await prepareDatabase(cluster.url, '', json);
  const server = await startServer({ databaseUrl: database.url, port, secret: BENCH_SECRET, logFile: process.env.OUTAGE_SERVER_LOG });
  const db = openDb(database.url);
  const acknowledged: string[] = [];
  try {
    const cookie = await signUp(server.base, 'outage');
    const cardIds = (await db.card.findMany({ where: { deletedAt: null }, select: { id: true }, take: 50, orderBy: { sortOrder: 'asc' } })).map((c) => c.id);
    const review = (i: number) => ({ id: randomUUID(), cardId: cardIds[i % cardIds.length], rating: 3, reviewedAt: new Date().toISOString(), durationMs: 1000 });
    for (let i = 0; i < 10; i++) {
      const body = review(i);
      const r = await post(server.base, cookie, body);
      if (r.status === 201) acknowledged.push(body.id);
    }
    check(acknowledged.length === 10, 'reviews are stored while the database is up');

    cluster.crash();
    const during = review(11);
    const down = await post(server.base, cookie, during);
    const error = (down.json as { error?: { code?: string } } | null)?.error?.code;
    check(down.status === 503 && typeof error === 'string', `a review while the database is away is answered 503 with a JSON error (got ${down.status} ${error})`);
    const health = await fetch(`${server.base}/api/health`);
    check(health.status === 503, `the health check answers 503 while the database is away (got ${health.status})`);
    const page = await fetch(`${server.base}/kk`);
    check(page.status < 600, 'the server still answers pages');
    check(server.process.exitCode === null, 'the server stays up');

    cluster.start();
    let recovered = false;
    for (let i = 0; i < 50 && !recovered; i++) {
      recovered = await fetch(`${server.base}/api/health`).then((r) => r.status === 200, () => false);
      if (!recovered) await new Promise((r) => setTimeout(r, 200));
    }
    check(server.process.exitCode === null && server.process.signalCode === null, 'the server is still up after the database came back');
    check(recovered, 'the health check recovers when the database is back, without a restart');
    const again = await post(server.base, cookie, during);
    check(again.status === 201, `the review refused during the outage is stored when resent (got ${again.status})`);
    if (again.status === 201) acknowledged.push(during.id);
    const stored = await db.reviewLog.count({ where: { id: { in: acknowledged } } });
    check(stored === acknowledged.length, `every acknowledged review is stored (${stored}/${acknowledged.length})`);
  } finally {
    await db.$disconnect();
    await server.stop();
    await database.drop().catch(() => {});
    cluster.stop();
  }

  // Started with the database down: one clear line, non-zero exit.
  pgPort += 1;
  const start = spawnSync('node', ['dist/server.mjs'], {
    env: { ...process.env, NODE_ENV: 'production', REVIEW_RATE_LIMIT: 'off', PORT: String(port + 1), DATABASE_URL: `postgresql://postgres@127.0.0.1:${pgPort}/jatta`, BETTER_AUTH_SECRET: BENCH_SECRET },
    encoding: 'utf8',
    timeout: 30_000,
  });
  const lines = start.stderr.trim().split('\n').filter(Boolean);
  check(start.status === 1 && lines.length === 1 && /DATABASE_URL/.test(lines[0] ?? ''), `a server started with the database down exits 1 with one line naming DATABASE_URL (got ${start.status}: ${lines.join(' | ')})`);

  console.log(JSON.stringify({ ok: problems.length === 0, problems }));
  process.exit(problems.length ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
